import { annualPlan, describeCatalogueEntry, expectWellFormed, findingsOf, legacyPlan, multiYearPlan, resultsReport } from './helpers';

const CODE = 'summary-missing';

describe(CODE, () => {
  describeCatalogueEntry(CODE, 'error');

  it('reports a รวม row with no figures (seed 000, dimension 4), at its first figure cell', () => {
    const grid = annualPlan((s) => {
      s.dimensions[3].summary = { quarters: [null, null, null, null], budget: null };
    });
    const found = findingsOf(grid, CODE);
    expect(found).toHaveLength(1);
    const f = found[0];
    expect(f.severity).toBe('error');
    expect(f.cell).toBe('D21');
    expect(f.value).toBe('รวม');
    expectWellFormed(f);
    expect(f.message).toBe('แถวรวมของมิติที่ 4 ไม่ได้ระบุยอดรวม (ช่องว่าง)');
    expect(f.messageEn).toBe("Dimension 4's total row states no totals (the cells are empty)");
  });

  it('reports an empty รวมทั้งสิ้น row of a multi-year plan', () => {
    const grid = multiYearPlan((s) => {
      s.grand = { count: null, years: [null, null, null, null, null] };
    });
    const found = findingsOf(grid, CODE);
    expect(found.map((f) => [f.cell, f.value])).toEqual([['D21', 'รวมทั้งสิ้น']]);
    expect(found[0].message).toContain('แถวรวมทั้งสิ้น');
  });

  it("reports the last dimension's items with no รวม row after them, at the last item", () => {
    const grid = multiYearPlan((s) => {
      s.dimensions[3].summary = { omit: true };
    });
    const found = findingsOf(grid, CODE);
    expect(found.map((f) => [f.cell, f.expected])).toEqual([['C19', 'รวม']]);
    expect(found[0].message).toBe('มิติที่ 4 ไม่มีแถว "รวม" ต่อท้ายรายการ');
    expect(found[0].messageEn).toBe('Dimension 4 has no "รวม" row after its items');
  });

  it("reports a dimension whose รวม row was left out, though the next dimension's รวม follows its items", () => {
    const grid = multiYearPlan((s) => {
      s.dimensions[1].summary = { omit: true };
    });
    const found = findingsOf(grid, CODE);
    expect(found.map((f) => [f.cell, f.expected])).toEqual([['C11', 'รวม']]);
    expect(found[0].message).toBe('มิติที่ 2 ไม่มีแถว "รวม" ต่อท้ายรายการ');
  });

  it('reports a plan table without รวมทั้งสิ้น, at its last item', () => {
    const grid = annualPlan((s) => {
      s.grand = { omit: true };
    });
    const found = findingsOf(grid, CODE);
    expect(found.map((f) => [f.cell, f.expected])).toEqual([['C20', 'รวมทั้งสิ้น']]);
    expect(found[0].message).toBe('ตารางไม่มีแถว "รวมทั้งสิ้น"');
    expect(found[0].messageEn).toContain('no "รวมทั้งสิ้น" (grand total) row');
  });

  it('says nothing for plans with every summary row filled in', () => {
    expect(findingsOf(multiYearPlan(), CODE)).toEqual([]);
    expect(findingsOf(annualPlan(), CODE)).toEqual([]);
    expect(findingsOf(legacyPlan(), CODE)).toEqual([]);
  });

  it('accepts a รวม row whose only figures are "-" and a legacy plan that ends without รวมทั้งสิ้น', () => {
    const grid = multiYearPlan((s) => {
      s.dimensions[1].summary = { years: ['-', '-', '-', '-', '-'] };
    });
    expect(findingsOf(grid, CODE)).toEqual([]);
    const legacy = legacyPlan();
    legacy.rows.pop(); // รวมทั้งสิ้น: unverified for legacy plans
    expect(findingsOf(legacy, CODE)).toEqual([]);
  });

  it('never asks a results report for summary rows', () => {
    expect(findingsOf(resultsReport(), CODE)).toEqual([]);
  });
});
