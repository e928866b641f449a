import { annualPlan, describeCatalogueEntry, expectWellFormed, findingsOf, multiYearPlan, resultsReport } from './helpers';

const CODE = 'name-variant';

describe(CODE, () => {
  describeCatalogueEntry(CODE, 'info');

  it('reports a mission written with สร้าง for เสริมสร้าง, with the canonical name as expected', () => {
    const raw = '๑.๒ การสร้างจิตสำนึกและความตระหนักแก่ประชาชนทุกภาคส่วนในท้องถิ่น';
    const grid = multiYearPlan((s) => {
      s.dimensions[0].missions[1].name = raw;
    });
    const found = findingsOf(grid, CODE);
    expect(found).toHaveLength(1);
    const f = found[0];
    expect(f.severity).toBe('info');
    expect(f.cell).toBe('B6');
    expect(f.value).toBe(raw);
    expect(f.expected).toBe('1.2 การเสริมสร้างจิตสำนึกและความตระหนักแก่ประชาชนทุกภาคส่วนในท้องถิ่น');
    expectWellFormed(f);
    expect(f.message).toContain('เขียนต่างจากชื่อในกรอบแผน');
    expect(f.message).toContain('"1.2 การเสริมสร้างจิตสำนึก');
    expect(f.messageEn).toContain("differs from the framework's name");
  });

  it("reports the council's own name written in place of องค์กรปกครองส่วนท้องถิ่น", () => {
    const grid = multiYearPlan((s) => {
      s.dimensions[1].missions[0].name = '๒.๑ การเปิดเผย ข้อมูลสาธารณะของ องค์การบริหารส่วน ตำบลหนองแวง';
    });
    const found = findingsOf(grid, CODE);
    expect(found.map((f) => [f.cell, f.expected])).toEqual([['B9', '2.1 การเปิดเผยข้อมูลสาธารณะขององค์กรปกครองส่วนท้องถิ่น']]);
  });

  it('reports the typo มติ in a dimension cell, expecting มิติ', () => {
    const grid = multiYearPlan((s) => {
      s.dimensions[0].name = 'มติที่ ๑ การสร้างวัฒนธรรมสุจริต';
    });
    const found = findingsOf(grid, CODE);
    expect(found.map((f) => [f.cell, f.value, f.expected, f.severity])).toEqual([
      ['A5', 'มติที่ ๑ การสร้างวัฒนธรรมสุจริต', 'มิติที่ ๑ การสร้างวัฒนธรรมสุจริต', 'info'],
    ]);
  });

  it('reports the typo มติ in the header row', () => {
    const grid = annualPlan();
    grid.rows[2][0] = 'มติ';
    const found = findingsOf(grid, CODE);
    expect(found.map((f) => [f.cell, f.value, f.expected])).toEqual([['A3', 'มติ', 'มิติ']]);
  });

  it('reports a mission matched by its name alone when that name is written differently (no code, ดุลพินิจ)', () => {
    const grid = multiYearPlan((s) => {
      s.dimensions[1].missions[2].name = 'มาตรการลดการใช้ดุลพินิจในการปฏิบัติงาน';
    });
    const found = findingsOf(grid, CODE);
    expect(found.map((f) => [f.cell, f.value, f.expected])).toEqual([
      ['B11', 'มาตรการลดการใช้ดุลพินิจในการปฏิบัติงาน', '2.3 มาตรการลดการใช้ดุลยพินิจในการปฏิบัติงาน'],
    ]);
  });

  it('says nothing for the canonical names', () => {
    expect(findingsOf(multiYearPlan(), CODE)).toEqual([]);
    expect(findingsOf(annualPlan(), CODE)).toEqual([]);
  });

  it('says nothing when only PDF wrap spaces, Thai/Arabic digits, a "ภารกิจตามมิติ" prefix or a missing code differ', () => {
    const grid = multiYearPlan((s) => {
      s.dimensions[0].name = '1. การสร้าง วัฒนธรรม สุจริต';
      s.dimensions[1].name = 'มิติที่ ๒ การบริหาร ราชการด้วย ความโปร่งใส';
      s.dimensions[0].missions[2].name = 'ภารกิจตามมิติ ๑.๓ การสร้าง จิตสำนึกและความ ตระหนักแก่เด็กและ เยาวชน';
      s.dimensions[3].missions[1].name = 'การส่งเสริมบทบาทการตรวจสอบของสภาท้องถิ่น';
    });
    expect(findingsOf(grid, CODE)).toEqual([]);
    expect(findingsOf(resultsReport(), CODE)).toEqual([]);
  });
});
