import { defineRule } from './rule';

/** An item of an annual plan that no quarter is ticked for. */
export const noQuarter = defineRule({
  code: 'no-quarter',
  severity: 'warning',
  title: { th: 'ไม่ระบุไตรมาส', en: 'No quarter ticked' },
  message: {
    th: 'รายการ {ref} ไม่ได้ทำเครื่องหมายในไตรมาสใดเลย',
    en: 'Item {ref} is not ticked in any quarter',
  },
  check: ({ doc }) =>
    doc.kind !== 'plan-annual'
      ? []
      : doc.items
          .filter((i) => !i.quarters.some((q) => q.ticked) && i.strayTicks.length === 0)
          .map((i) => ({ source: i.source, value: i.title.slice(0, 60), params: { ref: i.ref } })),
});
