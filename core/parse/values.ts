/**
 * Reading the value cells of one row: budgets per year or one budget, quarter ticks, the remark,
 * and tick marks that landed outside the quarter columns.
 */
import { cellAt, type Grid } from '../grid';
import type { HeaderBlock } from '../detect';
import type { Budget, Item, Quarter, Source } from '../schema';
import { isTick, readAmount } from '../thai/amounts';
import { rowTexts } from '../cell-texts';
import { objectList } from '../object-lists';
import { sourceOf } from './state';

export interface RowValues {
  budgets: Budget[];
  quarters: Quarter[];
  strayTicks: { raw: string; source: Source }[];
  remark: string | null;
  /** A ผู้รับผิดชอบ column beside (or instead of) หมายเหตุ; undefined when the table has none (หมายเหตุ then names the unit). */
  responsible?: string | null;
  /** Whether any value cell holds something. */
  hasAny: boolean;
}

/** A tick symbol, not the digit 1 that also counts as a tick inside quarter columns. */
function isTickMark(raw: string): boolean {
  // isTick first: it rules out an amount or a word by its first two characters.
  return raw !== '' && isTick(raw) && !DIGITS_ONLY.test(raw);
}

const DIGITS_ONLY = /^[0-9๐-๙]+$/;

const VALUE_ROLES = new Set(['year-budget', 'budget', 'quarter', 'remark', 'responsible']);

export function blockYear(block: HeaderBlock, fallback: number | null): number | null {
  return block.years[0]?.year ?? fallback;
}

export function readRowValues(
  grid: Grid,
  block: HeaderBlock,
  row: number,
  fiscalYear: number | null,
): RowValues {
  // Every field from the start (responsible too, undefined until a column gives it): a field added
  // later gives the object another shape, and the compiled loop met it only with a table's first
  // ผู้รับผิดชอบ column, in some file after V8 had compiled it, and was compiled again (50 ms).
  // strayTicks starts as a list of objects (core/object-lists.ts): most rows have none, and the first
  // tick outside the quarters comes after the loop is compiled.
  const out: RowValues = { budgets: [], quarters: [], strayTicks: objectList(), remark: null, responsible: undefined, hasAny: false };
  const texts = rowTexts(grid, row).byCol;
  for (const column of block.columns) {
    if (!VALUE_ROLES.has(column.role)) continue;
    const value = cellAt(grid, row, column.col);
    const raw = texts[column.col] ?? '';
    const source = sourceOf(grid, row, column.col);
    if (raw) out.hasAny = out.hasAny || (column.role !== 'remark' && column.role !== 'responsible');
    if (column.role === 'year-budget' || column.role === 'budget') {
      const parsed = readAmount(value, { dash: block.layout.dash });
      const year = column.role === 'year-budget' ? column.year : blockYear(block, fiscalYear);
      // The amount's fields written out (a spread costs more, in the busiest loop of a parse).
      const { status, amount, usesBudget, notPlanned } = parsed;
      out.budgets.push({ year, raw, status, amount, usesBudget, notPlanned, source });
      if (isTickMark(raw)) out.strayTicks.push({ raw, source });
    } else if (column.role === 'quarter' && column.q) {
      out.quarters.push({ q: column.q, ticked: isTick(value), raw, source });
    } else if (column.role === 'remark') {
      if (isTickMark(raw)) out.strayTicks.push({ raw, source });
      else out.remark = raw || null;
    } else if (column.role === 'responsible') {
      out.responsible = raw || null;
    }
  }
  return out;
}

/** Gives an item the values of a row. */
export function applyValues(item: Item, values: RowValues): void {
  item.budgets = values.budgets;
  item.quarters = values.quarters;
  item.strayTicks = values.strayTicks;
  if (values.remark) item.remark = values.remark;
  const responsible = values.responsible === undefined ? values.remark : values.responsible;
  if (responsible) item.responsible = responsible;
}

/**
 * Adds a continuation row's values to an item that already has some: ticks are OR-ed,
 * empty budget cells take the continuation's value.
 */
export function mergeValues(item: Item, values: RowValues): void {
  for (const q of values.quarters) {
    const mine = item.quarters.find((x) => x.q === q.q);
    if (!mine) item.quarters.push(q);
    else if (q.ticked && !mine.ticked) Object.assign(mine, q);
  }
  for (const b of values.budgets) {
    const mine = item.budgets.find((x) => x.year === b.year);
    if (!mine) item.budgets.push(b);
    else if (mine.status === 'empty' && b.status !== 'empty') Object.assign(mine, b);
  }
  item.strayTicks.push(...values.strayTicks);
  if (values.remark) item.remark = item.remark ? `${item.remark} ${values.remark}` : values.remark;
  if (values.responsible === undefined) {
    if (values.remark) item.responsible = item.remark;
  } else if (values.responsible) {
    item.responsible = item.responsible ? `${item.responsible} ${values.responsible}` : values.responsible;
  }
}
