import { parseRangeA1 } from '../../../core/grid';
import { overlappingMerges } from '../../../core/rules/merge-overlap';
import { describeCatalogueEntry, expectWellFormed, findingsOf, multiYearPlan } from './helpers';

const CODE = 'merge-overlap';

describe(CODE, () => {
  describeCatalogueEntry(CODE, 'warning');

  it('reports two merged ranges sharing cells, at the first shared cell', () => {
    const grid = multiYearPlan();
    grid.merges.push(parseRangeA1('A5:B7'), parseRangeA1('B6:C8'));
    const found = findingsOf(grid, CODE);
    expect(found.map((f) => [f.cell, f.value, f.expected])).toEqual([['B6', 'B6:C8', 'A5:B7']]);
    expectWellFormed(found[0]);
  });

  it('says nothing for ranges that touch without overlapping', () => {
    const grid = multiYearPlan();
    grid.merges.push(parseRangeA1('A5:A7'), parseRangeA1('B5:B7'), parseRangeA1('A8:B8'));
    expect(findingsOf(grid, CODE)).toEqual([]);
  });

  it('finds overlaps in a sweep, and stops at its limit on a file full of them', () => {
    const many = Array.from({ length: 2000 }, (_, i) => parseRangeA1(`A${i + 1}:C${i + 3}`));
    expect(overlappingMerges(many)).toHaveLength(100);
    const apart = Array.from({ length: 20000 }, (_, i) => parseRangeA1(`A${i + 1}:B${i + 1}`));
    expect(overlappingMerges(apart)).toEqual([]);
  });
});
