/**
 * The normalised text of a sheet's cells (normalizeText(cellText(value))), worked out once per cell
 * while a sheet is parsed and checked. Header detection, the mention search, the framework signals,
 * the row parsers and several rules each read every cell, and normalising a cell again each time was
 * a good part of the work per file.
 *
 * The texts are kept only inside withCellTexts (validateGrids and parseGrid open it): a Grid handed
 * over by Excel or a test may change between two calls, so nothing outlives the call that read it.
 * Callers treat the arrays they get as read-only.
 */
import { cellText, type Grid } from './grid';
import { normalizeText } from './thai/text';

export interface RowTexts {
  /** The non-empty cells of the row, normalised, left to right. */
  cells: { col: number; text: string }[];
  /** Normalised text by column (none, or '', for an empty cell: read it as `byCol[col] ?? ''`). */
  byCol: string[];
}

let active: Map<Grid, RowTexts[]> | null = null;

/** Runs `fn` with the texts kept; nested calls share the outer one's. */
export function withCellTexts<T>(fn: () => T): T {
  if (active) return fn();
  active = new Map();
  try {
    return fn();
  } finally {
    active = null;
  }
}

function computeRow(grid: Grid, row: number): RowTexts {
  const cells: { col: number; text: string }[] = [];
  const byCol: string[] = [];
  const values = grid.rows[row] ?? [];
  for (let col = 0; col < values.length; col++) {
    const v = values[col];
    // An empty cell (null, or a hole in a sparse row) has no text: byCol reads '' where it has none.
    if (v === null || v === undefined) continue;
    // A number or a boolean written out is already normal text.
    const text = typeof v === 'string' ? normalizeText(v) : cellText(v);
    byCol[col] = text;
    if (text) cells.push({ col, text });
  }
  return { cells, byCol };
}

/** A row's normalised texts (kept while inside withCellTexts). */
export function rowTexts(grid: Grid, row: number): RowTexts {
  if (!active) return computeRow(grid, row);
  let rows = active.get(grid);
  if (!rows) active.set(grid, (rows = []));
  return (rows[row] ??= computeRow(grid, row));
}

/** One cell's normalised text ('' when empty or outside the sheet). */
export function cellTextAt(grid: Grid, row: number, col: number): string {
  if (!active) return normalizeText(cellText(grid.rows[row]?.[col] ?? null));
  return rowTexts(grid, row).byCol[col] ?? '';
}
