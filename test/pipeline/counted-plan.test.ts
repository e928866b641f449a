/**
 * countPlan: what consolidation reads of a plan, made where the file is checked. Its figures are the
 * document's own (core/report.ts), recomputed from the items, with a legacy 2561-2564 plan mapped to
 * the 2566-2570 framework first; its rows are the items as the outputs show them, their budgets per
 * year in one buffer of its own. Checked on the sample province and a legacy plan.
 */
import { toCurrentFramework } from '../../core/legacy';
import { summarizeDocument } from '../../core/report';
import type { PlanDocument } from '../../core/schema';
import { BudgetCursor, countPlan, rowBudgets } from '../../pipeline/counted-plan';
import { samplesWithLegacyForSuite } from '../helpers/samples';

const { results } = samplesWithLegacyForSuite('sujarit-counted-');

const figuresOf = (doc: PlanDocument) => {
  const { years, items, itemsByKind, budgetByYear, byDimension } = summarizeDocument('', doc, []);
  return { years, items, itemsByKind, budgetByYear, byDimension };
};

describe('countPlan', () => {
  it('is made for every file with a document, and for none without', () => {
    expect(results.filter((r) => r.doc).length).toBeGreaterThan(3);
    for (const r of results) expect(r.counted === null).toBe(r.doc === null);
  });

  it('gives a current-framework plan its own figures and its items as rows', () => {
    const plans = results.filter((r) => r.doc && r.doc.framework !== 'legacy' && r.doc.items.length > 0);
    expect(plans.length).toBeGreaterThan(2);
    for (const r of plans) {
      const doc = r.doc!;
      const { figures, rows } = r.counted!;
      expect(figures).toEqual(figuresOf(doc));
      expect(rows.ref).toEqual(doc.items.map((i) => i.ref));
      expect(rows.title).toEqual(doc.items.map((i) => i.title));
      expect(rows.dimension).toEqual(doc.items.map((i) => i.dimension));
      expect(rows.cell).toEqual(doc.items.map((i) => i.source.cell));
      expect(rows.sheet).toEqual(doc.items.map((i) => i.source.sheet));
      // Each item's amounts add up to what the figures count for it: the same baht, per year.
      const perYear: Record<string, number> = {};
      for (const b of rowBudgets(rows)) b.years.forEach((y, k) => (perYear[y] = (perYear[y] ?? 0) + b.amounts[k]));
      for (const [year, baht] of Object.entries(figures.budgetByYear)) expect(perYear[year] ?? 0).toBeCloseTo(baht, 6);
    }
  });

  it('counts a legacy plan as mapped to the 2566-2570 framework', () => {
    const legacy = results.find((r) => r.doc?.framework === 'legacy')!;
    const mapped = toCurrentFramework(legacy.doc!, { keepUnmapped: true }).doc;
    const { figures, rows } = legacy.counted!;
    expect(figures).toEqual(figuresOf(mapped));
    expect(rows.dimension).toEqual(mapped.items.map((i) => i.dimension));
    expect(rows.mission).toEqual(mapped.items.map((i) => i.mission));
    // The legacy plan's own codes differ from the ones it is counted under.
    expect(rows.mission).not.toEqual(legacy.doc!.items.map((i) => i.mission));
    expect(Object.keys(figures.budgetByYear)).toEqual(['2561', '2562', '2563', '2564']);
  });

  it('keeps the budgets in one buffer of their own, years ascending, one entry per item', () => {
    const plan = results.find((r) => r.doc?.kind === 'plan-multi-year' && r.doc.items.length > 3)!;
    const { rows } = plan.counted!;
    expect(rows.budgets.byteOffset).toBe(0);
    expect(rows.budgets.byteLength).toBe(rows.budgets.buffer.byteLength);
    const budgets = rowBudgets(rows);
    expect(budgets).toHaveLength(plan.doc!.items.length);
    plan.doc!.items.forEach((item, i) => {
      const dated = [...new Set(item.budgets.map((b) => b.year).filter((y): y is number => y !== null))].sort((x, y) => x - y);
      expect(budgets[i].years).toEqual(dated);
    });
    expect(budgets.some((b) => b.years.length >= 2)).toBe(true);
  });

  it('sums an item\'s budgets per year, years ascending, whatever order the item names them in', () => {
    const plan = results.find((r) => r.doc?.kind === 'plan-multi-year' && r.doc.framework === 'current' && r.doc.items.length > 3)!;
    const doc = structuredClone(plan.doc!);
    const template = doc.items[0].budgets[0];
    const at = (year: number | null, amount: number, status: 'amount' | 'no-budget' = 'amount') => ({ ...template, year, amount, status });
    doc.items[0].budgets = [at(2568, 100), at(2566, 20), at(null, 7), at(2568, 5), at(2567, 0, 'no-budget'), at(2565, 3), at(2566, 1)];
    const [first] = rowBudgets(countPlan(doc).rows);
    expect(first).toEqual({ years: [2565, 2566, 2567, 2568], amounts: [3, 21, 0, 105] });
  });

  it('reads each row\'s budgets in place with a cursor, as rowBudgets lists them', () => {
    let rowsRead = 0;
    for (const r of results.filter((x) => x.counted)) {
      const { rows } = r.counted!;
      const cursor = new BudgetCursor(rows.budgets);
      for (const b of rowBudgets(rows)) {
        const years = new Set<number>();
        cursor.addYears(years);
        expect([...years]).toEqual(b.years);
        for (const y of [2561, 2564, 2566, 2567, 2570, 2571]) expect(cursor.amountIn(y)).toBe(b.years.includes(y) ? b.amounts[b.years.indexOf(y)] : undefined);
        expect(cursor.total()).toBe(b.amounts.reduce((n, a) => n + a, 0));
        cursor.next();
        rowsRead++;
      }
    }
    expect(rowsRead).toBeGreaterThan(100);
  });

  it('has empty rows for a document without items', () => {
    const plan = results.find((r) => r.doc && r.doc.items.length > 0)!;
    const counted = countPlan({ ...plan.doc!, items: [] });
    expect(counted.rows.ref).toEqual([]);
    expect(counted.rows.budgets.length).toBe(0);
    expect(counted.figures.items).toBe(0);
  });
});
