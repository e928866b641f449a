import { formatNumber } from '../thai/amounts';
import { sameAmount } from '../totals';
import type { FindingInput } from '../findings';
import { defineRule } from './rule';
import { summarySegments } from './segments';

/** A stated total (budget per year, ticks per quarter, budget) that differs from the items' sum. */
export const totalMismatch = defineRule({
  code: 'total-mismatch',
  severity: 'error',
  title: { th: 'ยอดรวมไม่ตรงกับรายการ', en: 'Total does not match the items' },
  message: {
    th: '{what} ระบุ {stated} แต่รวมจากรายการได้ {expected}',
    en: '{whatEn} states {stated} but the items add up to {expected}',
  },
  check: ({ doc }) => {
    const out: FindingInput[] = [];
    for (const { summary, tally } of summarySegments(doc)) {
      const scope = summary.scope === 'grand' ? 'รวมทั้งสิ้น' : `รวมมิติที่ ${summary.dimension ?? '?'}`;
      const scopeEn = summary.scope === 'grand' ? 'The grand total' : `Dimension ${summary.dimension ?? '?'}'s total`;
      const compare = (raw: string, stated: number | null, actual: number, what: string, whatEn: string, source = summary.source) => {
        if (raw === '') return;
        if (stated !== null && sameAmount(stated, actual)) return;
        // The finding keeps the cell as typed; the message shows a number the way the sum is shown.
        const shown = stated === null ? raw : formatNumber(stated);
        out.push({ source, value: raw, expected: formatNumber(actual), params: { stated: shown, what: `${scope} ${what}`, whatEn: `${scopeEn} ${whatEn}` } });
      };
      for (const y of summary.years) compare(y.raw, y.value, tally.budgetByYear[String(y.year)] ?? 0, `ปี ${y.year}`, `for ${y.year}`, y.source);
      for (const q of summary.quarters) compare(q.raw, q.value, tally.quarters[q.q - 1], `ไตรมาส ${q.q} (จำนวนที่ทำเครื่องหมาย)`, `for quarter ${q.q} (ticks)`, q.source);
      if (summary.budget) compare(summary.budget.raw, summary.budget.value, tally.budget, 'งบประมาณ', 'budget', summary.budget.source);
    }
    return out;
  },
});
