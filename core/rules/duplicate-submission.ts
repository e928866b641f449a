import { defineRule } from './rule';

/**
 * Two files of the same council and document kind that claim the same version (the metadata
 * sheet's ฉบับที่, or none at all) but hold different content: which one is meant cannot be told
 * from the files. Hosts report it when they group submissions; the newest by date or file time
 * is still used, and the finding names both files.
 */
export const duplicateSubmission = defineRule({
  code: 'duplicate-submission',
  severity: 'warning',
  title: { th: 'ส่งซ้ำโดยไม่ระบุฉบับ', en: 'Duplicate submission' },
  message: {
    th: 'ไฟล์นี้และ {value} เป็น{kind}ของ {council} ฉบับเดียวกัน ({version}) แต่เนื้อหาต่างกัน ระบบใช้ไฟล์ {used} (ใหม่กว่าตาม{by}) กรุณาสอบถามหน่วยงานว่าฉบับใดถูกต้อง และให้ระบุฉบับที่ในแผ่นข้อมูลหน่วยงาน',
    en: 'This file and {value} are both the {kindEn} of {council}, the same version ({versionEn}), with different content; {used} is used (newer by {byEn}); ask the council which one is right, and to number its versions in the metadata sheet',
  },
});
