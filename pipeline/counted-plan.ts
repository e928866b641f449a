/**
 * A plan as the province figures count it, worked out where the file is checked (a pool worker,
 * or the main thread when there is none): a legacy (2561-2564) plan mapped on the fly to the
 * 2566-2570 framework by meaning (core/legacy.ts), every item kept (one with no place counts under
 * no dimension); its figures (core/report.ts, recomputed from the items); and its items as the
 * rows of items.csv and summary.xlsx, in columns.
 *
 * consolidate() reads only this of a plan's items, so the workers need not send the items
 * themselves: a national run's 300,000 items no longer cross between threads as objects, nor are
 * they counted a second time on the main thread, where everything after the reading runs alone.
 */
import { z } from 'zod';
import { toCurrentFramework } from '../core/legacy';
import { documentSummarySchema, summarizeDocument } from '../core/report';
import type { Budget, ItemKind, PlanDocument } from '../core/schema';

export const planFiguresSchema = documentSummarySchema.pick({ years: true, items: true, itemsByKind: true, budgetByYear: true, byDimension: true });
export type PlanFigures = z.infer<typeof planFiguresSchema>;

/** The items' fields the outputs show, one list per field, in the document's order. */
export interface PlanRows {
  ref: string[];
  dimension: (string | null)[];
  mission: (string | null)[];
  kind: ItemKind[];
  title: string[];
  responsible: (string | null)[];
  sheet: string[];
  cell: string[];
  /**
   * Per item in turn: how many years it names budgets for (n), then its n years ascending, then
   * their n amounts. One buffer, so that it is moved between threads rather than copied.
   */
  budgets: Float64Array;
}

export interface CountedPlan {
  figures: PlanFigures;
  rows: PlanRows;
}

/** The document as the province figures count it: legacy plans mapped, every item kept. */
function countedDocument(doc: PlanDocument): PlanDocument {
  return doc.framework === 'legacy' ? toCurrentFramework(doc, { keepUnmapped: true }).doc : doc;
}

const YEARS: number[] = [];
const AMOUNTS: number[] = [];

/**
 * An item's budgets per year, years ascending, into the scratch lists: a year is named once, its
 * budgets summed in the order the item lists them, a budget that is not an amount counts 0, an
 * undated one is left out.
 */
function perYear(budgets: readonly Budget[]): void {
  YEARS.length = 0;
  AMOUNTS.length = 0;
  for (const b of budgets) {
    if (b.year === null) continue;
    const amount = b.status === 'amount' ? b.amount : 0;
    let at = YEARS.length;
    while (at > 0 && YEARS[at - 1] > b.year) at--;
    if (at > 0 && YEARS[at - 1] === b.year) AMOUNTS[at - 1] += amount;
    else {
      // Moved up by hand: splice hands back a new (empty) list at every call, a twentieth of a
      // file's garbage.
      for (let k = YEARS.length; k > at; k--) {
        YEARS[k] = YEARS[k - 1];
        AMOUNTS[k] = AMOUNTS[k - 1];
      }
      YEARS[at] = b.year;
      AMOUNTS[at] = amount;
    }
  }
}

function planRows(doc: PlanDocument): PlanRows {
  const items = doc.items;
  const n = items.length;
  const rows: PlanRows = {
    ref: new Array(n),
    dimension: new Array(n),
    mission: new Array(n),
    kind: new Array(n),
    title: new Array(n),
    responsible: new Array(n),
    sheet: new Array(n),
    cell: new Array(n),
    budgets: new Float64Array(0),
  };
  const budgets: number[] = [];
  for (let i = 0; i < n; i++) {
    const item = items[i];
    rows.ref[i] = item.ref;
    rows.dimension[i] = item.dimension;
    rows.mission[i] = item.mission;
    rows.kind[i] = item.kind;
    rows.title[i] = item.title;
    rows.responsible[i] = item.responsible;
    rows.sheet[i] = item.source.sheet;
    rows.cell[i] = item.source.cell;
    perYear(item.budgets);
    budgets.push(YEARS.length, ...YEARS, ...AMOUNTS);
  }
  rows.budgets = Float64Array.from(budgets);
  return rows;
}

export function countPlan(doc: PlanDocument): CountedPlan {
  const counted = countedDocument(doc);
  const { years, items, itemsByKind, budgetByYear, byDimension } = summarizeDocument('', counted, []);
  return { figures: { years, items, itemsByKind, budgetByYear, byDimension }, rows: planRows(counted) };
}

/**
 * Each row's budgets from the rows' buffer, in the rows' order: years ascending and their amounts,
 * each list at its exact length (a list grown by insertion keeps room to spare, and a national run
 * holds 300,000 pairs of them).
 */
export function rowBudgets(rows: PlanRows): { years: number[]; amounts: number[] }[] {
  const { budgets } = rows;
  const out: { years: number[]; amounts: number[] }[] = new Array(rows.ref.length);
  let at = 0;
  for (let i = 0; i < out.length; i++) {
    const n = budgets[at++];
    // Copied by a loop: a view of the buffer per list cost more than the copying.
    const years: number[] = new Array(n);
    const amounts: number[] = new Array(n);
    for (let k = 0; k < n; k++) {
      years[k] = budgets[at + k];
      amounts[k] = budgets[at + n + k];
    }
    at += 2 * n;
    out[i] = { years, amounts };
  }
  return out;
}

/**
 * The rows' budgets read row after row, in place: the row under the cursor, then next() for the row
 * after. For the outputs' 300,000 lines, which need a row's amount for each year of the run, not
 * two lists per row.
 */
export class BudgetCursor {
  private start = 0;

  constructor(private readonly budgets: Float64Array) {}

  /** The row's budget for a year; undefined when it names none. */
  amountIn(year: number): number | undefined {
    const b = this.budgets;
    const n = b[this.start];
    for (let j = 0; j < n; j++) if (b[this.start + 1 + j] === year) return b[this.start + 1 + n + j];
    return undefined;
  }

  /** The row's budgets summed over its years, ascending. */
  total(): number {
    const b = this.budgets;
    const n = b[this.start];
    let sum = 0;
    for (let j = 0; j < n; j++) sum += b[this.start + 1 + n + j];
    return sum;
  }

  /** Adds the years the row names budgets for to a set (without a list per row). */
  addYears(into: Set<number>): void {
    const n = this.budgets[this.start];
    for (let j = 0; j < n; j++) into.add(this.budgets[this.start + 1 + j]);
  }

  next(): void {
    this.start += 1 + 2 * this.budgets[this.start];
  }
}

