import { annualPlan, describeCatalogueEntry, expectWellFormed, findingsOf, multiYearPlan, NONGWAENG, resultsReport } from './helpers';

const CODE = 'org-mismatch';

describe(CODE, () => {
  describeCatalogueEntry(CODE, 'error');

  it('reports another council named in the document (seed 003: a preface naming ดงพระราม), at the first mention', () => {
    const grid = multiYearPlan((s) => {
      s.titleRows.push(['องค์การบริหารส่วนตำบลดงพระราม']);
      s.dimensions[0].missions[0].items[0].remark = 'สำนักปลัด อบต.ดงพระราม';
    });
    const found = findingsOf(grid, CODE);
    expect(found).toHaveLength(1);
    const f = found[0];
    expect(f.severity).toBe('error');
    expect(f.cell).toBe('A3');
    expect(f.value).toBe('องค์การบริหารส่วนตำบลดงพระราม');
    expect(f.expected).toBe(NONGWAENG);
    expectWellFormed(f);
    expect(f.message).toContain('เอกสารระบุชื่อหน่วยงานต่างกัน');
    expect(f.message).toContain('"องค์การบริหารส่วนตำบลดงพระราม" (2 แห่ง)');
    expect(f.message).toContain(`"${NONGWAENG}"`);
    expect(f.messageEn).toContain('The document names another council');
    expect(f.messageEn).toContain('(2 places)');
  });

  it('reports a spelling slip of the own name (seed 001: หนองแวง / หนองแขวง) as a warning', () => {
    const grid = multiYearPlan((s) => {
      s.dimensions[1].missions[1].items[0].title = '๕) มาตรการ NO Gift Policy ขององค์การบริหารส่วนตำบลหนองแขวง';
    });
    const found = findingsOf(grid, CODE);
    expect(found.map((f) => [f.cell, f.value, f.expected, f.severity])).toEqual([
      ['C10', 'องค์การบริหารส่วนตำบลหนองแขวง', NONGWAENG, 'warning'],
    ]);
    expect(found[0].message).toContain('ชื่อหน่วยงานสะกดต่างกัน');
    expect(found[0].messageEn).toContain('The council name is spelled differently');
  });

  it('reports a second district/province pair (seed 001), one finding each', () => {
    const grid = multiYearPlan((s) => {
      s.titleRows.push(['อำเภอเมือง จังหวัดขอนแก่น']);
    });
    const found = findingsOf(grid, CODE);
    expect(found.map((f) => [f.cell, f.value, f.expected])).toEqual([
      ['A3', 'เมือง', 'เทพารักษ์'],
      ['A3', 'ขอนแก่น', 'นครราชสีมา'],
    ]);
    expect(found[0].message).toContain('อำเภอ');
    expect(found[1].message).toContain('จังหวัด');
    expect(found[1].messageEn).toContain('another province');
  });

  it('says nothing for documents that name only their own council', () => {
    expect(findingsOf(multiYearPlan(), CODE)).toEqual([]);
    expect(findingsOf(annualPlan(), CODE)).toEqual([]); // "ประมวลจริยธรรมของเทศบาลตำบลหนองจอก" in a title
    expect(findingsOf(resultsReport(), CODE)).toEqual([]);
  });

  it('accepts the abbreviation, a wrap space inside the name, "อ. จ." and a council type used as a common noun', () => {
    const grid = multiYearPlan((s) => {
      s.titleRows.push(['อ.เทพารักษ์ จ.นครราชสีมา']);
      s.dimensions[1].missions[1].items[0].title = '๕) มาตรการ NO Gift Policy ของ อบต.หนองแวง';
      s.dimensions[1].missions[2].items[0].title = '๖) กิจกรรมจัดทำคู่มือการปฏิบัติงานขององค์การบริหารส่วนตำบลหนอง แวง';
      s.dimensions[2].missions[0].items[0].title = '๗) โครงการจัดเวทีประชาคมร่วมกับองค์การบริหารส่วนตำบลทุกแห่งในอำเภอ';
    });
    expect(findingsOf(grid, CODE)).toEqual([]);
  });

  it('does not read the wrap-space fragment "เทศบาลตำบลเมือง" of "เมือง น้อย" as another council', () => {
    const grid = resultsReport();
    grid.rows[8][0] = '๑) โครงการอบรมคุณธรรมจริยธรรมบุคลากรเทศบาลตำบลเมือง น้อย';
    expect(findingsOf(grid, CODE)).toEqual([]);
  });

  it('does not read the project name "อบต.เคลื่อนที่" (mobile council service) as another council', () => {
    const grid = multiYearPlan((s) => {
      s.dimensions[2].missions[1].items[0].title = '๘) โครงการ อบต.เคลื่อนที่พบประชาชน';
    });
    expect(findingsOf(grid, CODE)).toEqual([]);
  });
});
