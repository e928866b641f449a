import { cleanInput, cleanText } from '../../../pipeline/read';
import { describeHostEntry, hostFinding } from '../../hostile/rule-entry';

const CODE = 'control-characters';

describe(CODE, () => {
  describeHostEntry(CODE, 'warning');

  it('renders how many characters went and the text kept', () => {
    const f = hostFinding(CODE, 'แผน.xlsx', { source: { sheet: 'ข้อมูลหน่วยงาน', cell: 'B1', row: 1, column: 2 }, value: 'อบต.บางกุ้ง[31m', params: { count: 3 } });
    expect(f.message).toBe('ข้อความนี้มีอักขระควบคุมหรืออักขระที่มองไม่เห็น 3 ตัว (เช่น ESC หรืออักขระสลับทิศทางข้อความ) ซึ่งถูกตัดออกแล้ว ข้อความที่ใช้คือ "อบต.บางกุ้ง[31m"');
  });

  it('removes ESC, BEL, NUL, C1 controls, direction overrides and lone surrogates; keeps Thai, tabs, line breaks and zero-width spaces', () => {
    expect(cleanText('อบต.\u0007บางกุ้ง\u001b[31m\u202e\u0000')).toEqual({ text: 'อบต.บางกุ้ง[31m', removed: 4 });
    expect(cleanText('ก\u0085ข\uD800ค')).toEqual({ text: 'กข\uFFFDค', removed: 2 });
    expect(cleanText('ก\tข\nค\r\nง\u200Bจ 😀')).toEqual({ text: 'ก\tข\nค\r\nง\u200Bจ 😀', removed: 0 });
    expect(cleanText('บรรทัด\u000Bใหม่')).toEqual({ text: 'บรรทัด\nใหม่', removed: 0 });
  });

  it('is what the reader reports for cells, sheet names and (silently) metadata values it cleaned', () => {
    const read = cleanInput({
      grids: [{ sheet: 'แผน\u001b', rows: [['ก\u0007'], [null, '\u0007']], merges: [] }],
      metadata: { 'ชื่อหน่วยงาน': 'อบต.บางกุ้ง\u001b[2J' },
      format: 'xlsx',
    });
    expect(read.grids[0].sheet).toBe('แผน');
    expect(read.grids[0].rows).toEqual([['ก'], [null, null]]);
    expect(read.metadata).toEqual({ 'ชื่อหน่วยงาน': 'อบต.บางกุ้ง[2J' });
    expect(read.issues?.map((i) => [i.code, i.sheet, i.row, i.column])).toEqual([
      [CODE, 'แผน', null, null],
      [CODE, 'แผน', 0, 0],
      [CODE, 'แผน', 1, 1],
    ]);
    expect(cleanInput({ grids: [{ sheet: 'ก', rows: [['ข']], merges: [] }], metadata: null, format: 'csv' })).toEqual({ grids: [{ sheet: 'ก', rows: [['ข']], merges: [] }], metadata: null, format: 'csv' });
  });

  it("turns a cell's vertical tab and form feed (Word's line and page breaks) into line breaks, with nothing to report", () => {
    const read = cleanInput({ grids: [{ sheet: 'แผน', rows: [['บรรทัด\u000Bใหม่', 'หน้า\u000Cใหม่\u0007']], merges: [] }], metadata: null, format: 'xlsx' });
    expect(read.grids[0].rows).toEqual([['บรรทัด\nใหม่', 'หน้า\nใหม่']]);
    expect(read.issues?.map((i) => [i.code, i.row, i.column, i.params])).toEqual([[CODE, 0, 1, { count: 1 }]]);
  });
});
