import { annualPlan, describeCatalogueEntry, expectWellFormed, findingsOf, MIS, MULTI_YEAR_HEADER, multiYearPlan } from './helpers';

const CODE = 'mission-dimension-mismatch';

describe(CODE, () => {
  describeCatalogueEntry(CODE, 'error');

  it('reports an item whose mission (๒.๑) belongs to another dimension than the one it sits under (๑)', () => {
    const grid = multiYearPlan((s) => {
      s.dimensions[0].missions[2].name = MIS['2.1'];
    });
    const found = findingsOf(grid, CODE);
    expect(found).toHaveLength(1);
    const f = found[0];
    expect(f.severity).toBe('error');
    expect(f.cell).toBe('C7');
    expect(f.value).toBe('2.1');
    expect(f.expected).toBe('1');
    expectWellFormed(f);
    expect(f.message).toBe('ภารกิจ 2.1 อยู่ในมิติที่ 2 แต่รายการ 3 อยู่ใต้มิติที่ 1');
    expect(f.messageEn).toBe('Mission 2.1 belongs to dimension 2 but item 3 sits under dimension 1');
  });

  it('reports a misplaced mission once, at its first item, however many items it has', () => {
    const grid = annualPlan((s) => {
      const d1 = s.dimensions[0];
      d1.missions[1].name = MIS['3.2'];
      d1.missions[1].items.push({ title: '(2) โครงการรับฟังความคิดเห็นของประชาชน', quarters: ['✓', null, null, null], budget: '-' });
    });
    const found = findingsOf(grid, CODE);
    expect(found.map((f) => [f.cell, f.value, f.expected])).toEqual([['C7', '3.2', '1']]);
    expect(found[0].message).toBe('ภารกิจ 3.2 อยู่ในมิติที่ 3 แต่รายการ 3.2.(1) อยู่ใต้มิติที่ 1');
  });

  it('says nothing when every mission sits under its own dimension', () => {
    expect(findingsOf(multiYearPlan(), CODE)).toEqual([]);
    expect(findingsOf(annualPlan(), CODE)).toEqual([]);
  });

  it('says nothing when the merged dimension cell is carried across a repeated header block', () => {
    const grid = multiYearPlan();
    // The header copied page by page before dimension 2's second row: มิติ and ภารกิจ are not repeated.
    grid.rows.splice(9, 0, ...MULTI_YEAR_HEADER.map((r) => [...r]));
    expect(grid.rows[11][0]).toBeNull();
    expect(findingsOf(grid, CODE)).toEqual([]);
  });
});
