import { defineRule } from './rule';

/** A mission written with one code and another mission's name: the code is used, a person checks. */
export const missionCodeConflict = defineRule({
  code: 'mission-code-conflict',
  severity: 'warning',
  title: { th: 'รหัสและชื่อภารกิจไม่ตรงกัน', en: 'Mission code and name disagree' },
  message: {
    th: '"{value}" ใช้รหัส {code} แต่ชื่อตรงกับภารกิจ {expected} (ใช้ตามรหัส {code} โปรดตรวจสอบ)',
    en: '"{value}" has code {code} but the name of mission {expected} (the code {code} is used; please check)',
  },
  check: ({ doc }) =>
    doc.taxa
      .filter((t) => t.match === 'conflict')
      .map((t) => ({ source: t.source, value: t.raw, expected: t.nameCode, params: { code: t.code } })),
});
