import { makeFinding } from '../../../core/findings';
import { ruleByCode } from '../../../core/rules';
import { capFindings } from '../../../pipeline/process-file';
import { describeHostEntry } from '../../hostile/rule-entry';

const CODE = 'too-many-findings';

describe(CODE, () => {
  describeHostEntry(CODE, 'info');

  it('keeps the first findings of each code and counts the rest in one finding per code', () => {
    const unknown = Array.from({ length: 7 }, (_, i) => makeFinding(ruleByCode('column-unrecognised'), 'แผน.xlsx', { value: `คอลัมน์ ${i}`, params: { header: `คอลัมน์ ${i}` } }));
    const other = makeFinding(ruleByCode('negative-amount'), 'แผน.xlsx', { value: '-5', params: { ref: '1' } });
    const kept = capFindings('แผน.xlsx', [...unknown, other], 3);
    expect(kept.map((f) => f.code)).toEqual(['column-unrecognised', 'column-unrecognised', 'column-unrecognised', 'negative-amount', CODE]);
    const more = kept[4];
    expect([more.value, more.severity]).toEqual(['column-unrecognised', 'info']);
    expect(more.message).toBe('ไฟล์นี้มีข้อผิดพลาดรหัส column-unrecognised อีก 4 รายการที่ไม่ได้แสดง (แสดง 3 รายการแรก) แก้ตามรายการที่แสดงแล้วตรวจใหม่');
    expect(capFindings('แผน.xlsx', unknown, 7)).toEqual(unknown);
  });
});
