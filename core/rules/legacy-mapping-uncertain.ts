import { defineRule } from './rule';

/** A legacy (2561-2564) item whose place in the 2566-2570 framework a person must decide. */
export const legacyMappingUncertain = defineRule({
  code: 'legacy-mapping-uncertain',
  severity: 'warning',
  title: { th: 'การเทียบกรอบแผนเดิมไม่แน่นอน', en: 'Legacy mapping uncertain' },
  message: {
    th: 'รายการ {ref} อยู่ในภารกิจ {value} ของกรอบ พ.ศ. 2561-2564 ซึ่งเทียบกับกรอบ พ.ศ. 2566-2570 ได้ไม่แน่ชัด (เสนอ {expected}) โปรดพิจารณา',
    en: 'Item {ref} is under legacy mission {value}, which has no certain 2566-2570 counterpart (proposed: {expected}); please decide',
  },
  check: ({ doc }) =>
    doc.items
      .filter((i) => i.legacy && i.legacy.certainty === 'uncertain')
      .map((i) => ({
        source: i.source,
        value: i.subMission ?? i.legacy?.mission ?? i.legacy?.dimension ?? '?',
        expected: [i.legacy?.target, i.legacy?.alternative].filter(Boolean).join(' / ') || '-',
        params: { ref: i.ref },
      })),
});
