/**
 * Similarity of dimension and mission names, over their compact forms (core/thai's compactText, the
 * form every cell is compared in; the edit distance is core/thai's too).
 */
import { levenshtein } from '../thai/fuzzy';

export { levenshtein };

/** 1 - distance / longer length: 1 for equal strings, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - levenshtein(a, b) / longer;
}
