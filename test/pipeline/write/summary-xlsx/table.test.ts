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

  it('refuses rows that change between measuring and writing', () => {
    let calls = 0;
    expect(() => sheetXml({ columns, rows: () => rows.slice(0, 10 + calls++) })).toThrow(/gave 11 rows to write and 10 to measure/);
  });
});
