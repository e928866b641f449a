import { a1, cellAt, columnIndex, columnLetter, isBlank, mergeAt, parseA1, parseRangeA1, rangeA1, visibleValue, makeGrid, trimRow } from '../../core/grid';

describe('A1 addressing', () => {
  it('names columns past Z as Excel does', () => {
    expect([0, 25, 26, 51, 52, 701, 702, 16383].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD']);
    expect(['A', 'Z', 'AA', 'XFD'].map(columnIndex)).toEqual([0, 25, 26, 16383]);
  });

  it('round-trips cells and ranges', () => {
    expect(a1(11, 2)).toBe('C12');
    expect(parseA1('$C$12')).toEqual({ row: 11, col: 2 });
    expect(parseRangeA1('D6:A2')).toEqual({ top: 1, left: 0, bottom: 5, right: 3 });
    expect(rangeA1({ top: 1, left: 0, bottom: 5, right: 3 })).toBe('A2:D6');
    expect(rangeA1({ top: 4, left: 4, bottom: 4, right: 4 })).toBe('E5');
    expect(() => parseA1('12C')).toThrow();
  });
});

describe('merged cells', () => {
  // The dimension cell merged over three item rows, as the official tables write it.
  const grid = makeGrid('แผน', [['๑. การสร้างวัฒนธรรมสุจริต', 'a'], [null, 'b'], [null, 'c'], ['x']], [{ top: 0, left: 0, bottom: 2, right: 0 }]);

  it('shows the merge\'s top-left value in every cell it covers', () => {
    expect(cellAt(grid, 2, 0)).toBeNull();
    expect(visibleValue(grid, 2, 0)).toBe('๑. การสร้างวัฒนธรรมสุจริต');
    expect(visibleValue(grid, 3, 0)).toBe('x');
    expect(mergeAt(grid, 1, 0)).toEqual({ top: 0, left: 0, bottom: 2, right: 0 });
    expect(mergeAt(grid, 1, 1)).toBeUndefined();
  });

  it('treats whitespace-only cells as blank and reads past the end as empty', () => {
    expect(isBlank(' \t')).toBe(true);
    expect(isBlank(0)).toBe(false);
    expect(cellAt(grid, 99, 99)).toBeNull();
  });
});

describe('trimRow', () => {
  it('drops the trailing empty cells only, from the row itself', () => {
    const row = [null, 'ก', null, 0, null, null];
    expect(trimRow(row)).toBe(row);
    expect(row).toEqual([null, 'ก', null, 0]);
    expect(trimRow([null, null])).toEqual([]);
  });
});
