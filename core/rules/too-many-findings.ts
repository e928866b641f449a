import { defineRule } from './rule';

/**
 * More findings of one code in one file than are worth listing: the first ones are kept, the
 * rest counted here, so a broken or hostile file cannot bury the others' findings (or fill the
 * disk). Hosts add it when they cut the list.
 */
export const tooManyFindings = defineRule({
  code: 'too-many-findings',
  severity: 'info',
  title: { th: 'ข้อผิดพลาดมากเกินแสดง', en: 'Too many findings' },
  message: {
    th: 'ไฟล์นี้มีข้อผิดพลาดรหัส {value} อีก {count} รายการที่ไม่ได้แสดง (แสดง {shown} รายการแรก) แก้ตามรายการที่แสดงแล้วตรวจใหม่',
    en: 'This file has {count} more findings of code {value} that are not listed (the first {shown} are); fix those and check the file again',
  },
});
