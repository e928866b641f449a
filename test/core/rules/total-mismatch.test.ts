import { annualPlan, describeCatalogueEntry, expectWellFormed, findingsOf, legacyPlan, multiYearPlan } from './helpers';

const CODE = 'total-mismatch';

describe(CODE, () => {
  describeCatalogueEntry(CODE, 'error');

  it("reports a dimension's stated budget for one year that differs from its items' sum", () => {
    const grid = multiYearPlan((s) => {
      const years = ['จำนวน ๒๐,๐๐๐ บาท', 'จำนวน ๓๖,๐๐๐ บาท', 'จำนวน ๓๔,๐๐๐ บาท', 'จำนวน ๓๔,๐๐๐ บาท', 'จำนวน ๓๔,๐๐๐ บาท'];
      s.dimensions[0].summary = { years };
    });
    const found = findingsOf(grid, CODE);
    expect(found).toHaveLength(1);
    const f = found[0];
    expect(f.severity).toBe('error');
    expect(f.cell).toBe('E8');
    expect(f.value).toBe('จำนวน ๓๖,๐๐๐ บาท');
    expect(f.expected).toBe('34,000');
    expectWellFormed(f);
    expect(f.message).toBe('รวมมิติที่ 1 ปี 2567 ระบุ 36,000 แต่รวมจากรายการได้ 34,000');
    expect(f.messageEn).toBe("Dimension 1's total for 2567 states 36,000 but the items add up to 34,000");
  });

  it('reports an item amount that was changed without updating the totals: the รวม and รวมทั้งสิ้น cells of that year', () => {
    const grid = multiYearPlan();
    grid.rows[13][5] = '15,000'; // item 8 in 2568: 10,000 → 15,000, the stated totals left as they were
    const found = findingsOf(grid, CODE);
    expect(found.map((f) => [f.cell, f.value, f.expected])).toEqual([
      ['F16', 'จำนวน ๑๐,๐๐๐ บาท', '15,000'],
      ['F21', 'จำนวน ๔๔,๐๐๐ บาท', '49,000'],
    ]);
    expect(found[1].message).toContain('รวมทั้งสิ้น ปี 2568');
    expect(found[1].messageEn).toContain('The grand total for 2568');
  });

  it('reports tick counts per quarter that are not the ticks (seed 000: 25,000 in every quarter of the grand row)', () => {
    const grid = annualPlan((s) => {
      s.grand = { quarters: ['25,000', '25,000', '25,000', '25,000'] };
    });
    const found = findingsOf(grid, CODE);
    expect(found.map((f) => [f.cell, f.value, f.expected])).toEqual([
      ['D22', '25,000', '9'],
      ['E22', '25,000', '3'],
      ['F22', '25,000', '3'],
      ['G22', '25,000', '3'],
    ]);
    expect(found[0].message).toContain('ไตรมาส 1 (จำนวนที่ทำเครื่องหมาย)');
    expect(found[0].messageEn).toContain('quarter 1 (ticks)');
  });

  it("reports an annual dimension's budget and one quarter's tick count", () => {
    const grid = annualPlan((s) => {
      s.dimensions[0].summary = { quarters: ['2', '1', '1', '2'], budget: '25,000' };
    });
    expect(findingsOf(grid, CODE).map((f) => [f.cell, f.value, f.expected])).toEqual([
      ['F9', '1', '0'],
      ['H9', '25,000', '15,000'],
    ]);
  });

  it('says nothing for totals that match, as clerks write them', () => {
    expect(findingsOf(multiYearPlan(), CODE)).toEqual([]);
    expect(findingsOf(annualPlan(), CODE)).toEqual([]);
    expect(findingsOf(legacyPlan(), CODE)).toEqual([]);
  });

  it('accepts "จำนวน ๓๔,๐๐๐ บาท", "๓๔,๐๐๐.-", a number, and "-" / "ไม่ใช้งบประมาณ" / "๐" for a dimension without money', () => {
    const grid = multiYearPlan((s) => {
      s.dimensions[0].summary = { years: ['จำนวน ๒๐,๐๐๐ บาท', '๓๔,๐๐๐.-', '34,000 บาท', 34000, 'จำนวน ๓๔,๐๐๐ บาท'] };
      s.dimensions[1].summary = { years: ['-', 'ไม่ใช้งบประมาณ', '๐', 0, 'จำนวน ๐ บาท'] };
    });
    expect(findingsOf(grid, CODE)).toEqual([]);
  });

  it('leaves an empty summary row to summary-missing', () => {
    const grid = annualPlan((s) => {
      s.dimensions[3].summary = { quarters: [null, null, null, null], budget: null };
    });
    expect(findingsOf(grid, CODE)).toEqual([]);
    expect(findingsOf(grid, 'summary-missing')).toHaveLength(1);
  });
});
