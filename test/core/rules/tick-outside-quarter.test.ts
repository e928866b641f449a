import { annualPlan, describeCatalogueEntry, expectWellFormed, findingsOf, multiYearPlan, validate } from './helpers';

const CODE = 'tick-outside-quarter';

describe(CODE, () => {
  describeCatalogueEntry(CODE, 'error');

  it('reports a ✓ in the budget column of an annual plan (seed 000, item 1.1.(6)), at that cell', () => {
    const grid = annualPlan((s) => {
      const item = s.dimensions[0].missions[0].items[1];
      item.quarters = [null, null, null, null];
      item.budget = '✓';
    });
    const found = findingsOf(grid, CODE);
    expect(found).toHaveLength(1);
    const f = found[0];
    expect(f.severity).toBe('error');
    expect(f.cell).toBe('H6');
    expect(f.value).toBe('✓');
    expectWellFormed(f);
    expect(f.message).toContain('รายการ 1.1.(2) มีเครื่องหมาย "✓" ในช่องที่ไม่ใช่ไตรมาส');
    expect(f.messageEn).toContain('Item 1.1.(2) has a tick "✓" outside the quarter columns');
  });

  it('reports ticks in the year and remark columns of a multi-year plan', () => {
    const grid = multiYearPlan((s) => {
      s.dimensions[2].missions[0].items[0].budgets[0] = '√';
      s.dimensions[2].missions[0].items[0].remark = '✓';
    });
    expect(findingsOf(grid, CODE).map((f) => [f.cell, f.value])).toEqual([
      ['D13', '√'],
      ['I13', '✓'],
    ]);
  });

  it('says nothing for ticks in the quarter columns', () => {
    expect(findingsOf(annualPlan(), CODE)).toEqual([]);
    expect(findingsOf(multiYearPlan(), CODE)).toEqual([]);
  });

  it('reads "1" in a budget column as 1 baht, not a tick, and quarter marks √ / x 1 TRUE as ticks', () => {
    const grid = annualPlan((s) => {
      s.dimensions[1].missions[0].items[0].quarters = ['√', '/', 'x', 1];
      s.dimensions[1].missions[1].items[0].quarters = [true, null, null, null];
      s.dimensions[1].missions[1].items[0].budget = '1';
    });
    expect(findingsOf(grid, CODE)).toEqual([]);
    const items = validate(grid).main!.items;
    expect(items[4].quarters.map((q) => q.ticked)).toEqual([true, true, true, true]);
    expect(items[5].budgets[0].amount).toBe(1);
  });
});
