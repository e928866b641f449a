/**
 * The in-memory Excel of the browser test (test/e2e/addin/excel-standin.js), typed for jest: it
 * queues Office.js calls until `sync`, refuses to read what was not loaded, calculates formulas
 * and keeps every cell's value, formula, number format and format, so tests can compare a whole
 * workbook before and after an action.
 */
import { capsFrom, type ExcelHost } from '../../../addin/excel-host';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { createStandIn } = require('../../e2e/addin/excel-standin.js');

/** One cell as the stand-in stores it: `value` is the constant ('' for a formula cell or an empty one). */
export interface StoredCell {
  value: unknown;
  formula: string | null;
  numberFormat: string;
  /** 'font.bold', 'fill', 'hAlign', 'border.EdgeTop.style', …: whatever was set on the cell. */
  format: Record<string, unknown>;
}

export interface StoredSheet {
  name: string;
  /** Keyed "row,col", 0-based. */
  cells: Map<string, StoredCell>;
  merges: { top: number; left: number; bottom: number; right: number }[];
  cfs: { id: string; type: string; areas: unknown[]; formula: string | null; fill: unknown; font: unknown }[];
  validations: unknown[];
  freezeRows: number;
  page: Record<string, unknown>;
  columnWidths: Record<string, number>;
  autofitted: string[];
}

export interface StandIn {
  model: { sheets: StoredSheet[]; active: number; selection: { sheet: string; address: string } | null };
  Excel: { run: ExcelHost['run'] };
  Office: { context: { requirements: { isSetSupported(name: string, version: string): boolean } } };
  /** A cell with its calculated value. */
  cell(sheet: string, address: string): { value: unknown; formula: string | null; numberFormat: string; format: Record<string, unknown> };
  type(sheet: string, address: string, input: unknown): void;
  fill(sheet: string, address: string, color: string): void;
  sheetNames(): string[];
  selection(): { sheet: string; address: string } | null;
  sheet(name: string): { conditionalFormats: { formula: string; areas: string[] }[]; merges: string[]; validations: unknown[] } | null;
  values(name: string): unknown[][];
  counters(): { syncs: number; implicitSyncs: number; suspends: number };
  resetCounters(): void;
}

export function standIn(apiVersion = '1.17', sheets = ['Sheet1']): { x: StandIn; host: ExcelHost } {
  const x: StandIn = createStandIn({ apiVersion, sheets });
  const host: ExcelHost = {
    caps: capsFrom((n, v) => x.Office.context.requirements.isSetSupported(n, v)),
    run: (batch) => x.Excel.run(batch),
  };
  return { x, host };
}
