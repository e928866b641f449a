/**
 * Item titles: the kind word and the name, and several items written in one cell.
 */
import type { ItemKind } from '../schema';
import { THAI_ZERO, toArabicDigits } from './digits';
import { compactText, hasCode, isSpaceCode, leadingIndex, normalizeText, THAI_LETTER } from './text';

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

