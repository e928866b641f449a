import { MAX_CELL_CHARS, cleanInput } from '../../../pipeline/read';
import { describeHostEntry, hostFinding } from '../../hostile/rule-entry';

const CODE = 'text-too-long';

describe(CODE, () => {
  describeHostEntry(CODE, 'warning');

  it('renders the length and the limit', () => {
    const f = hostFinding(CODE, 'แผน.xlsx', { source: { sheet: 'แผน', cell: 'C6', row: 6, column: 3 }, value: 'ก…', params: { length: '200,000', max: '32,767' } });
    expect(f.message).toBe('ข้อความในช่องนี้ยาว 200,000 ตัวอักษร เกินที่ Excel เก็บได้ในหนึ่งช่อง (32,767 ตัวอักษร) จึงอ่านเพียง 32,767 ตัวอักษรแรก ("ก…")');
  });

  it('is what the reader reports when it cuts a cell at 32,767 characters (never splitting a pair)', () => {
    const read = cleanInput({ grids: [{ sheet: 'แผน', rows: [[null, 'ก'.repeat(40_000)], ['😀'.repeat(20_000)], ['ข'.repeat(MAX_CELL_CHARS)]], merges: [] }], metadata: null, format: 'xlsx' });
    expect((read.grids[0].rows[0][1] as string).length).toBe(MAX_CELL_CHARS);
    const emoji = read.grids[0].rows[1][0] as string;
    expect(emoji.length).toBe(MAX_CELL_CHARS - 1);
    expect(read.issues?.map((i) => [i.code, i.row, i.column, i.params?.length])).toEqual([
      [CODE, 0, 1, 40_000],
      [CODE, 1, 0, 40_000],
    ]);
  });
});
