import { annualPlan, describeCatalogueEntry, expectWellFormed, findingsOf, multiYearPlan, resultsReport, validate } from './helpers';

const CODE = 'invalid-amount';

describe(CODE, () => {
  describeCatalogueEntry(CODE, 'error');

  it('reports a budget cell with a mistyped thousands group ("10,00"), at that cell, with the item', () => {
    const grid = multiYearPlan((s) => {
      s.dimensions[0].missions[0].items[0].budgets[1] = '10,00';
    });
    const found = findingsOf(grid, CODE);
    expect(found).toHaveLength(1);
    const f = found[0];
    expect(f.severity).toBe('error');
    expect(f.cell).toBe('E5');
    expect(f.value).toBe('10,00');
    expectWellFormed(f);
    expect(f.message).toContain('งบประมาณของรายการ 1 "10,00" อ่านเป็นจำนวนเงินไม่ได้');
    expect(f.messageEn).toContain('Item 1\'s budget "10,00" is not an amount');
  });

  it('reports an amount written in words in an annual plan', () => {
    const grid = annualPlan((s) => {
      s.dimensions[2].missions[0].items[0].budget = 'หนึ่งหมื่นบาท';
    });
    expect(findingsOf(grid, CODE).map((f) => [f.cell, f.value])).toEqual([['H14', 'หนึ่งหมื่นบาท']]);
  });

  it('reports an unreadable budget in a results report', () => {
    const grid = resultsReport();
    grid.rows[8][2] = 'ตามจริง';
    expect(findingsOf(grid, CODE).map((f) => [f.cell, f.value])).toEqual([['C9', 'ตามจริง']]);
  });

  it('says nothing for the budgets of the valid plans', () => {
    expect(findingsOf(multiYearPlan(), CODE)).toEqual([]);
    expect(findingsOf(annualPlan(), CODE)).toEqual([]);
    expect(findingsOf(resultsReport(), CODE)).toEqual([]);
  });

  it('reads every way clerks write an amount or "no budget" without complaint', () => {
    const written = [
      ['ไม่ใช้งบ ประมาณ', 'ไม่มีงบประมาณ', 'ไม่ได้ใช้งบประมาณดำเนินการ', '(ไม่ใช้งบประมาณ)', 'ไม่ใช้ งบประมาณ'],
      ['๒,๐๐๐', '๒,๐๐๐.- บาท', 'จำนวน ๒,๐๐๐ บาท', '10,000 บาท', 20000],
      ['-', '–', null, '๕,๐๐๐.-', 'งบประมาณ 10,000 บาท'],
    ];
    const grid = multiYearPlan((s) => {
      s.dimensions[1].missions.forEach((m, i) => (m.items[0].budgets = written[i]));
    });
    expect(findingsOf(grid, CODE)).toEqual([]);
    const items = validate(grid).main!.items.slice(3, 6);
    expect(items[0].budgets.map((b) => b.status)).toEqual(Array(5).fill('no-budget'));
    expect(items[1].budgets.map((b) => b.amount)).toEqual([2000, 2000, 2000, 10000, 20000]);
    expect(items[2].budgets.map((b) => b.status)).toEqual(['not-planned', 'not-planned', 'empty', 'amount', 'amount']);
  });

  it('leaves ticks and template placeholders in budget cells to their own rules', () => {
    const grid = multiYearPlan((s) => {
      s.dimensions[0].missions[0].items[0].budgets[0] = '✓';
      s.dimensions[0].missions[0].items[0].budgets[1] = 'ระบุงบประมาณที่ใช้ดำเนินการ';
    });
    const codes = validate(grid).findings.map((f) => f.code);
    expect(codes).not.toContain(CODE);
    expect(codes).toContain('tick-outside-quarter');
    expect(codes).toContain('placeholder-text');
  });
});
