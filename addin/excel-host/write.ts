/// <reference types="office-js" />
/**
 * Writing: sheet plans inserted whole and formats applied in place, each queued whole and synced
 * once with screen updating suspended, and the extras older Excel refuses (dropdowns, frozen panes,
 * page setup) in a last sync of their own.
 */
import { parseRangeA1, rangeA1 } from '../../core/grid';
import { METADATA_SHEET, type CellStyle, type SheetPlan, type WorkbookPlan } from '../../core/sheet-plan';
import type { SheetFormat } from '../format-plan';
import { borderEdges, columnAddress, columnWidthPoints, excelColor, filled, H_ALIGN, planArea, planMatrix, V_ALIGN } from '../host-convert';
import { firstEntryCell, prepareInsert } from '../insert-plan';
import type { ExcelContext, HostCaps } from './host';

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

export function applyWidths(ws: Excel.Worksheet, caps: HostCaps, columns: { col: number; width: number }[]): void {
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
  context: ExcelContext,
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
export async function insertWorkbookPlan(context: ExcelContext, caps: HostCaps, workbook: WorkbookPlan): Promise<InsertResult> {
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
export async function applySheetFormat(context: ExcelContext, caps: HostCaps, format: SheetFormat): Promise<Extra[]> {
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
