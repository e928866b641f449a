import { describeCatalogueEntry, expectWellFormed, findingsOf, multiYearPlan } from './helpers';

const CODE = 'formula-error';

describe(CODE, () => {
  describeCatalogueEntry(CODE, 'error');

  it('reports a cell showing #REF! or #DIV/0!, at its cell, with what the error means and the formula', () => {
    const grid = multiYearPlan((s) => {
      s.dimensions[0].missions[0].items[0].budgets[0] = '#REF!';
      s.dimensions[1].missions[0].items[0].budgets[1] = '#DIV/0!';
    });
    grid.formulas = { D5: '=SUM(#REF!)' };
    const found = findingsOf(grid, CODE);
    expect(found.map((f) => [f.cell, f.value])).toEqual([
      ['D5', '#REF!'],
      ['E9', '#DIV/0!'],
    ]);
    expectWellFormed(found[0]);
    expect(found[0].expected).toBe('=SUM(#REF!)');
    expect(found[0].message).toContain('สูตรอ้างถึงช่องหรือแผ่นงานที่ถูกลบไปแล้ว');
    expect(found[0].messageEn).toContain('refers to a cell or sheet that was deleted');
    expect(found[1].message).toContain('หารด้วยศูนย์');
  });

  it('reports error values anywhere on a plan sheet (a total row too), whatever their case', () => {
    const grid = multiYearPlan((s) => {
      s.grand = { years: ['#value!', null, null, null, null] };
    });
    expect(findingsOf(grid, CODE).map((f) => [f.cell, f.value])).toEqual([['D21', '#VALUE!']]);
  });

  it('says nothing for the valid plan, or for text that only mentions an error', () => {
    expect(findingsOf(multiYearPlan(), CODE)).toEqual([]);
    const grid = multiYearPlan((s) => {
      s.dimensions[0].missions[0].items[0].remark = 'แก้ #REF! แล้ว';
    });
    expect(findingsOf(grid, CODE)).toEqual([]);
  });
});
