import {
  CURRENT_FRAMEWORK,
  LEGACY_FRAMEWORK,
  dimensionOf,
  findTaxon,
  frameworkById,
  matchTaxon,
  splitCodeAndName,
  splitTaxa,
  taxonRef,
} from '../../../core/framework';
import type { TaxonLevel, TaxonMatch } from '../../../core/framework';
import { taxonRefSchema } from '../../../core/schema';

const C = CURRENT_FRAMEWORK;

describe('CURRENT_FRAMEWORK data', () => {
  test('4 dimensions, 12 missions, no predefined sub-missions, years 2566-2570', () => {
    expect(C).toMatchObject({ id: 'current', label: 'พ.ศ. 2566-2570', subMissions: [] });
    expect(C.years).toEqual([2566, 2567, 2568, 2569, 2570]);
    expect(C.dimensions.map((t) => t.code)).toEqual(['1', '2', '3', '4']);
    expect(C.missions.map((t) => t.code)).toEqual(['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3', '4.1', '4.2', '4.3']);
    expect(frameworkById('current')).toBe(C);
    expect(frameworkById('legacy')).toBe(LEGACY_FRAMEWORK);
  });
});

describe('splitCodeAndName', () => {
  test.each([
    ['๒.๓ มาตรการลดการใช้ดุลพินิจ', '2.3', 'มาตรการลดการใช้ดุลพินิจ'],
    ['มิติที่ 1.', '1', ''],
    ['๑.', '1', ''],
    ['๑.2 การเสริมสร้าง จิตสำนึก', '1.2', 'การเสริมสร้าง จิตสำนึก'],
    ['มิติ๒.การบริหารราชการด้วยความโปร่งใส', '2', 'การบริหารราชการด้วยความโปร่งใส'],
    ['มติ๒การบริหารราชการด้วยความโปร่งใส', '2', 'การบริหารราชการด้วยความโปร่งใส'],
    ['ภารกิจตามมติ ๒.๓ มาตรการลดการใช้ดุลพินิจในการปฏิบัติงาน', '2.3', 'มาตรการลดการใช้ดุลพินิจในการปฏิบัติงาน'],
    [' การกิจตามมติ ๔.๒ มาตรการจัดการเรื่องร้องเรียนการทุจริต', '4.2', 'มาตรการจัดการเรื่องร้องเรียนการทุจริต'],
    ['ภารกิจที่ 3.1 การส่งเสริม', '3.1', 'การส่งเสริม'],
    ['ภารกิจตาม มิติ ๒.๓ มาตรการ', '2.3', 'มาตรการ'],
    ['มติ', null, ''],
    ['1.1.1 สร้างจิตสำนึก', '1.1.1', 'สร้างจิตสำนึก'],
    ['(1) มาตรการ', '1', 'มาตรการ'],
    ['<p>๔.๑\u200B การจัดวางระบบ  ตรวจสอบภายใน</p>', '4.1', 'การจัดวางระบบ ตรวจสอบภายใน'],
    ['การบริหารราชการด้วยความโปร่งใส', null, 'การบริหารราชการด้วยความโปร่งใส'],
    ['ปี 2567', null, 'ปี 2567'],
  ])('%s', (raw, code, name) => {
    expect(splitCodeAndName(raw)).toEqual({ code, name });
  });
});

describe('every canonical name is exact at its own code', () => {
  const levels: TaxonLevel[] = ['dimension', 'mission', 'sub-mission'];
  for (const fw of [CURRENT_FRAMEWORK, LEGACY_FRAMEWORK]) {
    for (const level of levels) {
      const taxa = level === 'dimension' ? fw.dimensions : level === 'mission' ? fw.missions : fw.subMissions;
      for (const t of taxa) {
        test(`${fw.id} ${level} ${t.code}`, () => {
          expect(matchTaxon(`${t.code} ${t.name}`, level, fw)).toMatchObject({ code: t.code, match: 'exact', nameCode: t.code, similarity: 1 });
        });
      }
    }
  }
});

type Row = [raw: string, level: TaxonLevel, code: string, match: TaxonMatch['match']];

/** Seed 000, plan table lines 26-82 (annual plan, PDF wrap spaces, council name, mixed digits). */
const SEED_000: Row[] = [
  ['๑. การสร้าง วัฒนธรรม สุจริต', 'dimension', '1', 'exact'],
  ['๑.๑ การสร้าง จิตสำนึกและความ ตระหนักแก่บุคลากร ทั้งข้าราชการ การเมืองฝ่ายบริหาร ข้าราชการการเมือง ฝ่ายสภาท้องถิ่นและ ฝ่ายประจำของ องค์กรปกครองส่วน ท้องถิ่น', 'mission', '1.1', 'variant'],
  ['๑.2 การเสริมสร้าง จิตสำนึกและความ ตระหนักแก่ประชาชน ทุกภาคส่วนในท้องถิ่น', 'mission', '1.2', 'exact'],
  ['1.3 การสร้าง จิตสำนึกและความ ตระหนักแก่เด็กและ เยาวชน', 'mission', '1.3', 'exact'],
  ['2. การบริหาร ราชการด้วย ความโปร่งใส', 'dimension', '2', 'exact'],
  ['2.1 การเปิดเผย ข้อมูลสาธารณะของ องค์กรปกครองส่วน ท้องถิ่น', 'mission', '2.1', 'exact'],
  ['2.2 มาตรการ ส่งเสริมคุณธรรม และความโปร่งใส', 'mission', '2.2', 'exact'],
  ['2.3 มาตรการลดการใช้ดุลยพินิจในการปฏิบัติงาน', 'mission', '2.3', 'exact'],
  ['3. การส่งเสริม บทบาทและการ มีส่วนร่วมของ ภาคประชาชน', 'dimension', '3', 'exact'],
  ['3.1 การส่งเสริมให้ ประชาชนมีส่วนร่วม บริหารกิจการของ เทศบาลตำบล หนองจอก', 'mission', '3.1', 'variant'],
  ['4. การยกระดับ กลไกการ ตรวจสอบการ ดำเนินการของ องค์กรปกครอง ส่วนท้องถิ่น', 'dimension', '4', 'variant'],
  ['4.1 การจัดวางระบบ ตรวจสอบภายใน การควบคุมภายใน และการบริหารความ เสี่ยงการทุจริต', 'mission', '4.1', 'exact'],
  ['4.2 การส่งเสริม บทบาทการตรวจสอบ ของสภาท้องถิ่น', 'mission', '4.2', 'exact'],
  ['4.3 มาตรการจัดการ เรื่องร้องเรียนการทุจริต', 'mission', '4.3', 'exact'],
];

/** Seed 004, plan table lines 224-302 (Thai digits throughout, ดุลพินิจ). */
const SEED_004: Row[] = [
  ['๑. การสร้างวัฒนธรรมสุจริต', 'dimension', '1', 'exact'],
  ['๑.๑ การเสริมสร้างจิตสำนึกและความตระหนักแก่บุคลากรทั้งข้าราชการการเมืองฝ่ายบริหาร ข้าราชการการเมืองฝ่ายสภาท้องถิ่น และฝ่ายประจำขององค์กรปกครองส่วนท้องถิ่น', 'mission', '1.1', 'exact'],
  ['๑.๒ การเสริมสร้างจิตสำนึกและความตระหนักแก่ประชาชนทุกภาคส่วนในท้องถิ่น', 'mission', '1.2', 'exact'],
  ['๑.๓ การสร้างจิตสำนึกและความตระหนักแก่เด็กและเยาวชน', 'mission', '1.3', 'exact'],
  ['๒. การบริหาร ราชการด้วย ความโปร่งใส', 'dimension', '2', 'exact'],
  ['๒.๑ การเปิดเผยข้อมูล สาธารณะขององค์กร ปกครองส่วนท้องถิ่น', 'mission', '2.1', 'exact'],
  ['๒.๒ มาตรการส่งเสริม คุณธรรมและความ โปร่งใส', 'mission', '2.2', 'exact'],
  ['๒.๓ มาตรการลดการใช้ดุลพินิจในการปฏิบัติงาน', 'mission', '2.3', 'variant'],
  ['๓. การส่งเสริม บทบาทและ การมีส่วนร่วม ของภาค ประชาชน', 'dimension', '3', 'exact'],
  ['๓.๑ การส่งเสริมให้ ประชาชนมีส่วนร่วม บริหารกิจการของ องค์กรปกครองส่วน ท้องถิ่น', 'mission', '3.1', 'exact'],
  ['๓.๒ การรับฟังความคิดเห็น การรับและตอบสนองเรื่องร้องเรียน/ร้องทุกข์ของประชาชน', 'mission', '3.2', 'exact'],
  ['๓.๓ ส่งเสริมการมีส่วนร่วมของภาคประชาชนและบูรณาการทุกภาคส่วนเพื่อต่อต้านการทุจริต', 'mission', '3.3', 'exact'],
  ['๔. การยก ระดับกลไก การตรวจสอบ การดำเนินงาน ขององค์กร ปกครองส่วน ท้องถิ่น', 'dimension', '4', 'exact'],
  ['๔.๑ การจัดวางระบบตรวจสอบภายใน การควบคุมภายใน และการบริหารความเสี่ยงการทุจริต', 'mission', '4.1', 'exact'],
  ['๔.๒ การส่งเสริมบทบาท การตรวจสอบของสภา ท้องถิ่น', 'mission', '4.2', 'exact'],
  ['๔.๓ มาตรการจัดการ เรื่องร้องเรียนการทุจริต', 'mission', '4.3', 'exact'],
];

/** Seed 003, results-report headings lines 86-219 (มติ typo, no separator after the code, renumbering). */
const SEED_003: Row[] = [
  ['มิติ ๑ การสร้างวัฒนธรรมสุจริต', 'dimension', '1', 'exact'],
  ['ภารกิจตามมิติ 1.1 การเสริมสร้างจิตสำนึกและความตระหนักแก่บุคลากรทั้งข้าราชการการเมืองฝ่ายสภาท้องถิ่นและฝ่ายประจำขององค์กรปกครองส่วนท้องถิ่น', 'mission', '1.1', 'variant'],
  ['มิติ๒.การบริหารราชการด้วยความโปร่งใส', 'dimension', '2', 'exact'],
  ['ภารกิจตามมิติ ๒.๑ การเปิดเผยข้อมูลสาธารณะขององค์กรปกครองส่วนท้องถิ่น', 'mission', '2.1', 'exact'],
  ['มติ๒การบริหารราชการด้วยความโปร่งใส', 'dimension', '2', 'exact'],
  ['ภารกิจตามมติ ๒.๑ การเปิดเผยข้อมูลสาธารณะขององค์กรปกครองส่วนท้องถิ่น', 'mission', '2.1', 'exact'],
  ['ภารกิจตามมิติ ๒.๒ มาตรการส่งเสริมคุณธรรมและความโปร่งใส', 'mission', '2.2', 'exact'],
  ['มติ ๒.การบริหารราชการด้วยความโปร่งใส', 'dimension', '2', 'exact'],
  ['ภารกิจตามมติ ๒.๓ มาตรการลดการใช้ดุลพินิจในการปฏิบัติงาน', 'mission', '2.3', 'variant'],
  ['มติ ๓. การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน', 'dimension', '3', 'exact'],
  ['ภารกิจตามมติ ๓.๑ การส่งเสริมให้ประชาชนมีส่วนร่วมบริหารกิจการขององค์กรปกครองส่วนท้องถิ่น', 'mission', '3.1', 'exact'],
  ['ภารกิจตามมติ ๓.๒ การรับฟังความคิดเห็นการรับและตอบสนองเรื่องร้องเรียนร้องทุกข์ของประชาชน', 'mission', '3.2', 'variant'],
  ['มติ ๔ การยกระดับกลไกการตรวจสอบการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น', 'dimension', '4', 'exact'],
  ['มิติ ๔ การยกระดับกลไกการตรวจสอบการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น  ', 'dimension', '4', 'exact'],
  ['ภารกิจตามมติ ๔.๑ การจัดวางระบบตรวจสอบภายใน การควบคุมภายใน และการบริหารความเสี่ยงการทุจริต', 'mission', '4.1', 'exact'],
  [' ภารกิจตามมิติ ๔.๒ มาตรการจัดการเรื่องร้องเรียนการทุจริต', 'mission', '4.2', 'conflict'],
  [' การกิจตามมติ ๔.๒ มาตรการจัดการเรื่องร้องเรียนการทุจริต', 'mission', '4.2', 'conflict'],
];

/** Seed 002, project-detail headings (dimension 3 only, บริหารจัดการกิจการ, free x.y.z). */
const SEED_002: Row[] = [
  ['มิติที่ ๓ การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน', 'dimension', '3', 'exact'],
  ['๓.๑ การส่งเสริมให้ประชาชนมีส่วนร่วมบริหารจัดการกิจการขององค์กรปกครองส่วนท้องถิ่น', 'mission', '3.1', 'variant'],
  ['๓.๒ การรับฟังความคิดเห็น การรับและตอบสนองเรื่องร้องเรียน/ร้องทุกข์ของประชาชน', 'mission', '3.2', 'exact'],
  ['๓.๓ ส่งเสริมการมีส่วนร่วมของภาคประชาชนและบูรณาการทุกภาคส่วนเพื่อต่อต้านการทุจริต', 'mission', '3.3', 'exact'],
  ['๓.๑.๑ การมีส่วนร่วมในการจัดทำแผนพัฒนา การจัดทำงบประมาณ', 'sub-mission', '3.1.1', 'code-only'],
  ['๓.๑.๒ การมีส่วนร่วมตรวจสอบและประเมินผลการดำเนินงาน', 'sub-mission', '3.1.2', 'code-only'],
  ['๓.๓.๓ บูรณาการทุกภาคส่วนเพื่อต่อต้านการทุจริต', 'sub-mission', '3.3.3', 'code-only'],
];

describe.each([
  ['seed 000', SEED_000],
  ['seed 004', SEED_004],
  ['seed 003', SEED_003],
  ['seed 002', SEED_002],
])('%s headings resolve to the right code', (_, rows) => {
  test.each(rows)('%s', (raw, level, code, match) => {
    const m = matchTaxon(raw, level, C);
    expect(m.code).toBe(code);
    expect(m.match).toBe(match);
    if (match === 'exact' || match === 'variant') {
      expect(m.nameCode).toBe(code);
      expect(m.similarity).toBeGreaterThanOrEqual(0.85);
    }
  });
});

describe('matchTaxon details', () => {
  test('4.2 written with 4.3 name (seed 003) is a conflict: code stays, nameCode tells 4.3', () => {
    const m = matchTaxon('การกิจตามมติ ๔.๒ มาตรการจัดการเรื่องร้องเรียนการทุจริต', 'mission', C);
    expect(m).toMatchObject({ writtenCode: '4.2', code: '4.2', match: 'conflict', nameCode: '4.3' });
    expect(m.similarity).toBeLessThan(0.5);
  });

  test("the council's own name counts as องค์กรปกครองส่วนท้องถิ่น, still a variant", () => {
    const raw = '3.1 การส่งเสริมให้ ประชาชนมีส่วนร่วม บริหารกิจการของ เทศบาลตำบล หนองจอก';
    const m = matchTaxon(raw, 'mission', C, { councilNames: ['เทศบาลตำบลหนองจอก'] });
    expect(m).toMatchObject({ code: '3.1', match: 'variant', nameCode: '3.1', similarity: 1 });
    const other = matchTaxon('การเปิดเผยข้อมูลสาธารณะของ อบต.หนองแวง', 'mission', C, { councilNames: ['อบต.หนองแวง'] });
    expect(other).toMatchObject({ code: '2.1', match: 'name-only', similarity: 1 });
  });

  test('a name without a code resolves by name; an unknown code falls back to the name', () => {
    expect(matchTaxon('การส่งเสริมบทบาทการตรวจสอบของสภาท้องถิ่น', 'mission', C)).toMatchObject({ writtenCode: null, code: '4.2', match: 'name-only' });
    expect(matchTaxon('5.1 มาตรการส่งเสริมคุณธรรมและความโปร่งใส', 'mission', C)).toMatchObject({ writtenCode: '5.1', code: '2.2', match: 'name-only' });
    expect(matchTaxon('มาตรการลดการใช้ดุลพินิจ', 'mission', C)).toMatchObject({ code: '2.3', match: 'name-only' });
  });

  test('a name cut short by a PDF matches the start of the canonical name', () => {
    const m = matchTaxon('๔.๑ การจัดวางระบบตรวจสอบภายใน การควบคุม', 'mission', C);
    expect(m).toMatchObject({ code: '4.1', match: 'variant', nameCode: '4.1' });
    // a prefix shared by 1.1, 1.2 and 1.3 says nothing on its own
    expect(matchTaxon('การเสริมสร้างจิตสำนึกและความตระหนักแก่', 'mission', C).match).toBe('unknown');
  });

  test('code without name is code-only; header words and junk are unknown', () => {
    expect(matchTaxon('มิติที่ 1.', 'dimension', C)).toMatchObject({ code: '1', match: 'code-only', nameCode: null });
    expect(matchTaxon('๒.๓', 'mission', C)).toMatchObject({ code: '2.3', match: 'code-only' });
    for (const junk of ['มติ', 'ภารกิจตามมติ', 'โครงการ/กิจกรรม/มาตรการ', 'hello world', '', '12345', '2.5 xyz']) {
      expect(matchTaxon(junk, 'mission', C)).toMatchObject({ code: null, match: 'unknown', nameCode: null, similarity: 0 });
    }
  });

  test('legacy-only codes are unknown in the current framework; x.y.z under a missing mission too', () => {
    expect(matchTaxon('๒.๔', 'mission', C).match).toBe('unknown');
    expect(matchTaxon('5.1.1 อะไร', 'sub-mission', C).match).toBe('unknown');
  });

  test('legacy names are matched by meaning in the current framework where they survive', () => {
    expect(matchTaxon('การส่งเสริมให้ประชาชนมีส่วนร่วมบริหารกิจการขององค์กรปกครองส่วนท้องถิ่น', 'mission', LEGACY_FRAMEWORK).code).toBe('3.3');
    expect(matchTaxon('๓.๓ การส่งเสริมให้ประชาชนมีส่วนร่วมบริหารกิจการขององค์กรปกครองส่วนท้องถิ่น', 'mission', C)).toMatchObject({ code: '3.3', match: 'conflict', nameCode: '3.1' });
  });

  test('taxonRef returns the schema shape', () => {
    const source = { sheet: 'แผน', cell: 'B5', row: 5, column: 2 };
    const ref = taxonRef('๒.๓ มาตรการลดการใช้ดุลพินิจในการปฏิบัติงาน', 'mission', C, source);
    expect(taxonRefSchema.parse(ref)).toEqual(ref);
    expect(ref).toMatchObject({ framework: 'current', code: '2.3', match: 'variant', level: 'mission' });
  });
});

describe('splitTaxa', () => {
  test('the seed-000 cell holding 3.2 and 3.3', () => {
    const cell =
      '3.2 การรับฟังความ คิดเห็นการรับและ ตอบสนองเรื่อง ร้องเรียน/ร้องทุกข์ ของประชาชน 3.3 ส่งเสริมการมี ส่วนร่วมของภาค ประชาชนและบูรณาการ ทุกภาคส่วนเพื่อ ต่อต้านการทุจริต';
    const parts = splitTaxa(cell, 'mission');
    expect(parts).toEqual([
      '3.2 การรับฟังความ คิดเห็นการรับและ ตอบสนองเรื่อง ร้องเรียน/ร้องทุกข์ ของประชาชน',
      '3.3 ส่งเสริมการมี ส่วนร่วมของภาค ประชาชนและบูรณาการ ทุกภาคส่วนเพื่อ ต่อต้านการทุจริต',
    ]);
    expect(parts.map((p) => matchTaxon(p, 'mission', C))).toMatchObject([
      { code: '3.2', match: 'exact' },
      { code: '3.3', match: 'exact' },
    ]);
  });

  test('one mission, or codes of another depth or dimension inside the text, are not split', () => {
    const one = '๒.๑ การเปิดเผยข้อมูล สาธารณะขององค์กร ปกครองส่วนท้องถิ่น';
    expect(splitTaxa(one, 'mission')).toEqual([one]);
    const legacyCell = '๑.๑ การสร้างจิตสำนึกและความตระหนักแก่บุคลากร 1.1.1 สร้างจิตสำนึกและความตระหนักในการปฏิบัติราชการ';
    expect(splitTaxa(legacyCell, 'mission')).toEqual([legacyCell]);
    const otherDimension = '3.2 การรับฟังความคิดเห็น ตามแนวทาง 4.1 ของคู่มือ';
    expect(splitTaxa(otherDimension, 'mission')).toEqual([otherDimension]);
    expect(splitTaxa('การรับฟังความคิดเห็น 3.3 ส่งเสริม', 'mission')).toEqual(['การรับฟังความคิดเห็น 3.3 ส่งเสริม']);
  });

  test('prefix words stay with the code they introduce; sub-missions split by their mission', () => {
    expect(splitTaxa('ภารกิจตามมิติ ๒.๑ การเปิดเผย ภารกิจตามมิติ ๒.๒ มาตรการ', 'mission')).toEqual([
      'ภารกิจตามมิติ ๒.๑ การเปิดเผย',
      'ภารกิจตามมิติ ๒.๒ มาตรการ',
    ]);
    expect(splitTaxa('๓.๓.๒ ส่งเสริมให้เครือข่าย ๓.๓.๓ บูรณาการทุกภาคส่วน', 'sub-mission')).toEqual([
      '๓.๓.๒ ส่งเสริมให้เครือข่าย',
      '๓.๓.๓ บูรณาการทุกภาคส่วน',
    ]);
  });
});

describe('code helpers', () => {
  test('dimensionOf', () => {
    expect(dimensionOf('2.3')).toBe('2');
    expect(dimensionOf('2.3.1')).toBe('2');
    expect(dimensionOf('๔.๒')).toBe('4');
  });

  test('findTaxon normalises the code', () => {
    expect(findTaxon(C, 'mission', '๒.๓.')?.name).toBe('มาตรการลดการใช้ดุลยพินิจในการปฏิบัติงาน');
    expect(findTaxon(C, 'mission', '2.4')).toBeUndefined();
    expect(findTaxon(LEGACY_FRAMEWORK, 'sub-mission', '4.4.2')?.name).toBe('บูรณาการทุกภาคส่วนเพื่อต่อต้านการทุจริต');
  });
});
