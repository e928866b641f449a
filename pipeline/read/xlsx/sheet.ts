/**
 * One worksheet part → Grid, in one streaming pass. Cells are gathered per row as (column, value)
 * pairs and a row array is only made for a row that holds something, so the work and the memory
 * follow the cells that have content, not the rows or styles a file declares.
 */
import { a1, parseRangeA1, type CellValue, type Grid, type Range } from '../../../core/grid';
import { UnreadableError } from '../index';
import { isoToSerial } from './dates';
import { parseXml, unescapeXstring } from './xml';

export interface SheetLimits {
  /** Rows that may hold content (a value or a formula) per sheet. */
  maxRows: number;
  /** Columns that may hold content (16,384 = XFD, Excel's own limit). */
  maxColumns: number;
  /** Grid cells (null-filled gaps included) across all the sheets of one workbook. */
  maxCells: number;
}

export const DEFAULT_SHEET_LIMITS: SheetLimits = {
  maxRows: 100_000,
  maxColumns: 16_384,
  maxCells: 10_000_000,
};

export interface SheetContext {
  sheet: string;
  part: string;
  sharedStrings: string[];
  dateXf: boolean[];
  date1904: boolean;
  limits: SheetLimits;
  /** Shared by the sheets of one workbook: grid cells made so far. */
  budget: { cells: number };
}

/** A cell whose content the file itself lost: its shared-string index is past the end of the table. */
export interface SheetIssue {
  kind: 'shared-string-missing';
  cell: string;
  value: string;
}

export interface SheetResult {
  grid: Grid;
  /** A1 addresses of numbers shown as dates (a date where an amount belongs must not count as baht). */
  dateCells: string[];
  issues: SheetIssue[];
}

/** "C12" → [11, 2]; null when it is not a plain cell reference. */
function parseRef(ref: string): [number, number] | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  if (i === 0 || i > 3 || i === ref.length) return null;
  const row = Number(ref.slice(i));
  if (!Number.isInteger(row) || row < 1) return null;
  return [row - 1, col - 1];
}

export function parseSheet(xml: string, ctx: SheetContext): SheetResult {
  const { limits, sharedStrings, dateXf } = ctx;
  const rows = new Map<number, CellValue[]>();
  const merges: Range[] = [];
  const formulas: Record<string, string> = {};
  const dateCells: string[] = [];
  const issues: SheetIssue[] = [];
  let lastRow = -1;

  let inSheetData = false;
  let inRow = false;
  let rowIdx = -1;
  let rowHasRef = false;
  let prevCol = -1;
  let rowCols: number[] = [];
  let rowVals: CellValue[] = [];

  let inCell = false;
  let col = 0;
  let type = 'n';
  let style = 0;
  let v = '';
  let f = '';
  let inline = '';
  let hasInline = false;
  let target: 'v' | 'f' | 't' | null = null;
  let inIs = false;
  let phonetic = 0;
  let inMergeCells = false;

  const tooBig = (row: number, c: number): UnreadableError => {
    const where = a1(row, c);
    return new UnreadableError(
      `แผ่นงาน "${ctx.sheet}" มีข้อมูลที่เซลล์ ${where} ซึ่งเกินขอบเขตที่อ่านได้ (${limits.maxRows} แถว × ${limits.maxColumns} คอลัมน์ หรือรวม ${limits.maxCells} เซลล์) ให้ลบข้อมูลที่อยู่นอกตารางแล้วบันทึกไฟล์ใหม่`,
      `sheet "${ctx.sheet}" has content at ${where}, beyond what can be read (${limits.maxRows} rows × ${limits.maxColumns} columns, or ${limits.maxCells} cells in all); delete what lies outside the table and save the file again`,
      { sheet: ctx.sheet, cell: where },
    );
  };

  const cellValue = (): CellValue => {
    if (hasInline && type !== 's') type = 'inlineStr'; // <is> without t="inlineStr": still text
    switch (type) {
      case 's': {
        const idx = Number(v);
        const s = v !== '' && Number.isInteger(idx) ? sharedStrings[idx] : undefined;
        if (s === undefined && v.trim() !== '') issues.push({ kind: 'shared-string-missing', cell: a1(rowIdx, col), value: v.trim() });
        return s === undefined || s === '' ? null : s;
      }
      case 'inlineStr': {
        const s = unescapeXstring(hasInline ? inline : v);
        return s === '' ? null : s;
      }
      case 'str':
        return v === '' ? null : unescapeXstring(v);
      case 'b':
        return v === '1' || v === 'true' ? true : v === '0' || v === 'false' ? false : null;
      case 'e':
        return v === '' ? null : v;
      case 'd':
        return v === '' ? null : isoToSerial(v) ?? v;
      default: {
        if (v.trim() === '') return null;
        let n = Number(v);
        if (!Number.isFinite(n)) return v;
        if (style > 0 && dateXf[style]) {
          if (ctx.date1904 && n >= 1) n += 1462; // same day, 1900 date system
          dateCells.push(a1(rowIdx, col));
        }
        return n;
      }
    }
  };

  const endRow = (): void => {
    if (rowCols.length === 0) return;
    let width = 0;
    for (const c of rowCols) if (c + 1 > width) width = c + 1;
    let arr = rows.get(rowIdx);
    if (arr && arr.length >= width) width = arr.length;
    ctx.budget.cells += width - (arr?.length ?? 0);
    if (ctx.budget.cells > limits.maxCells) throw tooBig(rowIdx, width - 1);
    if (!arr) arr = [];
    while (arr.length < width) arr.push(null);
    for (let i = 0; i < rowCols.length; i++) arr[rowCols[i]] = rowVals[i];
    rows.set(rowIdx, arr);
    if (rowIdx > lastRow) lastRow = rowIdx;
  };

  parseXml(xml, ctx.part, {
    open(name, a) {
      if (inCell) {
        if (name === 'v') {
          target = 'v';
          v = '';
        } else if (name === 'f') {
          target = 'f';
          f = '';
        } else if (name === 'is') {
          inIs = true;
          hasInline = true;
        } else if (inIs && name === 'rPh') phonetic++;
        else if (inIs && name === 't' && phonetic === 0) target = 't';
      } else if (inRow && name === 'c') {
        inCell = true;
        type = a.t ?? 'n';
        style = a.s ? Number(a.s) : 0;
        v = f = inline = '';
        hasInline = inIs = false;
        phonetic = 0;
        const ref = a.r ? parseRef(a.r) : null;
        if (ref) {
          if (!rowHasRef && rowCols.length === 0) rowIdx = ref[0];
          col = ref[1];
        } else col = prevCol + 1;
        prevCol = col;
      } else if (inSheetData && name === 'row') {
        inRow = true;
        const r = a.r ? Number(a.r) : NaN;
        rowHasRef = Number.isInteger(r) && r >= 1;
        rowIdx = rowHasRef ? r - 1 : rowIdx + 1;
        prevCol = -1;
        rowCols = [];
        rowVals = [];
      } else if (name === 'sheetData') inSheetData = true;
      else if (name === 'mergeCells') inMergeCells = true;
      else if (inMergeCells && name === 'mergeCell' && a.ref) {
        try {
          merges.push(parseRangeA1(a.ref));
        } catch {
          // a malformed range is left out
        }
      }
    },
    close(name) {
      if (inCell) {
        if (name === 'c') {
          inCell = false;
          const value = cellValue();
          const formula = f.trim();
          if (value === null && formula === '') return;
          if (rowIdx >= limits.maxRows || col >= limits.maxColumns) throw tooBig(rowIdx, col);
          if (formula !== '') formulas[a1(rowIdx, col)] = `=${formula}`;
          if (value !== null) {
            rowCols.push(col);
            rowVals.push(value);
          }
        } else if (name === 'v' || name === 'f' || name === 't') target = null;
        else if (name === 'is') inIs = false;
        else if (name === 'rPh') phonetic = Math.max(0, phonetic - 1);
      } else if (name === 'row' && inRow) {
        endRow();
        inRow = false;
      } else if (name === 'sheetData') inSheetData = false;
      else if (name === 'mergeCells') inMergeCells = false;
    },
    text(t) {
      if (target === 'v') v += t;
      else if (target === 'f') f += t;
      else if (target === 't') inline += t;
    },
  });

  const out: CellValue[][] = [];
  for (let r = 0; r <= lastRow; r++) out.push(rows.get(r) ?? []);
  const grid: Grid = { sheet: ctx.sheet, rows: out, merges };
  if (Object.keys(formulas).length > 0) grid.formulas = formulas;
  return { grid, dateCells, issues };
}
