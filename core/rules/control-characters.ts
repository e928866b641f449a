import { defineRule } from './rule';

/**
 * Invisible characters no plan needs: control characters (ESC, BEL, NUL…), bidirectional
 * overrides that make text display in another order than it is stored, halves of surrogate
 * pairs. They break the xlsx outputs (XML cannot hold them) and a terminal runs ESC sequences,
 * so hosts remove them when they read the file and report where.
 */
export const controlCharacters = defineRule({
  code: 'control-characters',
  severity: 'warning',
  title: { th: 'มีอักขระควบคุมที่มองไม่เห็น', en: 'Control characters' },
  message: {
    th: 'ข้อความนี้มีอักขระควบคุมหรืออักขระที่มองไม่เห็น {count} ตัว (เช่น ESC หรืออักขระสลับทิศทางข้อความ) ซึ่งถูกตัดออกแล้ว ข้อความที่ใช้คือ "{value}"',
    en: 'This text held {count} control or invisible characters (such as ESC or text-direction overrides), which were removed; the text used is "{value}"',
  },
});
