/**
 * Numbers, amounts in baht as clerks write them, ticks, and the phrases that mean "no budget".
 */
import type { CellValue } from '../grid';
import { memoOfString } from '../memo';
import type { AmountStatus } from '../schema';
import { toArabicDigits } from './digits';
import { leadingIndex, normalizeText, WHITESPACE_RUNS } from './text';

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

/** A number as JavaScript writes it, plainly (no exponent), with at most six decimals. */
const PLAIN_NUMBER = /^(-?)(\d+)(?:\.(\d{1,6}))?$/;

/** 34000 → "34,000", 1234.5 → "1,234.5", -5000 → "-5,000" (Arabic digits, as Excel shows them). */
export function formatNumber(n: number): string {
  const shortest = String(n === 0 ? 0 : n);
  // What nearly every amount and count is: written with its own shortest digits, the commas put in
  // here give Intl's result (test/core/thai.test.ts) without Intl, whose first use in a thread loads
  // ICU's locale data (15-30 ms, in each worker of a run). Rounding and exponents stay Intl's.
  const m = PLAIN_NUMBER.exec(shortest);
  if (m) return `${m[1]}${groupThousands(m[2])}${m[3] === undefined ? '' : `.${m[3]}`}`;
  numberFormat ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
  return numberFormat.format(n === 0 ? 0 : n);
}

/** "1234567" → "1,234,567". */
function groupThousands(digits: string): string {
  if (digits.length <= 3) return digits;
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return out;
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
  return opts.dash === 'zero' ? keptDashZero(raw) : keptDashNotPlanned(raw);
}

// Budget texts repeat down a plan and across a batch ("ไม่ใช้งบประมาณ", "-", "๑๐,๐๐๐"): kept per text,
// one memo per dash reading (a key joining the two would be a new string to hash at every call).
const AMOUNT_TEXTS = { size: 10_000, maxLength: 200 };
const keptDashZero = memoOfString((raw) => parseAmountString(raw, { dash: 'zero' }), AMOUNT_TEXTS);
const keptDashNotPlanned = memoOfString((raw) => parseAmountString(raw, { dash: 'not-planned' }), AMOUNT_TEXTS);

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
