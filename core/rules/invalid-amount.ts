import type { FindingInput } from '../findings';
import { defineRule } from './rule';

/** A budget cell that is neither an amount, a no-budget phrase nor a dash. */
export const invalidAmount = defineRule({
  code: 'invalid-amount',
  severity: 'error',
  title: { th: 'จำนวนเงินไม่ถูกต้อง', en: 'Amount is not a number' },
  message: {
    th: 'งบประมาณของรายการ {ref} "{value}" อ่านเป็นจำนวนเงินไม่ได้ ใส่ตัวเลข (เช่น 10,000) "ไม่ใช้งบประมาณ" หรือ "-"',
    en: 'Item {ref}\'s budget "{value}" is not an amount; write a number (e.g. 10,000), "ไม่ใช้งบประมาณ" or "-"',
  },
  check: ({ doc }) => {
    // A loop, not flatMap: most items have none, and two arrays per item were made for nothing.
    const out: FindingInput[] = [];
    for (const item of doc.items) {
      for (const b of item.budgets) if (b.status === 'invalid') out.push({ source: b.source, value: b.raw, params: { ref: item.ref } });
    }
    return out;
  },
});
