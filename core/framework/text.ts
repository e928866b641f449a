/**
 * The few text helpers the framework matcher needs. Kept local on purpose: core/thai.ts is written in
 * parallel and this module must not depend on its API while it settles.
 */

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

/** Sara am typed as nikhahit + sara aa (ํ + า, sometimes with a tone mark between) → ำ. */
export function fixSaraAm(s: string): string {
  return s.replace(/\u0E4D([\u0E48-\u0E4B])\u0E32/g, '$1\u0E33').replace(/\u0E4D\u0E32/g, '\u0E33');
}

/** Markup, invisible characters and odd spaces removed; runs of whitespace collapsed to one space. */
export function cleanText(s: string): string {
  return fixSaraAm(removeInvisible(stripMarkup(s)))
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The form names are compared in: clean, Arabic digits, no whitespace at all (PDF wrap spaces). */
export function compact(s: string): string {
  return thaiDigitsToArabic(cleanText(s)).replace(/\s+/g, '');
}

/** Edit distance over UTF-16 units (Thai is in the BMP), two rows of memory. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let cur = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** 1 - distance / longer length: 1 for equal strings, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - levenshtein(a, b) / longer;
}
