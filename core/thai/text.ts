/**
 * Text as it arrives in cells, made comparable: markup, invisible characters, odd spaces, sara am,
 * PDF wrap spaces; the compact form, and helpers that look at a text's leading characters.
 */
import { charCode } from '../char-code';
import { memoOfString } from '../memo';
import { THAI_ZERO, toArabicDigits } from './digits';

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
export function fixSaraAm(s: string): string {
  if (!s.includes('\u0E4D')) return s;
  return s
    .replace(/\u0E4D([\u0E48-\u0E4B])\u0E32/g, '$1\u0E33')
    .replace(/\u0E4D\u0E32/g, '\u0E33');
}

/**
 * Whether normalizeText would leave a text as it is: it has no tag or entity (< &), no zero-width
 * character, no character that `\s` matches other than a lone inner space (so no NBSP, Unicode
 * space, tab or line break), no space at either end, and no nikhahit of a split sara am: apart from
 * the lone inner space, none of the characters compactText drops (droppedInCompact). One pass over the
 * characters, as every cell of every sheet is asked (a pattern and a search for two spaces were two).
 */
export function isNormal(s: string): boolean {
  const n = s.length;
  if (n === 0) return true;
  if (charCode(s, 0) === 32 || charCode(s, n - 1) === 32) return false;
  let space = false;
  for (let i = 0; i < n; i++) {
    const c = charCode(s, i);
    if (c === 32) {
      if (space) return false;
      space = true;
      continue;
    }
    space = false;
    // Thai letters and printable ASCII first (nearly all of a cell): of them only the nikhahit, < and &
    // are changes; whatever else compactText would drop is a change too.
    if (c >= 0x0e00 && c <= 0x0e7f) {
      if (c === 0x0e4d) return false;
    } else if (c > 0x20 && c < 0x7f) {
      if (c === 0x3c || c === 0x26) return false;
    } else if (droppedInCompact(c)) return false;
  }
  return true;
}

/**
 * The display form of a cell: no HTML, entities decoded, no zero-width characters, one space between words.
 * Keeps the spaces between words: it cannot know which are PDF wrap spaces.
 */
export function normalizeText(s: string): string {
  // Most cells need nothing: one scan decides (isNormal), and they come back as they are.
  if (isNormal(s)) return s;
  let t = decodeEntities(stripTags(s));
  t = t.replace(ZERO_WIDTH, '').replace(UNICODE_SPACES, ' ');
  t = fixSaraAm(t);
  return t.replace(/\s+/g, ' ').trim();
}

/** The comparison form: wrap spaces and digit scripts no longer matter ("การบริหาร ราชการ" = "การบริหารราชการ"). */
export function compactText(s: string): string {
  return keptCompact(s);
}

/** The characters `\s` matches (as trim() takes them). */
export function isSpaceCode(c: number): boolean {
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
 * The plain characters, as ranges of codes: a space, printable ASCII but capitals, < and &, Thai but
 * the nikhahit of a split sara am, and the dashes and quotes of U+2010-2027. A text of them alone is
 * compacted by dropping its spaces and making its digits Arabic (compactTextUncached).
 */
const PLAIN_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x25], [0x27, 0x3b], [0x3d, 0x40], [0x5b, 0x7e], [0x0e00, 0x0e4c], [0x0e4e, 0x0e7f], [0x2010, 0x2027],
];
const codePoint = (c: number): string => `\\u${c.toString(16).padStart(4, '0')}`;
/** A character that makes a text more than plain. */
const NOT_PLAIN = new RegExp(`[^${PLAIN_RANGES.map(([from, to]) => `${codePoint(from)}-${codePoint(to)}`).join('')}]`);
/** PLAIN_RANGES by code, for a loop over a text's characters. */
const PLAIN_CODE = new Uint8Array(0x2028);
for (const [from, to] of PLAIN_RANGES) PLAIN_CODE.fill(1, from, to + 1);

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

/**
 * compactTextUncached(s) as a number, for finding the texts of a list that are the same (a plan's
 * item titles): a 23-bit hash of the compact text times 128, plus its length (127 for any longer;
 * fingerprintLength). Equal compact texts give equal numbers, and a number met twice still needs
 * the texts compared. A plain text's is made in one pass over its characters without making the
 * text (compacting every title was most of a plan's duplicate search).
 */
export function compactFingerprint(s: string): number {
  const plain = fingerprint(s, true);
  return plain >= 0 ? plain : fingerprint(compactTextUncached(s), false);
}

/** The compact text's length (up to 127) a fingerprint holds. */
export function fingerprintLength(print: number): number {
  return print % 128;
}

/**
 * FNV-1a over the characters compactTextUncached keeps of a plain text: spaces dropped, Thai digits
 * read as Arabic (a compact text has neither, so hashing one gives the same number). -1 when
 * `plainOnly` and the text is not plain.
 */
function fingerprint(s: string, plainOnly: boolean): number {
  let hash = 0x811c9dc5;
  let length = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c === 32) continue;
    if (plainOnly && (c >= PLAIN_CODE.length || PLAIN_CODE[c] !== 1)) return -1;
    if (c >= THAI_ZERO && c <= THAI_ZERO + 9) c -= THAI_ZERO - 0x30;
    hash = Math.imul(hash ^ c, 0x01000193);
    length++;
  }
  // Below 2^30: a small integer to V8, as a map key.
  return (hash >>> 9) * 128 + (length < 127 ? length : 127);
}

export const WHITESPACE_RUNS = /\s+/g;

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
const keptCompact = memoOfString(compactTextUncached, { size: 50_000 });

/** Thai letters, vowels and tone marks (not digits). */
export const THAI_LETTER = '\\u0E01-\\u0E4E';
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
