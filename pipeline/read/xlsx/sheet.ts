/**
 * One worksheet part → Grid, in one streaming pass. Cells are gathered per row as (column, value)
 * pairs and a row array is only made for a row that holds something, so the work and the memory
 * follow the cells that have content, not the rows or styles a file declares.
 */
import { a1, makeGrid, parseRangeA1, type CellValue, type Grid, type Range } from '../../../core/grid';
import { objectList } from '../../../core/object-lists';
import { UnreadableError } from '../unreadable';
import { isoToSerial } from './dates';
import { type SheetCells, scanSheetData } from './sheet-data';
import { parseXml, unescapeXstring, type Attributes, type XmlHandlers } from './xml';
import { CLOSE, OPEN, release, replay, type Events } from './xml-events';
import { FAST_MAX_CHARS, scanPart } from './xml-scan';

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

export function parseSheet(xml: string, ctx: SheetContext): SheetResult {
  return parseSheetDirect(xml, ctx) ?? parseSheetGeneral(xml, ctx);
}

/** The sheet read the general way (xml.ts): every element as an event to the handlers. */
export function parseSheetGeneral(xml: string, ctx: SheetContext): SheetResult {
  const reader = new SheetReader(ctx);
  parseXml(xml, ctx.part, reader);
  return reader.result();
}

const SHEET_DATA_OPEN = '<sheetData>';
const SHEET_DATA_CLOSE = '</sheetData>';

/**
 * The sheet with its <sheetData>'s rows read straight from the XML (sheet-data.ts), and the rest of
 * the part (that element emptied) by the general scanner; null when either gives up, and the part
 * is then read the general way from its start. The rows are read before the rest is replayed:
 * nothing before a part's first sheetData element reaches a row, and what comes after is replayed
 * after them, in the order the general way reads it. Only a part whose first mention of sheetData
 * is `<sheetData>` is read so, and only when that is the element itself, a child of the root: a
 * comment, CDATA or a '<' in an attribute value or text there makes the rest fail to scan, and an
 * element of that name (prefixed, or with attributes) or a deeper one would have its rows read out
 * of the general way's order, or past its limit of depth.
 */
function parseSheetDirect(xml: string, ctx: SheetContext): SheetResult | null {
  if (xml.length > FAST_MAX_CHARS) return null;
  const open = xml.indexOf(SHEET_DATA_OPEN);
  if (open < 0 || xml.lastIndexOf('sheetData', open) >= 0) return null;
  const from = open + SHEET_DATA_OPEN.length;
  const to = xml.indexOf(SHEET_DATA_CLOSE, from);
  if (to < 0) return null;
  const events = scanPart(xml.slice(0, from) + xml.slice(to), ctx.part);
  if (events === null) return null;
  if (!isRootChild(events, 'sheetData')) {
    release(events);
    return null;
  }
  const reader = new SheetReader(ctx);
  // The workbook's count of cells, as it was: rows stored before the reading gave up are counted again.
  const cells = ctx.budget.cells;
  let read = false;
  try {
    reader.inSheetData = true;
    read = scanSheetData(xml, from, to, reader);
    reader.inSheetData = false;
  } finally {
    if (!read) release(events);
  }
  if (!read) {
    ctx.budget.cells = cells;
    return null;
  }
  replay(events, reader);
  return reader.result();
}

/** Whether the first element named `local` in a scanned part's events is a child of its root. */
function isRootChild(events: Events, local: string): boolean {
  let depth = 0;
  for (let k = 0; k < events.count; k++) {
    const kind = events.kinds[k];
    if (kind === CLOSE) depth--;
    else if (kind === OPEN) {
      if (events.values[k] === local) return depth === 1;
      depth++;
    }
  }
  return false;
}

/**
 * The handlers of one sheet's pass, with their state as fields. A class rather than closures made
 * per sheet: V8 optimises a method once per thread, while closures made anew for every sheet were
 * optimised again and again (some 13 times each in a national run, by the trace of --trace-opt).
 */
class SheetReader implements XmlHandlers, SheetCells {
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
    const { v } = this;
    if (this.hasInline && this.type !== 's') this.type = 'inlineStr'; // <is> without t="inlineStr": still text
    switch (this.type) {
      case 's': {
        const idx = Number(v);
        const s = v !== '' && Number.isInteger(idx) ? this.ctx.sharedStrings[idx] : undefined;
        if (s === undefined && v.trim() !== '') this.issues.push({ kind: 'shared-string-missing', cell: a1(this.rowIdx, this.col), value: v.trim() });
        return s === undefined || s === '' ? null : s;
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
        let n = Number(v);
        if (!Number.isFinite(n)) return v;
        if (this.style > 0 && this.ctx.dateXf[this.style]) {
          if (this.ctx.date1904 && n >= 1) n += 1462; // same day, 1900 date system
          this.dateCells.push(a1(this.rowIdx, this.col));
        }
        return n;
      }
    }
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
    this.inCell = true;
    this.type = type ?? 'n';
    this.style = style ? Number(style) : 0;
    this.v = this.f = this.inline = '';
    this.hasInline = this.inIs = false;
    this.phonetic = 0;
    if (at && parseRef(at)) {
      if (!this.rowHasRef && this.rowCols.length === 0) this.rowIdx = REF.row;
      this.col = REF.col;
    } else this.col = this.prevCol + 1;
    this.prevCol = this.col;
  }

  cellValue(text: string): void {
    this.v = text;
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
