import { type CellValue, makeGrid } from '../../../core/grid';
import { annualPlan, describeCatalogueEntry, expectWellFormed, findingsOf, multiYearPlan, validateBook } from './helpers';

const CODE = 'detail-mismatch';

/** One project-detail block as in the seeds' Part 3: ลำดับที่, then numbered fields, one line each. */
function detailBlock(ref: string, title: string, budget: CellValue): CellValue[][] {
  return [
    [`ลำดับที่ ${ref}`],
    [`1. ชื่อโครงการ : ${title}`],
    ['2. หลักการและเหตุผล'],
    ['เพื่อส่งเสริมให้ประชาชนมีส่วนร่วมในการจัดทำแผนพัฒนาท้องถิ่น และแสดงความคิดเห็นอย่างเป็นรูปธรรม'],
    ['4. กลุ่มเป้าหมาย'],
    ['ชุมชน/หมู่บ้าน/ตำบล ในพื้นที่เทศบาลตำบลหนองจอก'],
    ['6. ระยะเวลาดำเนินการ'],
    ['ปีงบประมาณ พ.ศ. 2567'],
    ['7. งบประมาณดำเนินการ'],
    [budget],
    ['8. ผู้รับผิดชอบ'],
    ['สำนักปลัดเทศบาล'],
  ];
}

/** The annual plan with a Part 3 detail section below its table (rows 23 onwards). */
function planWithDetail(ref: string, title: string, budget: CellValue) {
  return annualPlan((s) => {
    s.after = [[null], ['ส่วนที่ ๓ รายละเอียดโครงการ/กิจกรรม/มาตรการ'], ...detailBlock(ref, title, budget)];
  });
}

const ITEM_31 = 'โครงการจัดเวทีประชาคม'; // 3.1.(1), 10,000 baht in the plan (H14)

describe(CODE, () => {
  describeCatalogueEntry(CODE, 'warning');

  it('reports a detail block whose budget says ไม่ใช้งบประมาณ while the plan row has 10,000 (seed 000, item 3.1.(1))', () => {
    const grid = planWithDetail('3.3.1.(1)', ITEM_31, 'ไม่ใช้งบประมาณ');
    const found = findingsOf(grid, CODE);
    expect(found).toHaveLength(1);
    const f = found[0];
    expect(f.severity).toBe('warning');
    expect(f.cell).toBe('A34'); // the line under "7. งบประมาณดำเนินการ"
    expect(f.value).toBe('ไม่ใช้งบประมาณ');
    expect(f.expected).toBe('10,000');
    expectWellFormed(f);
    expect(f.message).toBe('รายละเอียดโครงการ 3.3.1.(1) ระบุงบประมาณ "ไม่ใช้งบประมาณ" แต่ในตารางแผน (ช่อง แผนปี 2567!H14) เป็น "10,000"');
    expect(f.messageEn).toBe('Project detail 3.3.1.(1) gives the budget "ไม่ใช้งบประมาณ" but the plan table (cell แผนปี 2567!H14) has "10,000"');
  });

  it('reports a detail on its own sheet that gives an amount for an item the plan runs without money', () => {
    const detail = makeGrid('รายละเอียดโครงการ', detailBlock('๒', 'มาตรการ “ส่งเสริมการปฏิบัติตามประมวลจริยธรรม”', 'จำนวน ๕,๐๐๐ บาท'));
    const found = findingsOf([multiYearPlan(), detail], CODE);
    expect(found.map((f) => [f.sheet, f.cell, f.value, f.expected])).toEqual([['รายละเอียดโครงการ', 'A10', 'จำนวน ๕,๐๐๐ บาท', 'ไม่ใช้งบประมาณ']]);
    expect(found[0].message).toContain('แผน 5 ปี!C6');
  });

  it('reports a detail whose title is another project than its plan row', () => {
    const grid = planWithDetail('3.3.1.(1)', 'โครงการปลูกป่าชายเลนเฉลิมพระเกียรติ', '10,000 บาท');
    const found = findingsOf(grid, CODE);
    expect(found.map((f) => [f.cell, f.value, f.expected])).toEqual([['A26', 'โครงการปลูกป่าชายเลนเฉลิมพระเกียรติ', ITEM_31]]);
    expect(found[0].message).toContain('ระบุชื่อ "โครงการปลูกป่าชายเลนเฉลิมพระเกียรติ"');
    expect(found[0].messageEn).toContain('gives the title');
  });

  it('says nothing when the detail agrees with the plan', () => {
    expect(findingsOf(planWithDetail('3.3.1.(1)', ITEM_31, '10,000'), CODE)).toEqual([]);
    expect(findingsOf(annualPlan(), CODE)).toEqual([]);
  });

  it('reads the budget line as clerks write it: "ปีงบประมาณ 2567 จำนวน 10,000 บาท", "๑๐,๐๐๐.- บาท", "ไม่ใช้งบ ประมาณ" for a no-budget item', () => {
    expect(findingsOf(planWithDetail('3.3.1.(1)', ITEM_31, 'ปีงบประมาณ 2567 จำนวน 10,000 บาท'), CODE)).toEqual([]);
    expect(findingsOf(planWithDetail('3.3.1.(1)', 'โครงการจัด เวทีประชาคม', '๑๐,๐๐๐.- บาท'), CODE)).toEqual([]);
    expect(findingsOf(planWithDetail('2.2.1.(1)', 'มาตรการเปิดเผยข้อมูลสาธารณะ', 'ไม่ใช้งบ ประมาณ'), CODE)).toEqual([]);
  });

  it('matches the plan item by its amount in any year of a multi-year plan ("-" in 2566, ๑๔,๐๐๐ after)', () => {
    const detail = makeGrid('รายละเอียดโครงการ', detailBlock('๓', 'กิจกรรมสร้างภูมิคุ้มกันทางสังคมให้เด็กและเยาวชน', '๑๔,๐๐๐ บาท'));
    expect(findingsOf([multiYearPlan(), detail], CODE)).toEqual([]);
  });

  it('leaves a budget line still holding the template text to placeholder-text', () => {
    const grid = planWithDetail('3.3.1.(1)', ITEM_31, 'ระบุงบประมาณที่ใช้ดำเนินการ');
    const codes = validateBook([grid]).findings.map((f) => f.code);
    expect(codes).not.toContain(CODE);
    expect(codes).toContain('placeholder-text');
  });
});
