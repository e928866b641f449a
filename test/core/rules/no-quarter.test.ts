import { annualPlan, describeCatalogueEntry, expectWellFormed, findingsOf, multiYearPlan } from './helpers';

const CODE = 'no-quarter';

describe(CODE, () => {
  describeCatalogueEntry(CODE, 'warning');

  it('reports an annual-plan item ticked in no quarter, at its title cell', () => {
    const grid = annualPlan((s) => {
      s.dimensions[3].missions[1].items[0].quarters = [null, null, null, null];
    });
    const found = findingsOf(grid, CODE);
    expect(found).toHaveLength(1);
    const f = found[0];
    expect(f.severity).toBe('warning');
    expect(f.cell).toBe('C19');
    expect(f.value).toBe('กิจกรรมส่งเสริมและพัฒนาศักยภาพสมาชิกสภาท้องถิ่น');
    expectWellFormed(f);
    expect(f.message).toBe('รายการ 4.2.(1) ไม่ได้ทำเครื่องหมายในไตรมาสใดเลย');
    expect(f.messageEn).toBe('Item 4.2.(1) is not ticked in any quarter');
  });

  it('says nothing when every item is ticked, whatever the mark (✓ √ / x 1 TRUE)', () => {
    expect(findingsOf(annualPlan(), CODE)).toEqual([]);
    const grid = annualPlan((s) => {
      s.dimensions[1].missions[0].items[0].quarters = [null, '√', null, null];
      s.dimensions[1].missions[1].items[0].quarters = [null, null, '/', null];
      s.dimensions[1].missions[2].items[0].quarters = ['x', null, null, null];
      s.dimensions[3].missions[0].items[0].quarters = [null, null, null, 1];
      s.dimensions[3].missions[1].items[0].quarters = [true, null, null, null];
    });
    expect(findingsOf(grid, CODE)).toEqual([]);
  });

  it('leaves an item whose only tick sits in the budget column to tick-outside-quarter', () => {
    const grid = annualPlan((s) => {
      const item = s.dimensions[0].missions[0].items[1];
      item.quarters = [null, null, null, null];
      item.budget = '✓';
    });
    expect(findingsOf(grid, CODE)).toEqual([]);
    expect(findingsOf(grid, 'tick-outside-quarter')).toHaveLength(1);
  });

  it('never asks for quarters in a multi-year plan', () => {
    expect(findingsOf(multiYearPlan(), CODE)).toEqual([]);
  });
});
