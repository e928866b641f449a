import { a1, type CellValue } from '../grid';
import type { FindingInput } from '../findings';
import { defineRule } from './rule';

/**
 * Text that a spreadsheet would run as a formula if it were typed or opened from a CSV: it starts
 * with = or @ (or their full-width forms), or with + or - right before a letter, a $, = or @, or
 * before a number followed by an operator ("-2+3+cmd|…"). A dash before a space ("- โครงการ"),
 * a lone dash, "-10,000" and "+66 81 234 5678" are ordinary text.
 */
const FORMULA_LIKE = /^[\s\u00a0]*(?:[=@\uff1d\uff20]|[+\-\uff0b\uff0d](?:[A-Za-z_$=@(\uff1d\uff20]|\d[\d.,]*\s*[+\-*/^&|<>=]))/;

export function looksLikeFormula(v: CellValue): boolean {
  return typeof v === 'string' && FORMULA_LIKE.test(v);
}

/** Findings per file, at most: the first ones make the point. */
const MAX_REPORTED = 200;

/**
 * A cell whose text starts like a formula. In a workbook it is only text, but copied into a CSV or
 * another sheet it would run (CSV/formula injection: `=HYPERLINK(…)`, `=cmd|…`). sujarit's own
 * outputs always write it as text (CSV cells get a leading '); the finding tells the analyst the
 * file carries such text, on purpose or not. Looked for on every sheet (the metadata sheet too).
 */
export const formulaLikeText = defineRule({
  code: 'formula-like-text',
  severity: 'warning',
  title: { th: 'ข้อความขึ้นต้นเหมือนสูตร', en: 'Text that starts like a formula' },
  message: {
    th: 'ข้อความ "{value}" ขึ้นต้นด้วยเครื่องหมายที่โปรแกรมตารางคำนวณจะถือเป็นสูตร (= + - @) หากไม่ได้ตั้งใจให้ลบเครื่องหมายนั้นออก ในไฟล์ผลลัพธ์ข้อความนี้จะแสดงเป็นข้อความธรรมดา (มี \' นำหน้าใน CSV)',
    en: 'The text "{value}" starts with a character spreadsheets run as a formula (= + - @); remove it if it was not meant; the outputs show this text as plain text (with a leading \' in CSV files)',
  },
  checkWorkbook: ({ sheets }) => {
    const out: FindingInput[] = [];
    for (const { grid } of sheets) {
      for (let r = 0; r < grid.rows.length && out.length < MAX_REPORTED; r++) {
        const row = grid.rows[r];
        for (let c = 0; c < row.length && out.length < MAX_REPORTED; c++) {
          const v = row[c];
          if (!looksLikeFormula(v)) continue;
          const text = String(v);
          out.push({ source: { sheet: grid.sheet, cell: a1(r, c), row: r + 1, column: c + 1 }, value: text.length > 80 ? `${text.slice(0, 80)}…` : text });
        }
      }
    }
    return out;
  },
});
