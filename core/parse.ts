/**
 * Grid → PlanDocument: finds the tables, reads the metadata above them, walks their rows with the
 * layout's parser, and keeps every value's source cell.
 */
import { withCellTexts } from './cell-texts';
import { findHeaderBlocks, missingRoles, type HeaderBlock } from './detect';
import type { Grid } from './grid';
import { detectFramework, frameworkById, mapLegacy } from './framework';
import type { FrameworkId, PlanDocument, Table } from './schema';
import { parseDetailBlocks } from './parse/detail-blocks';
import { planDocument } from './plan-document';
import { applyHeading, isDimensionHeading, isMissionHeading } from './parse/headings';
import { assignRefs } from './parse/items';
import { collectMentions, readMetadata } from './parse/metadata';
import { parsePlanRows } from './parse/plan-rows';
import { parseReportRows } from './parse/report-rows';
import { rowCells, sourceOf, type ParseState } from './parse/state';

export interface ParseOptions {
  file?: string;
  /** Force a framework instead of detecting it from the dimension names. */
  framework?: FrameworkId;
}

export interface ParseResult {
  doc: PlanDocument;
  blocks: HeaderBlock[];
  /** The framework used, and what it was detected by (or that it was given). */
  framework: { id: FrameworkId; evidence: string[] };
}

/** The texts that can tell the frameworks apart: dimension cells and heading lines. */
function frameworkTexts(grid: Grid, blocks: HeaderBlock[]): string[] {
  const texts: string[] = [];
  const dimCols = new Set(blocks.flatMap((b) => b.columns.filter((c) => c.role === 'dimension' || c.role === 'mission').map((c) => c.col)));
  for (let row = 0; row < grid.rows.length; row++) {
    const cells = rowCells(grid, row);
    for (const c of cells) {
      if (dimCols.has(c.col) || (cells.length === 1 && (isDimensionHeading(c.text) || isMissionHeading(c.text)))) {
        texts.push(c.text);
      }
    }
  }
  return texts;
}

function majority(values: number[]): number | null {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | null = null;
  for (const [v, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = v;
  return best;
}

/**
 * Roles the table lacks. A table without a มิติ column under dimension heading lines ("มิติที่ 1. …"
 * above each block, as legacy plans print it) has its dimension all the same.
 */
function missingOf(block: HeaderBlock, dimensionHeadings: boolean): Table['missing'] {
  return missingRoles(block).filter((r) => !(r === 'dimension' && dimensionHeadings));
}

function tableOf(grid: Grid, block: HeaderBlock, lastRow: number, headings: string[], dimensionHeadings: boolean): Table {
  return {
    layout: block.layout.id,
    kind: block.layout.kind,
    headerTop: block.top + 1,
    headerBottom: block.bottom + 1,
    firstRow: block.bottom + 2,
    lastRow: lastRow + 1,
    columns: block.columns.map((c) => ({ role: c.role, column: c.col + 1, header: c.header, year: c.year, q: c.q })),
    missing: missingOf(block, dimensionHeadings),
    unplaced: block.unplaced.map((u) => ({ column: u.col + 1, header: u.header })),
    years: block.years.map((y) => ({ year: y.year, source: sourceOf(grid, y.row, y.col) })),
    headings,
  };
}

/** Years the document is about, when its title rows did not say. */
function settleYears(doc: PlanDocument, blocks: HeaderBlock[]): void {
  const meta = doc.metadata;
  const blockYears = blocks.flatMap((b) => b.years.map((y) => y.year));
  if (doc.kind === 'plan-multi-year' && meta.years.length === 0) {
    const first = blocks[0];
    meta.years = [...new Set(first.columns.filter((c) => c.role === 'year-budget' && c.year).map((c) => c.year as number))];
    if (meta.years.length > 0) meta.yearsFrom = 'table';
  }
  if (doc.kind && doc.kind !== 'plan-multi-year') {
    // A one-year document: a results report inside a 5-year plan's cover still reports one year.
    if (meta.fiscalYear === null && blockYears.length > 0) meta.fiscalYear = majority(blockYears);
    if (meta.fiscalYear !== null && meta.yearsFrom === 'none') meta.yearsFrom = 'table';
    if (meta.fiscalYear !== null) meta.years = [meta.fiscalYear];
  }
}

export function parseGrid(grid: Grid, opts: ParseOptions = {}): ParseResult {
  return withCellTexts(() => parseGridOnce(grid, opts));
}

function parseGridOnce(grid: Grid, opts: ParseOptions): ParseResult {
  const blocks = findHeaderBlocks(grid);
  const mentions = collectMentions(grid);
  const metadata = readMetadata(grid, blocks[0]?.top ?? grid.rows.length, mentions);
  const detected = opts.framework ? { framework: opts.framework, evidence: ['given by the caller'] } : detectFramework(frameworkTexts(grid, blocks));
  const frameworkId = detected.framework;
  const doc = planDocument({
    file: opts.file ?? grid.sheet,
    sheet: grid.sheet,
    kind: blocks[0]?.layout.kind ?? null,
    framework: frameworkId,
    metadata,
    tables: [],
    items: [],
    summaries: [],
    taxa: [],
    details: [],
  });
  settleYears(doc, blocks);
  const state: ParseState = {
    grid,
    doc,
    framework: frameworkById(frameworkId),
    councilNames: metadata.council ? [metadata.council] : [],
    dimension: null,
    dimensionFromMission: false,
    dimensionHeadings: 0,
    mission: null,
    subMission: null,
    pendingMissions: [],
    lastItems: [],
    filled: 0,
  };
  const outside: number[] = [];
  const firstTop = blocks[0]?.top ?? grid.rows.length;
  for (let row = 0; row < firstTop; row++) {
    const cells = rowCells(grid, row);
    const heading = cells.length === 1 && (isDimensionHeading(cells[0].text) || isMissionHeading(cells[0].text));
    if (heading) applyHeading(state, cells[0].text, sourceOf(grid, row, cells[0].col));
    else outside.push(row);
  }
  blocks.forEach((block, i) => {
    const end = i + 1 < blocks.length ? blocks[i + 1].top - 1 : grid.rows.length - 1;
    const family = block.layout.summaryRows ? parsePlanRows : parseReportRows;
    const last = Math.max(block.bottom, family(state, block, block.bottom + 1, end));
    const previousEnd = i === 0 ? -1 : blocks[i - 1].top;
    const headings = doc.taxa.filter((t) => t.source.row - 1 > previousEnd && t.source.row - 1 < block.top).map((t) => t.raw);
    doc.tables.push(tableOf(grid, block, last, [...new Set(headings)], state.dimensionHeadings > 0));
    for (let row = last + 1; row <= end; row++) outside.push(row);
  });
  doc.details = parseDetailBlocks(state, outside);
  if (!doc.kind && doc.details.length > 0) doc.kind = 'project-detail';
  assignRefs(doc.items);
  if (frameworkId === 'legacy') {
    for (const item of doc.items) item.legacy = mapLegacy(item.mission, item.subMission, item.dimension);
  }
  return { doc, blocks, framework: { id: frameworkId, evidence: detected.evidence } };
}
