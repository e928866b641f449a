/** The benches' median (bench/lib/median.ts): the middle figure, the lower middle one of an even count. */
import { median } from '../../bench/lib/median';

describe('median', () => {
  it('takes the middle of an odd count and the lower middle of an even one, leaving the list as it was', () => {
    const xs = [5, 1, 4, 2, 3];
    expect(median(xs)).toBe(3);
    expect(xs).toEqual([5, 1, 4, 2, 3]);
    expect(median([4, 1, 3, 2])).toBe(2);
    expect(median([7])).toBe(7);
  });
});
