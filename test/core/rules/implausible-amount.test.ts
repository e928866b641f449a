import { describeCatalogueEntry, expectWellFormed, findingsOf, multiYearPlan } from './helpers';

const CODE = 'implausible-amount';

describe(CODE, () => {
  describeCatalogueEntry(CODE, 'error');

  it('reports an amount of a thousand million baht or more, at its cell', () => {
    const grid = multiYearPlan((s) => {
      s.dimensions[0].missions[0].items[0].budgets[0] = 1e20;
      s.dimensions[2].missions[1].items[0].budgets[2] = '1,000,000,000';
    });
    const found = findingsOf(grid, CODE);
    expect(found.map((f) => [f.cell, f.value])).toEqual([
      ['D5', '100,000,000,000,000,000,000'],
      ['F14', '1,000,000,000'],
    ]);
    expectWellFormed(found[0]);
    expect(found[0].expected).toBe('1,000,000,000');
    expect(found[0].messageEn).toContain("more than any council's whole yearly budget");
  });

  it('says nothing for amounts a council can plan (999,999,999 baht and below) or the valid plan', () => {
    expect(findingsOf(multiYearPlan(), CODE)).toEqual([]);
    const grid = multiYearPlan((s) => {
      s.dimensions[0].missions[0].items[0].budgets[0] = 999_999_999;
    });
    expect(findingsOf(grid, CODE)).toEqual([]);
  });
});
