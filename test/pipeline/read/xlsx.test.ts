import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { UnreadableError } from '../../../pipeline/read/index';
import { DEFAULT_LIMITS, isCfb, isDateFormat, readXlsx, serialToIso } from '../../../pipeline/read/xlsx';

const MB = 1024 * 1024;

async function excelBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

interface HandSheet {
  name: string;
  /** Where the sheet part lives, and the Target written in the workbook's rels. */
  part: string;
  target?: string;
  rows: string;
  tail?: string;
  type?: 'worksheet' | 'chartsheet';
}

/** A minimal but well-formed package, built by hand for what exceljs never writes. */
function handXlsx(sheets: HandSheet[], extra: { sst?: string; styles?: string; workbookPr?: string } = {}): Uint8Array {
  const files: Zippable = {
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_TYPE}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${extra.workbookPr ?? ''}<sheets>${sheets
        .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map((s, i) => `<Relationship Id="rId${i + 1}" Type="${REL_TYPE}/${s.type ?? 'worksheet'}" Target="${s.target ?? s.part.replace(/^xl\//, '')}"/>`)
        .join('')}${extra.sst !== undefined ? `<Relationship Id="rSst" Type="${REL_TYPE}/sharedStrings" Target="sharedStrings.xml"/>` : ''}${
        extra.styles !== undefined ? `<Relationship Id="rSty" Type="${REL_TYPE}/styles" Target="styles.xml"/>` : ''
      }</Relationships>`,
    ),
  };
  for (const s of sheets) {
    files[s.part] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetData>${s.rows}</sheetData>${s.tail ?? ''}</worksheet>`,
    );
  }
  if (extra.sst !== undefined) files['xl/sharedStrings.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN_NS}">${extra.sst}</sst>`);
  if (extra.styles !== undefined) files['xl/styles.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN_NS}">${extra.styles}</styleSheet>`);
  return zipSync(files);
}

function sheet1(rows: string, tail?: string): HandSheet {
  return { name: 'Sheet1', part: 'xl/worksheets/sheet1.xml', rows, tail };
}

/** Rewrites the declared uncompressed size of one entry, in its local header and the central directory. */
function lieAboutSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const dv = new DataView(out.buffer);
  const nameBytes = strToU8(name);
  const nameAt = (at: number): boolean => nameBytes.every((b, i) => out[at + i] === b);
  let patched = 0;
  for (let p = 0; p + 46 < out.length; p++) {
    const sig = dv.getUint32(p, true);
    if (sig === 0x04034b50 && dv.getUint16(p + 26, true) === nameBytes.length && nameAt(p + 30)) {
      dv.setUint32(p + 22, size, true);
      patched++;
    } else if (sig === 0x02014b50 && dv.getUint16(p + 28, true) === nameBytes.length && nameAt(p + 46)) {
      dv.setUint32(p + 24, size, true);
      patched++;
    }
  }
  expect(patched).toBe(2);
  return out;
}

function unreadable(fn: () => unknown): UnreadableError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(UnreadableError);
    const e = err as UnreadableError;
    expect(e.reason).toMatch(/[\u0E00-\u0E7F]/); // a Thai reason
    expect(e.reasonEn).toMatch(/[a-z]/);
    return e;
  }
  throw new Error('expected an UnreadableError');
}

describe('readXlsx on workbooks written by exceljs', () => {
  let bytes: Uint8Array;
  const date = new Date(Date.UTC(2023, 9, 1)); // 1 ตุลาคม 2566, serial 45200

  beforeAll(async () => {
    bytes = await excelBytes((wb) => {
      const plan = wb.addWorksheet('แผนปฏิบัติการ ๒๕๖๖');
      plan.getCell('A1').value = 'แผนปฏิบัติการป้องกันการทุจริต องค์การบริหารส่วนตำบลหนองแวง';
      plan.mergeCells('A1:E1');
      plan.getRow(2).values = ['มิติ', 'ภารกิจตามมิติ', 'โครงการ', 'งบประมาณ (บาท)', 'ดำเนินการแล้ว'];
      plan.getRow(3).values = ['๑. การสร้างสังคมที่ไม่ทนต่อการทุจริต', '๑.๑ การสร้างจิตสำนึก', 'โครงการเวทีประชาคม', 20000, true];
      plan.getRow(4).values = [null, null, 'โครงการอบรมคุณธรรม จริยธรรม', 9000, false];
      plan.getRow(5).values = [null, null, 'โครงการปลูกต้นไม้', 5000];
      plan.mergeCells('A3:A5');
      plan.mergeCells('B3:B5');
      plan.getCell('C6').value = 'รวม';
      plan.getCell('D6').value = { formula: 'SUM(D3:D5)', result: 34000 };
      plan.getCell('C8').value = {
        richText: [{ text: 'หมายเหตุ: ' , font: { bold: true } }, { text: 'ปรับปรุง' }, { text: 'ครั้งที่ ๒', font: { italic: true } }],
      };
      plan.getCell('B9').value = date;
      const summary = wb.addWorksheet('สรุป');
      summary.getCell('B2').value = 'จำนวนโครงการ';
      summary.getCell('C2').value = 3;
    });
  });

  it('reads sheet names, order and values', () => {
    const { grids, metadata } = readXlsx(bytes);
    expect(grids.map((g) => g.sheet)).toEqual(['แผนปฏิบัติการ ๒๕๖๖', 'สรุป']);
    expect(metadata).toBeNull();
    const [plan, summary] = grids;
    expect(plan.rows[0]).toEqual(['แผนปฏิบัติการป้องกันการทุจริต องค์การบริหารส่วนตำบลหนองแวง']);
    expect(plan.rows[1]).toEqual(['มิติ', 'ภารกิจตามมิติ', 'โครงการ', 'งบประมาณ (บาท)', 'ดำเนินการแล้ว']);
    expect(plan.rows[2]).toEqual(['๑. การสร้างสังคมที่ไม่ทนต่อการทุจริต', '๑.๑ การสร้างจิตสำนึก', 'โครงการเวทีประชาคม', 20000, true]);
    // merged cells keep no copy of the master's value
    expect(plan.rows[3]).toEqual([null, null, 'โครงการอบรมคุณธรรม จริยธรรม', 9000, false]);
    expect(plan.rows[4]).toEqual([null, null, 'โครงการปลูกต้นไม้', 5000]);
    expect(plan.rows[5]).toEqual([null, null, 'รวม', 34000]);
    expect(plan.rows[6]).toEqual([]);
    expect(plan.rows[7]).toEqual([null, null, 'หมายเหตุ: ปรับปรุงครั้งที่ ๒']);
    expect(plan.rows[8]).toEqual([null, Date.UTC(2023, 9, 1) / 86_400_000 + 25569]);
    expect(plan.rows[8][1]).toBe(45200);
    expect(plan.rows).toHaveLength(9);
    expect(summary.rows).toEqual([[], [null, 'จำนวนโครงการ', 3]]);
  });

  it('reads merges (0-based, inclusive) and formulas by A1', () => {
    const [plan, summary] = readXlsx(bytes).grids;
    expect(plan.merges).toEqual(
      expect.arrayContaining([
        { top: 0, left: 0, bottom: 0, right: 4 },
        { top: 2, left: 0, bottom: 4, right: 0 },
        { top: 2, left: 1, bottom: 4, right: 1 },
      ]),
    );
    expect(plan.merges).toHaveLength(3);
    expect(plan.formulas).toEqual({ D6: '=SUM(D3:D5)' });
    expect(summary.formulas).toBeUndefined();
  });

  it('reads only the sheets asked for, in workbook order', () => {
    expect(readXlsx(bytes, { sheets: ['สรุป'] }).grids.map((g) => g.sheet)).toEqual(['สรุป']);
    expect(readXlsx(bytes, { sheets: ['สรุป', 'แผนปฏิบัติการ ๒๕๖๖'] }).grids.map((g) => g.sheet)).toEqual(['แผนปฏิบัติการ ๒๕๖๖', 'สรุป']);
  });

  it('returns the metadata sheet as key → text and still lists it as a grid', async () => {
    const withMeta = await excelBytes((wb) => {
      wb.addWorksheet('แผน').getCell('A1').value = 'แผนปฏิบัติการ';
      const meta = wb.addWorksheet('ข้อมูลหน่วยงาน');
      meta.addRow(['ชื่อหน่วยงาน', 'องค์การบริหารส่วนตำบลหนองแวง']);
      meta.addRow(['จังหวัด', 'ขอนแก่น']);
      meta.addRow(['ฉบับที่', 2]);
      meta.addRow(['วันที่', date]);
      meta.addRow([null, 'ไม่มีหัวข้อ']);
      meta.addRow(['หมายเหตุ']);
    });
    const { grids, metadata } = readXlsx(withMeta);
    expect(grids.map((g) => g.sheet)).toEqual(['แผน', 'ข้อมูลหน่วยงาน']);
    expect(metadata).toEqual({
      ชื่อหน่วยงาน: 'องค์การบริหารส่วนตำบลหนองแวง',
      จังหวัด: 'ขอนแก่น',
      ฉบับที่: '2',
      วันที่: '2023-10-01',
      หมายเหตุ: '',
    });
    // asked for other sheets only: the metadata is still read, its grid is not returned
    const only = readXlsx(withMeta, { sheets: ['แผน'] });
    expect(only.grids.map((g) => g.sheet)).toEqual(['แผน']);
    expect(only.metadata?.['จังหวัด']).toBe('ขอนแก่น');
  });

  it('reads a 5,000-row sheet completely', async () => {
    const big = await excelBytes((wb) => {
      const ws = wb.addWorksheet('โครงการ');
      for (let i = 1; i <= 5000; i++) ws.addRow([i, `โครงการที่ ${i} ตำบลหนองแวง`, i * 1000, i % 2 === 0]);
    });
    const [grid] = readXlsx(big).grids;
    expect(grid.rows).toHaveLength(5000);
    expect(grid.rows[0]).toEqual([1, 'โครงการที่ 1 ตำบลหนองแวง', 1000, false]);
    expect(grid.rows[4999]).toEqual([5000, 'โครงการที่ 5000 ตำบลหนองแวง', 5_000_000, true]);
    const total = grid.rows.reduce((s, r) => s + (r[2] as number), 0);
    expect(total).toBe((5000 * 5001 * 1000) / 2);
  });
});

describe('readXlsx on hand-built parts', () => {
  it('reads inline strings, a sheet part not named sheetN, and absolute targets', () => {
    const bytes = handXlsx([
      { name: 'แผนงาน', part: 'xl/worksheets/data.xml', rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>โครงการ</t></is></c><c r="B1" t="inlineStr"><is><r><t>เวที</t></r><r><rPr><b/></rPr><t xml:space="preserve">ประชาคม </t></r></is></c></row>' },
      { name: 'ที่สอง', part: 'xl/worksheets/other/second.xml', target: '/xl/worksheets/other/second.xml', rows: '<row r="2"><c r="C2"><v>12.5</v></c></row>' },
      { name: 'แผนภูมิ', part: 'xl/chartsheets/sheet1.xml', rows: '', type: 'chartsheet' },
    ]);
    const { grids } = readXlsx(bytes);
    expect(grids.map((g) => g.sheet)).toEqual(['แผนงาน', 'ที่สอง']);
    expect(grids[0].rows).toEqual([['โครงการ', 'เวทีประชาคม ']]);
    expect(grids[1].rows).toEqual([[], [null, null, 12.5]]);
  });

  it('joins rich runs, keeps xml:space, drops phonetic runs, decodes _xHHHH_ and treats a bad index as empty', () => {
    const sst =
      '<si><t xml:space="preserve">  ส่วนที่ ๑  </t></si>' +
      '<si><r><t>การ</t></r><r><rPr><i/></rPr><t xml:space="preserve">ป้องกัน </t></r><r><t>การทุจริต</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si>' +
      '<si><t>บรรทัด_x000D_ใหม่ &amp; &lt;ครบ&gt;</t></si>';
    const bytes = handXlsx(
      [sheet1('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>99</v></c><c r="E1" t="s"><v>-1</v></c></row><row r="2"><c r="A2" t="s"><v>99</v></c></row>')],
      { sst },
    );
    const [grid] = readXlsx(bytes).grids;
    expect(grid.rows).toEqual([['  ส่วนที่ ๑  ', 'การป้องกัน การทุจริต', 'บรรทัด\rใหม่ & <ครบ>']]);
  });

  it('places cells without r attributes in the next column and row, fills gaps and trims trailing empties', () => {
    const rows =
      '<row><c><v>1</v></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row>' +
      '<row><c t="b"><v>1</v></c><c t="e"><v>#REF!</v></c><c t="str"><f>A1&amp;"ก"</f><v>1ก</v></c></row>' +
      '<row r="5"><c r="B5" s="0"/><c r="C5"><v>7</v></c><c r="D5" t="inlineStr"><is><t></t></is></c><c r="F5" s="1"/></row>' +
      '<row r="9" spans="1:3"><c r="A9" s="1"/></row>';
    const [grid] = readXlsx(handXlsx([sheet1(rows, '<mergeCells count="1"><mergeCell ref="B5:C6"/></mergeCells>')])).grids;
    expect(grid.rows).toEqual([[1, 2, null, null, 5, 6], [true, '#REF!', '1ก'], [], [], [null, null, 7]]);
    expect(grid.merges).toEqual([{ top: 4, left: 1, bottom: 5, right: 2 }]);
    expect(grid.formulas).toEqual({ C2: '=A1&"ก"' });
  });

  it('reads cell references in lower case, with leading zeros or over fifteen digits, and places a malformed one in the next column', () => {
    const rows = '<row><c r="b0003"><v>1</v></c><c r="A$1"><v>2</v></c></row><row r="5"><c r="C0000000000000005"><v>3</v></c><c r="D5x"><v>4</v></c></row>';
    const [grid] = readXlsx(handXlsx([sheet1(rows)])).grids;
    expect(grid.rows).toEqual([[], [], [null, 1, 2], [], [null, null, 3, 4]]);
  });

  it('skips shared-formula followers without text and reads prefixed elements', () => {
    const xml = `<?xml version="1.0"?><x:worksheet xmlns:x="${MAIN_NS}"><x:sheetData><x:row r="1"><x:c r="A1"><x:f t="shared" ref="A1:A2" si="0">B1*2</x:f><x:v>4</x:v></x:c></x:row><x:row r="2"><x:c r="A2"><x:f t="shared" si="0"/><x:v>6</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const patched = zipSync({ ...unzipAll(handXlsx([sheet1('')])), 'xl/worksheets/sheet1.xml': strToU8(xml) });
    const [grid] = readXlsx(patched).grids;
    expect(grid.rows).toEqual([[4], [6]]);
    expect(grid.formulas).toEqual({ A1: '=B1*2' });
  });

  it('reads a macro-enabled package (.xlsm) the same way', () => {
    const files = unzipAll(handXlsx([sheet1('<row r="1"><c r="A1" t="inlineStr"><is><t>แผนงาน</t></is></c></row>')]));
    files['xl/vbaProject.bin'] = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(readXlsx(zipSync(files)).grids[0].rows).toEqual([['แผนงาน']]);
  });

  it('keeps date cells as serials, shifting 1904-system workbooks to the 1900 system', () => {
    const styles = '<numFmts count="1"><numFmt numFmtId="164" formatCode="d/m/yyyy"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs>';
    const rows = '<row r="1"><c r="A1" s="1"><v>43739</v></c><c r="B1" s="2"><v>43739</v></c><c r="C1"><v>43739</v></c></row>';
    expect(readXlsx(handXlsx([sheet1(rows)], { styles })).grids[0].rows).toEqual([[43739, 43739, 43739]]);
    const in1904 = readXlsx(handXlsx([sheet1(rows)], { styles, workbookPr: '<workbookPr date1904="1"/>' }));
    expect(in1904.grids[0].rows).toEqual([[43739 + 1462, 43739 + 1462, 43739]]);
  });
});

function unzipAll(zip: Uint8Array): Zippable {
  return unzipSync(zip);
}

describe('isDateFormat and serialToIso', () => {
  it('knows built-in and custom date formats, including Thai ones', () => {
    expect(isDateFormat(14)).toBe(true);
    expect(isDateFormat(22)).toBe(true);
    expect(isDateFormat(71)).toBe(true); // ว/ด/ปปปป
    expect(isDateFormat(0)).toBe(false);
    expect(isDateFormat(4)).toBe(false); // #,##0.00
    expect(isDateFormat(164, 'dd/mm/yyyy')).toBe(true);
    expect(isDateFormat(165, '[$-th-TH,107]d mmmm bbbb;@')).toBe(true);
    expect(isDateFormat(166, 'ว/ด/ปปปป')).toBe(true);
    expect(isDateFormat(167, '[h]:mm:ss')).toBe(true);
    expect(isDateFormat(168, '#,##0.00 "บาท"')).toBe(false);
    expect(isDateFormat(169, '0.00E+00')).toBe(false);
    expect(isDateFormat(170, '[Red]#,##0;[Blue]-#,##0')).toBe(false);
    expect(isDateFormat(171, 'General')).toBe(false);
    expect(isDateFormat(172, '"วันที่ "0')).toBe(false);
  });

  it('turns serials into ISO dates', () => {
    expect(serialToIso(45200)).toBe('2023-10-01');
    expect(serialToIso(45200.5)).toBe('2023-10-01T12:00:00');
    expect(serialToIso(1)).toBe('1900-01-01');
  });
});

describe('readXlsx refuses what it cannot read safely', () => {
  it('refuses a DOCTYPE in any part', () => {
    const doctypeSheet = `<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY boom "ระเบิด">]><worksheet xmlns="${MAIN_NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&boom;</t></is></c></row></sheetData></worksheet>`;
    const files = unzipAll(handXlsx([sheet1('')]));
    const e = unreadable(() => readXlsx(zipSync({ ...files, 'xl/worksheets/sheet1.xml': strToU8(doctypeSheet) })));
    expect(e.reason).toContain('DOCTYPE');
    expect(e.reasonEn).toContain('xl/worksheets/sheet1.xml');
    const sst = handXlsx([sheet1('')], { sst: '<si><t>ก</t></si>' });
    const laughs = `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><sst xmlns="${MAIN_NS}"><si><t>&b;</t></si></sst>`;
    unreadable(() => readXlsx(zipSync({ ...unzipAll(sst), 'xl/sharedStrings.xml': strToU8(laughs) })));
  });

  it('refuses bytes that are not a zip, and truncated zips, telling the user to save again as .xlsx', async () => {
    const notZip = unreadable(() => readXlsx(strToU8('มิติ,ภารกิจ\n1,2\n')));
    expect(notZip.reason).toContain('บันทึกไฟล์ใหม่เป็น Excel Workbook (.xlsx)');
    expect(notZip.reasonEn).toContain('save the file again as an Excel Workbook (.xlsx)');
    unreadable(() => readXlsx(new Uint8Array(0)));

    const good = await excelBytes((wb) => {
      wb.addWorksheet('แผน').getCell('A1').value = 'โครงการ';
    });
    expect(readXlsx(good).grids).toHaveLength(1);
    for (const cut of [Math.floor(good.length / 2), good.length - 10, 100]) {
      const e = unreadable(() => readXlsx(good.slice(0, cut)));
      expect(e.reason).toContain('ไม่สมบูรณ์');
      expect(e.reasonEn).toContain('save the file again as an Excel Workbook (.xlsx)');
    }
  });

  it('refuses a zip without a workbook', () => {
    const e = unreadable(() => readXlsx(zipSync({ 'word/document.xml': strToU8('<w:document/>') })));
    expect(e.reasonEn).toContain('xl/workbook.xml');
    expect(e.reason).toContain('บันทึกไฟล์ใหม่เป็น Excel Workbook (.xlsx)');
  });

  it('recognises an encrypted workbook or an old .xls (OLE/CFB)', () => {
    const cfb = new Uint8Array(4096);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(isCfb(cfb)).toBe(true);
    expect(isCfb(strToU8('PK\u0003\u0004'))).toBe(false);
    const e = unreadable(() => readXlsx(cfb));
    expect(e.reason).toContain('เข้ารหัส');
    expect(e.reason).toContain('.xls');
    expect(e.reasonEn).toMatch(/encrypted/);
  });

  it('refuses a zip with too many entries before inflating anything', () => {
    const files: Zippable = {};
    for (let i = 0; i < 20_000; i++) files[`xl/media/p${i}.xml`] = new Uint8Array(0);
    const e = unreadable(() => readXlsx(zipSync(files, { level: 0 })));
    expect(e.reasonEn).toContain('too many entries');
    expect(e.reasonEn).toContain('20000');
    expect(e.reason).toContain('zip bomb');
  });

  describe('zip bombs', () => {
    let bomb: Uint8Array;
    const name = 'xl/worksheets/sheet1.xml';
    beforeAll(() => {
      const files = unzipAll(handXlsx([sheet1('')]));
      files[name] = [new Uint8Array(50 * MB), { level: 1 }];
      bomb = zipSync(files);
      expect(bomb.length).toBeLessThan(200 * 1024);
    });

    it('refuses 50 MB of zeros by its compression ratio, from the headers alone', () => {
      expect(DEFAULT_LIMITS.maxRatio).toBeLessThan(50 * MB / bomb.length);
      const e = unreadable(() => readXlsx(bomb));
      expect(e.reason).toContain('zip bomb');
      expect(e.reasonEn).toContain('compression ratio');
    });

    it('refuses entries and archives over the size limits', () => {
      const total = unreadable(() => readXlsx(bomb, { limits: { maxRatio: 1e9, maxTotalBytes: 10 * MB } }));
      expect(total.reason).toContain('ไฟล์ขยายตัวเกินขนาดที่กำหนด (อาจเป็น zip bomb)');
      expect(total.reasonEn).toContain('the archive expands beyond the allowed size');
      const entry = unreadable(() => readXlsx(bomb, { limits: { maxRatio: 1e9, maxEntryBytes: 10 * MB } }));
      expect(entry.reasonEn).toContain(name);
    });

    it('stops inflating an entry whose header lies about its size', () => {
      for (const declared of [1000, 2 * MB]) {
        const liar = lieAboutSize(bomb, name, declared);
        const e = unreadable(() => readXlsx(liar));
        expect(e.reason).toContain('zip bomb');
        expect(e.reasonEn).toContain('beyond its declared size');
      }
    });

    it('stops inflating a lying entry of more than 64 KiB compressed, on either path (one call of zlib up to 16 MB declared, step by step above)', () => {
      const files = unzipAll(handXlsx([sheet1('')]));
      // 200 KiB that hardly compress, then 40 MB of zeros: some 240 KiB compressed in all.
      const noise = new Uint8Array(200 * 1024);
      for (let i = 0, x = 1; i < noise.length; i++) noise[i] = (x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 24;
      const content = new Uint8Array(40 * MB);
      content.set(noise);
      files[name] = [content, { level: 1 }];
      const large = zipSync(files);
      expect(large.length).toBeGreaterThan(200 * 1024);
      for (const declared of [2 * MB, 20 * MB]) {
        const e = unreadable(() => readXlsx(lieAboutSize(large, name, declared)));
        expect(e.reason).toContain('zip bomb');
        expect(e.reasonEn).toContain('beyond its declared size');
      }
    });

    it('refuses an entry that expands to less than declared', () => {
      const small = handXlsx([sheet1('<row r="1"><c r="A1"><v>1</v></c></row>')]);
      const e = unreadable(() => readXlsx(lieAboutSize(small, name, 5000)));
      expect(e.reason).toContain('ไม่สมบูรณ์');
    });
  });

  it('refuses content beyond the sheet limits, naming the cell, and holds empty styled rows cheaply', () => {
    const farAway = '<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="B1048576"><v>2</v></c></row>';
    const e = unreadable(() => readXlsx(handXlsx([sheet1(farAway)])));
    expect(e.reasonEn).toContain('B1048576');
    // a formatted but empty row at the bottom of the sheet costs nothing
    const styledOnly = '<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576" s="1" customFormat="1"><c r="XFD1048576" s="1"/></row>';
    expect(readXlsx(handXlsx([sheet1(styledOnly)])).grids[0].rows).toEqual([[1]]);
    // a wide row counts its null-filled gap against the cell budget
    const wide = '<row r="1"><c r="A1"><v>1</v></c><c r="XFD1"><v>2</v></c></row>';
    unreadable(() => readXlsx(handXlsx([sheet1(wide)]), { sheetLimits: { maxCells: 10_000 } }));
    expect(readXlsx(handXlsx([sheet1(wide)])).grids[0].rows[0]).toHaveLength(16_384);
  });

  it('refuses damaged XML', () => {
    const e = unreadable(() => readXlsx(handXlsx([sheet1('<row r="1"><c r="A1"><v>1</v></row>')])));
    expect(e.reasonEn).toContain('xl/worksheets/sheet1.xml');
  });
});
