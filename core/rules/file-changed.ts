import { defineRule } from './rule';

/**
 * The file changed while it was read (still being copied from a USB stick or saved by Excel, or
 * replaced): what was read may be half old, half new. Hosts report it: they see the file's size
 * and time before and after the read. The bytes hashed are the bytes checked, so the finding
 * describes exactly what was read.
 */
export const fileChanged = defineRule({
  code: 'file-changed',
  severity: 'error',
  title: { th: 'ไฟล์เปลี่ยนระหว่างอ่าน', en: 'File changed while read' },
  message: {
    th: 'ไฟล์นี้ถูกแก้ไขหรือเขียนทับระหว่างที่กำลังอ่าน (ก่อนอ่าน: {value}; หลังอ่าน: {expected}) ผลที่ได้อาจไม่ตรงกับไฟล์ที่อยู่ในเครื่องตอนนี้ รอให้คัดลอกหรือบันทึกไฟล์เสร็จแล้วรวบรวมใหม่',
    en: 'The file was modified or replaced while it was being read (before: {value}; after: {expected}); the results may not match the file as it is now; wait until copying or saving has finished and run again',
  },
});
