import { defineRule } from './rule';

/**
 * A folder among the inputs whose list of files cannot be read (no permission, a broken link, a
 * disconnected drive): its files are not checked. Reported by hosts for the run, with the folder
 * as the file, so it appears in findings.csv and summary.json, not only on the screen.
 */
export const unreadableFolder = defineRule({
  code: 'unreadable-folder',
  severity: 'error',
  title: { th: 'เปิดโฟลเดอร์ไม่ได้', en: 'Folder cannot be read' },
  message: {
    th: 'อ่านรายการไฟล์ใน "{value}" ไม่ได้ ({reason}) ไฟล์ในโฟลเดอร์นี้จึงไม่ได้ถูกตรวจและไม่ได้รวมในสรุป ตรวจสิทธิ์การเข้าถึงหรือการเชื่อมต่อของโฟลเดอร์แล้วรวบรวมใหม่',
    en: 'The files in "{value}" cannot be listed ({reasonEn}), so none of them was checked or counted; check the folder\'s permissions or connection and run again',
  },
});
