/**
 * Delimited text (.csv, and text files in Excel's clothes) → Grid.
 *
 * - Bytes are decoded once, as a whole, by decodeText (UTF-8 with or without BOM, UTF-16 with a BOM,
 *   windows-874 from Thai Windows); papaparse only ever sees the decoded string (fed Buffers it
 *   decodes chunks separately and breaks Thai, see docs/architecture.md).
 * - The delimiter is chosen among , ; TAB | by parsing the first rows with each (quote-aware, so
 *   "10,000" inside quotes does not count) and keeping the one that gives the most rows of one
 *   common width greater than 1.
 * - Papaparse errors are not fatal. One repair is made: a quote that opens a field but never
 *   closes properly (a stray `"` typed at the start of a cell) would swallow every following line
 *   into one cell; such a quote is read as a literal character and the text parsed again.
 * - What looks wrong is reported as CsvIssues, not mended: a stray quote read literally, and a row
 *   with content beyond the width most rows share (an unquoted "10,000" split in two, a delimiter
 *   typed into a cell), which shifts the cells after it into other columns.
 * - UTF-16 without a byte-order mark (some exporters write it) is recognised by its byte pattern.
 * - Rows stay ragged as written; blank cells are null, trailing blank cells and trailing blank rows
 *   are dropped, blank lines inside stay as empty rows (so row numbers match the file's lines when
 *   no cell spans lines). Values stay strings: core parses Thai digits and amounts itself.
 */
import Papa from 'papaparse';
import { makeGrid, trimRow, type CellValue, type Grid } from '../../core/grid';
import { objectList } from '../../core/object-lists';
import { decodeText, type TextEncoding } from './decode';
import { utf16WithoutBom } from './sniff';

export type CsvDelimiter = ',' | ';' | '\t' | '|';

export const CSV_DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t', '|'];

/** Something in the text that was read as written but is probably not what the sender meant. 0-based. */
export interface CsvIssue {
  kind: 'stray-quote' | 'ragged-row';
  row: number;
  column: number;
  value: string;
  /** For a ragged row: how many cells the row has, and the width most rows share. */
  width?: number;
  common?: number;
}

export interface CsvReadResult {
  grid: Grid;
  encoding: TextEncoding;
  delimiter: CsvDelimiter;
  /** Present only when something was found. */
  issues?: CsvIssue[];
}

/** Rows looked at to choose the delimiter. */
const SNIFF_ROWS = 200;
/** Stray-quote repairs before giving up and keeping what papaparse produced. */
const MAX_REPAIRS = 200;

function parse(text: string, delimiter: CsvDelimiter, preview = 0): Papa.ParseResult<string[]> {
  return Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    quoteChar: '"',
    escapeChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    preview,
  });
}

function blankRow(row: string[]): boolean {
  return row.every((c) => c.trim() === '');
}

/**
 * The delimiter that gives the most non-blank rows sharing one width greater than 1; ties go to the
 * wider table, then to the order , ; TAB |. A single-column text gives ','.
 */
export function sniffDelimiter(text: string): CsvDelimiter {
  let best: { d: CsvDelimiter; rows: number; width: number } = { d: ',', rows: 0, width: 0 };
  for (const d of CSV_DELIMITERS) {
    if (!text.includes(d)) continue;
    const widths = new Map<number, number>();
    for (const row of parse(text, d, SNIFF_ROWS).data) {
      if (row.length < 2 || blankRow(row)) continue;
      widths.set(row.length, (widths.get(row.length) ?? 0) + 1);
    }
    let rows = 0;
    let width = 0;
    for (const [w, n] of widths) if (n > rows || (n === rows && w > width)) [rows, width] = [n, w];
    if (rows > best.rows || (rows === best.rows && rows > 0 && width > best.width)) best = { d, rows, width };
  }
  return best.d;
}

/** A character absent from the text, to stand in for a literal quote while re-parsing. */
function placeholderFor(text: string): string {
  for (let c = 0xe000; c <= 0xf8ff; c++) {
    const ch = String.fromCharCode(c);
    if (!text.includes(ch)) return ch;
  }
  return '\u0000';
}

/**
 * The opening quote to read literally, if any: one papaparse could not close (MissingQuotes), or one
 * whose field closed malformed (InvalidQuotes) after running over a line break before its next quote
 * (a stray quote that swallowed rows). A malformed field on one line (`"he said "hi""`) is left as
 * papaparse read it.
 */
function strayQuote(text: string, errors: Papa.ParseError[]): number | null {
  let found: number | null = null;
  for (const e of errors) {
    if (e.type !== 'Quotes' || typeof e.index !== 'number') continue;
    const open = text.lastIndexOf('"', e.index);
    if (open < 0) continue;
    let stray = e.code === 'MissingQuotes';
    if (!stray && e.code === 'InvalidQuotes') {
      const next = text.indexOf('"', open + 1);
      stray = text.slice(open + 1, next < 0 ? text.length : next).includes('\n');
    }
    if (stray && (found === null || open < found)) found = open;
  }
  return found;
}

function toRows(data: string[][], placeholder: string | null, issues: CsvIssue[]): CellValue[][] {
  // Lists filled by push, not made by map: map's list is packed to V8 while this runs in the
  // interpreter and holey once it is compiled, and the code that reads every grid's rows was compiled
  // again in each worker when the other kind came (core/object-lists.ts).
  const rows: CellValue[][] = [];
  for (let r = 0; r < data.length; r++) {
    const raw = data[r];
    const cells: CellValue[] = objectList();
    for (let col = 0; col < raw.length; col++) {
      const c = raw[col];
      if (c.trim() === '') cells.push(null);
      else if (placeholder === null || !c.includes(placeholder)) cells.push(c);
      else {
        const value = c.split(placeholder).join('"');
        issues.push({ kind: 'stray-quote', row: r, column: col, value });
        cells.push(value);
      }
    }
    rows.push(trimRow(cells));
  }
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

/**
 * Rows whose content runs past the width most rows share (counting the cells as written, blank
 * ones too, over rows of more than one cell). Excel writes every row of a CSV to the same width,
 * so a longer row is a delimiter inside a value that was not quoted.
 */
function raggedRows(data: string[][], rows: CellValue[][]): CsvIssue[] {
  const widths = new Map<number, number>();
  for (const raw of data) if (raw.length > 1) widths.set(raw.length, (widths.get(raw.length) ?? 0) + 1);
  let common = 0;
  let seen = 0;
  for (const [w, n] of widths) if (n > seen || (n === seen && w > common)) [common, seen] = [w, n];
  if (common < 2 || seen < 2) return [];
  const out: CsvIssue[] = [];
  rows.forEach((row, r) => {
    if (row.length <= common) return;
    const extra = row.slice(common).find((v) => v !== null);
    out.push({ kind: 'ragged-row', row: r, column: common, value: String(extra ?? ''), width: row.length, common });
  });
  return out;
}

/** Decoded delimited text → Grid, with the delimiter used (sniffed unless given). */
export function csvTextToGrid(text: string, sheet: string, delimiter?: CsvDelimiter): { grid: Grid; delimiter: CsvDelimiter; issues?: CsvIssue[] } {
  // One line-break convention for papaparse; inside quoted cells a CR LF becomes LF, as Excel keeps it.
  let work = text.replace(/\r\n?/g, '\n');
  const d = delimiter ?? sniffDelimiter(work);
  let placeholder: string | null = null;
  let result = parse(work, d);
  for (let i = 0; i < MAX_REPAIRS; i++) {
    const open = strayQuote(work, result.errors);
    if (open === null) break;
    placeholder ??= placeholderFor(work);
    work = work.slice(0, open) + placeholder + work.slice(open + 1);
    result = parse(work, d);
  }
  const issues: CsvIssue[] = [];
  const rows = toRows(result.data, placeholder, issues);
  issues.push(...raggedRows(result.data, rows));
  issues.sort((a, b) => a.row - b.row || a.column - b.column);
  const grid = makeGrid(sheet, rows);
  return issues.length > 0 ? { grid, delimiter: d, issues } : { grid, delimiter: d };
}

/** decodeText, and UTF-16 without a byte-order mark, which decodeText would take for windows-874. */
export function decodeCsvText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  return decodeText(bytes);
}

export function readCsvDetailed(bytes: Uint8Array, sheet: string): CsvReadResult {
  const { text, encoding } = decodeCsvText(bytes);
  const { grid, delimiter, issues } = csvTextToGrid(text, sheet);
  return issues ? { grid, encoding, delimiter, issues } : { grid, encoding, delimiter };
}

export function readCsv(bytes: Uint8Array, sheet: string): Grid {
  return readCsvDetailed(bytes, sheet).grid;
}
