import { defineRule } from './rule';

/** A file that cannot be opened at all; the hosts report it with what the user can do. */
export const unreadableFile = defineRule({
  code: 'unreadable-file',
  severity: 'error',
  title: { th: 'เปิดไฟล์ไม่ได้', en: 'File cannot be read' },
  message: {
    th: 'เปิดไฟล์ไม่ได้: {reason}',
    en: 'The file cannot be read: {reasonEn}',
  },
});
