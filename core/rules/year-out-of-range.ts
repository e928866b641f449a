import type { FindingInput } from '../findings';
import { frameworkById } from '../framework';
import { defineRule } from './rule';

/** A year column outside the plan period its title states, or outside the framework's period. */
export const yearOutOfRange = defineRule({
  code: 'year-out-of-range',
  severity: 'error',
  title: { th: 'ปีอยู่นอกช่วงของแผน', en: 'Year outside the plan period' },
  message: {
    th: 'ปี {value} อยู่นอกช่วงปีของแผน ({expected})',
    en: 'Year {value} is outside the plan period ({expected})',
  },
  check: ({ doc }) => {
    const out: FindingInput[] = [];
    const span = doc.metadata.years;
    const period = frameworkById(doc.framework).years;
    const range = (ys: number[]) => `${Math.min(...ys)}-${Math.max(...ys)}`;
    for (const table of doc.tables) {
      for (const y of table.years) {
        if (doc.kind === 'plan-multi-year' && span.length > 1 && !span.includes(y.year)) {
          out.push({ source: y.source, value: String(y.year), expected: range(span) });
        } else if (doc.kind === 'plan-multi-year' && doc.framework === 'current' && doc.metadata.yearsFrom !== 'title' && !period.includes(y.year)) {
          // A 2566-2570 plan (its dimension names say so) with a year column outside 2566-2570; a plan whose
          // title states its own span (a normalised 2561-2564 plan) is held to that span instead.
          out.push({ source: y.source, value: String(y.year), expected: range(period) });
        } else if (!period.includes(y.year) && doc.kind !== 'plan-multi-year' && y.year < Math.min(...period) - 1) {
          // A current-framework plan for a year before the framework began.
          out.push({ source: y.source, value: String(y.year), expected: range(period) });
        }
      }
    }
    return out;
  },
});
