import { findTaxon, frameworkById } from '../framework';
import { headerStart } from './column-missing';
import { defineRule } from './rule';

/** A dimension of the framework that the plan lists no item under. */
export const emptyDimension = defineRule({
  code: 'empty-dimension',
  severity: 'warning',
  title: { th: 'มิติไม่มีรายการ', en: 'Dimension with no item' },
  message: {
    th: 'มิติที่ {value} ({name}) ไม่มีโครงการ/กิจกรรม/มาตรการ',
    en: 'Dimension {value} ({name}) has no project, activity or measure',
  },
  check: ({ doc }) => {
    if (doc.kind !== 'plan-multi-year' && doc.kind !== 'plan-annual') return [];
    if (doc.items.length === 0) return [];
    const framework = frameworkById(doc.framework);
    const table = doc.tables[0];
    return framework.dimensions
      .filter((d) => !doc.items.some((i) => i.dimension === d.code))
      .map((d) => ({
        sheet: doc.sheet,
        source: table ? headerStart(doc.sheet, table) : null,
        value: d.code,
        params: { name: findTaxon(framework, 'dimension', d.code)?.name ?? '' },
      }));
  },
});
