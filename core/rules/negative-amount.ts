import type { FindingInput } from '../findings';
import { formatNumber } from '../thai/amounts';
import { defineRule } from './rule';

/** A budget below zero. */
export const negativeAmount = defineRule({
  code: 'negative-amount',
  severity: 'error',
  title: { th: 'จำนวนเงินติดลบ', en: 'Negative amount' },
  message: {
    th: 'งบประมาณของรายการ {ref} ติดลบ ({value} บาท)',
    en: 'Item {ref} has a negative budget ({value} baht)',
  },
  check: ({ doc }) => {
    // A loop, not flatMap: most items have none, and two arrays per item were made for nothing.
    const out: FindingInput[] = [];
    for (const item of doc.items) {
      for (const b of item.budgets) {
        if (b.status === 'amount' && b.amount < 0) out.push({ source: b.source, value: formatNumber(b.amount), params: { ref: item.ref } });
      }
    }
    return out;
  },
});
