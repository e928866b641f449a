/// <reference types="office-js" />
/**
 * Fixes written to the sheet after the cells are read again, their old values logged on the
 * บันทึกการแก้ไข sheet, and the last batch undone from that log.
 */
import { rangeA1, type CellValue, type Range } from '../../core/grid';
import { entryPosition, lastBatch, LOG_HEADER, LOG_SHEET, LOG_WIDTHS, logRows, nextBatch, parseLog, STATUS, stillWritten } from '../fix-log';
import type { CellChange } from '../fixes/types';
import { cellInput, excelColor, writeRuns, type CellWrite } from '../host-convert';
import type { ExcelContext, HostCaps } from './host';
import { applyWidths } from './write';

/** The sheet changed between the preview and the confirmation: nothing was written. */
export class SheetChangedError extends Error {
  constructor(readonly cells: string[]) {
    super(`Changed since the preview: ${cells.join(', ')}`);
    this.name = 'SheetChangedError';
  }
}

function boundingBox(cells: { row: number; col: number }[]): Range {
  return {
    top: Math.min(...cells.map((c) => c.row)),
    left: Math.min(...cells.map((c) => c.col)),
    bottom: Math.max(...cells.map((c) => c.row)),
    right: Math.max(...cells.map((c) => c.col)),
  };
}

/** What a loaded range says a cell holds, as a cell state. */
function stateAt(range: Excel.Range, box: Range, row: number, col: number): { value: CellValue; formula: string | null } {
  const v = range.values[row - box.top][col - box.left] as unknown;
  const f = range.formulas[row - box.top][col - box.left] as unknown;
  const value: CellValue = v === '' || v === undefined ? null : (v as CellValue);
  return { value, formula: typeof f === 'string' && f.startsWith('=') ? f : null };
}

function sameState(a: { value: CellValue; formula: string | null }, b: { value: CellValue; formula: string | null }): boolean {
  if (a.formula || b.formula) return a.formula === b.formula;
  if (typeof a.value === 'number' && typeof b.value === 'number') return Math.abs(a.value - b.value) < 1e-9;
  return (a.value ?? null) === (b.value ?? null);
}

/** The log sheet's header and column widths, queued on a new sheet. */
function startLog(ws: Excel.Worksheet, caps: HostCaps): void {
  const header = ws.getRange(rangeA1({ top: 0, left: 0, bottom: 0, right: LOG_HEADER.length - 1 }));
  header.values = [LOG_HEADER.map((h) => h)];
  header.format.font.bold = true;
  header.format.fill.color = excelColor('DCE6F1');
  applyWidths(ws, caps, LOG_WIDTHS.map((width, col) => ({ col, width })));
  if (caps.freeze) ws.freezePanes.freezeRows(1);
}

export interface ApplyResult {
  batch: number;
  applied: number;
}

/**
 * Applies confirmed cell changes and logs the old values (and the old number format, where a
 * change sets one). Sync 1 reads the cells again (and the log): if any cell differs from what the
 * preview showed, nothing is written. Sync 2 writes the changes in runs of adjacent cells and
 * appends the log rows. (Excel before 1.4 needs a third, to learn whether the log sheet exists.)
 */
export async function applyCellChanges(context: ExcelContext, caps: HostCaps, sheet: string, changes: CellChange[], when: Date): Promise<ApplyResult> {
  if (changes.length === 0) return { batch: 0, applied: 0 };
  const sheets = context.workbook.worksheets;
  const ws = sheets.getItem(sheet);
  const box = boundingBox(changes);
  const current = ws.getRange(rangeA1(box));
  current.load('values,formulas,numberFormat');
  const handle = await openLog(context, caps);
  await context.sync();
  const log = resolvedLog(handle);

  const changed = changes.filter((c) => !sameState(stateAt(current, box, c.row, c.col), c.before)).map((c) => c.cell);
  if (changed.length > 0) throw new SheetChangedError(changed);
  const entries = log.used ? parseLog(log.used.values as CellValue[][]) : [];
  const batch = nextBatch(entries);
  const nextRow = log.used ? log.used.rowIndex + log.used.rowCount : 1;

  if (caps.screenUpdating) context.application.suspendScreenUpdatingUntilNextSync();
  const writes: CellWrite[] = changes.map((c) => ({
    row: c.row,
    col: c.col,
    input: c.after.formula ?? cellInput(c.after.value),
    ...(c.after.numberFormat ? { numberFormat: c.after.numberFormat } : {}),
  }));
  for (const run of writeRuns(writes)) {
    const range = ws.getRange(run.address);
    if (run.numberFormats) range.numberFormat = run.numberFormats;
    range.formulas = run.inputs;
  }
  const logSheet = log.sheet ?? sheets.add(LOG_SHEET);
  if (!log.used) startLog(logSheet, caps);
  const oldFormats = changes.map((c) => (c.after.numberFormat ? String(current.numberFormat[c.row - box.top][c.col - box.left]) : null));
  const rows = logRows(batch, when, changes, oldFormats).map((r) => r.map(cellInput));
  logSheet.getRange(rangeA1({ top: nextRow, left: 0, bottom: nextRow + rows.length - 1, right: LOG_HEADER.length - 1 })).values = rows;
  await context.sync();
  return { batch, applied: changes.length };
}

interface LogHandle {
  /** The log sheet, or a null object (resolved at the next sync), or null when known absent. */
  sheet: Excel.Worksheet | null;
  used: Excel.Range | null;
}

/** Queues the loads of the log sheet and its used range. Before ExcelApi 1.4 this costs a sync of its own. */
async function openLog(context: ExcelContext, caps: HostCaps): Promise<LogHandle> {
  const sheets = context.workbook.worksheets;
  if (caps.nullObjects) {
    const sheet = sheets.getItemOrNullObject(LOG_SHEET);
    sheet.load('name');
    const used = sheet.getUsedRangeOrNullObject();
    used.load('values,rowIndex,rowCount');
    return { sheet, used };
  }
  sheets.load('items/name');
  await context.sync();
  if (!sheets.items.some((s) => s.name === LOG_SHEET)) return { sheet: null, used: null };
  const sheet = sheets.getItem(LOG_SHEET);
  sheet.load('name');
  const used = sheet.getUsedRange();
  used.load('values,rowIndex,rowCount');
  return { sheet, used };
}

/** After the sync: the log sheet if it exists, and its rows if it has any. */
function resolvedLog(log: LogHandle): { sheet: Excel.Worksheet | null; used: Excel.Range | null } {
  const sheet = log.sheet && !log.sheet.isNullObject ? log.sheet : null;
  const used = sheet && log.used && !log.used.isNullObject ? log.used : null;
  return { sheet, used };
}

/** Undo refused: a cell the fix changed was changed again afterwards. */
export class UndoConflictError extends Error {
  constructor(readonly cells: string[]) {
    super(`Changed since the fix: ${cells.join(', ')}`);
    this.name = 'UndoConflictError';
  }
}

export interface UndoResult {
  batch: number;
  restored: number;
}

/**
 * Puts back the old values (and number formats) of the last batch of fixes not yet undone, from
 * the log, and marks its log rows. Three syncs: the log, the cells it names, the write.
 */
export async function undoLastFix(context: ExcelContext, caps: HostCaps): Promise<UndoResult | null> {
  const handle = await openLog(context, caps);
  await context.sync();
  const log = resolvedLog(handle);
  if (!log.sheet || !log.used) return null;
  const last = lastBatch(parseLog(log.used.values as CellValue[][]));
  if (!last) return null;
  const bySheet = new Map<string, typeof last.entries>();
  for (const e of last.entries) bySheet.set(e.sheet, [...(bySheet.get(e.sheet) ?? []), e]);
  const reads = [...bySheet.entries()].map(([sheet, entries]) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    const box = boundingBox(entries.map(entryPosition));
    const range = ws.getRange(rangeA1(box));
    range.load('values,formulas');
    return { ws, box, range, entries };
  });
  await context.sync();

  const conflicts = reads.flatMap((r) =>
    r.entries.filter((e) => {
      const { row, col } = entryPosition(e);
      return !stillWritten(e, stateAt(r.range, r.box, row, col));
    }),
  );
  if (conflicts.length > 0) throw new UndoConflictError(conflicts.map((e) => e.cell));
  if (caps.screenUpdating) context.application.suspendScreenUpdatingUntilNextSync();
  for (const r of reads) {
    const writes: CellWrite[] = r.entries.map((e) => ({
      ...entryPosition(e),
      input: e.old.formula ?? cellInput(e.old.value),
      ...(e.oldNumberFormat ? { numberFormat: e.oldNumberFormat } : {}),
    }));
    for (const run of writeRuns(writes)) {
      const range = r.ws.getRange(run.address);
      // The format first, as the fix wrote it: a text-formatted ('@') cell gets its text back as text.
      if (run.numberFormats) range.numberFormat = run.numberFormats;
      range.formulas = run.inputs;
    }
  }
  // The batch's log rows are consecutive: one write marks them all.
  const rows = last.entries.map((e) => e.logRow + (log.used as Excel.Range).rowIndex);
  const top = Math.min(...rows);
  const bottom = Math.max(...rows);
  const marks = Array.from({ length: bottom - top + 1 }, (_, i) => [rows.includes(top + i) ? STATUS.undone : null]);
  const statusRange = log.sheet.getRange(`I${top + 1}:I${bottom + 1}`);
  if (marks.every((m) => m[0] !== null)) statusRange.values = marks;
  else for (const r of rows) log.sheet.getRange(`I${r + 1}`).values = [[STATUS.undone]];
  await context.sync();
  return { batch: last.batch, restored: last.entries.length };
}
