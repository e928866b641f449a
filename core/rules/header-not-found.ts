import { defineRule } from './rule';

/** No sheet of the file holds a plan table or a project-detail section. */
export const headerNotFound = defineRule({
  code: 'header-not-found',
  severity: 'error',
  title: { th: 'ไม่พบหัวตาราง', en: 'Header not found' },
  message: {
    th: 'ไม่พบตารางแผนหรือรายงานที่รู้จัก (หัวตารางเช่น "มิติ | ภารกิจตามมิติ | โครงการ/กิจกรรม/มาตรการ | ปี …")',
    en: 'No known plan or report table was found (a header such as "มิติ | ภารกิจตามมิติ | โครงการ/กิจกรรม/มาตรการ | ปี …")',
  },
  checkWorkbook: ({ sheets }) => {
    const found = sheets.some((s) => s.doc.tables.length > 0 || s.doc.details.length > 0);
    return found || sheets.length === 0 ? [] : [{ sheet: sheets[0].grid.sheet, value: sheets.map((s) => s.grid.sheet).join(', ') }];
  },
});
