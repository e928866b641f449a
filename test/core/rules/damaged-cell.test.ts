import { describeHostEntry, hostFinding } from '../../hostile/rule-entry';

const CODE = 'damaged-cell';

describe(CODE, () => {
  describeHostEntry(CODE, 'error');

  it('renders the shared-text number the cell points at', () => {
    const f = hostFinding(CODE, 'แผน.xlsx', { source: { sheet: 'แผน', cell: 'C6', row: 6, column: 3 }, value: '99999' });
    expect(f.message).toBe('ช่องนี้อ้างถึงข้อความลำดับที่ 99999 ซึ่งไม่มีอยู่ในไฟล์ (ไฟล์เสียหาย) ค่าในช่องนี้จึงหายไป เปิดไฟล์ใน Excel ตรวจและพิมพ์ค่าในช่องนี้ใหม่แล้วบันทึกไฟล์');
    expect(f.cell).toBe('C6');
  });
});
