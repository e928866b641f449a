import type { FindingInput } from '../findings';
import type { Item } from '../schema';
import { compactTextUncached } from '../thai/text';
import { defineRule } from './rule';

/** The same item title listed twice in one document. */
export const duplicateItem = defineRule({
  code: 'duplicate-item',
  severity: 'warning',
  title: { th: 'รายการซ้ำ', en: 'Duplicate item' },
  message: {
    th: 'รายการ {ref} ซ้ำกับรายการที่ช่อง {expected}: "{value}"',
    en: 'Item {ref} repeats the item at {expected}: "{value}"',
  },
  check: ({ doc }) => {
    const out: FindingInput[] = [];
    const first = new Map<string, Item>();
    for (const item of doc.items) {
      // Titles are seldom met twice in a batch: their compact forms are not kept.
      const key = compactTextUncached(item.title);
      if (key.length < 4) continue;
      const earlier = first.get(key);
      if (earlier) out.push({ source: item.source, value: item.title.slice(0, 80), expected: earlier.source.cell, params: { ref: item.ref } });
      else first.set(key, item);
    }
    return out;
  },
});
