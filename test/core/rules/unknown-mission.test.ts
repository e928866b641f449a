import { describeCatalogueEntry, expectWellFormed, findingsOf, MIS, multiYearPlan, validate } from './helpers';

const CODE = 'unknown-mission';

describe(CODE, () => {
  describeCatalogueEntry(CODE, 'error');

  it('reports a mission cell naming no mission of the framework (code ๑.๔ does not exist), at that cell', () => {
    const grid = multiYearPlan((s) => {
      s.dimensions[0].missions[2].name = '๑.๔ การพัฒนาคุณภาพชีวิตผู้สูงอายุ';
    });
    const found = findingsOf(grid, CODE);
    expect(found).toHaveLength(1);
    const f = found[0];
    expect(f.severity).toBe('error');
    expect(f.cell).toBe('B7');
    expect(f.value).toBe('๑.๔ การพัฒนาคุณภาพชีวิตผู้สูงอายุ');
    expectWellFormed(f);
    expect(f.message).toContain('"๑.๔ การพัฒนาคุณภาพชีวิตผู้สูงอายุ" ไม่ตรงกับภารกิจตามมิติ');
    expect(f.messageEn).toContain('is not a mission of the framework');
  });

  it('reports a mission without a code whose name matches nothing', () => {
    const grid = multiYearPlan((s) => {
      s.dimensions[2].missions[0].name = 'ส่งเสริมการท่องเที่ยวชุมชน';
    });
    expect(findingsOf(grid, CODE).map((f) => [f.cell, f.value])).toEqual([['B13', 'ส่งเสริมการท่องเที่ยวชุมชน']]);
  });

  it('says nothing for the framework missions', () => {
    expect(findingsOf(multiYearPlan(), CODE)).toEqual([]);
  });

  it('says nothing for real variants: the council name for องค์กรปกครองส่วนท้องถิ่น, ดุลพินิจ, wrap spaces, no code, two missions in one cell', () => {
    const grid = multiYearPlan((s) => {
      s.dimensions[1].missions[0].name = '๒.๑ การเปิดเผย ข้อมูลสาธารณะของ องค์การบริหารส่วน ตำบลหนองแวง';
      s.dimensions[1].missions[2].name = 'มาตรการลดการใช้ ดุลพินิจในการปฏิบัติงาน';
      s.dimensions[0].missions[0].name = 'ภารกิจตามมิติ ๑.๑ การสร้าง จิตสำนึกและความ ตระหนักแก่บุคลากร ทั้งข้าราชการ การเมืองฝ่ายบริหาร ข้าราชการการเมือง ฝ่ายสภาท้องถิ่นและ ฝ่ายประจำของ องค์กรปกครองส่วน ท้องถิ่น';
      const d3 = s.dimensions[2];
      d3.missions[1].name = `${MIS['3.2']} ${MIS['3.3']}`;
      // Numbering restarts under a cell naming two missions: the second (๑) belongs to 3.3.
      d3.missions[1].items = [
        { ...d3.missions[1].items[0], title: '(๑) โครงการจัดตั้งศูนย์รับเรื่องร้องเรียนร้องทุกข์' },
        { ...d3.missions[2].items[0], title: '(๑) มาตรการส่งเสริมเครือข่ายภาคประชาชนเฝ้าระวังการทุจริต' },
      ];
      d3.missions.splice(2, 1);
    });
    expect(findingsOf(grid, CODE)).toEqual([]);
    const doc = validate(grid).main!;
    expect(doc.items.map((i) => i.mission)).toEqual(['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3', '4.1', '4.2', '4.3']);
  });
});
