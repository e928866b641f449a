import { describeCatalogueEntry, expectWellFormed, findingsOf, itaReport, multiYearPlan, validate } from './helpers';

const CODE = 'unknown-dimension';

describe(CODE, () => {
  describeCatalogueEntry(CODE, 'error');

  it('reports a dimension cell that names no dimension of the 2566-2570 framework, at that cell', () => {
    const grid = multiYearPlan((s) => {
      s.dimensions[1].name = '๕. การพัฒนาเมืองน่าอยู่';
    });
    const found = findingsOf(grid, CODE);
    expect(found).toHaveLength(1);
    const f = found[0];
    expect(f.severity).toBe('error');
    expect(f.cell).toBe('A9');
    expect(f.value).toBe('๕. การพัฒนาเมืองน่าอยู่');
    expectWellFormed(f);
    expect(f.message).toContain('"๕. การพัฒนาเมืองน่าอยู่"');
    expect(f.message).toContain('พ.ศ. 2566-2570');
    expect(f.messageEn).toContain('is not a dimension of the current framework');
  });

  it('reports an item that sits under no dimension (first row left without มิติ and ภารกิจ), at its title cell', () => {
    const grid = multiYearPlan((s) => {
      s.dimensions[0].name = null;
      s.dimensions[0].missions[0].name = null;
    });
    const found = findingsOf(grid, CODE);
    expect(found).toHaveLength(1);
    expect(found[0].cell).toBe('C5');
    expect(found[0].value).toBe('โครงการอบรมส่งเสริมคุณธรรมจริยธรรมแก่ผู้บริหาร สมาชิกสภา และ'); // the title, cut at 60 characters
    expect(found[0].message).toBe('รายการ 1 ไม่อยู่ใต้มิติใด');
    expect(found[0].messageEn).toBe('Item 1 is under no dimension');
  });

  it('says nothing for the framework dimensions', () => {
    expect(findingsOf(multiYearPlan(), CODE)).toEqual([]);
  });

  it('says nothing for dimension names with wrap spaces, the typo มติ, or "มิติที่ ๒" alone', () => {
    const grid = multiYearPlan((s) => {
      s.dimensions[0].name = 'มติที่ ๑ การสร้าง วัฒนธรรม สุจริต';
      s.dimensions[1].name = 'มิติที่ ๒';
      s.dimensions[2].name = '๓. การส่งเสริม บทบาทและการมี ส่วนร่วมของภาค ประชาชน';
    });
    expect(findingsOf(grid, CODE)).toEqual([]);
    const doc = validate(grid).main!;
    expect(doc.items.map((i) => i.dimension)).toEqual(['1', '1', '1', '2', '2', '2', '3', '3', '3', '4', '4', '4']);
  });

  it('does not ask for dimensions in an ITA report, whose measures have none', () => {
    expect(findingsOf(itaReport(), CODE)).toEqual([]);
  });
});
