/**
 * The translations between what Excel hands over (2-D arrays of values and formulas anchored at
 * some cell, merged areas as one address string) and core's shapes (Grid, SheetPlan, A1 ranges),
 * kept apart from excel-host.ts so that they are plain functions with plain tests: excel-host only
 * moves their results in and out of Excel.
 */
import { a1, columnLetter, parseRangeA1, rangeA1, type CellValue, type Grid, type Range } from '../core/grid';
import type { CellStyle, SheetPlan } from '../core/sheet-plan';

/** A value as Excel's `values` / `formulas` arrays accept it. */
export type ExcelInput = string | number | boolean;

export interface RangeRead {
  sheet: string;
  /** `range.values`: "" for an empty cell. */
  values: unknown[][];
  /** `range.formulas`: the formula text for formula cells, the constant otherwise. */
  formulas: unknown[][] | null;
  /** 0-based position of the range's top-left cell (a used range need not start at A1). */
  rowIndex: number;
  columnIndex: number;
  /** `getMergedAreasOrNullObject().address`, or null when there are none or the host cannot tell. */
  mergedAddress: string | null;
}

function toCellValue(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

/**
 * The Grid a range read gives: anchored at A1 (rows and columns above and left of the used
 * range are empty), formulas by A1 address, merges from the areas' address.
 */
export function gridFromRange(read: RangeRead): Grid {
  const pad = (n: number) => Array.from({ length: n }, () => null as CellValue);
  const width = read.columnIndex + Math.max(0, ...read.values.map((r) => r.length));
  const rows: CellValue[][] = [];
  for (let r = 0; r < read.rowIndex; r++) rows.push(pad(width));
  for (const row of read.values) rows.push([...pad(read.columnIndex), ...row.map(toCellValue)]);
  // Trailing empty rows carry nothing; leaving them out keeps a formatted-but-empty tail cheap.
  while (rows.length > 0 && rows[rows.length - 1].every((v) => v === null)) rows.pop();
  const formulas: Record<string, string> = {};
  read.formulas?.forEach((row, r) =>
    row.forEach((f, c) => {
      if (typeof f === 'string' && f.startsWith('=')) formulas[a1(read.rowIndex + r, read.columnIndex + c)] = f;
    }),
  );
  return { sheet: read.sheet, rows, merges: parseAreas(read.mergedAddress), formulas };
}

/**
 * "Sheet1!A1:B2, 'แผน 2566-2570'!C3:C5" → ranges. Sheet names may hold commas and "!" inside
 * quotes, so the addresses are taken after each "!" rather than by splitting on commas.
 */
export function parseAreas(address: string | null): Range[] {
  if (!address) return [];
  const out: Range[] = [];
  const re = /(?:^|,)\s*(?:(?:'(?:[^']|'')*'|[^'!,]+)!)?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)(?=\s*(?:,|$))/g;
  for (const m of address.matchAll(re)) {
    const range = parseRangeA1(m[1].replace(/\$/g, ''));
    if (range.bottom > range.top || range.right > range.left) out.push(range);
  }
  return out;
}

/** Text Excel would turn into something else when written: a formula, a number, a date, a percentage. */
const COERCED = /^[=+\-']|^[\d\s.,:/%()$-]*\d[\d\s.,:/%()$-]*$/;

/**
 * How a value is written so that Excel keeps it as it is: empty cells as "", and text Excel
 * would read as a formula, number or date ("=SUM(…)" in the log, "2567" on the metadata sheet)
 * behind an apostrophe, Excel's prefix for "this is text".
 */
export function cellInput(value: CellValue): ExcelInput {
  if (value === null) return '';
  if (typeof value === 'string' && COERCED.test(value)) return `'${value}`;
  return value;
}

/** The plan's values and formulas as the one 2-D array written to `range.formulas`. */
export function planMatrix(plan: SheetPlan): ExcelInput[][] {
  const rows = plan.values.map((row) => row.map(cellInput));
  for (const f of plan.formulas) {
    const { top, left } = parseRangeA1(f.cell);
    rows[top][left] = f.formula;
  }
  return rows;
}

/** "A1:I22": the area a plan covers. */
export function planArea(plan: SheetPlan): string {
  const rows = Math.max(1, plan.values.length);
  const cols = Math.max(1, plan.columns.length);
  return rangeA1({ top: 0, left: 0, bottom: rows - 1, right: cols - 1 });
}

/** A 2-D array of one value, the shape of a range. */
export function filled<T>(range: Range, value: T): T[][] {
  return Array.from({ length: range.bottom - range.top + 1 }, () => Array.from({ length: range.right - range.left + 1 }, () => value));
}

/**
 * A column width in Excel's points from the plans' widths in characters (the unit exceljs and
 * Excel's own dialog use): a character of the standard font is 7 pixels plus 5 of padding, a
 * pixel ¾ of a point.
 */
export function columnWidthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** "#DCE6F1" from the plans' "DCE6F1". */
export function excelColor(hex: string): string {
  return `#${hex.toUpperCase()}`;
}

export const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
export const V_ALIGN = { top: 'Top', middle: 'Center' } as const;

export type BorderEdge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical';

/** The edges a "border on every cell" needs: the inside ones only where the range has an inside. */
export function borderEdges(range: Range): BorderEdge[] {
  const edges: BorderEdge[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
  if (range.bottom > range.top) edges.push('InsideHorizontal');
  if (range.right > range.left) edges.push('InsideVertical');
  return edges;
}

/** Whether a style touches the font (so that the sheet font is not reset by it). */
export function hasFontStyle(style: CellStyle): boolean {
  return style.bold !== undefined || style.italic !== undefined || style.fontSize !== undefined;
}

/** "D:D" for a 0-based column. */
export function columnAddress(col: number): string {
  const letter = columnLetter(col);
  return `${letter}:${letter}`;
}

/** A cell to write: where, and what (a formula or a constant), with an optional number format. */
export interface CellWrite {
  row: number;
  col: number;
  input: ExcelInput;
  numberFormat?: string;
}

export interface WriteRun {
  address: string;
  range: Range;
  inputs: ExcelInput[][];
  numberFormats: string[][] | null;
}

/**
 * Groups scattered cell writes into runs of adjacent cells in a row, one range write each, so a
 * fixed summary row (D9:H9) is one write, not five. A run mixes formats only if all its cells
 * have one ("General" fills the gaps, which is what an unformatted cell has).
 */
export function writeRuns(writes: CellWrite[]): WriteRun[] {
  const sorted = [...writes].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: { row: number; left: number; cells: CellWrite[] }[] = [];
  for (const w of sorted) {
    const last = runs[runs.length - 1];
    const formatsAgree = last && Boolean(last.cells[0].numberFormat) === Boolean(w.numberFormat);
    if (last && last.row === w.row && last.left + last.cells.length === w.col && formatsAgree) last.cells.push(w);
    else runs.push({ row: w.row, left: w.col, cells: [w] });
  }
  return runs.map((r) => {
    const range: Range = { top: r.row, left: r.left, bottom: r.row, right: r.left + r.cells.length - 1 };
    const formats = r.cells.some((c) => c.numberFormat) ? [r.cells.map((c) => c.numberFormat ?? 'General')] : null;
    return { address: rangeA1(range), range, inputs: [r.cells.map((c) => c.input)], numberFormats: formats };
  });
}

/**
 * How Excel shows a number in the plans' own formats: '#,##0' → "10,000",
 * '"จำนวน "#,##0" บาท"' → "จำนวน 10,000 บาท". Other formats show the number as it is.
 */
export function formatPreview(value: CellValue, numberFormat: string): string {
  if (typeof value !== 'number') return value === null ? '' : String(value);
  const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(Math.round(value));
  if (!numberFormat.includes('#,##0')) return String(value);
  return numberFormat.replace('#,##0', '\u0000').replace(/"([^"]*)"/g, '$1').replace('\u0000', grouped);
}

/** Excel's error for a response above Excel on the web's payload limit (about 5 MB). */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code ?? '';
  return /PayloadSizeLimitExceeded|ResponsePayloadSizeLimitExceeded/i.test(code);
}

/** The text of an error thrown by Office.js or by anything else. */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  const e = error as { message?: string; code?: string } | null;
  return e?.message ?? e?.code ?? String(error);
}
