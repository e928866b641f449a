import { defineRule } from './rule';

/**
 * A cell with more text than Excel keeps in one cell (32,767 characters): no file Excel saved
 * has one. Hosts cut the text there when they read it (checking megabytes of text per cell would
 * take minutes), and report where.
 */
export const textTooLong = defineRule({
  code: 'text-too-long',
  severity: 'warning',
  title: { th: 'ข้อความยาวเกิน', en: 'Text too long' },
  message: {
    th: 'ข้อความในช่องนี้ยาว {length} ตัวอักษร เกินที่ Excel เก็บได้ในหนึ่งช่อง ({max} ตัวอักษร) จึงอ่านเพียง {max} ตัวอักษรแรก ("{value}")',
    en: 'The text in this cell is {length} characters long, more than Excel keeps in one cell ({max}); only its first {max} characters were read ("{value}")',
  },
});
