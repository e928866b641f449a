import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseGrid } from '../../../core/parse';
import { csvTextToGrid, readCsv, readCsvDetailed, sniffDelimiter } from '../../../pipeline/read/csv';

/** windows-874 encoder, the exact inverse of the decoder (Thai at 0xA1-0xFB, curly quotes at 0x93/0x94, …). */
const W874 = (() => {
  const map = new Map<string, number>();
  const decoder = new TextDecoder('windows-874');
  for (let b = 0; b < 256; b++) {
    const ch = decoder.decode(Uint8Array.of(b));
    if (ch !== '\ufffd' && !map.has(ch)) map.set(ch, b);
  }
  return map;
})();

function win874(text: string): Uint8Array {
  return Uint8Array.from([...text].map((ch) => {
    const b = W874.get(ch);
    if (b === undefined) throw new Error(`not in windows-874: U+${ch.codePointAt(0)?.toString(16)}`);
    return b;
  }));
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A CSV field as Excel writes it: quoted when it holds a comma, a quote or a line break. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

describe('readCsv: encodings', () => {
  const text = 'มิติ,โครงการ,งบประมาณ\r\n๑. การสร้างวัฒนธรรมสุจริต,๑) โครงการเวทีประชาคม,"๒๐,๐๐๐"\r\n';
  const rows = [['มิติ', 'โครงการ', 'งบประมาณ'], ['๑. การสร้างวัฒนธรรมสุจริต', '๑) โครงการเวทีประชาคม', '๒๐,๐๐๐']];

  it('reads UTF-8 with and without a BOM', () => {
    expect(readCsvDetailed(utf8(text), 'แผน')).toEqual({ grid: { sheet: 'แผน', rows, merges: [] }, encoding: 'utf-8', delimiter: ',' });
    expect(readCsv(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)]), 'แผน').rows).toEqual(rows);
  });

  it('reads windows-874 (TIS-620) from Thai Windows, commas inside quoted amounts included', () => {
    const bytes = win874('ลำดับ,โครงการ,งบประมาณ (บาท)\r\n1,“โครงการ ๑”,"10,000"\r\n2,โครงการ ๒,"๒,๕๐๐.-"\r\n');
    const r = readCsvDetailed(bytes, 'csv');
    expect(r.encoding).toBe('windows-874');
    expect(r.delimiter).toBe(',');
    expect(r.grid.rows).toEqual([
      ['ลำดับ', 'โครงการ', 'งบประมาณ (บาท)'],
      ['1', '“โครงการ ๑”', '10,000'],
      ['2', 'โครงการ ๒', '๒,๕๐๐.-'],
    ]);
  });

  it('reads UTF-16LE with its BOM (Excel "Unicode text")', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const r = readCsvDetailed(bytes, 'u16');
    expect(r.encoding).toBe('utf-16le');
    expect(r.grid.rows).toEqual(rows);
  });
});

describe('readCsv: delimiters, quotes and ragged rows', () => {
  it('sniffs semicolons (European Excel) with decimal commas inside cells', () => {
    const r = readCsvDetailed(utf8('โครงการ;งบประมาณ;หมายเหตุ\nก;10,5;x\nข;20,25;\n'), 's');
    expect(r.delimiter).toBe(';');
    expect(r.grid.rows).toEqual([['โครงการ', 'งบประมาณ', 'หมายเหตุ'], ['ก', '10,5', 'x'], ['ข', '20,25']]);
  });

  it('sniffs tabs even when unquoted amounts carry commas', () => {
    const r = readCsvDetailed(utf8('มิติ\tโครงการ\tปี ๒๕๖๖\tปี ๒๕๖๗\n\t๑) ก\t๒,๐๐๐\t๒,๐๐๐\n\t๒) ข\tไม่ใช้งบประมาณ\t๓,๐๐๐\n'), 't');
    expect(r.delimiter).toBe('\t');
    expect(r.grid.rows[1]).toEqual([null, '๑) ก', '๒,๐๐๐', '๒,๐๐๐']);
  });

  it('sniffs pipes', () => {
    expect(sniffDelimiter('a|b|c\n1|2,5|3\n')).toBe('|');
  });

  it('keeps ragged rows as written: blank cells null, trailing blanks and trailing blank lines dropped', () => {
    const grid = readCsv(utf8('ส่วนที่ ๒\n\nมิติ,ภารกิจ,โครงการ,หมายเหตุ\n,,๑) ก,\n , ,\n๑. ข,๑.๑ ค,๒) ง,สำนักปลัด,,,\n\n\n'), 'r');
    expect(grid.rows).toEqual([['ส่วนที่ ๒'], [], ['มิติ', 'ภารกิจ', 'โครงการ', 'หมายเหตุ'], [null, null, '๑) ก'], [], ['๑. ข', '๑.๑ ค', '๒) ง', 'สำนักปลัด']]);
  });

  it('keeps line breaks inside quoted cells (Alt+Enter in Excel) and doubled quotes', () => {
    const grid = readCsv(utf8('a,b\r\n"บรรทัด ๑\r\nบรรทัด ๒","มาตรการ ""ส่งเสริม"""\r\n'), 'q');
    expect(grid.rows).toEqual([['a', 'b'], ['บรรทัด ๑\nบรรทัด ๒', 'มาตรการ "ส่งเสริม"']]);
  });

  it('tolerates a stray quote: it does not swallow the following lines', () => {
    const unclosed = csvTextToGrid('ก,ข\n๑,"โครงการ ก\n๒,โครงการ ข\n๓,โครงการ ค\n', 'x').grid;
    expect(unclosed.rows).toEqual([['ก', 'ข'], ['๑', '"โครงการ ก'], ['๒', 'โครงการ ข'], ['๓', 'โครงการ ค']]);
    const closedLater = csvTextToGrid('ก,ข\n๑,"โครงการ ก\n๒,"ค",ง\n', 'x').grid;
    expect(closedLater.rows).toEqual([['ก', 'ข'], ['๑', '"โครงการ ก'], ['๒', 'ค', 'ง']]);
    const midField = csvTextToGrid('ก,ข\n๑,ขนาด 5" นิ้ว\n', 'x').grid;
    expect(midField.rows).toEqual([['ก', 'ข'], ['๑', 'ขนาด 5" นิ้ว']]);
  });

  it('reads an empty file as an empty grid', () => {
    expect(readCsv(new Uint8Array(0), 'e')).toEqual({ sheet: 'e', rows: [], merges: [] });
  });
});

describe('readCsv → core: a real plan table saved as a windows-874 CSV', () => {
  const sample = path.join(__dirname, '../../../samples/tables/phetchaburi-pao-plan-2566-2570.txt');
  const lines = fs.readFileSync(sample, 'utf8').split(/\r?\n/).slice(9, 16); // lines 10-16
  const csv = lines.map((l) => (l === '' ? '' : l.split('\t').map(csvField).join(','))).join('\r\n') + '\r\n';

  it('finds the multi-year layout and the items with their budgets', () => {
    const r = readCsvDetailed(win874(csv), 'เพชรบุรี');
    expect(r.encoding).toBe('windows-874');
    expect(r.delimiter).toBe(',');
    expect(r.grid.rows[2][5]).toBe('๒,๐๐๐');

    const { doc } = parseGrid(r.grid);
    expect(doc.kind).toBe('plan-multi-year');
    expect(doc.metadata.years).toEqual([2566, 2567, 2568, 2569, 2570]);
    expect(doc.items.map((i) => i.title)).toEqual([
      expect.stringContaining('โครงการเผยแพร่ประชาสัมพันธ์ความรู้ด้านกฎหมาย'),
      expect.stringContaining('ส่งเสริมการปฏิบัติงานตามประมวลจริยธรรม'),
      expect.stringContaining('โครงการป้องกันผลประโยชน์ทับซ้อน'),
    ]);
    const [first, second] = doc.items;
    expect(first.budgets.map((b) => [b.year, b.amount, b.status])).toEqual([2566, 2567, 2568, 2569, 2570].map((y) => [y, 2000, 'amount']));
    expect(first.budgets[0].source.cell).toBe('D3');
    expect(second.budgets.every((b) => b.status === 'no-budget' && b.amount === 0)).toBe(true);
    expect(first.responsible).toBe('กองการเจ้าหน้าที่');
  });
});
