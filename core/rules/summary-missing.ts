import type { FindingInput } from '../findings';
import { layoutById, type LayoutId } from '../layouts';
import { defineRule } from './rule';
import { summarySegments } from './segments';

/**
 * A summary row with no figures, a dimension whose items no รวม row closes, or a plan table
 * without its รวมทั้งสิ้น row.
 */
export const summaryMissing = defineRule({
  code: 'summary-missing',
  severity: 'error',
  title: { th: 'ไม่มีแถวสรุปยอด', en: 'Summary missing' },
  message: { th: '{what}', en: '{whatEn}' },
  check: ({ doc }) => {
    const out: FindingInput[] = [];
    const planTables = doc.tables.filter((t) => layoutById(t.layout as LayoutId).summaryRows);
    if (planTables.length === 0 || doc.items.length === 0) return out;
    const segments = summarySegments(doc);
    for (const { summary } of segments) {
      if (!summary.empty) continue;
      const first = [...summary.years, ...summary.quarters, ...(summary.budget ? [summary.budget] : [])][0];
      const name = summary.scope === 'grand' ? 'แถวรวมทั้งสิ้น' : `แถวรวมของมิติที่ ${summary.dimension ?? '?'}`;
      const nameEn = summary.scope === 'grand' ? 'The grand total row' : `Dimension ${summary.dimension ?? '?'}'s total row`;
      out.push({
        source: first?.source ?? summary.source,
        value: summary.label,
        params: { what: `${name} ไม่ได้ระบุยอดรวม (ช่องว่าง)`, whatEn: `${nameEn} states no totals (the cells are empty)` },
      });
    }
    // An item is closed by a รวม row of its own dimension. One whose items run on into the next
    // dimension's รวม (its own row left out) is not: that row speaks for another dimension.
    const closedBy = new Map<(typeof doc.items)[number], string | null>();
    for (const s of segments) if (s.summary.scope === 'dimension') for (const item of s.items) closedBy.set(item, s.summary.dimension);
    const uncovered = new Map<string, (typeof doc.items)[number]>();
    for (const item of doc.items) {
      if (!item.dimension) continue;
      const closer = closedBy.get(item);
      if (closer === undefined || (closer !== null && closer !== item.dimension)) uncovered.set(item.dimension, item);
    }
    const hasDimensionRows = segments.some((s) => s.summary.scope === 'dimension');
    if (hasDimensionRows) {
      for (const [dimension, lastItem] of uncovered) {
        out.push({
          source: lastItem.source,
          expected: 'รวม',
          params: { what: `มิติที่ ${dimension} ไม่มีแถว "รวม" ต่อท้ายรายการ`, whatEn: `Dimension ${dimension} has no "รวม" row after its items` },
        });
      }
    }
    // Legacy plans may end without รวมทั้งสิ้น (legacy-framework.md: unverified), so only the current layouts need it.
    const needsGrand = planTables.some((t) => t.layout !== 'legacy-multi-year');
    if (needsGrand && !segments.some((s) => s.summary.scope === 'grand')) {
      const last = doc.items[doc.items.length - 1];
      out.push({
        source: last.source,
        expected: 'รวมทั้งสิ้น',
        params: { what: 'ตารางไม่มีแถว "รวมทั้งสิ้น"', whatEn: 'The table has no "รวมทั้งสิ้น" (grand total) row' },
      });
    }
    return out;
  },
});
