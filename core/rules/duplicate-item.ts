import type { FindingInput } from '../findings';
import type { Item } from '../schema';
import { compactFingerprint, compactTextUncached, fingerprintLength } from '../thai/text';
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
    // The items so far by their title's compact fingerprint: titles are compacted only to tell apart
    // two that share one (a real repeat, or a rare collision).
    const first = new Map<number, Item[]>();
    for (const item of doc.items) {
      const print = compactFingerprint(item.title);
      if (fingerprintLength(print) < 4) continue;
      const alike = first.get(print);
      const compact = alike ? compactTextUncached(item.title) : '';
      const earlier = alike?.find((e) => compactTextUncached(e.title) === compact);
      if (earlier) out.push({ source: item.source, value: item.title.slice(0, 80), expected: earlier.source.cell, params: { ref: item.ref } });
      else if (alike) alike.push(item);
      else first.set(print, [item]);
    }
    return out;
  },
});
