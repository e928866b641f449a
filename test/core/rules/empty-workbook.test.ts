import { makeGrid } from '../../../core/grid';
import { describeCatalogueEntry, expectWellFormed, multiYearPlan, validateBook } from './helpers';

const CODE = 'empty-workbook';

describe(CODE, () => {
  describeCatalogueEntry(CODE, 'error');

  it('reports a file without a sheet, or whose sheets hold nothing (blank text counts as nothing)', () => {
    const none = validateBook([]).findings.filter((f) => f.code === CODE);
    expect(none).toHaveLength(1);
    expectWellFormed(none[0]);
    const blank = validateBook([makeGrid('Sheet1', []), makeGrid('Sheet2', [[null, '  '], []])]).findings.filter((f) => f.code === CODE);
    expect(blank.map((f) => [f.sheet, f.value])).toEqual([['Sheet1', '2 แผ่นงานว่าง / empty sheets: Sheet1, Sheet2']]);
  });

  it('says nothing when any sheet holds something', () => {
    expect(validateBook([makeGrid('ว่าง', []), multiYearPlan()]).findings.map((f) => f.code)).not.toContain(CODE);
    expect(validateBook([makeGrid('โน้ต', [['ยังไม่ได้ทำ']])]).findings.map((f) => f.code)).not.toContain(CODE);
  });
});
