/// <reference types="office-js" />
/**
 * The only file that talks to Excel. Everything else in the add-in is plain TypeScript over core's
 * shapes; this file moves Grids out of Excel and SheetPlans, formats, highlights and cell fixes
 * into it.
 *
 * Every round trip to Excel (`context.sync()`) costs a network call in Excel on the web, so:
 * - a read is one batch of loads and one sync, whatever the sheet's size;
 * - a write is queued whole and synced once, with screen updating suspended; values go as one
 *   2-D array, formats by range areas, never cell by cell; nothing syncs inside a loop;
 * - features that can fail on older Excel (page setup, dropdowns, frozen panes) go in a last,
 *   separate sync, so that a refusal there never costs the sheet itself.
 * The functions take the request context as an argument, so tests hand them a mock.
 */
import { parseA1, parseRangeA1, rangeA1, type CellValue, type Grid, type Range } from '../core/grid';
import { METADATA_SHEET, type CellStyle, type SheetPlan, type WorkbookPlan } from '../core/sheet-plan';
import { entryPosition, lastBatch, LOG_HEADER, LOG_SHEET, LOG_WIDTHS, logRows, nextBatch, parseLog, STATUS, stillWritten } from './fix-log';
import type { CellChange } from './fixes/types';
import type { SheetFormat } from './format-plan';
import { isHighlightFormula, type HighlightRule } from './highlight';
import {
  borderEdges,
  cellInput,
  columnAddress,
  columnWidthPoints,
  excelColor,
  filled,
  gridFromRange,
  H_ALIGN,
  planArea,
  planMatrix,
  V_ALIGN,
  writeRuns,
  type CellWrite,
} from './host-convert';
import { firstEntryCell, prepareInsert } from './insert-plan';

/** The request context every function here takes (an office-addin-mock object in tests). */
export type ExcelContext = Excel.RequestContext;
type Context = ExcelContext;

// ---------------------------------------------------------------------------------------------
// What this Excel can do
// ---------------------------------------------------------------------------------------------

/**
 * The Excel API sets the add-in uses beyond 1.1 (Excel 2016): each feature is skipped, never
 * failed, where it is missing. Office 2019 has up to 1.8, Office 2021 up to 1.14, Microsoft 365
 * and Excel on the web all of them.
 */
export const CAP_VERSIONS = {
  /** Merges, column widths, row autofit. */
  layout: '1.2',
  /** getItemOrNullObject / getUsedRangeOrNullObject: an optional sheet read in the same sync. */
  nullObjects: '1.4',
  /** Highlights that do not overwrite the clerk's own formatting. */
  conditionalFormats: '1.6',
  freeze: '1.7',
  dataValidation: '1.8',
  pageLayout: '1.9',
  screenUpdating: '1.9',
  rangeAreas: '1.9',
  /** Reading merged areas; without it merged header cells read as their top-left cell only. */
  mergedAreas: '1.13',
} as const;

export type HostCaps = Record<keyof typeof CAP_VERSIONS, boolean>;

export function capsFrom(isSetSupported: (name: string, version: string) => boolean): HostCaps {
  return Object.fromEntries(Object.entries(CAP_VERSIONS).map(([k, v]) => [k, isSetSupported('ExcelApi', v)])) as HostCaps;
}

export const ALL_CAPS: HostCaps = capsFrom(() => true);

/** Runs batches against Excel; the pane gets one from `officeHost()`, tests build their own. */
export interface ExcelHost {
  caps: HostCaps;
  run<T>(batch: (context: Context) => Promise<T>): Promise<T>;
}

/** Resolves once Office.js is ready; `inExcel` is false when the page is opened outside Excel. */
export async function whenOfficeReady(): Promise<{ inExcel: boolean }> {
  if (typeof Office === 'undefined') return { inExcel: false };
  const info = await Office.onReady();
  return { inExcel: info.host === Office.HostType.Excel };
}

export function officeHost(): ExcelHost {
  return {
    caps: capsFrom((name, version) => Office.context.requirements.isSetSupported(name, version)),
    run: (batch) => Excel.run((context) => batch(context)),
  };
}

// ---------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------

const RANGE_PROPS = 'address,values,formulas,rowIndex,columnIndex';

interface RangeLoad {
  used: Excel.Range;
  merged: Excel.RangeAreas | null;
}

/** Queues the loads for a sheet's used range: values, formulas, merged areas. */
function loadUsed(ws: Excel.Worksheet, caps: HostCaps): RangeLoad {
  const used = ws.getUsedRange();
  used.load(RANGE_PROPS);
  const merged = caps.mergedAreas ? used.getMergedAreasOrNullObject() : null;
  merged?.load('address');
  return { used, merged };
}

function gridOf(sheet: string, r: RangeLoad): Grid {
  return gridFromRange({
    sheet,
    values: r.used.values,
    formulas: r.used.formulas,
    rowIndex: r.used.rowIndex,
    columnIndex: r.used.columnIndex,
    mergedAddress: r.merged && !r.merged.isNullObject ? r.merged.address : null,
  });
}

/** Queues the load of a sheet's conditional formats with their rule formulas (to tell ours apart). */
function loadConditionalFormats(ws: Excel.Worksheet, caps: HostCaps): Excel.ConditionalFormatCollection | null {
  if (!caps.conditionalFormats) return null;
  const cfs = ws.getRange().conditionalFormats;
  cfs.load('items/type,items/customOrNullObject/rule/formula');
  return cfs;
}

function ourHighlights(cfs: Excel.ConditionalFormatCollection | null): Excel.ConditionalFormat[] {
  if (!cfs) return [];
  return cfs.items.filter((cf) => cf.type === 'Custom' && !cf.customOrNullObject.isNullObject && isHighlightFormula(cf.customOrNullObject.rule.formula));
}

export interface SheetRead {
  sheet: string;
  grid: Grid;
  /** The metadata sheet (ข้อมูลหน่วยงาน), when the workbook has one and this Excel can read it in the same sync. */
  metadata: Grid | null;
  /** How many of the add-in's highlights are on the sheet. */
  highlights: number;
  /** False where this Excel cannot report merged cells. */
  mergesRead: boolean;
  /** Excel objects loaded in this request, for a write in the same request. */
  readonly handles: { worksheet: Excel.Worksheet; highlights: Excel.ConditionalFormat[] };
}

/** The active sheet (or the one named) as a Grid, with the metadata sheet, in one load and one sync. */
export async function readSheet(context: Context, caps: HostCaps, opts: { sheet?: string } = {}): Promise<SheetRead> {
  const sheets = context.workbook.worksheets;
  const ws = opts.sheet ? sheets.getItem(opts.sheet) : sheets.getActiveWorksheet();
  ws.load('name');
  const range = loadUsed(ws, caps);
  const cfs = loadConditionalFormats(ws, caps);
  let meta: Excel.Range | null = null;
  if (caps.nullObjects) {
    meta = sheets.getItemOrNullObject(METADATA_SHEET).getUsedRangeOrNullObject();
    meta.load('values,rowIndex,columnIndex');
  }
  await context.sync();
  const metadata =
    meta && !meta.isNullObject
      ? gridFromRange({ sheet: METADATA_SHEET, values: meta.values, formulas: null, rowIndex: meta.rowIndex, columnIndex: meta.columnIndex, mergedAddress: null })
      : null;
  const highlights = ourHighlights(cfs);
  return {
    sheet: ws.name,
    grid: gridOf(ws.name, range),
    metadata,
    highlights: highlights.length,
    mergesRead: caps.mergedAreas,
    handles: { worksheet: ws, highlights },
  };
}

export interface WorkbookRead {
  active: string;
  /** Every sheet but the add-in's log, in workbook order. */
  grids: Grid[];
  highlights: number;
}

/**
 * Every sheet of the workbook. Two syncs: Excel cannot load the used ranges of sheets it has not
 * named yet, so the names come first, then every sheet in one batch.
 */
export async function readWorkbook(context: Context, caps: HostCaps): Promise<WorkbookRead> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  const active = sheets.getActiveWorksheet();
  active.load('name');
  await context.sync();
  const reads = sheets.items
    .filter((ws) => ws.name !== LOG_SHEET)
    .map((ws) => ({ name: ws.name, range: loadUsed(ws, caps), cfs: loadConditionalFormats(ws, caps) }));
  await context.sync();
  return {
    active: active.name,
    grids: reads.map((r) => gridOf(r.name, r.range)),
    highlights: reads.reduce((n, r) => n + ourHighlights(r.cfs).length, 0),
  };
}

// ---------------------------------------------------------------------------------------------
// Writing formats and sheet plans
// ---------------------------------------------------------------------------------------------

/** A style on a range, number format included or not (plans write number formats before values). */
function applyStyle(ws: Excel.Worksheet, address: string, style: CellStyle, withNumberFormat: boolean): void {
  const range = ws.getRange(address);
  const area = parseRangeA1(address);
  const f = range.format;
  if (style.bold !== undefined) f.font.bold = style.bold;
  if (style.italic !== undefined) f.font.italic = style.italic;
  if (style.fontSize !== undefined) f.font.size = style.fontSize;
  if (style.fill) f.fill.color = excelColor(style.fill);
  if (style.border) {
    for (const edge of borderEdges(area)) {
      const border = f.borders.getItem(edge);
      border.style = 'Continuous';
      border.weight = style.border === 'medium' ? 'Medium' : 'Thin';
    }
  }
  if (style.hAlign) f.horizontalAlignment = H_ALIGN[style.hAlign];
  if (style.vAlign) f.verticalAlignment = V_ALIGN[style.vAlign];
  if (style.wrap !== undefined) f.wrapText = style.wrap;
  if (withNumberFormat && style.numberFormat) range.numberFormat = filled(area, style.numberFormat);
}

function applyNumberFormats(ws: Excel.Worksheet, styles: SheetPlan['styles']): void {
  for (const { range, style } of styles) if (style.numberFormat) ws.getRange(range).numberFormat = filled(parseRangeA1(range), style.numberFormat);
}

function applyWidths(ws: Excel.Worksheet, caps: HostCaps, columns: { col: number; width: number }[]): void {
  if (!caps.layout) return;
  for (const { col, width } of columns) ws.getRange(columnAddress(col)).format.columnWidth = columnWidthPoints(width);
}

/** Queues everything but the extras: font, number formats, values and formulas, merges, styles, widths. */
function writePlanBody(ws: Excel.Worksheet, caps: HostCaps, plan: SheetPlan): void {
  const area = ws.getRange(planArea(plan));
  area.format.font.name = plan.font.name;
  area.format.font.size = plan.font.size;
  // Number formats before values: a text-formatted cell ('@') keeps "2567" as the text it is.
  applyNumberFormats(ws, plan.styles);
  area.formulas = planMatrix(plan);
  if (caps.layout) for (const m of plan.merges) ws.getRange(m).merge(false);
  for (const { range, style } of plan.styles) applyStyle(ws, range, style, false);
  applyWidths(ws, caps, plan.columns.map((c, col) => ({ col, width: c.width })));
  if (caps.layout && plan.values.length > plan.headerRows.bottom) {
    // Wrapped mission names need taller rows; the merged title rows keep their height.
    const body = { top: plan.headerRows.top - 1, left: 0, bottom: plan.values.length - 1, right: plan.columns.length - 1 };
    ws.getRange(rangeA1(body)).format.autofitRows();
  }
}

export type Extra = 'dropdowns' | 'freeze' | 'print';

/** Page setup the way the official form prints: A4 landscape, one page wide, header rows on every page. */
function applyPrint(ws: Excel.Worksheet, print: SheetPlan['print']): void {
  const layout = ws.pageLayout;
  layout.orientation = 'Landscape';
  layout.paperSize = 'A4';
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  const [top, bottom] = print.repeatRows.split(':');
  layout.setPrintTitleRows(`$${top}:$${bottom}`);
  const pages = layout.headersFooters.defaultForAllPages;
  if (print.title) pages.centerHeader = print.title;
  pages.centerFooter = 'หน้า &P / &N';
}

/**
 * The extras, in a sync of their own: what older Excel versions refuse. Returns the extras this
 * Excel could not apply (skipped for want of the API, or refused).
 */
async function applyExtras(
  context: Context,
  caps: HostCaps,
  ws: Excel.Worksheet,
  extras: { freezeRows: number; validations: SheetPlan['validations']; print: SheetPlan['print'] | null },
): Promise<Extra[]> {
  const missing: Extra[] = [];
  if (caps.freeze && extras.freezeRows > 0) ws.freezePanes.freezeRows(extras.freezeRows);
  else if (extras.freezeRows > 0) missing.push('freeze');
  if (caps.dataValidation) {
    for (const v of extras.validations) {
      const dv = ws.getRange(v.range).dataValidation;
      dv.rule = { list: { inCellDropDown: true, source: v.list } };
      dv.errorAlert = { showAlert: true, style: 'Stop', title: 'ค่าไม่อยู่ในรายการ', message: 'เลือกจากรายการของกรอบแผน' };
    }
  } else if (extras.validations.length > 0) missing.push('dropdowns');
  if (caps.pageLayout && extras.print) applyPrint(ws, extras.print);
  else if (extras.print) missing.push('print');
  try {
    await context.sync();
  } catch {
    // Some builds refuse one of these; the sheet itself is already written and stays.
    return [...new Set<Extra>([...missing, 'freeze', 'dropdowns', 'print'])];
  }
  return missing;
}

export interface InsertResult {
  /** The plan sheet's name (renamed when its own was taken). */
  sheet: string;
  renamed: boolean;
  /** Where the clerk types the first item. */
  entry: { cell: string; column: string };
  missing: Extra[];
}

/**
 * Adds a WorkbookPlan's sheets (the plan and the metadata sheet, rewritten if it exists) in three
 * syncs whatever their size: the sheet names, then the whole write with screen updating
 * suspended, then the extras.
 */
export async function insertWorkbookPlan(context: Context, caps: HostCaps, workbook: WorkbookPlan): Promise<InsertResult> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const prepared = prepareInsert(workbook, sheets.items.map((s) => s.name));
  if (caps.screenUpdating) context.application.suspendScreenUpdatingUntilNextSync();
  const written = prepared.plan.sheets.map((plan) => {
    let ws: Excel.Worksheet;
    if (prepared.replace.includes(plan.name)) {
      ws = sheets.getItem(plan.name);
      const all = ws.getRange();
      if (caps.layout) all.unmerge();
      all.clear('All');
    } else {
      ws = sheets.add(plan.name);
    }
    writePlanBody(ws, caps, plan);
    return { ws, plan };
  });
  const main = written[0];
  const entry = firstEntryCell(prepared.plan);
  main.ws.activate();
  main.ws.getRange(entry.cell).select();
  await context.sync();
  const missing = new Set<Extra>();
  for (const { ws, plan } of written) {
    if (plan.name === METADATA_SHEET) continue;
    for (const m of await applyExtras(context, caps, ws, { freezeRows: plan.freeze.rows, validations: plan.validations, print: plan.print })) missing.add(m);
  }
  return { sheet: main.plan.name, renamed: prepared.renamed !== null, entry: { cell: entry.cell, column: entry.column }, missing: [...missing] };
}

/**
 * Formats a sheet in place (no value is written): one sync for the formats, one for the extras.
 * `sheet` is the name the read returned, so the sheet formatted is the one that was read.
 */
export async function applySheetFormat(context: Context, caps: HostCaps, format: SheetFormat): Promise<Extra[]> {
  const ws = context.workbook.worksheets.getItem(format.sheet);
  if (caps.screenUpdating) context.application.suspendScreenUpdatingUntilNextSync();
  const area = ws.getRange(format.area);
  area.format.font.name = format.font.name;
  area.format.font.size = format.font.size;
  for (const { range, style } of format.styles) applyStyle(ws, range, style, true);
  for (const address of format.centerAcross) ws.getRange(address).format.horizontalAlignment = 'CenterAcrossSelection';
  applyWidths(ws, caps, format.columns);
  if (caps.layout && format.autofitRows) ws.getRange(format.autofitRows).format.autofitRows();
  await context.sync();
  return applyExtras(context, caps, ws, { freezeRows: format.freezeRows, validations: [], print: format.print });
}

// ---------------------------------------------------------------------------------------------
// Selection and highlights
// ---------------------------------------------------------------------------------------------

/** Shows a finding's cell: activates its sheet and selects the cell. */
export async function selectCell(context: Context, sheet: string, cell: string): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(cell).select();
  await context.sync();
}

/**
 * Replaces the add-in's highlights on the sheet just read (in the same request) by new ones: one
 * sync. Conditional formats overlay the cells' own formatting, which stays untouched.
 */
export async function replaceHighlights(context: Context, caps: HostCaps, read: SheetRead, rules: HighlightRule[]): Promise<number> {
  if (!caps.conditionalFormats) return 0;
  const ws = read.handles.worksheet;
  for (const cf of read.handles.highlights) cf.delete();
  let cells = 0;
  for (const rule of rules) {
    const targets = caps.rangeAreas ? [ws.getRanges(rule.areas.join(','))] : rule.areas.map((a) => ws.getRange(a));
    for (const target of targets) {
      const cf = target.conditionalFormats.add('Custom');
      cf.custom.rule.formula = rule.formula;
      cf.custom.format.fill.color = rule.fill;
      cf.custom.format.font.color = rule.font;
    }
    for (const a of rule.areas) {
      const r = parseRangeA1(a);
      cells += (r.bottom - r.top + 1) * (r.right - r.left + 1);
    }
  }
  await context.sync();
  return cells;
}

/** Removes the add-in's highlights from every sheet (or one): a read of the rules, then their deletion. */
export async function clearHighlights(context: Context, caps: HostCaps, sheet?: string): Promise<number> {
  if (!caps.conditionalFormats) return 0;
  const sheets = context.workbook.worksheets;
  let targets: Excel.Worksheet[];
  if (sheet) targets = [sheets.getItem(sheet)];
  else {
    sheets.load('items/name');
    await context.sync();
    targets = sheets.items;
  }
  const loaded = targets.map((ws) => loadConditionalFormats(ws, caps));
  await context.sync();
  const ours = loaded.flatMap(ourHighlights);
  for (const cf of ours) cf.delete();
  if (ours.length > 0) await context.sync();
  return ours.length;
}

// ---------------------------------------------------------------------------------------------
// Fixes, logged, and their undo
// ---------------------------------------------------------------------------------------------

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
export async function applyCellChanges(context: Context, caps: HostCaps, sheet: string, changes: CellChange[], when: Date): Promise<ApplyResult> {
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
async function openLog(context: Context, caps: HostCaps): Promise<LogHandle> {
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
export async function undoLastFix(context: Context, caps: HostCaps): Promise<UndoResult | null> {
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

/** The cell a finding names, as a position (exported for the pane's focus handling). */
export function findingPosition(cell: string): { row: number; col: number } {
  return parseA1(cell);
}
