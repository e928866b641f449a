import { defineRule } from './rule';

/**
 * A CSV row that does not fit the file's shape: a quote opened and never closed (read as a plain
 * character), or more cells than the other rows have (a comma inside an amount or a name that
 * was not quoted), which shifts the cells after it into other columns. Hosts reading CSV report it.
 */
export const malformedCsv = defineRule({
  code: 'malformed-csv',
  severity: 'warning',
  title: { th: 'CSV ผิดรูปแบบ', en: 'Malformed CSV row' },
  message: { th: '{what}', en: '{whatEn}' },
});
