import type { FindingInput } from '../findings';
import { defineRule } from './rule';

/** A table of a one-year document (annual plan, results report) headed with another year. */
export const yearMismatch = defineRule({
  code: 'year-mismatch',
  severity: 'error',
  title: { th: 'ปีไม่ตรงกับปีของเอกสาร', en: 'Year differs from the document\'s' },
  message: {
    th: 'หัวตารางระบุปี {value} แต่เอกสารนี้เป็นของปีงบประมาณ {expected}',
    en: 'The table header says {value} but the document is for fiscal year {expected}',
  },
  check: ({ doc }) => {
    const out: FindingInput[] = [];
    const fy = doc.metadata.fiscalYear;
    if (fy === null || doc.kind === 'plan-multi-year') return out;
    for (const table of doc.tables) {
      for (const y of table.years) if (y.year !== fy) out.push({ source: y.source, value: String(y.year), expected: String(fy) });
    }
    return out;
  },
});
