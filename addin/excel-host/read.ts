/// <reference types="office-js" />
/**
 * Reading: a sheet (and the metadata sheet) or the whole workbook into Grids, one batch of loads
 * and one sync per read, and the add-in's highlights found among the sheets' conditional formats.
 */
import { METADATA_SHEET } from '../../core/sheet-plan';
import type { Grid } from '../../core/grid';
import { LOG_SHEET } from '../fix-log';
import { isHighlightFormula } from '../highlight';
import { gridFromRange } from '../host-convert';
import type { ExcelContext, HostCaps } from './host';

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
export function loadConditionalFormats(ws: Excel.Worksheet, caps: HostCaps): Excel.ConditionalFormatCollection | null {
  if (!caps.conditionalFormats) return null;
  const cfs = ws.getRange().conditionalFormats;
  cfs.load('items/type,items/customOrNullObject/rule/formula');
  return cfs;
}

export function ourHighlights(cfs: Excel.ConditionalFormatCollection | null): Excel.ConditionalFormat[] {
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
export async function readSheet(context: ExcelContext, caps: HostCaps, opts: { sheet?: string } = {}): Promise<SheetRead> {
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
export async function readWorkbook(context: ExcelContext, caps: HostCaps): Promise<WorkbookRead> {
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
