import { looksLikeFormula } from '../../../core/rules/formula-like-text';
import { describeCatalogueEntry, expectWellFormed, findingsOf, multiYearPlan } from './helpers';

const CODE = 'formula-like-text';

describe(CODE, () => {
  describeCatalogueEntry(CODE, 'warning');

  it('reports text that a spreadsheet would run as a formula, at its cell', () => {
    const grid = multiYearPlan((s) => {
      s.dimensions[0].missions[0].items[0].title = '=HYPERLINK("http://evil.example","คลิก")';
      s.dimensions[1].missions[0].items[0].remark = "+cmd|' /C calc'!A0";
    });
    const found = findingsOf(grid, CODE);
    expect(found.map((f) => f.cell)).toEqual(['C5', 'I9']);
    expectWellFormed(found[0]);
    expect(found[0].value).toBe('=HYPERLINK("http://evil.example","คลิก")');
    expect(found[0].messageEn).toContain('the outputs show this text as plain text');
  });

  it('knows the payloads and leaves Thai plans\' dashes, amounts and phone numbers alone', () => {
    for (const s of ['=1+1', ' =SUM(A1)', '@SUM(1+1)', "-2+3+cmd|' /C calc'!A0", '+cmd|x', '-cmd', '＝1+1', '\u00a0=A1']) expect([s, looksLikeFormula(s)]).toEqual([s, true]);
    for (const s of ['-', '- โครงการอบรม', '-10,000', '+66 81 234 5678', '– ๕,๐๐๐', '(ระบุ)', 'ไม่ใช้งบประมาณ', '5 + 3']) expect([s, looksLikeFormula(s)]).toEqual([s, false]);
    expect(looksLikeFormula(-5 as unknown as string)).toBe(false);
  });

  it('says nothing for the valid plan', () => {
    expect(findingsOf(multiYearPlan(), CODE)).toEqual([]);
  });
});
