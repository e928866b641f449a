import { annualPlan, describeCatalogueEntry, expectWellFormed, findingsOf, multiYearPlan } from './helpers';

const CODE = 'negative-amount';

describe(CODE, () => {
  describeCatalogueEntry(CODE, 'error');

  it('reports a budget below zero, at its cell, with the amount', () => {
    const grid = multiYearPlan((s) => {
      s.dimensions[2].missions[1].items[0].budgets[2] = '-10,000';
    });
    const found = findingsOf(grid, CODE);
    expect(found).toHaveLength(1);
    const f = found[0];
    expect(f.severity).toBe('error');
    expect(f.cell).toBe('F14');
    expect(f.value).toBe('-10,000');
    expectWellFormed(f);
    expect(f.message).toBe('งบประมาณของรายการ 8 ติดลบ (-10,000 บาท)');
    expect(f.messageEn).toBe('Item 8 has a negative budget (-10,000 baht)');
  });

  it('reports an amount in accounting brackets "(๕,๐๐๐)" and a number cell below zero', () => {
    const grid = annualPlan((s) => {
      s.dimensions[0].missions[0].items[0].budget = '(๕,๐๐๐)';
      s.dimensions[2].missions[0].items[0].budget = -10000;
    });
    expect(findingsOf(grid, CODE).map((f) => [f.cell, f.value])).toEqual([
      ['H5', '-5,000'],
      ['H14', '-10,000'],
    ]);
  });

  it('says nothing for the valid plans', () => {
    expect(findingsOf(multiYearPlan(), CODE)).toEqual([]);
    expect(findingsOf(annualPlan(), CODE)).toEqual([]);
  });

  it('does not read a dash as a minus: "-", "–", "๕,๐๐๐.-", "๕,๐๐๐-" are not negative', () => {
    const grid = multiYearPlan((s) => {
      s.dimensions[0].missions[0].items[0].budgets = ['-', '–', '๕,๐๐๐.-', '๕,๐๐๐-', '๒,๐๐๐.- บาท'];
    });
    expect(findingsOf(grid, CODE)).toEqual([]);
  });
});
