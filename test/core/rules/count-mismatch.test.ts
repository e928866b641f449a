import { annualPlan, describeCatalogueEntry, expectWellFormed, findingsOf, legacyPlan, multiYearPlan } from './helpers';

const CODE = 'count-mismatch';

describe(CODE, () => {
  describeCatalogueEntry(CODE, 'error');

  it("reports a dimension's kind breakdown that differs from its items, at the count cell", () => {
    const grid = multiYearPlan((s) => {
      s.dimensions[0].summary = { count: 'จำนวน ๒ โครงการ / ๑ มาตรการ / ๑ กิจกรรม' };
    });
    const found = findingsOf(grid, CODE);
    expect(found).toHaveLength(1);
    const f = found[0];
    expect(f.severity).toBe('error');
    expect(f.cell).toBe('C8');
    expect(f.value).toBe('จำนวน ๒ โครงการ / ๑ มาตรการ / ๑ กิจกรรม');
    expect(f.expected).toBe('1 โครงการ / 1 มาตรการ / 1 กิจกรรม');
    expectWellFormed(f);
    expect(f.message).toContain('รวมมิติที่ 1');
    expect(f.message).toContain('นับรายการได้ 1 โครงการ / 1 มาตรการ / 1 กิจกรรม');
    expect(f.messageEn).toContain("Dimension 1's total says");
    expect(f.messageEn).toContain('the items listed are 1 โครงการ / 1 มาตรการ / 1 กิจกรรม');
  });

  it('reports a grand total that states one item too many', () => {
    const grid = multiYearPlan((s) => {
      s.grand = { count: 'จำนวน ๑๓ โครงการ' };
    });
    const found = findingsOf(grid, CODE);
    expect(found.map((f) => [f.cell, f.value, f.expected])).toEqual([['C21', 'จำนวน ๑๓ โครงการ', '12']]);
    expect(found[0].message).toContain('รวมทั้งสิ้น');
    expect(found[0].messageEn).toContain('The grand total says');
    expect(found[0].messageEn).toContain('but the items listed are 12');
  });

  it('reports an annual plan whose dimension states 10 items for 4', () => {
    const grid = annualPlan((s) => {
      s.dimensions[0].summary = { count: 'จำนวน 10 โครงการ' };
    });
    expect(findingsOf(grid, CODE).map((f) => [f.cell, f.value, f.expected])).toEqual([['C9', 'จำนวน 10 โครงการ', '4']]);
  });

  it('says nothing for stated counts that match', () => {
    expect(findingsOf(multiYearPlan(), CODE)).toEqual([]);
    expect(findingsOf(annualPlan(), CODE)).toEqual([]);
    expect(findingsOf(legacyPlan(), CODE)).toEqual([]);
  });

  it('reads "จำนวน ๔๘ โครงการ" as all items, kinds in any order and without spaces, and "รายการ"', () => {
    const grid = multiYearPlan((s) => {
      s.dimensions[0].summary = { count: 'จำนวน ๑ มาตรการ/๑ โครงการ/๑ กิจกรรม' };
      s.dimensions[1].summary = { count: 'จำนวน ๓ โครงการ' }; // 2 มาตรการ + 1 กิจกรรม: "โครงการ" means items
      s.grand = { count: 'จำนวน 12 รายการ' };
    });
    expect(findingsOf(grid, CODE)).toEqual([]);
  });
});
