import { defineRule } from './rule';

/**
 * A cell whose content the file itself lost: it points at text number N of the workbook's shared
 * text table, which has fewer entries (a damaged or hand-made file). Excel would offer to repair
 * the file and empty the cell; hosts read it as empty and report it.
 */
export const damagedCell = defineRule({
  code: 'damaged-cell',
  severity: 'error',
  title: { th: 'ช่องเสียหาย', en: 'Damaged cell' },
  message: {
    th: 'ช่องนี้อ้างถึงข้อความลำดับที่ {value} ซึ่งไม่มีอยู่ในไฟล์ (ไฟล์เสียหาย) ค่าในช่องนี้จึงหายไป เปิดไฟล์ใน Excel ตรวจและพิมพ์ค่าในช่องนี้ใหม่แล้วบันทึกไฟล์',
    en: 'The cell points at shared text number {value}, which the file does not hold (the file is damaged), so its value is lost; open the file in Excel, check and retype this cell and save the file',
  },
});
