/**
 * One styled sheet of summary.xlsx, written table by table: a title row, then tables with a
 * bold header on a blue-grey fill, thin borders, TH Sarabun New 16, '#,##0' on every number,
 * wrapped long text, column widths that fit Thai text, and A4 landscape print setup.
 * No merged cells anywhere, so every table can be filtered, sorted and pivoted as it is.
 */
import { columnLetter } from '../../../core/grid';
import { formatNumber } from '../../../core/thai';
import { neutralise } from '../csv';
import { AsciiBytes, PreparedBytes } from '../ascii-bytes';
import { ZIP_PIECE } from '../xlsx-zip';
import { escapeXml, NS_MAIN, NS_REL, type CellStyle, type SharedStrings, type Styles, XML_HEAD } from './ooxml';

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
  /**
   * The rows, or a function that makes them afresh each time it is called: it is called twice (the
   * widths are measured before the rows are written) and its rows are never all held at once. Each
   * row is read before the next is asked for and not kept, so a function may yield one row object
   * refilled each time.
   */
  rows: Row[] | (() => Iterable<Row>);
}

function rowsOf(t: Table): Iterable<Row> {
  return typeof t.rows === 'function' ? t.rows() : t.rows;
}

export const FONT_NAME = 'TH Sarabun New';
export const FONT_SIZE = 16;
export const FILL = { header: 'DCE6F1', error: 'FDE9E7', warning: 'FFF4CE' } as const;
export const COUNT_FORMAT = '#,##0';

/** Widths in Excel's units (about one digit of the default font); TH Sarabun New 16 is close to one unit a letter. */
const MAX_WIDTH: Record<ColumnKind, number> = { text: 34, long: 60, code: 70, count: 16, amount: 20 };
const MIN_WIDTH: Record<ColumnKind, number> = { text: 7, long: 18, code: 7, count: 7, amount: 10 };
const PADDING = 2;
/** A column this wide is as wide as any kind of column gets: its other cells need not be measured. */
const WIDEST = Math.max(...Object.values(MAX_WIDTH)) - PADDING;

/**
 * The width a text needs on screen: its longest line, not counting Thai vowels and tone marks
 * written above or below a consonant (U+0E31, U+0E34-0E3A, U+0E47-0E4E), which take no width of their own.
 */
export function displayWidth(text: string): number {
  // One pass over the characters (a national run measures some hundred thousand cells): lines end at \n,
  // a \r right before it does not count, nor do the marks above or below.
  let best = 0;
  let line = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (line > best) best = line;
      line = 0;
    } else if (c === 13 && text.charCodeAt(i + 1) === 10) continue;
    else if (c === 0x0e31 || (c >= 0x0e34 && c <= 0x0e3a) || (c >= 0x0e47 && c <= 0x0e4e)) continue;
    else line++;
  }
  return line > best ? line : best;
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

/** The built-in format of a number: 3 "#,##0" (COUNT_FORMAT) for whole numbers, 4 "#,##0.00" otherwise. */
function numberFormat(n: number): 3 | 4 {
  return Number.isInteger(n) ? 3 : 4;
}

/** How wide a number shows (formatNumber of it, rounded to satang), without formatting whole numbers. */
function numberWidth(v: number): number {
  const shown = Number.isInteger(v) ? v : Math.round(v * 100) / 100;
  if (!Number.isSafeInteger(shown)) return formatNumber(shown).length;
  const abs = shown < 0 ? -shown : shown;
  const digits = String(abs).length;
  return digits + Math.floor((digits - 1) / 3) + (shown < 0 ? 1 : 0);
}

const TITLE: CellStyle = { bold: true, vertical: 'middle' };
const NOTE: CellStyle = { vertical: 'top' };
const HEADING: CellStyle = { bold: true };
const HEADER: CellStyle = { bold: true, fill: FILL.header, border: true, horizontal: 'center', vertical: 'middle', wrap: true };

type Entry = { kind: 'cell'; row: number; text: string; style: number } | { kind: 'table'; top: number; table: Table; count: number };

/** Row bytes handed to the zip at a time: its piece size, so that they are deflated without a copy. */
const CHUNK = ZIP_PIECE;

/**
 * A sheet's content is gathered (the tables as given, their column widths measured on the way) and
 * written out as XML in one pass by xml(): the column widths have to precede the rows in the part.
 */
export class SheetWriter {
  private next = 1;
  private readonly need: number[] = [];
  private readonly kinds: ColumnKind[] = [];
  private headerRow: number | null = null;
  private filter: string | null = null;
  private readonly entries: Entry[] = [];
  private lastRow = 1;
  private lastCol = 1;

  constructor(private readonly styles: Styles) {}

  /** Row 1; row 2 stays empty so Excel's "current region" (pivot, filter) starts at the header. */
  title(text: string): void {
    this.cell(1, neutralise(text), TITLE);
    this.next = 3;
  }

  /** A line of explanation under a table, left to overflow into the empty cells to its right. */
  note(text: string): void {
    this.cell(this.next, text, NOTE);
    this.next++;
  }

  gap(rows = 1): void {
    this.next += rows;
  }

  private cell(row: number, text: string, style: CellStyle): void {
    this.entries.push({ kind: 'cell', row, text, style: this.styles.id(style) });
    if (row > this.lastRow) this.lastRow = row;
  }

  /** Writes a header row and its data rows. The first table of a sheet gets the frozen pane and the filter. */
  table(t: Table, opts: { heading?: string } = {}): void {
    if (opts.heading) {
      this.cell(this.next, opts.heading, HEADING);
      this.next++;
    }
    const top = this.next;
    t.columns.forEach((c, i) => this.measure(i, c.kind, headerWidth(c.header)));
    let count = 0;
    for (const r of rowsOf(t)) {
      this.measureRow(t.columns, r);
      count++;
    }
    this.entries.push({ kind: 'table', top, table: t, count });
    const last = top + count;
    if (this.headerRow === null) {
      this.headerRow = top;
      this.filter = `A${top}:${columnLetter(Math.max(1, t.columns.length) - 1)}${Math.max(last, top)}`;
    }
    if (t.columns.length > this.lastCol) this.lastCol = t.columns.length;
    if (last > this.lastRow) this.lastRow = last;
    this.next = last + 1;
  }

  /** The last value measured per column and its width: a council's items repeat its province, name and file. */
  private readonly lastValue: Value[] = [];
  private readonly lastWidth: number[] = [];

  /** A data row's widths. The columns' kinds are set with their headers (table()), so only the widths change here. */
  private measureRow(columns: Column[], r: Row): void {
    const { need, lastValue, lastWidth } = this;
    const values = r.values;
    for (let i = 0; i < columns.length; i++) {
      // Titles and messages soon reach it, and measuring each of a national run's was a tenth of the sheet.
      if (need[i] >= WIDEST) continue;
      const v = values[i] ?? null;
      if (v === null) continue;
      let width: number;
      if (v === lastValue[i]) width = lastWidth[i];
      else {
        width = typeof v === 'number' && Number.isFinite(v) ? numberWidth(v) : displayWidth(cellText(String(v)));
        lastValue[i] = v;
        lastWidth[i] = width;
      }
      if (width > need[i]) need[i] = width;
    }
  }

  private measure(i: number, kind: ColumnKind, width: number): void {
    this.kinds[i] ??= kind;
    if (kind === 'long') this.kinds[i] = 'long';
    if (!(this.need[i] >= width)) this.need[i] = width;
  }

  /** The row to print on every page ("3:3"), once a table is written. */
  get printTitlesRow(): string | null {
    return this.headerRow === null ? null : `${this.headerRow}:${this.headerRow}`;
  }

  /** The worksheet part: column widths, the rows, the filter, and the print setup. */
  *xml(strings: SharedStrings): Generator<string | Uint8Array> {
    const styles = this.styles;
    const pane =
      this.headerRow === null
        ? ''
        : `<pane ySplit="${this.headerRow}" topLeftCell="A${this.headerRow + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${this.headerRow + 1}" sqref="A${this.headerRow + 1}"/>`;
    const columnStyle = styles.id({});
    const cols: string[] = [];
    this.need.forEach((need, i) => {
      const kind = this.kinds[i] ?? 'text';
      const width = Math.min(MAX_WIDTH[kind], Math.max(MIN_WIDTH[kind], need + PADDING));
      cols.push(`<col min="${i + 1}" max="${i + 1}" width="${width}" style="${columnStyle}" customWidth="1"/>`);
    });
    yield `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` +
      `<dimension ref="A1:${columnLetter(this.lastCol - 1)}${this.lastRow}"/><sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
      `<sheetFormatPr defaultRowHeight="15"/>${cols.length ? `<cols>${cols.join('')}</cols>` : ''}<sheetData>`;
    // The rows are ASCII (every text is in the shared strings): written as bytes, in pieces.
    const out = new AsciiBytes(CHUNK + 4096);
    for (const e of this.entries) {
      if (e.kind === 'cell') {
        out.ascii(`<row r="${e.row}"><c r="A${e.row}" s="${e.style}" t="s"><v>${strings.id(e.text)}</v></c></row>`);
        continue;
      }
      const { top, table } = e;
      const header = styles.id(HEADER);
      out.ascii(`<row r="${top}">`);
      table.columns.forEach((c, i) => out.ascii(`<c r="${columnLetter(i)}${top}" s="${header}" t="s"><v>${strings.id(c.header)}</v></c>`));
      out.ascii('</row>');
      const style = columnStyles(styles, table.columns);
      const repeat: RepeatCache = { value: [], id: [] };
      let n = 0;
      for (const row of rowsOf(table)) {
        writeRow(out, top + 1 + n++, table.columns, row, style, styles, strings, repeat);
        if (out.length >= CHUNK) yield out.take();
      }
      if (n !== e.count) throw new Error(`the table at row ${top} gave ${n} rows to write and ${e.count} to measure`);
    }
    yield out.take();
    yield `</sheetData>${this.filter ? `<autoFilter ref="${this.filter}"/>` : ''}` +
      '<printOptions horizontalCentered="1"/><pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
      '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
      `<headerFooter><oddFooter>${escapeXml(`&C&"${FONT_NAME},Regular"&14หน้า &P / &N`)}</oddFooter></headerFooter></worksheet>`;
  }
}

/**
 * Each column's data-cell style ids, [plain, bold] × number format [none, 3, 4], without a fill (added
 * per cell), and for each of them the opening of a cell as bytes: of a shared string
 * (`<c s="7" t="s"><v>`), of a number (`<c s="7"><v>`) and of an empty cell (`<c s="7"/>`). A
 * national item sheet has some six million cells, and writing each opening piece by piece was a
 * good part of the sheet.
 */
type ColumnStyles = { ids: number[]; text: PreparedBytes[]; number: PreparedBytes[]; empty: PreparedBytes[] }[];

const CLOSE_VALUE = new PreparedBytes('</v></c>');

function dataStyle(c: Column, bold: boolean, numFmt: 0 | 3 | 4, fill: string | null): CellStyle {
  const numeric = c.kind === 'count' || c.kind === 'amount';
  return {
    bold,
    border: true,
    numFmt,
    fill,
    ...(numeric ? { vertical: 'top' as const, horizontal: 'right' as const } : { vertical: 'top' as const, wrap: c.kind !== 'code' }),
  };
}

function columnStyles(styles: Styles, columns: Column[]): ColumnStyles {
  return columns.map((c) => {
    const ids: number[] = [];
    for (const bold of [false, true]) for (const numFmt of [0, 3, 4] as const) ids.push(styles.id(dataStyle(c, bold, numFmt, null)));
    return {
      ids,
      text: ids.map((id) => new PreparedBytes(`<c s="${id}" t="s"><v>`)),
      number: ids.map((id) => new PreparedBytes(`<c s="${id}"><v>`)),
      empty: ids.map((id) => new PreparedBytes(`<c s="${id}"/>`)),
    };
  });
}

/** Per column, the last text written and its shared-string number (a council's items repeat the same texts). */
interface RepeatCache {
  value: Value[];
  id: number[];
}

/**
 * One data row. Only its first cell carries a reference: the others follow it column by column,
 * which SpreadsheetML allows (a reader counts on from the cell before), and which keeps a national
 * item sheet a third smaller.
 */
function writeRow(out: AsciiBytes, rowNumber: number, columns: Column[], r: Row, style: ColumnStyles, styles: Styles, strings: SharedStrings, repeat: RepeatCache): void {
  out.ascii('<row r="');
  out.number(rowNumber);
  out.ascii('">');
  const bold = r.bold ? 3 : 0;
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i];
    const v = r.values[i] ?? null;
    const isNumber = typeof v === 'number' && Number.isFinite(v);
    const numeric = c.kind === 'count' || c.kind === 'amount';
    // Every number shows as '#,##0' (or '#,##0.00'), and numeric columns keep it on their other cells.
    const numFmt: 0 | 3 | 4 = isNumber ? numberFormat(v as number) : numeric ? 3 : 0;
    const fill = r.fills?.[i];
    const variant = bold + (numFmt === 0 ? 0 : numFmt === 3 ? 1 : 2);
    // The cell's opening up to its value: prepared for the column's own styles, written piece by
    // piece for the first cell (its reference) and a filled one (a style of its own).
    if (i === 0 || fill) {
      if (i === 0) {
        out.ascii('<c r="A');
        out.number(rowNumber);
        out.ascii('" s="');
      } else out.ascii('<c s="');
      out.number(fill ? styles.id(dataStyle(c, Boolean(r.bold), numFmt, fill)) : style[i].ids[variant]);
      out.ascii(isNumber ? '"><v>' : v === null ? '"/>' : '" t="s"><v>');
    } else out.prepared(isNumber ? style[i].number[variant] : v === null ? style[i].empty[variant] : style[i].text[variant]);
    // Text from the inputs is plain text, never a formula, and a leading = + - @ gets an apostrophe.
    if (isNumber) {
      out.number(v as number);
      out.prepared(CLOSE_VALUE);
    } else if (v !== null) {
      let id: number;
      if (v === repeat.value[i]) {
        id = repeat.id[i];
        strings.uses++;
      } else {
        id = strings.id(cellText(String(v)));
        repeat.value[i] = v;
        repeat.id[i] = id;
      }
      out.number(id);
      out.prepared(CLOSE_VALUE);
    }
  }
  out.ascii('</row>');
}
