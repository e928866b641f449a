/**
 * The รวม / รวมทั้งสิ้น cells as live formulas, the way core's sheet plans write them: SUM over the
 * dimension's item rows for money, COUNTIF of the tick marks for quarters, the kinds counted from
 * the titles, and the grand row as the sum of the dimension rows. A typed total that is right
 * becomes a formula with the same value (so it stays right when an item changes); one that is
 * wrong is corrected. A formula is proposed only when its value, computed here on the grid, is
 * what core counts from the items; otherwise the right number is written as a number.
 */
import { a1, cellAt, columnLetter, type CellValue, type Grid, type Range } from '../../core/grid';
import { layoutById, type LayoutId } from '../../core/layouts';
import { parseStatedCount } from '../../core/parse/summary';
import { summarySegments } from '../../core/rules/segments';
import { ITEM_KINDS, type ItemKind, type PlanDocument, type Summary } from '../../core/schema';
import { countFormula, countText, grandCountFormula, NUMBER_FORMATS, TABLE_WORDS } from '../../core/sheet-plan';
import { formatNumber, isTick, normalizeText, parseAmount } from '../../core/thai';
import { sameAmount, type Tally } from '../../core/totals';
import { countIf, criterionLiteral, escapeWildcards, sumRange, type Criterion } from './formula-values';
import type { SkippedFix } from './types';

export type FigureKind = 'year' | 'quarter' | 'budget' | 'count';

/** One figure of one summary row: where it is, what it is, and the rows it speaks for. */
export interface SummaryFigure {
  row: number;
  col: number;
  kind: FigureKind;
  year: number | null;
  q: number | null;
  summary: Summary;
  tally: Tally;
  /** 0-based rows of the items it covers (dimension rows), or of the whole table (grand row). */
  from: number;
  to: number;
  /** 0-based rows of the dimension summaries a grand total adds up. */
  parts: number[];
}

const COUNT_KINDS = ['โครงการ', 'มาตรการ', 'กิจกรรม'] as const;

/** Every figure cell of every summary row in the sheet's plan tables. */
export function summaryFigures(doc: PlanDocument): SummaryFigure[] {
  const tables = doc.tables.filter((t) => layoutById(t.layout as LayoutId).summaryRows);
  if (tables.length === 0) return [];
  const start = tables[0].firstRow - 1;
  const out: SummaryFigure[] = [];
  let previous = -1;
  let previousGrand = -1;
  const dimensionRows: number[] = [];
  for (const { summary, tally } of summarySegments(doc)) {
    const row = summary.source.row - 1;
    const table = tables.find((t) => row + 1 >= t.firstRow && row + 1 <= t.lastRow) ?? tables[tables.length - 1];
    const grand = summary.scope === 'grand';
    const from = grand ? Math.max(start, previousGrand + 1) : Math.max(start, previous + 1);
    const parts = grand ? dimensionRows.filter((r) => r > previousGrand) : [];
    const base = { row, summary, tally, from, to: row - 1, parts };
    for (const c of table.columns) {
      const col = c.column - 1;
      if (c.role === 'year-budget' && c.year) out.push({ ...base, col, kind: 'year', year: c.year, q: null });
      else if (c.role === 'quarter' && c.q) out.push({ ...base, col, kind: 'quarter', year: null, q: c.q });
      else if (c.role === 'budget') out.push({ ...base, col, kind: 'budget', year: null, q: null });
    }
    const titleCol = table.columns.find((c) => c.role === 'title')?.column;
    if (titleCol !== undefined && titleCol !== summary.source.column) {
      out.push({ ...base, col: titleCol - 1, kind: 'count', year: null, q: null });
    }
    if (grand) previousGrand = row;
    else dimensionRows.push(row);
    previous = row;
  }
  return out;
}

export interface TotalFix {
  row: number;
  col: number;
  value: CellValue;
  formula: string | null;
  numberFormat?: string;
  reason: { th: string; en: string };
}

function expectedOf(f: SummaryFigure): number | string {
  const t = f.tally;
  switch (f.kind) {
    case 'year':
      return t.budgetByYear[String(f.year)] ?? 0;
    case 'quarter':
      return t.quarters[(f.q ?? 1) - 1];
    case 'budget':
      return t.budget;
    case 'count':
      return f.summary.scope === 'grand'
        ? `จำนวน ${t.items} โครงการ`
        : countText(t.byKind);
  }
}

/** Whether what the cell shows already says the right total (as the count-mismatch and total-mismatch rules judge it). */
function showsExpected(f: SummaryFigure, value: CellValue): boolean {
  if (value === null || (typeof value === 'string' && normalizeText(value) === '')) return false;
  if (f.kind === 'count') {
    const stated = parseStatedCount(String(value));
    if (stated.byKind) return ITEM_KINDS.every((k) => stated.byKind?.[k] === f.tally.byKind[k]);
    return stated.total === f.tally.items && (f.summary.scope === 'grand' || f.tally.byKind['อื่น'] === 0);
  }
  const parsed = parseAmount(value, { dash: 'zero' });
  return parsed.status === 'amount' && sameAmount(parsed.amount, expectedOf(f) as number);
}

interface Proposal {
  formula: string;
  value: CellValue;
}

/** The tick marks used in a quarter column, as COUNTIF criteria (one per mark, case folded as COUNTIF does). */
function tickCriteria(grid: Grid, range: Range): Criterion[] {
  const seen = new Map<string, Criterion>();
  for (let r = range.top; r <= range.bottom; r++) {
    const v = cellAt(grid, r, range.left);
    if (!isTick(v)) continue;
    const criterion: Criterion = typeof v === 'string' ? escapeWildcards(v) : (v as number | boolean);
    seen.set(String(criterion).toLowerCase(), criterion);
  }
  return [...seen.values()];
}

function propose(f: SummaryFigure, grid: Grid): Proposal | null {
  const letter = columnLetter(f.col);
  const range: Range = { top: f.from, left: f.col, bottom: f.to, right: f.col };
  const rangeText = `${letter}${f.from + 1}:${letter}${f.to + 1}`;
  if (f.to < f.from) return null;
  if (f.summary.scope === 'grand' && f.kind !== 'count' && f.parts.length > 0) {
    const values = f.parts.map((r) => cellAt(grid, r, f.col));
    if (!values.every((v): v is number => typeof v === 'number')) return null;
    return { formula: `=${f.parts.map((r) => `${letter}${r + 1}`).join('+')}`, value: values.reduce((a, b) => a + b, 0) };
  }
  switch (f.kind) {
    case 'year':
    case 'budget':
      // A grand row without dimension rows sums the items directly.
      return { formula: `=SUM(${rangeText})`, value: sumRange(grid, range) };
    case 'quarter': {
      const criteria = tickCriteria(grid, range);
      const used: Criterion[] = criteria.length > 0 ? criteria : [TABLE_WORDS.tick];
      const formula = `=${used.map((c) => `COUNTIF(${rangeText},${criterionLiteral(c)})`).join('+')}`;
      return { formula, value: used.reduce<number>((n, c) => n + countIf(grid, range, c), 0) };
    }
    case 'count': {
      if (f.summary.scope === 'grand') {
        return { formula: grandCountFormula(rangeText), value: `จำนวน ${countIf(grid, range, '*) *')} โครงการ` };
      }
      const byKind = Object.fromEntries(COUNT_KINDS.map((k) => [k, countIf(grid, range, `*) ${k}*`)])) as Record<ItemKind, number>;
      byKind['อื่น'] = countIf(grid, range, '*) *') - COUNT_KINDS.reduce((n, k) => n + byKind[k], 0);
      return { formula: countFormula(rangeText), value: countText(byKind) };
    }
  }
}

const sameFormula = (a: string, b: string) => a.replace(/\s+/g, '').toUpperCase() === b.replace(/\s+/g, '').toUpperCase();

const show = (v: CellValue) => (v === null ? '' : typeof v === 'number' ? formatNumber(v) : String(v));

function numberFormatOf(kind: FigureKind): string | undefined {
  if (kind === 'year') return NUMBER_FORMATS.statedAmount;
  if (kind === 'budget') return NUMBER_FORMATS.amount;
  return undefined;
}

/**
 * The fixes for every summary figure, in row order; `grid` is updated with each fixed value so
 * that a grand total sees the corrected dimension totals.
 */
export function totalFixes(grid: Grid, doc: PlanDocument): { fixes: TotalFix[]; skipped: SkippedFix[] } {
  const fixes: TotalFix[] = [];
  const skipped: SkippedFix[] = [];
  for (const f of summaryFigures(doc)) {
    const cell = a1(f.row, f.col);
    const value = cellAt(grid, f.row, f.col);
    const hasFormula = Boolean(grid.formulas?.[cell]);
    const ok = showsExpected(f, value);
    if (ok && hasFormula) continue;
    if (f.kind === 'count' && f.tally.byKind['อื่น'] > 0) {
      skipped.push({
        cell,
        reason: {
          th: 'มีรายการที่ชื่อไม่ขึ้นต้นด้วย โครงการ/มาตรการ/กิจกรรม จึงนับแยกประเภทอัตโนมัติไม่ได้',
          en: 'Some item titles do not start with โครงการ/มาตรการ/กิจกรรม, so the kinds cannot be counted automatically',
        },
      });
      continue;
    }
    const expected = expectedOf(f);
    const proposal = propose(f, grid);
    // Already the right formula: its value is off only because of cells fixed before it.
    const current = grid.formulas?.[cell];
    if (current && proposal && sameFormula(current, proposal.formula)) continue;
    const formulaWorks =
      proposal !== null &&
      (typeof expected === 'number' ? typeof proposal.value === 'number' && sameAmount(proposal.value, expected) : proposal.value === expected);
    let fix: TotalFix;
    if (formulaWorks && proposal) {
      const reason = ok
        ? { th: `ใช้สูตร ${proposal.formula} แทนตัวเลขที่พิมพ์ (ค่าเท่าเดิม)`, en: `The formula ${proposal.formula} instead of a typed figure (same value)` }
        : value === null || show(value).trim() === ''
          ? { th: `เติมสูตร ${proposal.formula}`, en: `Fill in the formula ${proposal.formula}` }
          : { th: `ยอดที่ระบุ ${show(value)} ไม่ตรงกับรายการ: ใช้สูตร ${proposal.formula}`, en: `The stated ${show(value)} does not match the items: use ${proposal.formula}` };
      fix = { row: f.row, col: f.col, value: proposal.value, formula: proposal.formula, reason };
    } else if (!ok) {
      fix = {
        row: f.row,
        col: f.col,
        value: expected,
        formula: null,
        reason: {
          th: `แก้ยอดเป็น ${show(expected)} (สูตรคำนวณจะได้ค่าไม่ตรงกับรายการ จึงใส่เป็นค่าคงที่)`,
          en: `Corrected to ${show(expected)} (a formula would not match the items here, so the figure is written as a value)`,
        },
      };
    } else {
      continue;
    }
    const format = typeof fix.value === 'number' ? numberFormatOf(f.kind) : undefined;
    if (format) fix.numberFormat = format;
    fixes.push(fix);
    grid.rows[f.row] ??= [];
    grid.rows[f.row][f.col] = fix.value;
  }
  return { fixes, skipped };
}

/** The summary figure cells that hold a typed figure rather than a formula (the readiness check's "live totals"). */
export function typedTotals(grid: Grid, doc: PlanDocument): string[] {
  return summaryFigures(doc)
    .map((f) => a1(f.row, f.col))
    .filter((cell) => !grid.formulas?.[cell]);
}
