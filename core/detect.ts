/**
 * Finds the header blocks of plan tables anywhere in a sheet and maps their columns to roles.
 * A sheet may hold several blocks (the header repeated page by page, or one table per mission).
 */
import { cellText, columnCount, type Grid, mergeAt, visibleValue } from './grid';
import { roleOfLabel, isGroupLabel, labelForm, mayBeTitleLabel } from './layouts/headers';
import { layoutForRoles, type LayoutDef } from './layouts';
import { memoOfString } from './memo';
import type { ColumnRole } from './schema';
import { compactText } from './thai/text';
import { findYears, parseQuarterLabel } from './thai/years';

export interface DetectedColumn {
  role: ColumnRole;
  /** 0-based column. */
  col: number;
  header: string;
  year: number | null;
  q: number | null;
}

export interface HeaderBlock {
  layout: LayoutDef;
  /** 0-based first and last header rows. */
  top: number;
  bottom: number;
  columns: DetectedColumn[];
  /** Header cells that name no known role. */
  unplaced: { col: number; header: string }[];
  /** Years the header names, with their cells (0-based). */
  years: { year: number; row: number; col: number }[];
  /** Header cells written with the typo มติ for มิติ. */
  typos: { row: number; col: number; raw: string }[];
}

/** Longest compact label a header cell plausibly has. */
const MAX_LABEL = 90;

function label(grid: Grid, row: number, col: number): string {
  return cellText(visibleValue(grid, row, col));
}

/** A header cell that only names a year: "ปี ๒๕๖๖", "๒๕๖๘", "พ.ศ. 2567", "งบประมาณ ปี 61". */
function yearOfLabel(compact: string): number | null {
  const years = findYears(compact);
  if (years.length !== 1) return null;
  const rest = compact
    .replace(/[0-9]/g, '')
    .replace(/ปีงบประมาณ|งบประมาณ|ปี|พ\.ศ\.?|\(บาท\)|บาท|[().]/g, '');
  return rest === '' ? years[0] : null;
}

interface CellLabel {
  role: ColumnRole | null;
  year: number | null;
  q: number | null;
  group: boolean;
  raw: string;
}

/** What a header cell says. Kept per text (the result is only read): header texts repeat across a batch. */
const readLabel: (raw: string) => Readonly<CellLabel> = memoOfString((raw) => {
  const compact = compactText(raw);
  const q = parseQuarterLabel(raw);
  return {
    role: q ? 'quarter' : roleOfLabel(compact),
    year: yearOfLabel(compact),
    q,
    group: isGroupLabel(compact),
    raw,
  };
});

/** How long a cell's compact form is, and whether it names the title column (kept per text). */
const labelInfo = memoOfString((raw): { length: number; title: boolean } => {
  const compact = compactText(raw);
  return { length: compact.length, title: roleOfLabel(compact) === 'title' };
});

/**
 * Whether a row has a cell that may name the title column. Every row of a sheet is asked, and the
 * cells of an item row are ruled out by their first words (mayBeTitleLabel) without reading their label.
 * `merged`: whether a merged range covers part of the row (elsewhere a cell shows its own value).
 */
function mayNameTitle(grid: Grid, row: number, width: number, merged: boolean): boolean {
  const cells = grid.rows[row] ?? [];
  const end = merged ? width : Math.min(width, cells.length);
  for (let c = 0; c < end; c++) {
    // Numbers and booleans never name it (see isHeaderStart).
    const raw = merged ? visibleValue(grid, row, c) : cells[c];
    if (typeof raw !== 'string' || !raw || raw.length > MAX_LABEL * 2) continue;
    if (!mayBeTitleLabel(raw)) continue;
    const info = labelInfo(raw);
    if (info.title && info.length > 0 && info.length <= MAX_LABEL) return true;
  }
  return false;
}

/** A row that opens a header block: a title column plus at least two other recognised labels. */
function isHeaderStart(grid: Grid, row: number, width: number, merged: boolean): boolean {
  if (!mayNameTitle(grid, row, width, merged)) return false;
  const labels: string[] = [];
  let title = false;
  for (let c = 0; c < width; c++) {
    const value = visibleValue(grid, row, c);
    if (typeof value === 'number') {
      // A number is a label of its own length (its compact form is itself, lower-cased), never the title.
      labels.push(String(value));
      continue;
    }
    const raw = cellText(value);
    // Item rows hold long titles; only short cells can be labels, so most rows stop here cheaply.
    if (!raw || raw.length > MAX_LABEL * 2) continue;
    const info = labelInfo(raw);
    if (info.length > 0 && info.length <= MAX_LABEL) {
      labels.push(raw);
      if (info.title) title = true;
    }
  }
  if (labels.length < 3 || !title) return false;
  // Counted, not listed: a list made by map and filter is of one kind to V8 or another by who made it
  // (core/object-lists.ts), and every row is asked this.
  let others = 0;
  for (const raw of labels) {
    const l = readLabel(raw);
    if (l.role !== 'title' && (l.role || l.year || l.group)) others++;
  }
  return others >= 2;
}

/** A row under a header start that only holds labels (งบประมาณ (บาท), ไตรมาส 1, ๒๕๖๘, ผลผลิต …). */
function isSubHeader(grid: Grid, row: number, width: number): boolean {
  let labels = 0;
  for (let c = 0; c < width; c++) {
    // A label merged down from the row above (มิติ over both header rows) belongs to that row.
    const merged = mergeAt(grid, row, c);
    if (merged && merged.top < row) continue;
    const raw = label(grid, row, c);
    if (!raw.trim()) continue;
    if (compactText(raw).length > 40) return false;
    const l = readLabel(raw);
    if (!(l.role || l.year || l.group) || l.role === 'title') return false;
    labels++;
  }
  return labels > 0;
}

/** The role of one column from its labels, top to bottom: the deepest specific label wins. */
function columnOf(labels: CellLabel[], col: number, promoteYears: boolean): DetectedColumn | null {
  const withRole = labels.filter((l) => l.role);
  const year = labels.find((l) => l.year)?.year ?? null;
  const header = labels.map((l) => l.raw.trim()).filter(Boolean).join(' / ');
  const deepest = withRole[withRole.length - 1];
  if (deepest?.role === 'quarter') return { role: 'quarter', col, header, year, q: deepest.q };
  if (deepest?.role === 'budget' || (!deepest && year)) {
    if (year && promoteYears) return { role: 'year-budget', col, header, year, q: null };
    if (!deepest) return null;
  }
  if (!deepest?.role) return null;
  return { role: deepest.role, col, header, year: null, q: null };
}

function buildBlock(grid: Grid, top: number, bottom: number, width: number): HeaderBlock | null {
  const perColumn: CellLabel[][] = [];
  const years: HeaderBlock['years'] = [];
  const typos: HeaderBlock['typos'] = [];
  for (let c = 0; c < width; c++) {
    const labels: CellLabel[] = [];
    for (let r = top; r <= bottom; r++) {
      // A label merged down from the row above (หมายเหตุ over both header rows) is read once.
      const merged = mergeAt(grid, r, c);
      if (merged && merged.top < r) continue;
      const raw = label(grid, r, c);
      if (!raw.trim()) continue;
      const l = readLabel(raw);
      labels.push(l);
      const own = cellText(grid.rows[r]?.[c] ?? null);
      if (l.year && own.trim()) years.push({ year: l.year, row: r, col: c });
      if (own && /มติ/.test(compactText(own)) && labelForm(compactText(own)).includes('มิติ')) {
        typos.push({ row: r, col: c, raw: own });
      }
    }
    perColumn.push(labels);
  }
  // Years over budget columns mean one budget column per year, except in a results report,
  // where the fiscal year spans its target and budget columns.
  const roles = new Set(perColumn.flatMap((ls) => ls.map((l) => l.role)).filter(Boolean));
  const promoteYears = !roles.has('outputs') && !roles.has('outcomes') && !roles.has('quarter');
  const columns: DetectedColumn[] = [];
  const unplaced: HeaderBlock['unplaced'] = [];
  perColumn.forEach((labels, c) => {
    if (labels.length === 0) return;
    const column = columnOf(labels, c, promoteYears);
    if (column) columns.push(column);
    else if (!labels.every((l) => l.group || l.year)) {
      unplaced.push({ col: c, header: labels.map((l) => l.raw.trim()).join(' / ') });
    }
  });
  const layout = layoutForRoles(new Set(columns.map((c) => c.role)));
  if (!layout) return null;
  return { layout, top, bottom, columns, unplaced, years: dedupeYears(years), typos };
}

function dedupeYears(years: HeaderBlock['years']): HeaderBlock['years'] {
  const seen = new Set<string>();
  return years.filter((y) => {
    const key = `${y.row}:${y.col}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Which rows a merged range covers, in part or whole (1), in a sheet of `rows` rows. */
function mergedRows(grid: Grid): Uint8Array {
  const rows = new Uint8Array(grid.rows.length);
  for (const m of grid.merges) {
    const last = Math.min(Math.floor(m.bottom), rows.length - 1);
    for (let r = Math.max(0, Math.ceil(m.top)); r <= last; r++) rows[r] = 1;
  }
  return rows;
}

/** Every header block in the sheet, top to bottom. */
export function findHeaderBlocks(grid: Grid): HeaderBlock[] {
  const width = columnCount(grid);
  const merged = mergedRows(grid);
  const blocks: HeaderBlock[] = [];
  for (let r = 0; r < grid.rows.length; r++) {
    if (!isHeaderStart(grid, r, width, merged[r] === 1)) continue;
    let bottom = r;
    while (bottom - r < 2 && bottom + 1 < grid.rows.length && isSubHeader(grid, bottom + 1, width)) bottom++;
    const block = buildBlock(grid, r, bottom, width);
    if (block) {
      blocks.push(block);
      r = bottom;
    }
  }
  return blocks;
}

export function columnFor(block: HeaderBlock, role: ColumnRole): DetectedColumn | undefined {
  return block.columns.find((c) => c.role === role);
}

export function columnsFor(block: HeaderBlock, role: ColumnRole): DetectedColumn[] {
  return block.columns.filter((c) => c.role === role);
}

/** Roles the layout requires that the block lacks (quarters count when fewer than four). */
export function missingRoles(block: HeaderBlock): ColumnRole[] {
  const missing = block.layout.required.filter((role) => !block.columns.some((c) => c.role === role));
  if (block.layout.id === 'annual' && !missing.includes('quarter')) {
    const quarters = new Set(columnsFor(block, 'quarter').map((c) => c.q));
    if (quarters.size < 4) missing.push('quarter');
  }
  return missing;
}
