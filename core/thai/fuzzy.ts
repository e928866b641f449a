/**
 * Fuzzy comparison: edit distance and similarity.
 */
import { compactText } from './text';

/** One DP row and the shorter string's code units, reused between calls (matching runs thousands per batch). */
let rowBuf = new Int32Array(256);
let codeBuf = new Uint16Array(256);

/** Edit distance over UTF-16 units (Thai is in the BMP): common prefix and suffix cut, one row of memory. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let start = 0;
  while (start < a.length && start < b.length && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  // The row runs over the shorter remainder.
  const swap = endA > endB;
  const s = swap ? b : a;
  const t = swap ? a : b;
  const n = (swap ? endB : endA) - start;
  const m = (swap ? endA : endB) - start;
  if (n === 0) return m;
  if (rowBuf.length < n + 1) {
    rowBuf = new Int32Array(n + 1);
    codeBuf = new Uint16Array(n + 1);
  }
  const row = rowBuf;
  const codes = codeBuf;
  for (let i = 0; i < n; i++) codes[i] = s.charCodeAt(start + i);
  for (let i = 0; i <= n; i++) row[i] = i;
  for (let j = 1; j <= m; j++) {
    const tj = t.charCodeAt(start + j - 1);
    let diag = row[0];
    let left = j;
    row[0] = j;
    for (let i = 1; i <= n; i++) {
      const above = row[i];
      let best = codes[i - 1] === tj ? diag : diag + 1;
      if (above + 1 < best) best = above + 1;
      if (left + 1 < best) best = left + 1;
      row[i] = best;
      left = best;
      diag = above;
    }
  }
  return row[n];
}

/** 1 - distance / longer length over the compact forms: 1 = same text, 0 = nothing in common. */
export function similarity(a: string, b: string): number {
  return compactSimilarity(compactText(a), compactText(b));
}

/**
 * similarity of two texts already in their compact forms: the framework matcher compacts a written
 * name once and scores it against every taxon's forms, made compact once for the batch.
 */
export function compactSimilarity(a: string, b: string): number {
  const max = Math.max(a.length, b.length);
  return max === 0 ? 1 : 1 - levenshtein(a, b) / max;
}
