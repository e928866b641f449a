/**
 * The stated summary rows: `รวม` after each dimension and `รวมทั้งสิ้น` at the end, with the item
 * count ("จำนวน ๘ โครงการ / ๑ มาตรการ"), budgets per year, ticks per quarter or one budget.
 */
import { cellAt, type Grid } from '../grid';
import type { HeaderBlock } from '../detect';
import { ITEM_KINDS, type ItemKind, type Summary } from '../schema';
import { compactText, normalizeText, parseAmount, parseNumber, toArabicDigits } from '../thai';
import { blockColumn, sourceOf, textAt, type ParseState } from './state';

export function isSummaryLabel(text: string): boolean {
  return /^รวม/.test(compactText(text));
}

export function isGrandLabel(text: string): boolean {
  return /^(รวมทั้งสิ้น|รวมทั้งหมด|รวมทั้งแผน|รวมทุกมิติ)/.test(compactText(text));
}

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
  const parts = [...t.matchAll(/(\d[\d,]*)\s*(โครงการ|มาตรการ|กิจกรรม|รายการ)/g)];
  if (parts.length === 0) {
    const n = /(\d[\d,]*)/.exec(t);
    return { total: n ? parseNumber(n[1]) : null, byKind: null };
  }
  if (parts.length === 1 && (parts[0][2] === 'โครงการ' || parts[0][2] === 'รายการ')) {
    return { total: parseNumber(parts[0][1]), byKind: null };
  }
  const byKind = Object.fromEntries(ITEM_KINDS.map((k) => [k, 0])) as Record<ItemKind, number>;
  for (const p of parts) {
    const kind = p[2] === 'รายการ' ? 'อื่น' : (p[2] as ItemKind);
    byKind[kind] += parseNumber(p[1]) ?? 0;
  }
  const total = Object.values(byKind).reduce((a, b) => a + b, 0);
  return { total, byKind };
}

function stated(grid: Grid, row: number, col: number, dash: 'not-planned' | 'zero') {
  const value = cellAt(grid, row, col);
  const raw = normalizeText(value === null ? '' : String(value));
  const parsed = parseAmount(value, { dash });
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
  const count = /\d|[๐-๙]/.test(countText)
    ? { raw: countText, ...parseStatedCount(countText), source: sourceOf(grid, row, countCol) }
    : null;
  const years = block.columns
    .filter((c) => c.role === 'year-budget' && c.year)
    .map((c) => ({ year: c.year as number, ...stated(grid, row, c.col, 'zero') }));
  const quarters = block.columns
    .filter((c) => c.role === 'quarter' && c.q)
    .map((c) => ({ q: c.q as number, ...stated(grid, row, c.col, 'zero') }));
  const budgetCol = blockColumn(block, 'budget');
  const budget = budgetCol === undefined ? null : stated(grid, row, budgetCol, 'zero');
  const figures = [...years, ...quarters, ...(budget ? [budget] : [])];
  const grand = isGrandLabel(label);
  const summary: Summary = {
    scope: grand ? 'grand' : 'dimension',
    dimension: grand ? null : state.dimension,
    label,
    source: sourceOf(grid, row, labelCol),
    count: count ? { raw: count.raw, total: count.total, byKind: count.byKind, source: count.source } : null,
    years,
    quarters,
    budget,
    empty: figures.every((f) => f.raw === ''),
  };
  state.doc.summaries.push(summary);
  return summary;
}
