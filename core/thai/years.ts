/**
 * Buddhist-era years, year ranges, fiscal years and quarters.
 */
import { toArabicDigits } from './digits';
import { compactText, normalizeText } from './text';

const BE_OFFSET = 543;

/** CE → BE (2024 → 2567); years >= 2400 are already BE. */
export function toBuddhistYear(year: number): number {
  return year >= 2400 ? year : year + BE_OFFSET;
}

function isBeYear(y: number): boolean {
  return y >= 2400 && y <= 2700;
}

/** Not part of a longer number: no digit, and no digit + comma/point, just before. */
const NOT_AFTER_NUMBER = '(?<!\\d)(?<!\\d[.,])';
/** Not an amount: no more digits, no ",000" / ".50", and no "บาท" / ".-" after. */
const NOT_AMOUNT_AFTER = '(?!\\d)(?![.,]\\d)(?!\\s*(?:\\.-\\s*)?(?:บาท|ล้าน))(?!\\.-)';

const YEAR4 = new RegExp(`${NOT_AFTER_NUMBER}(\\d{4})${NOT_AMOUNT_AFTER}`, 'g');
const YEAR2 = new RegExp(`(?:ปี|พ\\.ศ\\.?)\\s*(\\d{2})${NOT_AMOUNT_AFTER}`, 'g');
const YEAR_CE = new RegExp(`ค\\.ศ\\.?\\s*(\\d{4})${NOT_AMOUNT_AFTER}`, 'g');

/**
 * Buddhist-era years named in text, in order of appearance, without repeats.
 * 4-digit numbers 2400-2700 are BE years; two-digit years only right after ปี / พ.ศ. ("ปี 61" → 2561);
 * CE years only after ค.ศ. Amounts ("2,500", "25,000", "๒๕๐๐ บาท") are not years.
 */
export function findYears(s: string): number[] {
  const t = toArabicDigits(normalizeText(s));
  const found: Array<{ at: number; year: number }> = [];
  for (const m of t.matchAll(YEAR4)) {
    const y = Number(m[1]);
    if (isBeYear(y)) found.push({ at: m.index!, year: y });
  }
  for (const m of t.matchAll(YEAR2)) {
    const yy = Number(m[1]);
    // Two-digit BE years in these plans are 25xx; "ปี 12 เดือน"-like numbers are not years.
    if (yy >= 40) found.push({ at: m.index! + m[0].length - 2, year: 2500 + yy });
  }
  for (const m of t.matchAll(YEAR_CE)) {
    const y = Number(m[1]);
    if (y >= 1990 && y <= 2100) found.push({ at: m.index!, year: y + BE_OFFSET });
  }
  found.sort((a, b) => a.at - b.at);
  return [...new Set(found.map((f) => f.year))];
}

const YEAR_RANGE = new RegExp(
  `${NOT_AFTER_NUMBER}(\\d{4})\\s*(?:[-\\u2010-\\u2015\\u2212]|ถึง|to)\\s*(?:(?:ปี|พ\\.ศ\\.?)\\s*)?(\\d{4}|\\d{2})${NOT_AMOUNT_AFTER}`,
  'g',
);

/** A plan period: "พ.ศ. ๒๕๖๖ - ๒๕๗๐", "2561 – 2564", "2566-70" → { from, to }; a single year → null. */
export function parseYearRange(s: string): { from: number; to: number } | null {
  const t = toArabicDigits(normalizeText(s));
  for (const m of t.matchAll(YEAR_RANGE)) {
    const from = Number(m[1]);
    // "2566-70": the second year shares the century of the first.
    const to = m[2].length === 2 ? Math.floor(from / 100) * 100 + Number(m[2]) : Number(m[2]);
    if (isBeYear(from) && isBeYear(to) && to > from) return { from, to };
  }
  return null;
}

/** The BE fiscal year of a date: it starts on 1 October (1 Oct 2024 → 2568). Uses local time, as the clerk sees it. */
export function fiscalYearOf(date: Date): number {
  const ce = date.getFullYear() + (date.getMonth() >= 9 ? 1 : 0);
  return ce + BE_OFFSET;
}

/** Fiscal quarter: Oct-Dec = 1, Jan-Mar = 2, Apr-Jun = 3, Jul-Sep = 4. */
export function fiscalQuarterOf(date: Date): { fiscalYear: number; quarter: 1 | 2 | 3 | 4 } {
  const m = date.getMonth();
  const quarter = (m >= 9 ? 1 : Math.floor(m / 3) + 2) as 1 | 2 | 3 | 4;
  return { fiscalYear: fiscalYearOf(date), quarter };
}

/** Thai month names (full, abbreviated without dots), index 0 = January. */
const MONTHS: ReadonlyArray<readonly [string, string]> = [
  ['มกราคม', 'มค'],
  ['กุมภาพันธ์', 'กพ'],
  ['มีนาคม', 'มีค'],
  ['เมษายน', 'เมย'],
  ['พฤษภาคม', 'พค'],
  ['มิถุนายน', 'มิย'],
  ['กรกฎาคม', 'กค'],
  ['สิงหาคม', 'สค'],
  ['กันยายน', 'กย'],
  ['ตุลาคม', 'ตค'],
  ['พฤศจิกายน', 'พย'],
  ['ธันวาคม', 'ธค'],
];

/** The month (0-11) a fragment such as "ต.ค." / "ตุลาคม 2567" names, or -1. */
function monthOf(fragment: string): number {
  const t = fragment.replace(/[.\d]/g, '');
  return MONTHS.findIndex(([full, abbr]) => t === abbr || t.startsWith(full));
}

/** Fiscal quarter of a month 0-11. */
function quarterOfMonth(m: number): 1 | 2 | 3 | 4 {
  return (m >= 9 ? 1 : Math.floor(m / 3) + 2) as 1 | 2 | 3 | 4;
}

/**
 * A quarter column header: "ไตรมาส 1", "ไตรมาสที่ ๒", "ไตร มาส 3", "Q4", or a month range that is exactly one
 * fiscal quarter ("ต.ค.-ธ.ค." = 1, "ม.ค.-มี.ค." = 2). Anything else → null.
 */
export function parseQuarterLabel(s: string): 1 | 2 | 3 | 4 | null {
  const c = compactText(s);
  const named = /ไตรมาส(?:ที่)?([1-4])(?!\d)/.exec(c) ?? /(?<![a-z])(?:q|quarter)([1-4])(?!\d)/.exec(c);
  if (named) return Number(named[1]) as 1 | 2 | 3 | 4;
  const parts = c.split(/[-\u2010-\u2015\u2212~]|ถึง/).filter((p) => p !== '');
  if (parts.length !== 2) return null;
  const first = monthOf(parts[0]);
  const last = monthOf(parts[1]);
  if (first < 0 || last < 0) return null;
  const q = quarterOfMonth(first);
  // The range must start and end the same quarter: "ต.ค.-พ.ย." is not a quarter.
  return first % 3 === 0 && last === first + 2 && quarterOfMonth(last) === q ? q : null;
}
