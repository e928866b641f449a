import { a1, type CellValue } from '../grid';
import type { FindingInput } from '../findings';
import { defineRule } from './rule';

/** Excel's error values, with what each means, as a formula's cached result shows them. */
export const EXCEL_ERRORS: Record<string, { th: string; en: string }> = {
  '#REF!': { th: 'สูตรอ้างถึงช่องหรือแผ่นงานที่ถูกลบไปแล้ว', en: 'the formula refers to a cell or sheet that was deleted' },
  '#DIV/0!': { th: 'สูตรหารด้วยศูนย์หรือช่องว่าง', en: 'the formula divides by zero or by an empty cell' },
  '#VALUE!': { th: 'สูตรคำนวณกับข้อความแทนตัวเลข', en: 'the formula computes with text instead of a number' },
  '#NAME?': { th: 'สูตรใช้ชื่อฟังก์ชันหรือชื่อช่วงที่ไม่รู้จัก', en: 'the formula uses an unknown function or range name' },
  '#N/A': { th: 'สูตรค้นหาค่าไม่พบ', en: 'the formula did not find the value it looks up' },
  '#NUM!': { th: 'สูตรได้ตัวเลขที่คำนวณไม่ได้', en: 'the formula gives a number that cannot be computed' },
  '#NULL!': { th: 'สูตรอ้างช่วงที่ไม่ตัดกัน', en: 'the formula refers to ranges that do not intersect' },
  '#SPILL!': { th: 'ผลของสูตรล้นไปทับช่องที่มีข้อมูล', en: 'the formula spills over cells that hold data' },
  '#CALC!': { th: 'สูตรคำนวณไม่ได้', en: 'the formula cannot be calculated' },
  '#GETTING_DATA': { th: 'สูตรยังดึงข้อมูลไม่เสร็จ', en: 'the formula had not finished getting its data' },
  '#FIELD!': { th: 'สูตรอ้างถึงฟิลด์ที่ไม่มี', en: 'the formula refers to a field that does not exist' },
  '#BLOCKED!': { th: 'สูตรถูกระงับ', en: 'the formula was blocked' },
  '#CONNECT!': { th: 'สูตรเชื่อมต่อแหล่งข้อมูลไม่ได้', en: 'the formula could not connect to its source' },
  '#UNKNOWN!': { th: 'สูตรใช้ข้อมูลชนิดที่ไม่รู้จัก', en: 'the formula uses a data type Excel does not know' },
  '#BUSY!': { th: 'สูตรยังคำนวณไม่เสร็จ', en: 'the formula was still calculating' },
  '#EXTERNAL!': { th: 'สูตรอ้างถึงไฟล์ภายนอก', en: 'the formula refers to an external file' },
  '#PYTHON!': { th: 'สูตร Python ผิดพลาด', en: 'the Python formula failed' },
};

/** What an error value starts with, after the spaces trim() takes. */
const STARTS_WITH_HASH = /^\s*#/;

/** The Excel error value a cell holds ("#REF!", "#DIV/0!", …), or null. */
export function excelError(v: CellValue): string | null {
  // Every cell of a sheet is asked: one that does not start with # is none, and costs one test.
  if (typeof v !== 'string' || v.length > 16 || !STARTS_WITH_HASH.test(v)) return null;
  const t = v.trim().toUpperCase();
  return t.startsWith('#') && EXCEL_ERRORS[t] ? t : null;
}

/**
 * A cell showing an Excel error value (#REF!, #DIV/0!, …): a formula whose result was an error
 * when the file was saved, so the value the cell should hold is missing. Looked for in every cell
 * of a sheet that holds a table (a #REF! in a total or an amount leaves a hole in the figures).
 */
export const formulaError = defineRule({
  code: 'formula-error',
  severity: 'error',
  title: { th: 'สูตรให้ค่าผิดพลาด', en: 'Formula error value' },
  message: {
    th: 'ช่องนี้แสดงค่าผิดพลาดของสูตร {value} ({why}) จึงไม่มีค่าที่ควรเป็น แก้สูตรหรือพิมพ์ค่าที่ถูกต้องแล้วบันทึกใหม่',
    en: 'The cell shows the formula error {value} ({whyEn}), so the value it should hold is missing; fix the formula or type the right value and save again',
  },
  check: ({ grid }) => {
    const out: FindingInput[] = [];
    grid.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        const e = excelError(v);
        if (!e) return;
        const formula = grid.formulas?.[a1(r, c)];
        out.push({
          source: { sheet: grid.sheet, cell: a1(r, c), row: r + 1, column: c + 1 },
          value: e,
          expected: formula ?? null,
          params: { why: EXCEL_ERRORS[e].th, whyEn: EXCEL_ERRORS[e].en },
        });
      }),
    );
    return out;
  },
});
