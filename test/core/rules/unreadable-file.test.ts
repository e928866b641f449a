import { makeFinding } from '../../../core/findings';
import { ruleByCode } from '../../../core/rules';
import { findingSchema } from '../../../core/schema';
import { annualPlan, describeCatalogueEntry, expectWellFormed, multiYearPlan, validate } from './helpers';

const CODE = 'unreadable-file';

describe(CODE, () => {
  describeCatalogueEntry(CODE, 'error');

  it('renders the reason a host gives, in Thai and English, for the file as a whole', () => {
    const f = makeFinding(ruleByCode(CODE), 'อบต.หนองแวง/แผนปฏิบัติการ 2568.xlsx', {
      params: {
        reason: 'ไฟล์ถูกป้องกันด้วยรหัสผ่าน ให้เอารหัสผ่านออกแล้วส่งใหม่',
        reasonEn: 'the workbook is password-protected; remove the password and send it again',
      },
    });
    expect(findingSchema.parse(f)).toEqual(f);
    expect(f.code).toBe(CODE);
    expect(f.severity).toBe('error');
    expect(f.file).toBe('อบต.หนองแวง/แผนปฏิบัติการ 2568.xlsx');
    expect([f.sheet, f.cell, f.row, f.column, f.value, f.expected]).toEqual([null, null, null, null, null, null]);
    expectWellFormed(f);
    expect(f.message).toBe('เปิดไฟล์ไม่ได้: ไฟล์ถูกป้องกันด้วยรหัสผ่าน ให้เอารหัสผ่านออกแล้วส่งใหม่');
    expect(f.messageEn).toBe('The file cannot be read: the workbook is password-protected; remove the password and send it again');
  });

  it('keeps the file name a host passes (e.g. a CSV in windows-874 it could not decode)', () => {
    const f = makeFinding(ruleByCode(CODE), 'ทต.หนองจอก.csv', {
      value: 'ทต.หนองจอก.csv',
      params: { reason: 'อ่านรหัสอักขระไม่ได้', reasonEn: 'the text encoding could not be read' },
    });
    expect(f.value).toBe('ทต.หนองจอก.csv');
    expect(f.message).toContain('อ่านรหัสอักขระไม่ได้');
    expect(f.messageEn).toContain('the text encoding could not be read');
  });

  it('is never reported by the validator itself, which only sees grids it could read', () => {
    for (const grid of [multiYearPlan(), annualPlan()]) expect(validate(grid).findings.map((x) => x.code)).not.toContain(CODE);
  });
});
