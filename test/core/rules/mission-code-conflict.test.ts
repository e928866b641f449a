import { describeCatalogueEntry, expectWellFormed, findingsOf, multiYearPlan, validate } from './helpers';

const CODE = 'mission-code-conflict';

describe(CODE, () => {
  describeCatalogueEntry(CODE, 'warning');

  it('reports a mission written with code ๑.๒ and the name of mission 1.3; the code is used', () => {
    const grid = multiYearPlan((s) => {
      s.dimensions[0].missions[1].name = '๑.๒ การสร้างจิตสำนึกและความตระหนักแก่เด็กและเยาวชน';
    });
    const found = findingsOf(grid, CODE);
    expect(found).toHaveLength(1);
    const f = found[0];
    expect(f.severity).toBe('warning');
    expect(f.cell).toBe('B6');
    expect(f.value).toBe('๑.๒ การสร้างจิตสำนึกและความตระหนักแก่เด็กและเยาวชน');
    expect(f.expected).toBe('1.3');
    expectWellFormed(f);
    expect(f.message).toContain('ใช้รหัส 1.2 แต่ชื่อตรงกับภารกิจ 1.3');
    expect(f.messageEn).toContain('has code 1.2 but the name of mission 1.3');
    expect(validate(grid).main!.items[1].mission).toBe('1.2');
  });

  it('reports a plan that renumbers (๔.๒ written with the name of 4.3, complaints, as in seed 003)', () => {
    const grid = multiYearPlan((s) => {
      s.dimensions[3].missions[1].name = '๔.๒ มาตรการจัดการเรื่องร้องเรียนการทุจริต';
    });
    expect(findingsOf(grid, CODE).map((f) => [f.cell, f.expected])).toEqual([['B18', '4.3']]);
  });

  it('says nothing when code and name agree', () => {
    expect(findingsOf(multiYearPlan(), CODE)).toEqual([]);
  });

  it('says nothing for a variant of the own name (สร้าง for เสริมสร้าง, wrap spaces), though 1.2 and 1.3 share a long prefix', () => {
    const grid = multiYearPlan((s) => {
      s.dimensions[0].missions[1].name = '๑.๒ การสร้าง จิตสำนึกและความ ตระหนักแก่ประชาชน ทุกภาคส่วนในท้องถิ่น';
      s.dimensions[0].missions[2].name = '๑.๓ การเสริมสร้างจิตสำนึกและความตระหนักแก่เด็กและเยาวชน';
    });
    expect(findingsOf(grid, CODE)).toEqual([]);
  });
});
