/**
 * Dates in xlsx are numbers (days since 1899-12-30) with a date number format. The reader keeps
 * the number; this tells which formats are dates, and turns a serial into ISO text when text is
 * wanted (the metadata sheet).
 */

/**
 * Built-in number formats that show a date or a time: 14-22 and 45-47 everywhere, 27-36 and
 * 50-58 in East Asian locales, 71-81 in the Thai locale (ว/ด/ปปปป, ช:นน …).
 */
const BUILTIN_DATE_IDS = new Set<number>([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53,
  54, 55, 56, 57, 58, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81,
]);

/**
 * Whether a number format shows dates or times. A custom `formatCode` (from styles.xml) decides
 * when there is one; otherwise the built-in id does.
 */
export function isDateFormat(numFmtId: number, formatCode?: string | null): boolean {
  if (formatCode === undefined || formatCode === null || formatCode === '') return BUILTIN_DATE_IDS.has(numFmtId);
  // Only the first section (positive numbers) matters; literals and fill/padding characters go.
  let s = formatCode
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '');
  s = s.split(';')[0] ?? '';
  if (/\[(h+|m+|s+)\]/i.test(s)) return true; // elapsed time [h]:mm
  s = s
    .replace(/\[[^\]]*\]/g, '') // colours, conditions, locales [$-th-TH,107]
    .replace(/general/gi, '')
    .replace(/e[+-]/gi, ''); // scientific 0.00E+00
  // d m y h s (and era/Buddhist years g e b), or the Thai tokens ว ด ป ช น ท.
  return /[dmyhsgeb]|[วดปชนท]/i.test(s);
}

const EPOCH_1970 = 25569; // serial of 1970-01-01

/** 45292 → "2024-01-01"; a serial with a time part → "2024-01-01T12:00:00". */
export function serialToIso(serial: number): string {
  let days = serial;
  if (days > 0 && days < 60) days += 1; // Excel's phantom 1900-02-29
  const ms = Math.round((days - EPOCH_1970) * 86_400_000);
  const iso = new Date(ms).toISOString();
  return Number.isInteger(serial) ? iso.slice(0, 10) : iso.slice(0, 19);
}

/** An ISO date/time (cells of type `d`) → serial number, or null when it is not one. */
export function isoToSerial(text: string): number | null {
  const t = text.trim();
  if (!/^\d{4}-\d{2}-\d{2}/.test(t)) return null;
  const ms = Date.parse(/[zZ]|[+-]\d{2}:?\d{2}$/.test(t) || t.length === 10 ? t : `${t}Z`);
  if (Number.isNaN(ms)) return null;
  return ms / 86_400_000 + EPOCH_1970;
}
