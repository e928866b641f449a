/**
 * The Grid: what every host (Excel, xlsx files, csv, pasted text) hands to core.
 * Rows and columns are 0-based inside the grid; A1 addresses and finding positions are 1-based.
 */
import { z } from 'zod';

export const cellValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type CellValue = z.infer<typeof cellValueSchema>;

/** A rectangular range, 0-based and inclusive on both ends. */
export const rangeSchema = z.object({
  top: z.number().int().nonnegative(),
  left: z.number().int().nonnegative(),
  bottom: z.number().int().nonnegative(),
  right: z.number().int().nonnegative(),
});
export type Range = z.infer<typeof rangeSchema>;

export const gridSchema = z.object({
  sheet: z.string(),
  rows: z.array(z.array(cellValueSchema)),
  merges: z.array(rangeSchema),
  /** Formulas by A1 address, where the host can see them (Excel, xlsx). */
  formulas: z.record(z.string()).optional(),
});
export type Grid = z.infer<typeof gridSchema>;

/**
 * Every grid the readers make has these four properties in this order (formulas undefined where there
 * are none), so the functions that read grids meet one shape of object, where a grid with formulas
 * and one without used to be two.
 */
export function makeGrid(sheet: string, rows: CellValue[][], merges: Range[] = [], formulas?: Record<string, string>): Grid {
  return { sheet, rows, merges, formulas };
}

/** A row without its trailing empty cells, as every reader gives its rows (the row itself, shortened). */
export function trimRow(cells: CellValue[]): CellValue[] {
  while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
  return cells;
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(col: number): string {
  // Every source cell of a parse is named by its letters: the usual columns' are kept.
  if (col >= 0 && col < LETTERS.length) return (LETTERS[col] ??= lettersOf(col));
  return lettersOf(col);
}

const LETTERS: string[] = new Array<string>(256);

function lettersOf(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "A" → 0, "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) throw new Error(`Not a column name: ${letters}`);
    n = n * 26 + (code - 64);
  }
  return n - 1;
}

/** 0-based row and column → "C12". */
export function a1(row: number, col: number): string {
  // Every value a parse reads keeps its cell's address: those of the first rows and columns are kept.
  if (row >= 0 && row < A1_ROWS && col >= 0 && col < A1_COLUMNS && Number.isInteger(row) && Number.isInteger(col)) {
    const byRow = (A1_KEPT[col] ??= new Array<string>(A1_ROWS));
    return (byRow[row] ??= `${columnLetter(col)}${row + 1}`);
  }
  return `${columnLetter(col)}${row + 1}`;
}

const A1_ROWS = 2048;
const A1_COLUMNS = 64;
const A1_KEPT: string[][] = new Array<string[]>(A1_COLUMNS);

/** "C12" → { row: 11, col: 2 }. */
export function parseA1(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) throw new Error(`Not an A1 cell address: ${ref}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** A range → "A1:C3" (a single cell stays "A1"). */
export function rangeA1(r: Range): string {
  const start = a1(r.top, r.left);
  const end = a1(r.bottom, r.right);
  return start === end ? start : `${start}:${end}`;
}

/** "A1:C3" → Range. */
export function parseRangeA1(ref: string): Range {
  const [s, e = s] = ref.split(':');
  const p = parseA1(s);
  const q = parseA1(e);
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

export function cellAt(grid: Grid, row: number, col: number): CellValue {
  const r = grid.rows[row];
  if (!r) return null;
  const v = r[col];
  return v === undefined ? null : v;
}

/** The value as text ('' for empty); numbers keep their plain JavaScript form. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  return String(value);
}

export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

export function columnCount(grid: Grid): number {
  let n = 0;
  for (const r of grid.rows) if (r.length > n) n = r.length;
  return n;
}

/** The merged range that covers a cell, if any. */
export function mergeAt(grid: Grid, row: number, col: number): Range | undefined {
  return grid.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

/**
 * The value a reader sees in a cell, looking through merges: a cell covered by a merge
 * shows the merge's top-left value.
 */
export function visibleValue(grid: Grid, row: number, col: number): CellValue {
  const m = mergeAt(grid, row, col);
  if (m) return cellAt(grid, m.top, m.left);
  return cellAt(grid, row, col);
}
