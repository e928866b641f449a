/**
 * The safe fixes for one sheet, as a preview: every cell that would change, what it holds now,
 * what it would hold, and why. Nothing here writes: the pane shows the plan, the clerk confirms,
 * excel-host applies it and logs the old values.
 *
 * Order matters: text fixes and amounts first (an amount typed as text must be a number before a
 * SUM can count it), totals last, computed on the grid as the earlier fixes leave it.
 */
import { a1, cellAt, type Grid } from '../../core/grid';
import { parseGrid } from '../../core/parse';
import { amountFixes } from './amount-fixes';
import { textFixes } from './text-fixes';
import { totalFixes } from './total-fixes';
import type { CellChange, FixCategory, FixOptions, FixPlan } from './types';

export * from './types';
export { summaryFigures, typedTotals } from './total-fixes';

function workingCopy(grid: Grid): Grid {
  return { ...grid, rows: grid.rows.map((r) => [...r]), formulas: { ...(grid.formulas ?? {}) } };
}

export function planFixes(grid: Grid, opts: FixOptions): FixPlan {
  const { doc } = parseGrid(grid);
  const work = workingCopy(grid);
  const changes = new Map<string, CellChange>();
  const record = (row: number, col: number, category: FixCategory[], after: CellChange['after'], reason: CellChange['reason']) => {
    const cell = a1(row, col);
    const previous = changes.get(cell);
    const categories = [...new Set([...(previous?.categories ?? []), ...category])];
    const before = previous?.before ?? { value: cellAt(grid, row, col), formula: grid.formulas?.[cell] ?? null };
    const joined = previous ? { th: `${previous.reason.th}; ${reason.th}`, en: `${previous.reason.en}; ${reason.en}` } : reason;
    changes.set(cell, { sheet: grid.sheet, cell, row, col, categories, before, after, reason: joined });
    work.rows[row] ??= [];
    work.rows[row][col] = after.value;
    if (after.formula) (work.formulas as Record<string, string>)[cell] = after.formula;
    else delete (work.formulas as Record<string, string>)[cell];
  };

  for (const fix of textFixes(grid, doc, opts.categories)) {
    // A formula's text is its result; the formula itself is not the clerk's text to tidy.
    if (grid.formulas?.[a1(fix.row, fix.col)]) continue;
    const reason = { th: fix.reasons.map((r) => r.th).join('; '), en: fix.reasons.map((r) => r.en).join('; ') };
    record(fix.row, fix.col, fix.categories, { value: fix.text, formula: null }, reason);
  }
  if (opts.categories.has('amounts')) {
    for (const fix of amountFixes(grid, doc)) {
      record(fix.row, fix.col, ['amounts'], { value: fix.amount, formula: null, numberFormat: fix.numberFormat }, fix.reason);
    }
  }
  const skipped: FixPlan['skipped'] = [];
  if (opts.categories.has('totals')) {
    const totals = totalFixes(work, doc);
    for (const fix of totals.fixes) {
      record(fix.row, fix.col, ['totals'], { value: fix.value, formula: fix.formula, ...(fix.numberFormat ? { numberFormat: fix.numberFormat } : {}) }, fix.reason);
    }
    skipped.push(...totals.skipped);
  }
  const ordered = [...changes.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  return { sheet: grid.sheet, changes: ordered, skipped };
}

/** The grid as it will read once the plan is applied (what the pane validates to confirm a fix). */
export function applyToGrid(grid: Grid, plan: FixPlan): Grid {
  const out = workingCopy(grid);
  for (const c of plan.changes) {
    out.rows[c.row] ??= [];
    out.rows[c.row][c.col] = c.after.value;
    if (c.after.formula) (out.formulas as Record<string, string>)[c.cell] = c.after.formula;
    else delete (out.formulas as Record<string, string>)[c.cell];
  }
  return out;
}
