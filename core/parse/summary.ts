/**
 * The stated summary rows: `รวม` after each dimension and `รวมทั้งสิ้น` at the end, with the item
 * count ("จำนวน ๘ โครงการ / ๑ มาตรการ"), budgets per year, ticks per quarter or one budget.
 */
import { cellAt, type Grid } from '../grid';
import type { HeaderBlock } from '../detect';
import { type ItemKind, type Source, type Summary } from '../schema';
import { parseNumber, readAmount } from '../thai/amounts';
import { toArabicDigits } from '../thai/digits';
import { compactText, leadingIndex, normalizeText } from '../thai/text';
import { zeroByKind } from '../totals';
import { blockColumn, sourceOf, textAt, type ParseState } from './state';

export function isSummaryLabel(text: string): boolean {
  // Asked of every lead cell of every row: most are told by their first letters as written (see leadingIndex).
  const at = leadingIndex(text);
  if (at >= 0) {
    if (text.startsWith('รวม', at)) return true;
    if (text.charCodeAt(at) !== RO_RUA) return false;
  }
  return SUMMARY_LABEL.test(compactText(text));
}

export function isGrandLabel(text: string): boolean {
  return GRAND_LABEL.test(compactText(text));
}

const RO_RUA = 'ร'.charCodeAt(0);

// Regexps asked of every row are constants: a regexp literal in a function is a new object at every call.
const SUMMARY_LABEL = /^รวม/;
const GRAND_LABEL = /^(รวมทั้งสิ้น|รวมทั้งหมด|รวมทั้งแผน|รวมทุกมิติ)/;
const COUNT_BY_KIND = /(\d[\d,]*)\s*(โครงการ|มาตรการ|กิจกรรม|รายการ)/g;
const FIRST_NUMBER = /(\d[\d,]*)/;
const ANY_DIGIT = /\d|[๐-๙]/;

export interface StatedCount {
  total: number | null;
  byKind: Record<ItemKind, number> | null;
}

/**
 * "จำนวน ๘ โครงการ / ๑ มาตรการ" → by kind; "จำนวน ๔๘ โครงการ" alone → a total, because plans
 * write โครงการ for all items when they name one kind only.
 */
export function parseStatedCount(text: string): StatedCount {
  const t = toArabicDigits(normalizeText(text));
  const parts = countsByKind(t);
  if (parts.length === 0) {
    const n = FIRST_NUMBER.exec(t);
    return { total: n ? parseNumber(n[1]) : null, byKind: null };
  }
  if (parts.length === 1 && (parts[0][2] === 'โครงการ' || parts[0][2] === 'รายการ')) {
    return { total: parseNumber(parts[0][1]), byKind: null };
  }
  const byKind = zeroByKind();
  for (const p of parts) {
    const kind = p[2] === 'รายการ' ? 'อื่น' : (p[2] as ItemKind);
    byKind[kind] += parseNumber(p[1]) ?? 0;
  }
  const total = Object.values(byKind).reduce((a, b) => a + b, 0);
  return { total, byKind };
}

/** Each "N <kind>" of a count, in order (an exec loop: matchAll and its iterator cost more, row after row). */
function countsByKind(t: string): RegExpExecArray[] {
  const parts: RegExpExecArray[] = [];
  COUNT_BY_KIND.lastIndex = 0;
  for (let m = COUNT_BY_KIND.exec(t); m !== null; m = COUNT_BY_KIND.exec(t)) parts.push(m);
  return parts;
}

/** A stated count with its cell. */
function countOf(raw: string, source: Source): NonNullable<Summary['count']> {
  const { total, byKind } = parseStatedCount(raw);
  return { raw, total, byKind, source };
}

function stated(grid: Grid, row: number, col: number, dash: 'not-planned' | 'zero') {
  const value = cellAt(grid, row, col);
  const raw = normalizeText(value === null ? '' : String(value));
  const parsed = readAmount(value, { dash });
  const ok = parsed.status === 'amount' || parsed.status === 'no-budget' || parsed.status === 'not-planned';
  return { raw, value: ok ? parsed.amount : null, source: sourceOf(grid, row, col) };
}

export function parseSummaryRow(
  state: ParseState,
  block: HeaderBlock,
  row: number,
  labelCol: number,
): Summary {
  const { grid } = state;
  const label = textAt(grid, row, labelCol);
  const titleCol = blockColumn(block, 'title');
  const countCol = titleCol !== undefined && titleCol !== labelCol && textAt(grid, row, titleCol) ? titleCol : labelCol;
  const countText = textAt(grid, row, countCol);
  const count = ANY_DIGIT.test(countText) ? countOf(countText, sourceOf(grid, row, countCol)) : null;
  // Loops and plain objects rather than filter, map and spreads: a sheet has a summary row per dimension.
  const years: Summary['years'] = [];
  const quarters: Summary['quarters'] = [];
  for (const c of block.columns) {
    if (c.role === 'year-budget' && c.year) {
      const { raw, value, source } = stated(grid, row, c.col, 'zero');
      years.push({ year: c.year, raw, value, source });
    }
  }
  for (const c of block.columns) {
    if (c.role === 'quarter' && c.q) {
      const { raw, value, source } = stated(grid, row, c.col, 'zero');
      quarters.push({ q: c.q, raw, value, source });
    }
  }
  const budgetCol = blockColumn(block, 'budget');
  const budget = budgetCol === undefined ? null : stated(grid, row, budgetCol, 'zero');
  const empty = years.every((f) => f.raw === '') && quarters.every((f) => f.raw === '') && (!budget || budget.raw === '');
  const grand = isGrandLabel(label);
  const summary: Summary = {
    scope: grand ? 'grand' : 'dimension',
    dimension: grand ? null : state.dimension,
    label,
    source: sourceOf(grid, row, labelCol),
    count,
    years,
    quarters,
    budget,
    empty,
  };
  state.doc.summaries.push(summary);
  return summary;
}
