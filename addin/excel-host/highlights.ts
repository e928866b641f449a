/// <reference types="office-js" />
/**
 * Showing a finding's cell, and the add-in's highlights: conditional formats laid over the cells'
 * own formatting, replaced or removed without touching it.
 */
import { parseA1, parseRangeA1 } from '../../core/grid';
import type { HighlightRule } from '../highlight';
import type { ExcelContext, HostCaps } from './host';
import { loadConditionalFormats, ourHighlights, type SheetRead } from './read';

/** Shows a finding's cell: activates its sheet and selects the cell. */
export async function selectCell(context: ExcelContext, sheet: string, cell: string): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(cell).select();
  await context.sync();
}

/**
 * Replaces the add-in's highlights on the sheet just read (in the same request) by new ones: one
 * sync. Conditional formats overlay the cells' own formatting, which stays untouched.
 */
export async function replaceHighlights(context: ExcelContext, caps: HostCaps, read: SheetRead, rules: HighlightRule[]): Promise<number> {
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
export async function clearHighlights(context: ExcelContext, caps: HostCaps, sheet?: string): Promise<number> {
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

/** The cell a finding names, as a position (exported for the pane's focus handling). */
export function findingPosition(cell: string): { row: number; col: number } {
  return parseA1(cell);
}
