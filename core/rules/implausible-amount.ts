import { formatNumber } from '../thai/amounts';
import type { FindingInput } from '../findings';
import { defineRule } from './rule';

/**
 * More baht than any one council's whole yearly budget (the largest อบจ. budgets are a few
 * thousand million baht; an anti-corruption item is thousands to a few million). An amount from
 * here up is a typing slip (digits repeated, a date or a code in the amount column), not a plan.
 */
export const IMPLAUSIBLE_BAHT = 1_000_000_000;

/** An item's budget of IMPLAUSIBLE_BAHT or more: it would swamp every total it is added to. */
export const implausibleAmount = defineRule({
  code: 'implausible-amount',
  severity: 'error',
  title: { th: 'จำนวนเงินสูงเกินจริง', en: 'Implausible amount' },
  message: {
    th: 'งบประมาณของรายการ {ref} เป็น {value} บาท ซึ่งมากกว่างบประมาณทั้งปีของ อปท. ใด ๆ (ตั้งแต่ {expected} บาทขึ้นไป) อาจพิมพ์ตัวเลขเกินหรือใส่ค่าอื่นในช่องจำนวนเงิน',
    en: 'Item {ref}\'s budget is {value} baht, more than any council\'s whole yearly budget ({expected} baht or more); digits may have been typed twice or another value put in the amount cell',
  },
  check: ({ doc }) => {
    const out: FindingInput[] = [];
    for (const item of doc.items) {
      for (const b of item.budgets) {
        if (b.status === 'amount' && Math.abs(b.amount) >= IMPLAUSIBLE_BAHT) {
          out.push({ source: b.source, value: formatNumber(b.amount), expected: formatNumber(IMPLAUSIBLE_BAHT), params: { ref: item.ref } });
        }
      }
    }
    for (const d of doc.details) {
      if (d.budget && d.budget.status === 'amount' && Math.abs(d.budget.amount) >= IMPLAUSIBLE_BAHT) {
        out.push({ source: d.budget.source, value: formatNumber(d.budget.amount), expected: formatNumber(IMPLAUSIBLE_BAHT), params: { ref: d.ref } });
      }
    }
    return out;
  },
});
