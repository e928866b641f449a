/**
 * Recomputes what the summary rows should say from the items themselves: counts by kind,
 * budgets per year, items planned per year, ticks per quarter.
 */
import { ITEM_KINDS, type Item, type ItemKind, type PlanDocument } from './schema';

export interface Tally {
  items: number;
  byKind: Record<ItemKind, number>;
  /** Baht per Buddhist-era year (the fiscal year for single-budget layouts). */
  budgetByYear: Record<string, number>;
  /** Items that run that year (an amount or a no-budget phrase; not `-`). */
  plannedByYear: Record<string, number>;
  /** Ticks per quarter: an item ticked in two quarters counts in both. */
  quarters: [number, number, number, number];
  /** All baht, every year together. */
  budget: number;
}

export interface DocTotals {
  grand: Tally;
  byDimension: Record<string, Tally>;
}

export function emptyTally(): Tally {
  return {
    items: 0,
    byKind: Object.fromEntries(ITEM_KINDS.map((k) => [k, 0])) as Record<ItemKind, number>,
    budgetByYear: {},
    plannedByYear: {},
    quarters: [0, 0, 0, 0],
    budget: 0,
  };
}

export function addItem(t: Tally, item: Item): void {
  t.items++;
  t.byKind[item.kind]++;
  for (const b of item.budgets) {
    const key = b.year === null ? '' : String(b.year);
    if (b.status === 'amount') {
      t.budgetByYear[key] = (t.budgetByYear[key] ?? 0) + b.amount;
      t.budget += b.amount;
    } else if (!(key in t.budgetByYear)) {
      t.budgetByYear[key] = 0;
    }
    if (b.status === 'amount' || b.status === 'no-budget') t.plannedByYear[key] = (t.plannedByYear[key] ?? 0) + 1;
  }
  for (const q of item.quarters) if (q.ticked) t.quarters[q.q - 1]++;
}

export function tally(items: Item[]): Tally {
  const t = emptyTally();
  for (const item of items) addItem(t, item);
  return t;
}

export function computeTotals(doc: PlanDocument): DocTotals {
  const byDimension: Record<string, Tally> = {};
  for (const item of doc.items) {
    const key = item.dimension ?? '?';
    addItem((byDimension[key] ??= emptyTally()), item);
  }
  return { grand: tally(doc.items), byDimension };
}

/** Rounds money to satang so that sums of decimals compare exactly. */
export function sameAmount(a: number, b: number): boolean {
  return Math.round(a * 100) === Math.round(b * 100);
}
