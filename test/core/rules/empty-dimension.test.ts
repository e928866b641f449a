import { makeGrid } from '../../../core/grid';
import { annualPlan, describeCatalogueEntry, expectWellFormed, findingsOf, itaReport, legacyPlan, multiYearPlan, resultsReport } from './helpers';

const CODE = 'empty-dimension';

describe(CODE, () => {
  describeCatalogueEntry(CODE, 'warning');

  it('reports a framework dimension the plan lists no item under, at the table header, with its name', () => {
    const grid = multiYearPlan((s) => {
      s.dimensions.pop();
    });
    const found = findingsOf(grid, CODE);
    expect(found).toHaveLength(1);
    const f = found[0];
    expect(f.severity).toBe('warning');
    expect(f.cell).toBe('A3');
    expect(f.value).toBe('4');
    expectWellFormed(f);
    expect(f.message).toBe('มิติที่ 4 (การยกระดับกลไกการตรวจสอบการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น) ไม่มีโครงการ/กิจกรรม/มาตรการ');
    expect(f.messageEn).toBe('Dimension 4 (การยกระดับกลไกการตรวจสอบการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น) has no project, activity or measure');
  });

  it('reports each empty dimension of an annual plan, and names the first header cell when column A is a margin', () => {
    const grid = annualPlan((s) => {
      s.dimensions.splice(1, 2);
    });
    const shifted = makeGrid(grid.sheet, grid.rows.map((r, i) => (i < 2 ? r : [null, ...r])));
    expect(findingsOf(shifted, CODE).map((f) => [f.cell, f.value])).toEqual([
      ['B3', '2'],
      ['B3', '3'],
    ]);
  });

  it('names the legacy dimension in a legacy plan', () => {
    const grid = legacyPlan();
    grid.rows.splice(18, 5); // dimension 4: heading, header, item, รวม
    const found = findingsOf(grid, CODE);
    expect(found.map((f) => f.value)).toEqual(['4']);
    expect(found[0].message).toContain('การเสริมสร้างและปรับปรุงกลไกในการตรวจสอบการปฏิบัติราชการ');
  });

  it('says nothing when every dimension has an item', () => {
    expect(findingsOf(multiYearPlan(), CODE)).toEqual([]);
    expect(findingsOf(annualPlan(), CODE)).toEqual([]);
    expect(findingsOf(legacyPlan(), CODE)).toEqual([]);
  });

  it('counts items whose dimension cell is merged (empty below the first row) under that dimension', () => {
    const grid = multiYearPlan((s) => {
      const d4 = s.dimensions[3];
      d4.missions = [{ name: d4.missions[0].name, items: d4.missions.flatMap((m) => m.items) }];
    });
    expect(grid.rows[17][0]).toBeNull();
    expect(findingsOf(grid, CODE)).toEqual([]);
  });

  it('does not ask reports, which cover part of the plan, for every dimension', () => {
    expect(findingsOf(resultsReport(), CODE)).toEqual([]);
    expect(findingsOf(itaReport(), CODE)).toEqual([]);
  });
});
