import { annualPlan, describeCatalogueEntry, expectWellFormed, findingsOf, multiYearPlan, resultsReport } from './helpers';

const CODE = 'placeholder-text';

describe(CODE, () => {
  describeCatalogueEntry(CODE, 'warning');

  it('reports the template line "ระบุชื่อองค์กรปกครองส่วนท้องถิ่น" left in the title rows, at its cell', () => {
    const grid = multiYearPlan((s) => {
      s.titleRows[1] = ['ระบุชื่อองค์กรปกครองส่วนท้องถิ่น'];
    });
    const found = findingsOf(grid, CODE);
    expect(found).toHaveLength(1);
    const f = found[0];
    expect(f.severity).toBe('warning');
    expect(f.cell).toBe('A2');
    expect(f.value).toBe('ระบุชื่อองค์กรปกครองส่วนท้องถิ่น');
    expectWellFormed(f);
    expect(f.message).toBe('ยังมีข้อความแม่แบบ "ระบุชื่อองค์กรปกครองส่วนท้องถิ่น" ที่ต้องแทนด้วยข้อมูลจริง');
    expect(f.messageEn).toBe('The template text "ระบุชื่อองค์กรปกครองส่วนท้องถิ่น" was never replaced with real content');
  });

  it('reports "ระบุงบประมาณที่ใช้ดำเนินการ" in a budget cell and "(ระบุ)" in a remark, as written', () => {
    const grid = multiYearPlan((s) => {
      s.dimensions[1].missions[1].items[0].budgets[0] = 'ระบุงบประมาณที่ใช้ดำเนินการ';
      s.dimensions[0].missions[0].items[0].remark = '(ระบุ)';
    });
    expect(findingsOf(grid, CODE).map((f) => [f.cell, f.value])).toEqual([
      ['I5', '(ระบุ)'],
      ['D10', 'ระบุงบประมาณที่ใช้ดำเนินการ'],
    ]);
  });

  it('keeps only the placeholder part of a longer cell ("งบประมาณ : ระบุจำนวนเงิน")', () => {
    const grid = annualPlan((s) => {
      s.after = [['ลำดับที่ 1.1.1.(1)'], ['1. ชื่อโครงการ : โครงการฝึกอบรมส่งเสริมคุณธรรมจริยธรรมบุคลากร'], ['7. งบประมาณดำเนินการ : ระบุจำนวนเงิน']];
    });
    expect(findingsOf(grid, CODE).map((f) => [f.cell, f.value])).toEqual([['A25', 'ระบุจำนวนเงิน']]);
  });

  it('says nothing for filled-in documents', () => {
    expect(findingsOf(multiYearPlan(), CODE)).toEqual([]);
    expect(findingsOf(annualPlan(), CODE)).toEqual([]);
    expect(findingsOf(resultsReport(), CODE)).toEqual([]);
  });

  it('says nothing for the word ระบุ in ordinary prose ("ตามที่ระบุไว้ในแผนพัฒนาท้องถิ่น")', () => {
    const grid = multiYearPlan((s) => {
      s.dimensions[1].missions[0].items[0].remark = 'ตามที่ระบุไว้ในแผนพัฒนาท้องถิ่น';
      s.after = [['หมายเหตุ: ให้ดำเนินการตามระยะเวลาที่ระบุในแผน']];
    });
    expect(findingsOf(grid, CODE)).toEqual([]);
  });
});
