import { annualPlan, describeCatalogueEntry, expectWellFormed, findingsOf, itaReport, multiYearPlan, resultsReport } from './helpers';

const CODE = 'column-unrecognised';

describe(CODE, () => {
  describeCatalogueEntry(CODE, 'warning');

  it('reports a header cell naming no known column, at that cell, with its text', () => {
    const grid = multiYearPlan();
    grid.rows[2] = [...grid.rows[2], 'ผู้ประสานงาน'];
    grid.rows[4] = [...grid.rows[4], 'นางสาวสมศรี ใจดี'];
    const found = findingsOf(grid, CODE);
    expect(found).toHaveLength(1);
    const f = found[0];
    expect(f.severity).toBe('warning');
    expect(f.cell).toBe('J3');
    expect([f.row, f.column]).toEqual([3, 10]);
    expect(f.value).toBe('ผู้ประสานงาน');
    expectWellFormed(f);
    expect(f.message).toContain('"ผู้ประสานงาน"');
    expect(f.messageEn).toContain('"ผู้ประสานงาน" is not recognised');
  });

  it('reports an extra column in an ITA report', () => {
    const grid = itaReport({
      header: [
        'มาตรการ โครงการ หรือกิจกรรม',
        'ขั้นตอน/วิธีการปฏิบัติ',
        'ผู้รับผิดชอบ',
        'ช่วงระยะเวลาในการดำเนินการ',
        'ผลการดำเนินการ (output)',
        'ผลลัพธ์ / ความสำเร็จของการดำเนินการ (outcome/result)',
        'หลักฐานอ้างอิง',
      ],
    });
    expect(findingsOf(grid, CODE).map((f) => [f.cell, f.value])).toEqual([['G3', 'หลักฐานอ้างอิง']]);
  });

  it('says nothing for the official headers', () => {
    for (const grid of [multiYearPlan(), annualPlan(), resultsReport(), itaReport()]) expect(findingsOf(grid, CODE)).toEqual([]);
  });

  it('says nothing for known labels written differently: มติ, wrap spaces, "หน่วยงานรับผิดชอบ", a group label over ผลผลิต | ผลลัพธ์', () => {
    const grid = multiYearPlan();
    grid.rows[2] = ['มติ', 'ภารกิจ ตาม มิติ', 'โครงการ/ กิจกรรม/ มาตรการ', 'ปี ๒๕๖๖', 'ปี ๒๕๖7', 'พ.ศ. ๒๕๖๘', 'ปี 2569', 'ปี ๒๕๗๐', 'หน่วยงานรับผิดชอบ'];
    grid.rows[3] = [null, null, null, 'งบประมาณ\n(บาท)', 'งบประมาณ (บาท)', 'งบ ประมาณ (บาท)', 'งบประมาณ (บาท)', 'งบประมาณ (บาท)', null];
    expect(findingsOf(grid, CODE)).toEqual([]);
    // The results report's "ผลการดำเนินงาน" spans ผลผลิต and ผลลัพธ์: a group, not an unknown column.
    expect(findingsOf(resultsReport(), CODE)).toEqual([]);
  });
});
