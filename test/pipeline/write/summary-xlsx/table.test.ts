import { SharedStrings, Styles } from '../../../../pipeline/write/summary-xlsx/ooxml';
import { FONT_NAME, FONT_SIZE, SheetWriter, type Row, type Table } from '../../../../pipeline/write/summary-xlsx/table';

function sheetXml(table: Table): string {
  const w = new SheetWriter(new Styles(FONT_NAME, FONT_SIZE));
  w.title('ทดสอบ');
  w.table(table);
  return [...w.xml(new SharedStrings())].map((p) => (typeof p === 'string' ? p : Buffer.from(p).toString('latin1'))).join('');
}

const columns: Table['columns'] = [
  { header: 'หน่วยงาน', kind: 'long' },
  { header: 'งบประมาณ', kind: 'amount' },
];
const rows: Row[] = Array.from({ length: 500 }, (_, i) => ({ values: [`อบต.ที่ ${i} ${'ก'.repeat(i % 90)}`, i * 1000.5] }));

describe('SheetWriter tables whose rows are made on demand', () => {
  it('writes the same sheet, widths included, as from the rows held in a list', () => {
    let calls = 0;
    const made = sheetXml({ columns, rows: () => (calls++, rows.map((r) => ({ values: [...r.values] }))) });
    expect(made).toBe(sheetXml({ columns, rows }));
    expect(calls).toBe(2); // measured, then written
    expect(made).toContain('<dimension ref="A1:B503"/>');
    expect(made).toContain('<col min="1" max="1" width="60"');
  });

  it('fits each column to its widest cell as shown: numbers with their separators, text without the marks above and below, empty cells not at all', () => {
    const cols: Table['columns'] = [
      { header: 'ก', kind: 'text' },
      { header: 'ข', kind: 'amount' },
      { header: 'ค', kind: 'long' },
      { header: 'ง', kind: 'count' },
    ];
    const widths = (values: Row['values'][]) =>
      [...sheetXml({ columns: cols, rows: values.map((v) => ({ values: v })) }).matchAll(/<col min="(\d+)" max="\d+" width="(\d+)"/g)].map((m) => Number(m[2]));
    // Padding 2; the least a column gets: text 7, amount 10, long 18, count 7; the most: 34, 20, 60, 16.
    expect(widths([['สวัสดี', null, null, null]])).toEqual([7, 10, 18, 7]);
    expect(widths([['ที่ว่าการอำเภอท่ายาง', 1234567.891, 'ก', 12]])).toEqual([18, 14, 18, 7]);
    // A repeated value counts once; a wider one further down still widens the column.
    expect(widths([['ab', 5, null, 1], ['ab', 5, null, 1], ['a'.repeat(20), -98765.4, null, 1]])).toEqual([22, 11, 18, 7]);
    // A number that is not finite is written as its text, and measured so: '-Infinity gets an apostrophe.
    expect(widths([[null, Number.NEGATIVE_INFINITY, null, Number.NaN]])).toEqual([7, 12, 18, 7]);
    // Past the widest any column gets, a column's later cells change nothing.
    expect(widths([[null, null, 'ค'.repeat(80), null], [null, null, 'x', null]])).toEqual([7, 10, 60, 7]);
  });

  it('numbers each text once, in the order first met, and counts every use, whether a column repeats a few texts or has thousands', () => {
    const cols: Table['columns'] = [
      { header: 'ลำดับ', kind: 'text' },
      { header: 'ชื่อโครงการ', kind: 'long' },
      { header: 'ช่อง', kind: 'text' },
    ];
    // A few refs met again and again but seldom twice in a row, 3,000 titles (more than a column's own
    // table keeps), cells that come back, a title met again long after it left the column's table, and
    // a number that is not finite (written as text).
    const values: Row['values'][] = Array.from({ length: 3000 }, (_, i) => [String(1 + ((i * 7) % 5)), `โครงการที่ ${i}`, `C${5 + (i % 40)}`]);
    values.push(['1', 'โครงการที่ 3', Number.NaN], ['2', 'โครงการที่ 2999', 'C5']);
    const strings = new SharedStrings();
    const w = new SheetWriter(new Styles(FONT_NAME, FONT_SIZE));
    w.table({ columns: cols, rows: values.map((v) => ({ values: v })) });
    const sheet = [...w.xml(strings)].map((p) => (typeof p === 'string' ? p : Buffer.from(p).toString('latin1'))).join('');
    const sst = [...strings.xml()].join('');
    const list = [...sst.matchAll(/<si><t[^>]*>([^<]*)<\/t><\/si>/g)].map((m) => m[1]);
    const ids = [...sheet.matchAll(/t="s"><v>(\d+)<\/v>/g)].map((m) => Number(m[1]));
    // Every cell's text, headers first, row by row.
    const texts = [...cols.map((c) => c.header), ...values.flatMap((v) => v.map((x) => String(x)))];
    expect(ids.map((id) => list[id])).toEqual(texts);
    // Numbers given in the order the texts are first met: 0, 1, 2 … with no gap.
    let next = 0;
    for (const id of ids) if (id === next) next++; else expect(id).toBeLessThan(next);
    expect(next).toBe(list.length);
    expect(list.length).toBe(new Set(texts).size);
    expect(sst).toContain(`count="${texts.length}" uniqueCount="${list.length}"`);
  });

  it('refuses rows that change between measuring and writing', () => {
    let calls = 0;
    expect(() => sheetXml({ columns, rows: () => rows.slice(0, 10 + calls++) })).toThrow(/gave 11 rows to write and 10 to measure/);
  });
});
