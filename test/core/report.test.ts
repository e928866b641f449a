/**
 * A document's figures as every output shows them (summarizeDocument): recomputed from the items,
 * years in ascending order.
 */
import { parseGrid } from '../../core/parse';
import { summarizeDocument } from '../../core/report';
import type { PlanDocument } from '../../core/schema';
import { SAMPLE, sampleLines } from '../helpers/samples';

const seed004 = (): PlanDocument => parseGrid(sampleLines(SAMPLE.pao, 224 - 214, 302 - 214), { file: 'seed-004' }).doc;

describe('summarizeDocument', () => {
  it('gives seed 004 its figures: 48 items, budgets per year and per dimension', () => {
    const s = summarizeDocument('seed-004', seed004(), []);
    expect(s.items).toBe(48);
    expect(s.itemsByKind).toEqual({ โครงการ: 23, มาตรการ: 17, กิจกรรม: 8, อื่น: 0 });
    expect(s.budgetByYear).toEqual({ 2566: 74000, 2567: 76000, 2568: 76000, 2569: 76000, 2570: 76000 });
    expect(Object.keys(s.byDimension)).toEqual(['1', '2', '3', '4']);
    expect(Object.values(s.byDimension).map((d) => d.items)).toEqual([9, 28, 5, 6]);
  });

  it('lists the years in ascending order, the document\'s own with 0 where nothing is planned, and other four-digit years its items name', () => {
    const doc = seed004();
    // The document's years out of order, one it plans nothing for; an item's budget in a year it does not name.
    doc.metadata.years = [2570, 2566, 2571, 2568, 2567, 2569];
    const item = doc.items[0];
    item.budgets = [...item.budgets, { ...item.budgets[0], year: 2565, status: 'amount', amount: 500 }];
    const s = summarizeDocument('seed-004', doc, []);
    expect(Object.keys(s.budgetByYear)).toEqual(['2565', '2566', '2567', '2568', '2569', '2570', '2571']);
    expect(s.budgetByYear['2571']).toBe(0);
    expect(s.budgetByYear['2565']).toBe(500);
    // The same order the collator gives.
    const keys = Object.keys(s.budgetByYear);
    expect([...keys].sort((a, b) => a.localeCompare(b))).toEqual(keys);
  });

  it('leaves out an undated budget, and counts an item with no dimension under ?, after the numbered dimensions', () => {
    const doc = seed004();
    doc.items[0].budgets = [...doc.items[0].budgets, { ...doc.items[0].budgets[0], year: null, status: 'amount', amount: 7 }];
    doc.items[1].dimension = null;
    const s = summarizeDocument('seed-004', doc, []);
    expect(Object.keys(s.budgetByYear)).toEqual(['2566', '2567', '2568', '2569', '2570']);
    expect(Object.keys(s.byDimension)).toEqual(['1', '2', '3', '4', '?']);
    expect(s.byDimension['?'].items).toBe(1);
    expect(s.byDimension['1'].items).toBe(8);
  });
});
