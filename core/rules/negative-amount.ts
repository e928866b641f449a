import { formatNumber } from '../thai';
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
  check: ({ doc }) =>
    doc.items.flatMap((item) =>
      item.budgets
        .filter((b) => b.status === 'amount' && b.amount < 0)
        .map((b) => ({ source: b.source, value: formatNumber(b.amount), params: { ref: item.ref } })),
    ),
});
