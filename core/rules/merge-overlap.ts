import { a1, rangeA1, type Range } from '../grid';
import type { FindingInput } from '../findings';
import { defineRule } from './rule';

/** Overlaps reported per sheet, at most: a file with thousands says so in the first ones. */
const MAX_REPORTED = 100;

/** Pairs of merged ranges that share cells, found by a sweep down the rows (no pair is compared twice). */
export function overlappingMerges(merges: Range[], limit = MAX_REPORTED): [Range, Range][] {
  const sorted = [...merges].sort((a, b) => a.top - b.top || a.left - b.left);
  const out: [Range, Range][] = [];
  let active: Range[] = [];
  for (const m of sorted) {
    active = active.filter((x) => x.bottom >= m.top);
    for (const x of active) {
      if (x.left <= m.right && m.left <= x.right) {
        out.push([x, m]);
        if (out.length >= limit) return out;
      }
    }
    active.push(m);
  }
  return out;
}

/**
 * Two merged ranges that overlap. Excel never saves such a file: it calls it damaged and, when
 * it repairs it, drops merges, so the layout the clerk sees is not the one this file describes.
 */
export const mergeOverlap = defineRule({
  code: 'merge-overlap',
  severity: 'warning',
  title: { th: 'ช่องผสานซ้อนกัน', en: 'Overlapping merged cells' },
  message: {
    th: 'ช่องผสาน {value} ซ้อนทับกับช่องผสาน {expected} ซึ่ง Excel ไม่ยอมให้มี (ไฟล์อาจเสียหายหรือถูกสร้างด้วยโปรแกรมอื่น) ยกเลิกการผสานช่องแล้วผสานใหม่ให้ไม่ทับกัน',
    en: 'The merged range {value} overlaps the merged range {expected}, which Excel does not allow (the file may be damaged or made by another program); unmerge the cells and merge them again without overlap',
  },
  check: ({ grid }) =>
    overlappingMerges(grid.merges).map(([a, b]): FindingInput => {
      const top = Math.max(a.top, b.top);
      const left = Math.max(a.left, b.left);
      return {
        source: { sheet: grid.sheet, cell: a1(top, left), row: top + 1, column: left + 1 },
        value: rangeA1(b),
        expected: rangeA1(a),
      };
    }),
});
