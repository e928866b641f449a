import { annualPlan, describeCatalogueEntry, expectWellFormed, findingsOf, multiYearPlan, resultsReport } from './helpers';

const CODE = 'year-mismatch';

describe(CODE, () => {
  describeCatalogueEntry(CODE, 'error');

  it('reports a results report for ๒๕๖๘ whose table header prints ๒๕๖๗ (seed 003), at the header cell', () => {
    const found = findingsOf(resultsReport({ headerYear: '๒๕๖๗' }), CODE);
    expect(found).toHaveLength(1);
    const f = found[0];
    expect(f.severity).toBe('error');
    expect(f.cell).toBe('B7');
    expect(f.value).toBe('2567');
    expect(f.expected).toBe('2568');
    expectWellFormed(f);
    expect(f.message).toBe('หัวตารางระบุปี 2567 แต่เอกสารนี้เป็นของปีงบประมาณ 2568');
    expect(f.messageEn).toBe('The table header says 2567 but the document is for fiscal year 2568');
  });

  it('reports an annual plan for 2567 headed "ปี ๒๕๖๘"', () => {
    const grid = annualPlan((s) => {
      s.yearLabel = 'ปี ๒๕๖๘';
    });
    expect(findingsOf(grid, CODE).map((f) => [f.cell, f.value, f.expected])).toEqual([['D3', '2568', '2567']]);
  });

  it('says nothing when the header year is the document year, in any digits ("ปี ๒๕๖7", "๒๕๖8")', () => {
    expect(findingsOf(resultsReport(), CODE)).toEqual([]);
    expect(findingsOf(resultsReport({ headerYear: '๒๕๖8' }), CODE)).toEqual([]);
    expect(findingsOf(annualPlan(), CODE)).toEqual([]);
    expect(findingsOf(annualPlan((s) => void (s.yearLabel = 'ปี ๒๕๖7')), CODE)).toEqual([]);
  });

  it('never compares the year columns of a multi-year plan with one year', () => {
    expect(findingsOf(multiYearPlan(), CODE)).toEqual([]);
  });
});
