/**
 * The text helpers the framework matcher needs: its own clean-up and compact form for dimension and
 * mission names, and similarity over those forms (the edit distance is core/thai's).
 */
import { memoOfString } from '../memo';
import { levenshtein } from '../thai/fuzzy';
import { fixSaraAm, isNormal } from '../thai/text';

export { fixSaraAm, levenshtein };

const THAI_ZERO = 0x0e50;

/** ๐-๙ → 0-9; everything else unchanged (years and codes mix both sets inside one token). */
export function thaiDigitsToArabic(s: string): string {
  return s.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - THAI_ZERO));
}

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };

/** Tags become a space (a </p><p> boundary separates words); the common entities are decoded. */
export function stripMarkup(s: string): string {
  return s
    .replace(/<\/?[a-zA-Z][^>]*>/g, ' ')
    .replace(/&(nbsp|amp|lt|gt|quot|apos|#39);/g, (_, e: string) => ENTITIES[e] ?? '');
}

/** Zero-width characters survive trim() and break equality, so they go first. */
export function removeInvisible(s: string): string {
  return s.replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '');
}


/** Markup, invisible characters and odd spaces removed; runs of whitespace collapsed to one space. */
export function cleanText(s: string): string {
  // It changes the characters normalizeText changes, two spaces in a row and a space at either end:
  // a text isNormal passes has none of them.
  if (isNormal(s)) return s;
  return fixSaraAm(removeInvisible(stripMarkup(s)))
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Dimension and mission names come back in every plan of a batch: their compact forms are kept
 * (short texts only, bounded; emptied when full).
 */
const keptCompact = memoOfString((s) => thaiDigitsToArabic(cleanText(s)).replace(/\s+/g, ''));

/** The form names are compared in: clean, Arabic digits, no whitespace at all (PDF wrap spaces). */
export function compact(s: string): string {
  return keptCompact(s);
}

/** 1 - distance / longer length: 1 for equal strings, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - levenshtein(a, b) / longer;
}
