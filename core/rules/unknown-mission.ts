import { defineRule } from './rule';

/** A mission cell or heading that names no mission of the framework. */
export const unknownMission = defineRule({
  code: 'unknown-mission',
  severity: 'error',
  title: { th: 'ไม่รู้จักภารกิจตามมิติ', en: 'Unknown mission' },
  message: {
    th: '"{value}" ไม่ตรงกับภารกิจตามมิติใดในกรอบแผน',
    en: '"{value}" is not a mission of the framework',
  },
  check: ({ doc }) =>
    doc.taxa.filter((t) => t.level === 'mission' && t.match === 'unknown').map((t) => ({ source: t.source, value: t.raw })),
});
