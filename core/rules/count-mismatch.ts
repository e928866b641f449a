import type { FindingInput } from '../findings';
import { ITEM_KINDS, type ItemKind } from '../schema';
import { defineRule } from './rule';
import { summarySegments } from './segments';

const KINDS: ItemKind[] = ['โครงการ', 'มาตรการ', 'กิจกรรม'];

function describe(byKind: Record<ItemKind, number>): string {
  const parts = KINDS.filter((k) => byKind[k] > 0).map((k) => `${byKind[k]} ${k}`);
  if (byKind['อื่น'] > 0) parts.push(`${byKind['อื่น']} ไม่ระบุประเภท`);
  return parts.join(' / ') || '0';
}

/** A stated item count, or its breakdown by kind, that differs from the items listed. */
export const countMismatch = defineRule({
  code: 'count-mismatch',
  severity: 'error',
  title: { th: 'จำนวนรายการไม่ตรง', en: 'Item count does not match' },
  message: {
    th: '{what} ระบุว่า "{value}" แต่นับรายการได้ {expected}',
    en: '{whatEn} says "{value}" but the items listed are {expected}',
  },
  check: ({ doc }) => {
    const out: FindingInput[] = [];
    for (const { summary, tally } of summarySegments(doc)) {
      const count = summary.count;
      if (!count) continue;
      const what = summary.scope === 'grand' ? 'รวมทั้งสิ้น' : `รวมมิติที่ ${summary.dimension ?? '?'}`;
      const whatEn = summary.scope === 'grand' ? 'The grand total' : `Dimension ${summary.dimension ?? '?'}'s total`;
      const params = { what, whatEn };
      if (count.byKind) {
        // Items of no kind are stated as "N รายการ(อื่น)"; a breakdown without them misses them.
        const differs = ITEM_KINDS.some((k) => (count.byKind?.[k] ?? 0) !== tally.byKind[k]);
        if (differs) out.push({ source: count.source, value: count.raw, expected: describe(tally.byKind), params });
      } else if (count.total !== null && count.total !== tally.items) {
        out.push({ source: count.source, value: count.raw, expected: String(tally.items), params });
      }
    }
    return out;
  },
});
