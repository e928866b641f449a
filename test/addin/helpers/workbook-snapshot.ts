/**
 * A deep copy of everything the stand-in Excel holds — every stored cell (constant, formula,
 * number format, fill, font, borders, alignment) and every sheet-level setting (merges,
 * conditional formats, dropdowns, frozen rows, page setup, column widths) — and the differences
 * between two copies, named by sheet and cell, so that a test can say "nothing but these cells
 * changed" and show exactly what else did when it fails.
 */
import { a1 } from '../../../core/grid';
import type { StandIn, StoredCell, StoredSheet } from './standin';

export interface CellSnapshot {
  value: unknown;
  formula: string | null;
  numberFormat: string;
  format: Record<string, unknown>;
}

export interface SheetSnapshot {
  /** By A1 address; cells holding nothing and formatted as nothing are left out. */
  cells: Map<string, CellSnapshot>;
  /** Everything that is not a cell, as JSON (compared as a whole). */
  settings: Record<string, string>;
}

export type WorkbookSnapshot = Map<string, SheetSnapshot>;

function isBlank(c: StoredCell): boolean {
  // A cell the stand-in created without anything in it is the same as no cell, as in Excel.
  return c.value === '' && !c.formula && c.numberFormat === 'General' && Object.keys(c.format).length === 0;
}

function sheetSnapshot(sheet: StoredSheet): SheetSnapshot {
  const cells = new Map<string, CellSnapshot>();
  for (const [key, c] of sheet.cells) {
    if (isBlank(c)) continue;
    const [row, col] = key.split(',').map(Number);
    cells.set(a1(row, col), { value: c.value, formula: c.formula, numberFormat: c.numberFormat, format: { ...c.format } });
  }
  const settings = {
    merges: JSON.stringify(sheet.merges),
    conditionalFormats: JSON.stringify(sheet.cfs.map(({ id: _id, ...cf }) => cf)),
    validations: JSON.stringify(sheet.validations),
    freezeRows: JSON.stringify(sheet.freezeRows),
    page: JSON.stringify(sheet.page),
    columnWidths: JSON.stringify(sheet.columnWidths),
    autofitted: JSON.stringify(sheet.autofitted),
  };
  return { cells, settings };
}

export function snapshot(x: StandIn): WorkbookSnapshot {
  return new Map(x.model.sheets.map((s) => [s.name, sheetSnapshot(s)]));
}

const EMPTY: CellSnapshot = { value: '', formula: null, numberFormat: 'General', format: {} };

/** What differs in one cell: the parts that changed, as [before, after]. */
export type CellDiff = Partial<Record<'value' | 'formula' | 'numberFormat' | `format.${string}`, [unknown, unknown]>>;

export function cellDiff(before: CellSnapshot = EMPTY, after: CellSnapshot = EMPTY): CellDiff {
  const out: CellDiff = {};
  for (const k of ['value', 'formula', 'numberFormat'] as const) if (!Object.is(before[k], after[k])) out[k] = [before[k], after[k]];
  for (const k of new Set([...Object.keys(before.format), ...Object.keys(after.format)])) {
    if (!Object.is(before.format[k], after.format[k])) out[`format.${k}`] = [before.format[k], after.format[k]];
  }
  return out;
}

export interface WorkbookDiff {
  /** "sheet!A1" → what changed there. */
  cells: Map<string, CellDiff>;
  /** "sheet: merges" and the like. */
  settings: string[];
  addedSheets: string[];
  removedSheets: string[];
}

export function diff(before: WorkbookSnapshot, after: WorkbookSnapshot): WorkbookDiff {
  const out: WorkbookDiff = { cells: new Map(), settings: [], addedSheets: [], removedSheets: [] };
  for (const name of before.keys()) if (!after.has(name)) out.removedSheets.push(name);
  for (const [name, a] of after) {
    const b = before.get(name);
    if (!b) {
      out.addedSheets.push(name);
      continue;
    }
    for (const address of new Set([...b.cells.keys(), ...a.cells.keys()])) {
      const d = cellDiff(b.cells.get(address), a.cells.get(address));
      if (Object.keys(d).length > 0) out.cells.set(`${name}!${address}`, d);
    }
    for (const [k, v] of Object.entries(a.settings)) if (b.settings[k] !== v) out.settings.push(`${name}: ${k}`);
  }
  return out;
}

/** The changed cells other than those expected, with what changed in each (what a failing test prints). */
export function unexpected(d: WorkbookDiff, expected: Iterable<string>): Record<string, CellDiff> {
  const allowed = new Set(expected);
  return Object.fromEntries([...d.cells].filter(([cell]) => !allowed.has(cell)));
}
