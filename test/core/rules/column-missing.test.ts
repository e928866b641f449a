import { type CellValue, makeGrid } from '../../../core/grid';
import { annualPlan, describeCatalogueEntry, expectWellFormed, findingsOf, itaReport, multiYearPlan, resultsReport } from './helpers';

const CODE = 'column-missing';

/** The same sheet with the columns at these 0-based indexes taken out of every row from `fromRow` (0-based) on. */
function withoutColumns(rows: CellValue[][], cols: number[], fromRow: number): CellValue[][] {
  return rows.map((r, i) => (i < fromRow ? r : r.filter((_, c) => !cols.includes(c))));
}

describe(CODE, () => {
  describeCatalogueEntry(CODE, 'error');

  it('reports a multi-year plan without its ภารกิจตามมิติ column at the first header cell', () => {
    const grid = makeGrid('แผน 5 ปี', withoutColumns(multiYearPlan().rows, [1], 2));
    const found = findingsOf(grid, CODE);
    expect(found).toHaveLength(1);
    const f = found[0];
    expect(f.severity).toBe('error');
    expect(f.sheet).toBe('แผน 5 ปี');
    expect(f.cell).toBe('A3');
    expect([f.row, f.column]).toEqual([3, 1]);
    expect(f.value).toBe('mission');
    expectWellFormed(f);
    expect(f.message).toContain('ภารกิจตามมิติ');
    expect(f.messageEn).toContain('"mission" column');
    expect(f.messageEn).toContain('ภารกิจตามมิติ');
  });

  it('reports an annual plan with three quarter columns (ไตรมาส 4 left out)', () => {
    const grid = makeGrid('แผนปี 2567', withoutColumns(annualPlan().rows, [6], 2));
    const found = findingsOf(grid, CODE);
    expect(found.map((f) => [f.cell, f.value])).toEqual([['A3', 'quarter']]);
    expect(found[0].message).toContain('ไตรมาส 1-4');
    expect(found[0].messageEn).toContain('quarter');
  });

  it('reports an annual plan without its งบประมาณ (บาท) column', () => {
    const grid = makeGrid('แผนปี 2567', withoutColumns(annualPlan().rows, [7], 2));
    const found = findingsOf(grid, CODE);
    expect(found.map((f) => [f.cell, f.value])).toEqual([['A3', 'budget']]);
    expect(found[0].message).toContain('งบประมาณ (บาท)');
  });

  it('reports a results report without ระยะเวลาดำเนินการ, at the top row of its three-row header', () => {
    const grid = makeGrid('รายงานผล 2568', withoutColumns(resultsReport().rows, [5], 5));
    const found = findingsOf(grid, CODE);
    expect(found.map((f) => [f.cell, f.value])).toEqual([['A6', 'period']]);
    expect(found[0].message).toContain('ระยะเวลาดำเนินการ');
  });

  it('reports an ITA report without ช่วงระยะเวลาในการดำเนินการ', () => {
    const grid = makeGrid('ITA 2568', withoutColumns(itaReport().rows, [3], 2));
    const found = findingsOf(grid, CODE);
    expect(found.map((f) => [f.cell, f.value, f.severity])).toEqual([['A3', 'period', 'error']]);
  });

  it('names the header cell where the table starts when column A is an empty margin', () => {
    const rows = withoutColumns(multiYearPlan().rows, [1], 2).map((r, i) => (i < 2 ? r : [null, ...r]));
    const found = findingsOf(makeGrid('แผน 5 ปี', rows), CODE);
    expect(found.map((f) => [f.cell, f.value])).toEqual([['B3', 'mission']]);
  });

  it('says nothing for the official layouts with every column', () => {
    for (const grid of [multiYearPlan(), annualPlan(), resultsReport(), itaReport()]) expect(findingsOf(grid, CODE)).toEqual([]);
  });

  it('says nothing when header labels carry wrap spaces, line breaks, "ไตรมาสที่ ๑" or the typo มติ', () => {
    const annual = annualPlan();
    annual.rows[2] = ['มติ', 'ภารกิจ ตามมิติ', 'โครงการ/กิจกรรม/ มาตรการ', 'ปี ๒๕๖7', null, null, null, 'งบประมาณ\n(บาท)'];
    annual.rows[3] = [null, null, null, 'ไตรมาสที่ ๑', 'ไตร มาส 2', 'ไตรมาส 3', 'ไตรมาส ๔', null];
    expect(findingsOf(annual, CODE)).toEqual([]);
    const ita = itaReport({
      header: ['มาตรการ โครงการ หรือกิจกรรม', 'ขั้นตอน/ วิธีการปฏิบัติ', 'ผู้รับ ผิดชอบ', 'ช่วงระยะเวลา ในการดำเนินการ', 'ผลการดำเนินการ (output)', 'ผลลัพธ์ / ความสำเร็จของการดำเนินการ (outcome/result)'],
    });
    expect(findingsOf(ita, CODE)).toEqual([]);
  });
});
