/**
 * One worksheet part → Grid, in one streaming pass: its rows read straight from the XML where they
 * are what Excel writes (sheet-data.ts), else every element as an event (xml.ts), into the sheet's
 * reader (sheet-reader.ts). Cells are gathered per row as (column, value) pairs and a row array is
 * only made for a row that holds something, so the work and the memory follow the cells that have
 * content, not the rows or styles a file declares.
 */
import type { Grid } from '../../../core/grid';
import { scanSheetData } from './sheet-data';
import { SheetReader } from './sheet-reader';
import { parseXml } from './xml';
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
  let read: boolean;
  try {
    reader.inSheetData = true;
    read = scanSheetData(xml, from, to, reader);
  } catch (err) {
    release(events);
    throw err;
  }
  reader.inSheetData = false;
  if (!read) {
    release(events);
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
