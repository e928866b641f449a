/**
 * consolidate()'s item rows carry each item's budgets per year as two parallel lists (summary-schema
 * ItemRow: budgetYears ascending, budgetAmounts), as the counted plan gives them (counted-plan.ts):
 * a year is named once, its budgets summed in the order the item lists them, a budget that is not
 * an amount counts 0, an undated one is left out.
 * itemBudget and itemBudgetTotal read them as a record by year would.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Budget } from '../../core/schema';
import { consolidate, runItems } from '../../pipeline/consolidate';
import { countPlan } from '../../pipeline/counted-plan';
import type { FileResult } from '../../pipeline/process-file';
import { itemBudget, itemBudgetTotal } from '../../pipeline/summary-schema';
import { processFolder } from '../helpers/samples';
import { buildSamples } from '../../samples/build';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sujarit-item-rows-'));
let results: FileResult[];

beforeAll(async () => {
  await buildSamples(tmp);
  results = await processFolder(tmp);
}, 60000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('item rows', () => {
  it('list each year once, ascending, summing its budgets, with 0 for a budget that is not an amount', () => {
    const plan = results.find((r) => r.doc?.kind === 'plan-multi-year' && r.doc.items.length > 3)!;
    const item = plan.doc!.items[0];
    const like = item.budgets[0];
    const budget = (year: number | null, amount: number, status: Budget['status'] = 'amount'): Budget => ({ ...like, year, amount, status });
    item.budgets = [budget(2569, 300), budget(2566, 100), budget(2569, 0.5), budget(null, 999), budget(2567, 777, 'invalid'), budget(2566, 20)];
    // Counted again, as processFile counts the document it read.
    plan.counted = countPlan(plan.doc!);
    const row = runItems(consolidate(results, { roster: null, province: null })).find((i) => i.file === plan.path && i.cell === item.source.cell)!;
    expect(row.budgetYears).toEqual([2566, 2567, 2569]);
    expect(row.budgetAmounts).toEqual([120, 0, 300.5]);
    expect(itemBudget(row, 2566)).toBe(120);
    expect(itemBudget(row, 2567)).toBe(0);
    expect(itemBudget(row, 2568)).toBeUndefined();
    expect(itemBudgetTotal(row)).toBe(420.5);
  });

  it('give the same per-year figures the councils add up to', () => {
    const run = consolidate(results, { roster: null, province: null });
    for (const c of run.summary.councils) {
      const own = runItems(run).filter((i) => i.file === c.file);
      for (const [year, amount] of Object.entries(c.budgetByYear)) {
        expect(own.reduce((n, i) => n + (itemBudget(i, Number(year)) ?? 0), 0)).toBeCloseTo(amount, 6);
      }
    }
  });
});
