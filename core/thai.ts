/**
 * Thai text helpers: digits, text normalisation, amounts, Buddhist-era years, quarters,
 * organisation names, item titles and fuzzy comparison.
 *
 * Pure TypeScript (no node:fs, no Office.js): it runs in the add-in's browser too.
 * Every rule here is driven by how real cells arrive (see shared/docs/domain.md): Thai digits,
 * PDF wrap spaces, U+200B, NBSP, sara am written as ํ + า, HTML fragments from web copies.
 */
import type { CellValue } from './grid';
import type { AmountStatus, ItemKind, OrgType } from './schema';

// ---------------------------------------------------------------------------------------------
// Digits
// ---------------------------------------------------------------------------------------------

const THAI_ZERO = 0x0e50;

const THAI_DIGIT = /[\u0E50-\u0E59]/;

/** ๐-๙ → 0-9 anywhere, also inside mixed tokens ("ปี ๒๕๖7" → "ปี 2567"); `Number('๑๒')` is NaN. */
export function toArabicDigits(s: string): string {
  if (!THAI_DIGIT.test(s)) return s;
  return s.replace(THAI_DIGIT_RUNS, arabicRun);
}

// Kept as constants: a regexp literal or an arrow function in a function is a new object at every call.
// Digits come in runs ("๒๕๖๗"): one call per run rather than per digit.
const THAI_DIGIT_RUNS = /[\u0E50-\u0E59]+/g;
const ARABIC_DIGITS = '0123456789';
const arabicRun = (run: string): string => {
  let out = '';
  for (let i = 0; i < run.length; i++) out += ARABIC_DIGITS[run.charCodeAt(i) - THAI_ZERO];
  return out;
};

/** 0-9 → ๐-๙ (for Thai display). */
export function toThaiDigits(s: string): string {
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(THAI_ZERO + Number(d)));
}

// ---------------------------------------------------------------------------------------------
// Text normalisation
// ---------------------------------------------------------------------------------------------

/** Tags that break a line in a browser; removing them must leave a space, not glue two words. */
const BLOCK_TAGS = /^(p|br|div|li|ul|ol|tr|td|th|table|tbody|thead|h[1-6]|hr|section|article|header|footer)$/i;

const NAMED_ENTITIES: Record<string, string> = {
  nbsp: '\u00A0',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  bull: '•',
  shy: '\u00AD',
  zwsp: '\u200B',
};

/** Removes HTML tags copied from web pages: block tags become a space, inline tags vanish. */
function stripTags(s: string): string {
  if (!s.includes('<')) return s;
  return s
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>/g, (_m, name: string) => (BLOCK_TAGS.test(name) ? ' ' : ''));
}

/** Decodes the entities that web copies carry, in one pass (so "&amp;lt;" → "&lt;", as a browser shows it). */
function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+);/g, (m, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? m;
  });
}

/** Zero-width characters and the soft hyphen: invisible, not removed by trim(), and they break equality. */
const ZERO_WIDTH = /[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/g;
/** NBSP and the other Unicode spaces. */
const UNICODE_SPACES = /[\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/g;

/**
 * Sara am typed as nikhahit + sara aa (ํ + า) looks identical to ำ but compares differently.
 * With a tone mark either side of the nikhahit ("น้ํา" or "นํ้า") the tone goes first: "น้ำ".
 */
function fixSaraAm(s: string): string {
  if (!s.includes('\u0E4D')) return s;
  return s
    .replace(/\u0E4D([\u0E48-\u0E4B])\u0E32/g, '$1\u0E33')
    .replace(/\u0E4D\u0E32/g, '\u0E33');
}

/**
 * What normalizeText could change: tags and entities, zero-width characters, every character that
 * `\s` matches except a lone inner space (so NBSP and the Unicode spaces, tabs and line breaks), two
 * spaces in a row, a space at either end, and the nikhahit of a split sara am. A text without any
 * of them is already normal.
 */
const NEEDS_NORMALIZING = /[<&\u200B\u200C\u200D\u2060\uFEFF\u00AD\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\u0E4D\t\n\v\f\r]/;

function isNormal(s: string): boolean {
  return !NEEDS_NORMALIZING.test(s) && s.charCodeAt(0) !== 32 && s.charCodeAt(s.length - 1) !== 32 && s.indexOf('  ') < 0;
}

/**
 * The display form of a cell: no HTML, entities decoded, no zero-width characters, one space between words.
 * Keeps the spaces between words: it cannot know which are PDF wrap spaces.
 */
export function normalizeText(s: string): string {
  // Most cells need nothing: one scan decides (see NEEDS_NORMALIZING), and they come back as they are.
  if (isNormal(s)) return s;
  let t = decodeEntities(stripTags(s));
  t = t.replace(ZERO_WIDTH, '').replace(UNICODE_SPACES, ' ');
  t = fixSaraAm(t);
  return t.replace(/\s+/g, ' ').trim();
}

/** The comparison form: wrap spaces and digit scripts no longer matter ("การบริหาร ราชการ" = "การบริหารราชการ"). */
export function compactText(s: string): string {
  let c = COMPACT_CACHE.get(s);
  if (c === undefined) {
    c = compactTextUncached(s);
    if (s.length <= COMPACT_CACHE_MAX_LENGTH) {
      if (COMPACT_CACHE.size >= COMPACT_CACHE_SIZE) COMPACT_CACHE.clear();
      COMPACT_CACHE.set(s, c);
    }
  }
  return c;
}

/** The characters `\s` matches (as trim() takes them). */
function isSpaceCode(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Characters compactText drops wherever they are: the spaces `\s` matches and the zero-width ones. */
function droppedInCompact(c: number): boolean {
  if (c > 0x3000) return c === 0xfeff;
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0xad || c === 0x1680 || (c >= 0x2000 && c <= 0x200d) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x2060 || c === 0x3000
  );
}

/**
 * Where the first character of compactText(s) that is not one of `skip` stands in s, found without
 * computing the compact form: most cells of a sheet can be ruled out by their first letter ("a
 * summary label starts with ร") at the cost of a look at one or two characters, where compactText
 * costs a memo lookup of the whole text. -1 when it cannot be read so: a tag or an entity
 * (normalizeText removes or decodes them) or a split sara am (it rewrites it) where the text
 * starts. s.length when nothing is left. `from` starts the search further on (the characters before it
 * are taken to count).
 */
export function leadingIndex(s: string, skip = '', from = 0): number {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (droppedInCompact(c)) continue;
    if (c === 0x3c /* < */ || c === 0x26 /* & */ || c === 0x0e4d /* nikhahit */) return -1;
    if (!hasCode(skip, c)) return i;
  }
  return s.length;
}

/**
 * The code of the character at leadingIndex: the first of compactText(s) but for `skip`. Null when
 * it cannot be told cheaply, NaN when there is none. Digits and Latin letters come back as written
 * (not made Arabic or lower case), so compare the result with Thai letters and signs only. (Codes,
 * not one-character strings: each Thai one would be a new string.)
 */
export function leadingCode(s: string, skip = ''): number | null {
  const i = leadingIndex(s, skip);
  return i < 0 ? null : s.charCodeAt(i);
}

/** Whether `chars` holds the character of code `code`. */
export function hasCode(chars: string, code: number): boolean {
  for (let i = 0; i < chars.length; i++) if (chars.charCodeAt(i) === code) return true;
  return false;
}

/**
 * A character that makes a text more than plain. Plain is a space, printable ASCII but capitals,
 * < and &, Thai but the nikhahit of a split sara am, and the dashes and quotes of U+2010-2027.
 */
const NOT_PLAIN = /[^\x20-\x25\x27-\x3B\x3D-\x40\x5B-\x7E\u0E00-\u0E4C\u0E4E-\u0E7F\u2010-\u2027]/;

/**
 * compactText without keeping the result, for texts seldom met twice (item titles): keeping them
 * would only fill the memo and push out the labels and names that do come back.
 */
export function compactTextUncached(s: string): string {
  // Most texts are plain: normalizeText would at most collapse their spaces and lowerCase would change
  // nothing, so their compact form is the text without its spaces, in Arabic digits.
  if (!NOT_PLAIN.test(s)) return toArabicDigits(s.includes(' ') ? s.replaceAll(' ', '') : s);
  return lowerCase(toArabicDigits(normalizeText(s)).replace(WHITESPACE_RUNS, ''));
}

const WHITESPACE_RUNS = /\s+/g;

/**
 * ASCII capitals and characters outside ASCII, the Thai block and General Punctuation (U+2000-206F):
 * what toLowerCase may change.
 */
const MAY_HAVE_CASE = /[A-Z\u0080-\u0DFF\u0E80-\u1FFF\u2070-\uFFFF]/;

/**
 * s.toLowerCase(), without the call for text that has no letter with a case: Thai has none, and
 * toLowerCase on Thai text (two-byte strings) is slow.
 */
function lowerCase(s: string): string {
  return MAY_HAVE_CASE.test(s) ? s.toLowerCase() : s;
}

/**
 * Header labels, summary labels, mission and dimension names and no-budget phrases are compared
 * over and over, in every row of every sheet of a batch: their compact forms are kept (short texts
 * only, bounded; the cache is emptied when full).
 */
const COMPACT_CACHE = new Map<string, string>();
const COMPACT_CACHE_SIZE = 50_000;
const COMPACT_CACHE_MAX_LENGTH = 400;

/** Thai letters, vowels and tone marks (not digits). */
const THAI_LETTER = '\\u0E01-\\u0E4E';
/** ฯ and ๆ are followed by a real space in Thai orthography ("สำนักปลัดฯ กองคลัง"), so a space after them stays. */
const WRAP_SPACE = new RegExp(`([${THAI_LETTER}])(?<![\\u0E2F\\u0E46]) (?=[${THAI_LETTER}])`, 'g');

/**
 * Joins PDF wrap spaces inside Thai words ("ตำบลเมือง น้อย" → "ตำบลเมืองน้อย"): a space between two Thai
 * letters goes; spaces next to Latin letters, digits, quotes, brackets and slashes stay.
 * For names of councils and districts (no spaces of their own), not for titles.
 */
export function joinThaiWrapSpaces(s: string): string {
  return normalizeText(s).replace(WRAP_SPACE, '$1');
}

// ---------------------------------------------------------------------------------------------
// Numbers and amounts
// ---------------------------------------------------------------------------------------------

/** Minus signs clerks type: hyphen, Unicode minus, en dash. */
const MINUS = /^[-\u2212\u2013]/;

/**
 * A plain number with Thai or Arabic digits, thousands commas and decimals: "๓๔,๐๐๐" → 34000.
 * Strict on comma grouping ("10,00" is null) so that typos surface as invalid amounts.
 */
export function parseNumber(s: string): number | null {
  let t = toArabicDigits(normalizeText(s));
  let sign = 1;
  if (MINUS.test(t)) {
    sign = -1;
    t = t.slice(1).trim();
  }
  if (!/^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/.test(t)) return null;
  const n = sign * Number(t.replace(/,/g, ''));
  return Number.isFinite(n) ? n + 0 : null; // + 0 turns -0 into 0
}

let numberFormat: Intl.NumberFormat | undefined;

/** 34000 → "34,000", 1234.5 → "1,234.5", -5000 → "-5,000" (Arabic digits, as Excel shows them). */
export function formatNumber(n: number): string {
  numberFormat ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
  return numberFormat.format(n === 0 ? 0 : n);
}

/** Marks seen in quarter columns of real files; "1" too. */
const TICKS = new Set(['✓', '✔', '☑', '√', '/', '／', 'x', 'X', '✗', '✘', '×', '*', '✅', '☒', '1']);

/** A tick mark alone in a cell (✓ √ / x * 1 …); a checked checkbox (TRUE) counts too. Not "" or "-". */
export function isTick(raw: CellValue): boolean {
  if (raw === null) return false;
  if (typeof raw === 'number') return raw === 1;
  if (typeof raw === 'boolean') return raw;
  // Every tick is one character: an amount or a word is ruled out by its first two (see leadingIndex).
  if (compactsToTwoOrMore(raw)) return false;
  const t = toArabicDigits(normalizeText(raw)).replace(WHITESPACE_RUNS, '');
  return TICKS.has(t);
}

/** Whether compactText(s) surely has two characters or more, read from the first two that count. */
function compactsToTwoOrMore(s: string): boolean {
  const first = leadingIndex(s);
  if (first < 0 || first === s.length) return false;
  const second = leadingIndex(s, '', first + 1);
  return second >= 0 && second < s.length;
}

export interface AmountParse {
  status: AmountStatus;
  amount: number;
  usesBudget: boolean;
  notPlanned: boolean;
}

/**
 * No-budget phrases in their compact (space-free) form: the item runs that year at 0 baht.
 * The first seven are the phrases seen in real plans (wrap-space variants collapse into them); the rest are
 * short variants of the same words.
 */
export const NO_BUDGET_PHRASES: readonly string[] = [
  'ไม่ใช้งบประมาณ',
  'ไม่มีงบประมาณ',
  'ไม่ได้ใช้งบประมาณ',
  'ไม่ได้ใช้งบประมาณดำเนินการ',
  'ดำเนินการโดยไม่ใช้งบประมาณ',
  'ไม่ใช้งบประมาณดำเนินการ',
  'ไม่ใช้งบฯ',
  'ไม่ใช้งบ',
  'ไม่มีงบ',
  'ไม่ได้ใช้งบ',
  'ไม่ต้องใช้งบประมาณ',
  'ไม่มีงบประมาณดำเนินการ',
];
const NO_BUDGET = new Set(NO_BUDGET_PHRASES);

/** A lone dash in a year column: "not planned that year" in multi-year plans. */
const LONE_DASH = /^[-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]{1,3}$/;

function result(status: AmountStatus, amount = 0): AmountParse {
  return { status, amount, usesBudget: status === 'amount' && amount !== 0, notPlanned: status === 'not-planned' };
}

/** Strips the words written around an amount: "จำนวน …", "งบประมาณ …", "… บาท", "….-". */
function stripAmountWords(t: string): string {
  let s = t.replace(/^(?:(?:จำนวน|งบประมาณ|เป็นเงิน|รวม)\s*)+/, '');
  let prev: string;
  do {
    prev = s;
    s = s.replace(/\s*(?:บาท\.?|\.[-\u2013=]|[-\u2013=](?<=\d[-\u2013=])|\.(?<=\d\.))$/, '');
  } while (s !== prev);
  return s.trim();
}

/** An amount as written, negative when in brackets "(5,000)". */
function parseAmountText(t: string): number | null {
  let s = stripAmountWords(t);
  const bracketed = /^\((.*)\)$/.exec(s);
  if (bracketed) {
    const n = parseNumber(stripAmountWords(bracketed[1]));
    return n === null || n < 0 ? null : -n + 0;
  }
  s = s.replace(/^([-\u2212\u2013])\s+/, '$1');
  return parseNumber(s);
}

/**
 * Reads a budget cell. The status keeps apart what totals must tell apart: an amount, a no-budget phrase
 * (0 baht, runs), a dash (not planned that year, or 0 with `dash: 'zero'` as annual plans use it), empty,
 * a tick or a template placeholder left in, and anything unreadable ('invalid').
 * Digits win over ticks: "1" in a budget column reads as 1 baht (use isTick to flag it).
 */
export function parseAmount(raw: CellValue, opts: { dash?: 'not-planned' | 'zero' } = {}): AmountParse {
  return { ...readAmount(raw, opts) };
}

/**
 * parseAmount's result as kept, not copied: for callers that copy its fields out (a plan reads
 * thousands of budget cells per batch).
 */
export function readAmount(raw: CellValue, opts: { dash?: 'not-planned' | 'zero' } = {}): Readonly<AmountParse> {
  if (raw === null) return result('empty');
  if (typeof raw === 'boolean') return result('invalid');
  if (typeof raw === 'number') return Number.isFinite(raw) ? result('amount', raw + 0) : result('invalid');
  // Budget texts repeat down a plan and across a batch ("ไม่ใช้งบประมาณ", "-", "๑๐,๐๐๐"): kept per text,
  // one memo per dash reading (a key joining the two would be a new string to hash at every call).
  const cache = opts.dash === 'zero' ? AMOUNT_CACHE_ZERO : AMOUNT_CACHE_NOT_PLANNED;
  const kept = raw.length <= 200 ? cache.get(raw) : undefined;
  if (kept) return kept;
  const parsed = parseAmountString(raw, opts);
  if (raw.length <= 200) {
    if (cache.size >= 10_000) cache.clear();
    cache.set(raw, parsed);
  }
  return parsed;
}

const AMOUNT_CACHE_ZERO = new Map<string, AmountParse>();
const AMOUNT_CACHE_NOT_PLANNED = new Map<string, AmountParse>();

function parseAmountString(raw: string, opts: { dash?: 'not-planned' | 'zero' }): AmountParse {
  const t = toArabicDigits(normalizeText(raw));
  if (t === '') return result('empty');
  const compact = t.replace(/\s+/g, '');
  if (LONE_DASH.test(compact)) return opts.dash === 'zero' ? result('amount', 0) : result('not-planned');
  const n = parseAmountText(t);
  if (n !== null) return result('amount', n);
  if (NO_BUDGET.has(compact.replace(/[.)(]+$/g, '').replace(/^\(/, ''))) return result('no-budget');
  if (isTick(compact)) return result('tick');
  if (isPlaceholder(compact)) return result('placeholder');
  return result('invalid');
}

/** Template text never filled in: "ระบุงบประมาณที่ใช้ดำเนินการ", "(ระบุ…)", or a row of dots to write on. */
function isPlaceholder(compact: string): boolean {
  return /^[(\[“"]*ระบุ/.test(compact) || /^[._…]{3,}$/.test(compact);
}

// ---------------------------------------------------------------------------------------------
// Years and quarters
// ---------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------
// Organisation names
// ---------------------------------------------------------------------------------------------

export interface OrgName {
  type: OrgType;
  name: string;
  full: string;
  abbr: string;
}

export const ORG_TYPE_NAMES: ReadonlyArray<{ type: OrgType; full: string; abbreviations: string[]; en: string }> = [
  {
    type: 'อบจ.',
    full: 'องค์การบริหารส่วนจังหวัด',
    abbreviations: ['อบจ.', 'อบจ', 'อ.บ.จ.'],
    en: 'Provincial Administrative Organisation',
  },
  { type: 'ทน.', full: 'เทศบาลนคร', abbreviations: ['ทน.', 'ทน', 'ท.น.'], en: 'City Municipality' },
  { type: 'ทม.', full: 'เทศบาลเมือง', abbreviations: ['ทม.', 'ทม', 'ท.ม.'], en: 'Town Municipality' },
  { type: 'ทต.', full: 'เทศบาลตำบล', abbreviations: ['ทต.', 'ทต', 'ท.ต.'], en: 'Subdistrict Municipality' },
  {
    type: 'อบต.',
    full: 'องค์การบริหารส่วนตำบล',
    abbreviations: ['อบต.', 'อบต', 'อ.บ.ต.'],
    en: 'Subdistrict Administrative Organisation',
  },
];

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A full type name that tolerates PDF wrap spaces anywhere inside it ("องค์การ บริหารส่วนจังหวัด"). */
function spacedPattern(word: string): string {
  return [...word].map(escapeRegExp).join('\\s?');
}

/**
 * One pattern per type. Full forms accept the องค์กร typo (seed 004 writes "องค์กรบริหารส่วนจังหวัดเพชรบุรี").
 * ทน/ทม/ทต must start a word (so "ทน" inside "แทน" is not one), and without a dot need a space after.
 */
const ORG_PATTERNS: ReadonlyArray<{ type: OrgType; full: string; re: RegExp }> = ORG_TYPE_NAMES.map((o) => {
  const fulls = [o.full];
  if (o.full.startsWith('องค์การ')) fulls.push(o.full.replace('องค์การ', 'องค์กร'));
  const abbrs = o.abbreviations.map((a) => {
    const esc = a.split('.').map(escapeRegExp).join('\\.\\s?');
    // Three-letter อบต/อบจ do not occur inside Thai words ("ของอบต.X" is fine); ทน/ทม/ทต do ("แทน").
    if (!a.startsWith('ท')) return esc;
    return `(?<![${THAI_LETTER}])${a.includes('.') ? esc : `${esc}(?=\\s)`}`;
  });
  const alternatives = [...fulls.map(spacedPattern), ...abbrs];
  return { type: o.type, full: o.full, re: new RegExp(`(?:${alternatives.join('|')})`, 'g') };
});

/**
 * Where the name after the type ends: a district/province word, a bracket or quote, a Latin word or number,
 * or a word that starts the rest of a sentence ("…เพชรบุรี เพื่อเสริมสร้าง…").
 */
const NAME_END = new RegExp(
  [
    '\\s*(?:อำเภอ|จังหวัด)',
    '\\s+(?:อ\\.|จ\\.|ต\\.)',
    '\\s*[()\\[\\]“”"‘’\',;:/]',
    `\\s+(?=[^${THAI_LETTER}])`,
    '\\s+(?:ประจำ|ปีงบประมาณ|เรื่อง|ว่าด้วย|เพื่อ|และ|โดย|ซึ่ง|ด้วย|ในการ|ที่|ให้|พ\\.ศ)',
    '\\s+ปี(?=\\s|\\d|$)',
  ].join('|'),
);

/** The first type prefix in the text; on a tie the longest match (so เทศบาลตำบล beats anything shorter). */
function findOrgPrefix(t: string): { type: OrgType; full: string; end: number } | null {
  let best: { type: OrgType; full: string; at: number; end: number } | null = null;
  for (const p of ORG_PATTERNS) {
    p.re.lastIndex = 0;
    const m = p.re.exec(t);
    if (!m) continue;
    const end = m.index + m[0].length;
    if (!best || m.index < best.at || (m.index === best.at && end > best.end)) {
      best = { type: p.type, full: p.full, at: m.index, end };
    }
  }
  return best;
}

/**
 * A council's type and name from a full or abbreviated mention ("องค์การบริหารส่วนตำบลหนองแวง",
 * "อบต. หนองแวง"). Leading words ("สำนักงาน…", "ของ…") are skipped; the name stops before อำเภอ/จังหวัด/อ./จ.;
 * wrap spaces inside the name are joined. Null when no type prefix is found or the name is empty.
 */
export function parseOrgName(s: string): OrgName | null {
  // Council names and title rows come back in every file and every rule that compares councils.
  let kept = ORG_CACHE.get(s);
  if (kept === undefined) {
    kept = parseOrgNameOnce(s);
    if (s.length <= 400) {
      if (ORG_CACHE.size >= 20_000) ORG_CACHE.clear();
      ORG_CACHE.set(s, kept);
    }
  }
  return kept && { ...kept };
}

const ORG_CACHE = new Map<string, OrgName | null>();

function parseOrgNameOnce(s: string): OrgName | null {
  const t = normalizeText(s);
  const prefix = findOrgPrefix(t);
  if (!prefix) return null;
  let rest = t.slice(prefix.end).replace(/^[\s.]+/, '');
  const end = NAME_END.exec(rest);
  if (end) rest = rest.slice(0, end.index);
  const name = joinThaiWrapSpaces(rest).replace(/[\s.\-–]+$/, '');
  if (!name || !/[\u0E01-\u0E4E]/.test(name)) return null;
  return { type: prefix.type, name, full: prefix.full + name, abbr: prefix.type + name };
}

/** Whether two mentions name one council (full vs abbreviated forms, wrap spaces, HTML). */
export function sameOrg(a: string, b: string): boolean {
  const pa = parseOrgName(a);
  const pb = parseOrgName(b);
  if (pa && pb) return pa.type === pb.type && compactText(pa.name) === compactText(pb.name);
  if (pa || pb) return false;
  const ca = compactText(a);
  return ca !== '' && ca === compactText(b);
}

/**
 * The identity sameOrg compares, as one string: `sameOrg(a, b)` is exactly `orgKey(a) !== null &&
 * orgKey(a) === orgKey(b)`. Lets a roster of thousands be looked up by key instead of compared
 * entry by entry for every file.
 */
export function orgKey(s: string): string | null {
  const p = parseOrgName(s);
  if (p) return `o${p.type}\u0000${compactText(p.name)}`;
  const c = compactText(s);
  return c === '' ? null : `r${c}`;
}

// ---------------------------------------------------------------------------------------------
// Item titles
// ---------------------------------------------------------------------------------------------

export interface TitleParts {
  kind: ItemKind;
  number: number | null;
  numberRaw: string | null;
  title: string;
}

const DIGIT = '[0-9\\u0E50-\\u0E59]';
/** "(๑)", "( 2 )", "๑๓)", "1)", "๑.", "1." — not "1.1" (a mission code). */
const LEADING_NUMBER = new RegExp(`^(\\(\\s*(${DIGIT}{1,3})\\s*\\)|(${DIGIT}{1,3})\\s*\\)|(${DIGIT}{1,3})\\.(?!${DIGIT}))\\s*`);

const KIND_WORDS: readonly ItemKind[] = ['โครงการ', 'มาตรการ', 'กิจกรรม'];
/** The kind words' first letters. */
const KIND_LEADS = KIND_WORDS.map((k) => k[0]).join('');

/** What a title may open with before its kind word: quotes and a bracket. */
const TITLE_OPENERS = '“"‘\'(';

/** The kind is the first word ("โครงการมาตรการกระจายอำนาจ…" is a โครงการ); a wrap space inside it is tolerated. */
function kindOf(title: string): ItemKind {
  // Most titles are told by their first letters as written, without their compact form (see leadingIndex).
  const at = leadingIndex(title, TITLE_OPENERS);
  if (at >= 0) {
    if (!hasCode(KIND_LEADS, title.charCodeAt(at))) return 'อื่น';
    for (const k of KIND_WORDS) if (title.startsWith(k, at)) return k;
  }
  const c = compactText(title).replace(/^[“"‘'(]+/, '');
  return KIND_WORDS.find((k) => c.startsWith(k)) ?? 'อื่น';
}

/** "๑๓) มาตรการแสดงเจตนารมณ์…" → kind มาตรการ, number 13, numberRaw "๑๓)", the title without its number. */
export function splitItemTitle(raw: string): TitleParts {
  // Not kept per text: on the 4,000-file bench corpus a memo of titles answered one lookup in three,
  // and filling it (then collecting it) cost more than splitting the titles again.
  const t = normalizeText(raw);
  const m = LEADING_NUMBER.exec(t);
  if (!m) return { kind: kindOf(t), number: null, numberRaw: null, title: t };
  const digits = m[2] ?? m[3] ?? m[4];
  const title = t.slice(m[0].length).trim();
  return { kind: kindOf(title), number: Number(toArabicDigits(digits)), numberRaw: m[1], title };
}

type NumberStyle = 'paren' | 'close' | 'dot';

/** Item numbers that may start a part: at the start, or after whitespace or an HTML tag's ">". */
const ITEM_NUMBER = new RegExp(
  `(?<![^\\s>])(?:\\(\\s*(${DIGIT}{1,3})\\s*\\)|(${DIGIT}{1,3})\\)|(${DIGIT}{1,3})\\.(?=\\s|[${THAI_LETTER}]))`,
  'g',
);

interface NumberToken {
  at: number;
  end: number;
  value: number;
  style: NumberStyle;
}

/** Spaces and tags before a cell's first word (a constant: a regexp literal is a new object at every call). */
const LEADING_MARKUP = /^\s*(?:<[^<>]*>\s*)*/;

/** The same, matched only where it is asked for (lastIndex). */
const ITEM_NUMBER_AT = new RegExp(ITEM_NUMBER.source, 'y');

function tokenOf(m: RegExpExecArray | RegExpMatchArray): NumberToken {
  const style: NumberStyle = m[1] !== undefined ? 'paren' : m[2] !== undefined ? 'close' : 'dot';
  const digits = m[1] ?? m[2] ?? m[3];
  return { at: m.index!, end: m.index! + m[0].length, value: Number(toArabicDigits(digits)), style };
}

function itemNumberTokens(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const m of text.matchAll(ITEM_NUMBER)) tokens.push(tokenOf(m));
  return tokens;
}

/** The item number that starts at `at`, if one does. */
function itemNumberAt(text: string, at: number): NumberToken | null {
  // A number starts with "(" or a digit: anything else is ruled out without running the pattern.
  const c = text.charCodeAt(at);
  if (c !== 0x28 /* ( */ && !(c >= 0x30 && c <= 0x39) && !(c >= THAI_ZERO && c <= THAI_ZERO + 9)) return null;
  ITEM_NUMBER_AT.lastIndex = at;
  const m = ITEM_NUMBER_AT.exec(text);
  return m ? tokenOf(m) : null;
}

/** Whether a kind word follows a number token (to prefer "(2) โครงการ…" over a "(2)" quoted inside a title). */
function startsItem(text: string, token: NumberToken): boolean {
  return kindOf(text.slice(token.end, token.end + 40)) !== 'อื่น';
}

/** A part starts before the opening tags that precede its number ("…</p><p>(2) …" is cut before "<p>"). */
function cutBefore(text: string, at: number): number {
  const openTags = /(?:<[a-zA-Z][^<>]*>\s*)+$/.exec(text.slice(0, at));
  return openTags ? openTags.index : at;
}

/**
 * Splits a cell holding several numbered items ("(1) โครงการA (2) โครงการB (3) โครงการC") at numbers that
 * continue the sequence of the first one, in the same style. Each part keeps its text as written (trimmed).
 */
export function splitNumberedItems(text: string): string[] {
  const whole = text.trim();
  // Most cells start with their first word: the spaces-and-tags pattern is run only when they do not.
  const c0 = text.charCodeAt(0);
  const lead = c0 === 0x3c /* < */ || isSpaceCode(c0) ? LEADING_MARKUP.exec(text)![0].length : 0;
  // Every title cell is asked. One that does not open with a number, or has no ")" (or "." for "1.")
  // after it to close a next number of the same style, is one item: no need to find every number in it.
  const opening = itemNumberAt(text, lead);
  if (!opening || text.indexOf(opening.style === 'dot' ? '.' : ')', opening.end) < 0) return [whole];
  const tokens = itemNumberTokens(text);
  const first = tokens[0];
  if (!first || first.at !== lead) return [whole];
  const cuts: number[] = [];
  let expected = first.value + 1;
  let from = 1;
  for (;;) {
    const candidates = tokens.slice(from).filter((t) => t.style === first.style && t.value === expected);
    if (candidates.length === 0) break;
    const next = candidates.find((t) => startsItem(text, t)) ?? candidates[0];
    cuts.push(cutBefore(text, next.at));
    from = tokens.indexOf(next) + 1;
    expected++;
  }
  if (cuts.length === 0) return [whole];
  const bounds = [0, ...cuts, text.length];
  return bounds.slice(0, -1).map((b, i) => text.slice(b, bounds[i + 1]).trim()).filter((p) => p !== '');
}

// ---------------------------------------------------------------------------------------------
// Fuzzy comparison
// ---------------------------------------------------------------------------------------------

/** Buffers reused between calls: similarity() runs thousands of times per workbook. */
let rowBuf = new Int32Array(512);
let codeBuf = new Uint16Array(512);

/** Edit distance over UTF-16 code units (Thai is all in the BMP), single-row DP. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  // Common prefix and suffix cost nothing; trimming them makes near-equal titles cheap.
  let start = 0;
  while (start < a.length && start < b.length && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  let s = a.slice(start, endA);
  let t = b.slice(start, endB);
  if (s.length > t.length) [s, t] = [t, s]; // the row runs over the shorter string
  const n = s.length;
  if (n === 0) return t.length;
  return editDistance(s, t, n);
}

/** The DP itself, kept monomorphic and free of Math.min calls: it is the hot loop of fuzzy matching. */
function editDistance(s: string, t: string, n: number): number {
  if (rowBuf.length < n + 1) {
    rowBuf = new Int32Array(n + 1);
    codeBuf = new Uint16Array(n + 1);
  }
  const row = rowBuf;
  const codes = codeBuf;
  for (let i = 0; i < n; i++) codes[i] = s.charCodeAt(i);
  for (let i = 0; i <= n; i++) row[i] = i;
  const m = t.length;
  for (let j = 1; j <= m; j++) {
    const tj = t.charCodeAt(j - 1);
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
  const ca = compactText(a);
  const cb = compactText(b);
  const max = Math.max(ca.length, cb.length);
  if (max === 0) return 1;
  return 1 - levenshtein(ca, cb) / max;
}
