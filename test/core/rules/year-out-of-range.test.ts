import { annualPlan, describeCatalogueEntry, expectWellFormed, findingsOf, legacyPlan, multiYearPlan, resultsReport } from './helpers';

const CODE = 'year-out-of-range';

const annualTitle = (year: string) => `แผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ${year}`;

describe(CODE, () => {
  describeCatalogueEntry(CODE, 'error');

  it('reports a year column outside the period the title states (ปี ๒๕๗๑ in a plan for ๒๕๖๖ – ๒๕๗๐)', () => {
    const grid = multiYearPlan((s) => {
      s.years[4] = 'ปี ๒๕๗๑';
    });
    const found = findingsOf(grid, CODE);
    expect(found).toHaveLength(1);
    const f = found[0];
    expect(f.severity).toBe('error');
    expect(f.cell).toBe('H3');
    expect(f.value).toBe('2571');
    expect(f.expected).toBe('2566-2570');
    expectWellFormed(f);
    expect(f.message).toBe('ปี 2571 อยู่นอกช่วงปีของแผน (2566-2570)');
    expect(f.messageEn).toBe('Year 2571 is outside the plan period (2566-2570)');
  });

  it('reports an annual plan on the 2566-2570 framework for a year long before it (2564)', () => {
    const grid = annualPlan((s) => {
      s.titleRows[0] = [annualTitle('๒๕๖๔')];
      s.yearLabel = 'ปี 2564';
    });
    expect(findingsOf(grid, CODE).map((f) => [f.cell, f.value, f.expected])).toEqual([['D3', '2564', '2566-2570']]);
  });

  it('says nothing for years inside the period', () => {
    expect(findingsOf(multiYearPlan(), CODE)).toEqual([]);
    expect(findingsOf(annualPlan(), CODE)).toEqual([]);
    expect(findingsOf(resultsReport(), CODE)).toEqual([]);
    expect(findingsOf(legacyPlan(), CODE)).toEqual([]);
  });

  it('reads years with mixed Thai and Arabic digits ("ปี ๒๕๖7") and "พ.ศ. 2568" as inside the period', () => {
    const grid = multiYearPlan((s) => {
      s.years[1] = 'ปี ๒๕๖7';
      s.years[2] = 'พ.ศ. 2568';
    });
    expect(findingsOf(grid, CODE)).toEqual([]);
  });

  it('accepts an annual plan for 2565, the year the 2566-2570 template was written for', () => {
    const grid = annualPlan((s) => {
      s.titleRows[0] = [annualTitle('๒๕๖๕')];
      s.yearLabel = 'ปี 2565';
    });
    expect(findingsOf(grid, CODE)).toEqual([]);
  });
});

describe('year-out-of-range without a period in the title', () => {
  it('flags a current-framework plan whose year column falls outside 2566-2570', () => {
    const { makeGrid } = jest.requireActual('../../../core/grid') as typeof import('../../../core/grid');
    const { validateGrid } = jest.requireActual('../../../core/validate') as typeof import('../../../core/validate');
    const grid = makeGrid('แผน', [
      ['มิติ', 'ภารกิจตามมิติ', 'โครงการ/กิจกรรม/มาตรการ', 'ปี ๒๕๖๘', 'ปี ๒๕๖๙', 'ปี ๒๕๗๐', 'ปี ๒๕๗๑', 'หมายเหตุ'],
      [null, null, null, 'งบประมาณ (บาท)', 'งบประมาณ (บาท)', 'งบประมาณ (บาท)', 'งบประมาณ (บาท)', null],
      ['๑. การสร้างวัฒนธรรมสุจริต', '๑.๑ การเสริมสร้างจิตสำนึกและความตระหนักแก่บุคลากรทั้งข้าราชการการเมืองฝ่ายบริหาร ข้าราชการการเมืองฝ่ายสภาท้องถิ่น และฝ่ายประจำขององค์กรปกครองส่วนท้องถิ่น', '๑) โครงการอบรม', '๑,๐๐๐', '๑,๐๐๐', '๑,๐๐๐', '๑,๐๐๐', 'สำนักปลัด'],
    ]);
    const found = validateGrid(grid, { file: 'f' }).findings.filter((f) => f.code === 'year-out-of-range');
    expect(found.map((f) => [f.cell, f.value, f.expected])).toEqual([['G1', '2571', '2566-2570']]);
  });
});
