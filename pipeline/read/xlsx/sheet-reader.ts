/**
 * A worksheet's cells as the sheet's reader keeps them: rows gathered as (column, value) pairs, each
 * cell's value made from its type, style and text (shared strings, inline strings, dates, booleans,
 * errors), formulas, merged ranges and the limits. Told of the rows by the general way's handlers
 * (open, close, text) or by sheet-data.ts's direct reading (SheetCells); sheet.ts chooses.
 */
import { a1, makeGrid, parseRangeA1, type CellValue, type Range } from '../../../core/grid';
import { objectList } from '../../../core/object-lists';
import { UnreadableError } from '../unreadable';
import { isoToSerial } from './dates';
import type { SheetContext, SheetIssue, SheetResult } from './sheet';
import type { SheetCells } from './sheet-data';
import { unescapeXstring, type Attributes, type XmlHandlers } from './xml';

/** parseRef's answer: the 0-based row and column of the last reference read (one pair, not an array per cell). */
const REF = { row: 0, col: 0 };

/** "C12" → REF { row: 11, col: 2 } and true; false when it is not a plain cell reference. */
function parseRef(ref: string): boolean {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  if (i === 0 || i > 3 || i === ref.length) return false;
  // The row's digits read in place; anything else is left to Number, as before.
  let row = 0;
  let k = i;
  for (; k < ref.length && k - i < 15; k++) {
    const c = ref.charCodeAt(k);
    if (c < 48 || c > 57) break;
    row = row * 10 + (c - 48);
  }
  if (k < ref.length) row = Number(ref.slice(i));
  if (!Number.isInteger(row) || row < 1) return false;
  REF.row = row - 1;
  REF.col = col - 1;
  return true;
}

/**
 * The handlers of one sheet's pass, with their state as fields. A class rather than closures made
 * per sheet: V8 optimises a method once per thread, while closures made anew for every sheet were
 * optimised again and again (some 13 times each in a national run, by the trace of --trace-opt).
 */
export class SheetReader implements XmlHandlers, SheetCells {
  private readonly rows = new Map<number, CellValue[]>();
  private readonly merges: Range[] = [];
  private readonly formulas: Record<string, string> = {};
  private readonly dateCells: string[] = [];
  private readonly issues: SheetIssue[] = [];
  private lastRow = -1;

  /** Set by parseSheetDirect around the rows it reads itself. */
  inSheetData = false;
  private inRow = false;
  private rowIdx = -1;
  private rowHasRef = false;
  private prevCol = -1;
  private rowCols: number[] = [];
  private rowVals: CellValue[] = [];

  private inCell = false;
  private col = 0;
  private type = 'n';
  private style = 0;
  private v = '';
  /** The <v>'s number when sheet-data.ts read it as digits (cellDigits), else -1 and the value is `v`. */
  private digits = -1;
  private f = '';
  private inline = '';
  private hasInline = false;
  private target: 'v' | 'f' | 't' | null = null;
  private inIs = false;
  private phonetic = 0;
  private inMergeCells = false;

  constructor(private readonly ctx: SheetContext) {}

  private tooBig(row: number, c: number): UnreadableError {
    const { ctx } = this;
    const { limits } = ctx;
    const where = a1(row, c);
    return new UnreadableError(
      `แผ่นงาน "${ctx.sheet}" มีข้อมูลที่เซลล์ ${where} ซึ่งเกินขอบเขตที่อ่านได้ (${limits.maxRows} แถว × ${limits.maxColumns} คอลัมน์ หรือรวม ${limits.maxCells} เซลล์) ให้ลบข้อมูลที่อยู่นอกตารางแล้วบันทึกไฟล์ใหม่`,
      `sheet "${ctx.sheet}" has content at ${where}, beyond what can be read (${limits.maxRows} rows × ${limits.maxColumns} columns, or ${limits.maxCells} cells in all); delete what lies outside the table and save the file again`,
      { sheet: ctx.sheet, cell: where },
    );
  }

  private valueOfCell(): CellValue {
    if (this.digits >= 0) return this.valueOfDigits(this.digits);
    const { v } = this;
    if (this.hasInline && this.type !== 's') this.type = 'inlineStr'; // <is> without t="inlineStr": still text
    switch (this.type) {
      case 's': {
        const idx = Number(v);
        return this.sharedString(v !== '' && Number.isInteger(idx) ? idx : -1, v);
      }
      case 'inlineStr': {
        const s = unescapeXstring(this.hasInline ? this.inline : v);
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
        const n = Number(v);
        return Number.isFinite(n) ? this.number(n) : v;
      }
    }
  }

  /** A cell of type s or n whose <v> is digits alone (cellDigits): what valueOfCell makes of their text. */
  private valueOfDigits(n: number): CellValue {
    return this.type === 's' ? this.sharedString(n, n) : this.number(n);
  }

  /**
   * The shared string at `index` (-1: the value names none); a string past the table is an issue,
   * with the value as written (`written`), unless it is blank.
   */
  private sharedString(index: number, written: string | number): CellValue {
    const s = index >= 0 ? this.ctx.sharedStrings[index] : undefined;
    if (s === undefined) {
      const value = String(written).trim();
      if (value !== '') this.issues.push({ kind: 'shared-string-missing', cell: a1(this.rowIdx, this.col), value });
    }
    return s === undefined || s === '' ? null : s;
  }

  /** A number cell's value: a date's serial in the 1900 system when its style shows a date. */
  private number(n: number): number {
    if (this.style > 0 && this.ctx.dateXf[this.style]) {
      this.dateCells.push(a1(this.rowIdx, this.col));
      // same day, 1900 date system
      if (this.ctx.date1904 && n >= 1) return n + 1462;
    }
    return n;
  }

  // The rows and cells, as the handlers above and sheet-data.ts's direct reading both tell them.

  startRow(number: string | undefined): void {
    this.inRow = true;
    const r = number ? Number(number) : NaN;
    this.rowHasRef = Number.isInteger(r) && r >= 1;
    this.rowIdx = this.rowHasRef ? r - 1 : this.rowIdx + 1;
    this.prevCol = -1;
    // Emptied, not made anew: storeRow copies a row's values out.
    this.rowCols.length = 0;
    this.rowVals.length = 0;
  }

  endRow(): void {
    this.storeRow();
    this.inRow = false;
  }

  startCell(type: string | undefined, style: string | undefined, at: string | undefined): void {
    const ref = at !== undefined && at !== '' && parseRef(at);
    this.startCellAt(type, style ? Number(style) : 0, ref ? REF.row : -1, ref ? REF.col : -1);
  }

  /** A cell at (row, col), or after the one before when col is -1 (no reference, or none the reader takes). */
  startCellAt(type: string | undefined, style: number, row: number, col: number): void {
    this.inCell = true;
    this.type = type ?? 'n';
    this.style = style;
    this.v = this.f = this.inline = '';
    this.digits = -1;
    this.hasInline = this.inIs = false;
    this.phonetic = 0;
    if (col >= 0) {
      if (!this.rowHasRef && this.rowCols.length === 0) this.rowIdx = row;
      this.col = col;
    } else this.col = this.prevCol + 1;
    this.prevCol = this.col;
  }

  cellValue(text: string): void {
    this.v = text;
  }

  cellDigits(n: number): void {
    this.digits = n;
  }

  cellFormula(text: string): void {
    this.f = text;
  }

  startInline(): void {
    this.inIs = true;
    this.hasInline = true;
  }

  inlineText(text: string): void {
    this.inline += text;
  }

  endInline(): void {
    this.inIs = false;
  }

  endCell(): void {
    this.inCell = false;
    const value = this.valueOfCell();
    const formula = this.f.trim();
    if (value === null && formula === '') return;
    const { rowIdx, col } = this;
    if (rowIdx >= this.ctx.limits.maxRows || col >= this.ctx.limits.maxColumns) throw this.tooBig(rowIdx, col);
    if (formula !== '') this.formulas[a1(rowIdx, col)] = `=${formula}`;
    if (value !== null) {
      this.rowCols.push(col);
      this.rowVals.push(value);
    }
  }

  private storeRow(): void {
    const { rowCols, rowVals, rowIdx, ctx } = this;
    if (rowCols.length === 0) return;
    let width = 0;
    for (const c of rowCols) if (c + 1 > width) width = c + 1;
    let arr = this.rows.get(rowIdx);
    if (arr && arr.length >= width) width = arr.length;
    ctx.budget.cells += width - (arr?.length ?? 0);
    if (ctx.budget.cells > ctx.limits.maxCells) throw this.tooBig(rowIdx, width - 1);
    if (!arr) arr = [];
    while (arr.length < width) arr.push(null);
    for (let i = 0; i < rowCols.length; i++) arr[rowCols[i]] = rowVals[i];
    this.rows.set(rowIdx, arr);
    if (rowIdx > this.lastRow) this.lastRow = rowIdx;
  }

  open(name: string, a: Attributes): void {
    if (this.inCell) {
      if (name === 'v') {
        this.target = 'v';
        this.v = '';
      } else if (name === 'f') {
        this.target = 'f';
        this.f = '';
      } else if (name === 'is') {
        this.inIs = true;
        this.hasInline = true;
      } else if (this.inIs && name === 'rPh') this.phonetic++;
      else if (this.inIs && name === 't' && this.phonetic === 0) this.target = 't';
    } else if (this.inRow && name === 'c') this.startCell(a.get('t'), a.get('s'), a.get('r'));
    else if (this.inSheetData && name === 'row') this.startRow(a.get('r'));
    else if (name === 'sheetData') this.inSheetData = true;
    else if (name === 'mergeCells') this.inMergeCells = true;
    else if (this.inMergeCells && name === 'mergeCell') {
      const range = a.get('ref');
      if (!range) return;
      try {
        this.merges.push(parseRangeA1(range));
      } catch {
        // a malformed range is left out
      }
    }
  }

  close(name: string): void {
    if (this.inCell) {
      if (name === 'c') this.endCell();
      else if (name === 'v' || name === 'f' || name === 't') this.target = null;
      else if (name === 'is') this.inIs = false;
      else if (name === 'rPh') this.phonetic = Math.max(0, this.phonetic - 1);
    } else if (name === 'row' && this.inRow) this.endRow();
    else if (name === 'sheetData') this.inSheetData = false;
    else if (name === 'mergeCells') this.inMergeCells = false;
  }

  text(t: string): void {
    if (this.target === 'v') this.v += t;
    else if (this.target === 'f') this.f += t;
    else if (this.target === 't') this.inline += t;
  }

  result(): SheetResult {
    const out: CellValue[][] = [];
    // An empty row is a list of objects to V8 like the others (core/object-lists.ts): one kind of row
    // for the code that reads them.
    for (let r = 0; r <= this.lastRow; r++) out.push(this.rows.get(r) ?? objectList());
    const grid = makeGrid(this.ctx.sheet, out, this.merges, Object.keys(this.formulas).length > 0 ? this.formulas : undefined);
    return { grid, dateCells: this.dateCells, issues: this.issues };
  }
}
