import { defineRule } from './rule';

/** A file with no sheet, or whose every sheet is empty: nothing was filled in, or the wrong file was sent. */
export const emptyWorkbook = defineRule({
  code: 'empty-workbook',
  severity: 'error',
  title: { th: 'ไฟล์ไม่มีข้อมูล', en: 'Empty workbook' },
  message: {
    th: 'ไฟล์นี้ไม่มีข้อมูลเลย ({value}) อาจส่งไฟล์ผิดหรือยังไม่ได้บันทึกแผน กรุณาส่งไฟล์แผนที่กรอกแล้ว',
    en: 'The file holds no data at all ({value}); perhaps the wrong file was sent or the plan was not saved; please send the filled-in plan',
  },
  checkWorkbook: ({ sheets }) => {
    const empty = sheets.every((s) => s.grid.rows.every((row) => row.every((v) => v === null || (typeof v === 'string' && v.trim() === ''))));
    if (!empty) return [];
    const names = sheets.map((s) => s.grid.sheet);
    return [{ sheet: names[0] ?? null, value: names.length === 0 ? 'ไม่มีแผ่นงาน / no sheet' : `${names.length} แผ่นงานว่าง / empty sheets: ${names.join(', ')}` }];
  },
});
