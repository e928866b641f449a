import { makeGrid } from '../../../core/grid';
import { describeCatalogueEntry, expectWellFormed, findingsOf, multiYearPlan, annualPlan, MULTI_YEAR_TITLE, NONGWAENG_ADDRESS } from './helpers';

const CODE = 'header-not-found';

/** A cover sheet as clerks make them: title, council, address and prose, but no table. */
const cover = () =>
  makeGrid('ปก', [
    [MULTI_YEAR_TITLE],
    [NONGWAENG_ADDRESS],
    ['โทร. ๐๔๔-๒๓๔๕๖๗'],
    [null],
    ['ส่วนที่ ๒ แผนปฏิบัติการป้องกันการทุจริต'],
    ['การจัดทำแผนปฏิบัติการป้องกันการทุจริตฯ นี้ จัดทำขึ้นเพื่อป้องกันการทุจริต ส่งเสริมมาตรฐานจริยธรรมและธรรมาภิบาล'],
  ]);

describe(CODE, () => {
  describeCatalogueEntry(CODE, 'error');

  it('reports a file whose only sheet holds no known table, naming the sheet', () => {
    const found = findingsOf(cover(), CODE);
    expect(found).toHaveLength(1);
    const f = found[0];
    expect(f.severity).toBe('error');
    expect(f.sheet).toBe('ปก');
    expect(f.cell).toBeNull();
    expect(f.value).toBe('ปก');
    expect(f.file).toBe('plan.xlsx');
    expectWellFormed(f);
    expect(f.message).toContain('ไม่พบตาราง');
    expect(f.messageEn).toContain('No known plan or report table');
  });

  it('lists every sheet of a workbook in which none holds a table', () => {
    const notes = makeGrid('หมายเหตุ', [['หมายเหตุ: แผนนี้ผ่านความเห็นชอบของคณะผู้บริหารแล้ว']]);
    const found = findingsOf([cover(), notes], CODE);
    expect(found).toHaveLength(1);
    expect(found[0].sheet).toBe('ปก');
    expect(found[0].value).toBe('ปก, หมายเหตุ');
  });

  it('says nothing for a plan sheet with the official header', () => {
    expect(findingsOf(multiYearPlan(), CODE)).toEqual([]);
    expect(findingsOf(annualPlan(), CODE)).toEqual([]);
  });

  it('says nothing when a cover sheet sits beside the plan sheet', () => {
    expect(findingsOf([cover(), multiYearPlan()], CODE)).toEqual([]);
  });

  it('still finds a header written with the typo มติ and wrap spaces ("โครงการ/กิจกรรม/ มาตรการ", "ภารกิจ ตามมิติ")', () => {
    const grid = multiYearPlan();
    grid.rows[2] = ['มติ', 'ภารกิจ ตามมิติ', 'โครงการ/กิจกรรม/ มาตรการ', 'ปี ๒๕๖๖', 'ปี ๒๕๖๗', 'ปี ๒๕๖๘', 'ปี ๒๕๖๙', 'ปี ๒๕๗๐', 'หมายเหตุ'];
    expect(findingsOf(grid, CODE)).toEqual([]);
  });

  it('says nothing for an empty workbook (no sheet at all)', () => {
    expect(findingsOf([], CODE)).toEqual([]);
  });
});
