/**
 * One styled sheet of summary.xlsx, written table by table: a title row, then tables with a
 * bold header on a blue-grey fill, thin borders, TH Sarabun New 16, '#,##0' on every number,
 * wrapped long text, column widths that fit Thai text, and A4 landscape print setup.
 * No merged cells anywhere, so every table can be filtered, sorted and pivoted as it is.
 */
import type * as ExcelJS from 'exceljs';
import { formatNumber } from '../../../core/thai';
import { neutralise } from '../csv';

export type Value = string | number | null;

/** text: short labels; long: titles, messages, paths (wider, wrapped); code: hashes (never wrapped); count / amount: numbers. */
export type ColumnKind = 'text' | 'long' | 'code' | 'count' | 'amount';

export interface Column {
  header: string;
  kind: ColumnKind;
}

export interface Row {
  values: Value[];
  /** Background fills by 0-based column index, as RGB hex ("FDE9E7"). */
  fills?: Record<number, string>;
  bold?: boolean;
}

export interface Table {
  columns: Column[];
  rows: Row[];
}

export const FONT_NAME = 'TH Sarabun New';
export const FONT_SIZE = 16;
export const FILL = { header: 'DCE6F1', error: 'FDE9E7', warning: 'FFF4CE' } as const;
export const COUNT_FORMAT = '#,##0';

const font = (bold = false): Partial<ExcelJS.Font> => ({ name: FONT_NAME, size: FONT_SIZE, bold });
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const solid = (rgb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${rgb}` } });

/** Widths in Excel's units (about one digit of the default font); TH Sarabun New 16 is close to one unit a letter. */
const MAX_WIDTH: Record<ColumnKind, number> = { text: 34, long: 60, code: 70, count: 16, amount: 20 };
const MIN_WIDTH: Record<ColumnKind, number> = { text: 7, long: 18, code: 7, count: 7, amount: 10 };
const PADDING = 2;
/** Thai vowels and tone marks written above or below a consonant take no width of their own. */
const THAI_MARKS = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g;

/** The width a text needs on screen: its longest line, not counting Thai marks above or below. */
export function displayWidth(text: string): number {
  return Math.max(0, ...text.split(/\r?\n/).map((line) => line.replace(THAI_MARKS, '').length));
}

/** Headers may wrap onto two lines; a column need not be as wide as its whole header. */
function headerWidth(text: string): number {
  const longestWord = Math.max(0, ...text.split(/\s+/).map(displayWidth));
  return Math.max(longestWord > 14 ? 0 : longestWord, Math.ceil(displayWidth(text) / 2));
}

/** Excel's limit for one cell; longer text makes it "repair" the workbook. */
const MAX_CELL_TEXT = 32767;

function cellText(v: string): string {
  const safe = neutralise(v);
  return safe.length > MAX_CELL_TEXT ? `${safe.slice(0, MAX_CELL_TEXT - 1)}…` : safe;
}

function numberFormat(n: number): string {
  return Number.isInteger(n) ? COUNT_FORMAT : '#,##0.00';
}

export class SheetWriter {
  private next = 1;
  private readonly need: number[] = [];
  private readonly kinds: ColumnKind[] = [];
  private headerRow: number | null = null;

  constructor(readonly ws: ExcelJS.Worksheet) {}

  /** Row 1; row 2 stays empty so Excel's "current region" (pivot, filter) starts at the header. */
  title(text: string): void {
    const cell = this.ws.getCell(1, 1);
    cell.value = neutralise(text);
    cell.style = { font: font(true), alignment: { vertical: 'middle' } };
    this.next = 3;
  }

  /** A line of explanation under a table, left to overflow into the empty cells to its right. */
  note(text: string): void {
    const cell = this.ws.getCell(this.next, 1);
    cell.value = text;
    cell.style = { font: font(), alignment: { vertical: 'top' } };
    this.next++;
  }

  gap(rows = 1): void {
    this.next += rows;
  }

  /** Writes a header row and its data rows. The first table of a sheet gets the frozen pane and the filter. */
  table(t: Table, opts: { heading?: string } = {}): void {
    if (opts.heading) {
      const cell = this.ws.getCell(this.next, 1);
      cell.value = opts.heading;
      cell.style = { font: font(true) };
      this.next++;
    }
    const top = this.next;
    t.columns.forEach((c, i) => {
      const cell = this.ws.getCell(top, i + 1);
      cell.value = c.header;
      cell.style = {
        font: font(true),
        fill: solid(FILL.header),
        border: BORDER,
        alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
      };
      this.measure(i, c.kind, headerWidth(c.header));
    });
    t.rows.forEach((r, n) => this.writeRow(top + 1 + n, t.columns, r));
    const last = top + t.rows.length;
    if (this.headerRow === null) {
      this.headerRow = top;
      this.ws.views = [{ state: 'frozen', xSplit: 0, ySplit: top, topLeftCell: `A${top + 1}`, activeCell: `A${top + 1}` }];
      this.ws.autoFilter = { from: { row: top, column: 1 }, to: { row: Math.max(last, top), column: t.columns.length } };
    }
    this.next = last + 1;
  }

  private writeRow(rowNumber: number, columns: Column[], r: Row): void {
    columns.forEach((c, i) => {
      const cell = this.ws.getCell(rowNumber, i + 1);
      const v = r.values[i] ?? null;
      const isNumber = typeof v === 'number' && Number.isFinite(v);
      const numeric = c.kind === 'count' || c.kind === 'amount';
      // Text from the inputs is plain text, never a formula, and a leading = + - @ gets an apostrophe.
      cell.value = isNumber ? v : v === null ? null : cellText(String(v));
      const style: Partial<ExcelJS.Style> = {
        font: font(r.bold),
        border: BORDER,
        alignment: numeric ? { vertical: 'top', horizontal: 'right' } : { vertical: 'top', wrapText: c.kind !== 'code' },
      };
      if (isNumber || numeric) style.numFmt = isNumber ? numberFormat(v as number) : COUNT_FORMAT;
      const fill = r.fills?.[i];
      if (fill) style.fill = solid(fill);
      cell.style = style;
      const shown = isNumber ? formatNumber(Number.isInteger(v) ? (v as number) : Math.round((v as number) * 100) / 100) : v === null ? '' : String(cell.value);
      this.measure(i, c.kind, displayWidth(shown));
    });
  }

  private measure(i: number, kind: ColumnKind, width: number): void {
    this.kinds[i] ??= kind;
    if (kind === 'long') this.kinds[i] = 'long';
    this.need[i] = Math.max(this.need[i] ?? 0, width);
  }

  /** Column widths, the default font of empty cells, and the print setup. Call once, last. */
  finish(): void {
    this.need.forEach((need, i) => {
      const column = this.ws.getColumn(i + 1);
      column.width = Math.min(MAX_WIDTH[this.kinds[i] ?? 'text'], Math.max(MIN_WIDTH[this.kinds[i] ?? 'text'], need + PADDING));
      column.style = { font: font() };
    });
    this.ws.pageSetup = {
      ...this.ws.pageSetup,
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      ...(this.headerRow !== null ? { printTitlesRow: `${this.headerRow}:${this.headerRow}` } : {}),
    };
    this.ws.headerFooter = {
      ...this.ws.headerFooter,
      oddFooter: `&C&"${FONT_NAME},Regular"&14หน้า &P / &N`,
    };
  }
}
