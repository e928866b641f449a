/**
 * What the row parsers share while they walk a sheet: the document being built and what carries
 * forward from row to row (the merged dimension and mission cells, the last item).
 */
import { a1, cellAt, cellText, type Grid } from '../grid';
import type { HeaderBlock } from '../detect';
import type { Framework } from '../framework';
import { matchTaxon, splitTaxa, type TaxonMatch } from '../framework';
import type { Item, PlanDocument, Source, TaxonRef } from '../schema';
import { normalizeText } from '../thai';

export interface ParseState {
  grid: Grid;
  doc: PlanDocument;
  framework: Framework;
  /** The council's own names, read in place of "องค์กรปกครองส่วนท้องถิ่น" in mission names. */
  councilNames: string[];
  dimension: string | null;
  mission: string | null;
  subMission: string | null;
  /** Further missions named in the same cell, taken in turn when item numbering restarts. */
  pendingMissions: string[];
  /** Items made from the last item row, for continuation rows. */
  lastItems: Item[];
  /** How many of lastItems have received values from their own row or a continuation row. */
  filled: number;
}

export function sourceOf(grid: Grid, row: number, col: number): Source {
  return { sheet: grid.sheet, cell: a1(row, col), row: row + 1, column: col + 1 };
}

export function textAt(grid: Grid, row: number, col: number | undefined): string {
  if (col === undefined) return '';
  return normalizeText(cellText(cellAt(grid, row, col)));
}

/** The non-empty cells of a row, normalised. */
export function rowCells(grid: Grid, row: number): { col: number; text: string }[] {
  const out: { col: number; text: string }[] = [];
  const cells = grid.rows[row] ?? [];
  cells.forEach((v, col) => {
    const text = normalizeText(cellText(v));
    if (text) out.push({ col, text });
  });
  return out;
}

/** A row of dashes or rules between pasted table pages. */
export function isSeparatorRow(cells: { text: string }[]): boolean {
  return cells.length > 0 && cells.every((c) => /^[-–—_=.·\s]+$/.test(c.text));
}

/**
 * Dimension and mission names repeat down a sheet and across a batch of files; matching one is
 * fuzzy and costs far more than a lookup, so results are kept (bounded, oldest dropped first).
 */
const MATCH_CACHE = new Map<string, TaxonMatch>();
const MATCH_CACHE_SIZE = 20000;

export function cachedMatch(raw: string, level: TaxonRef['level'], framework: Framework, councilNames: string[]): TaxonMatch {
  const key = `${framework.id}\u0000${level}\u0000${councilNames.join('|')}\u0000${raw}`;
  let m = MATCH_CACHE.get(key);
  if (!m) {
    m = matchTaxon(raw, level, framework, { councilNames });
    if (MATCH_CACHE.size >= MATCH_CACHE_SIZE) MATCH_CACHE.delete(MATCH_CACHE.keys().next().value as string);
    MATCH_CACHE.set(key, m);
  }
  return m;
}

/** Records a dimension / mission / sub-mission cell and returns what it resolved to. */
export function recordTaxon(
  state: ParseState,
  level: TaxonRef['level'],
  raw: string,
  source: Source,
): TaxonRef {
  const m = cachedMatch(raw, level, state.framework, state.councilNames);
  const ref: TaxonRef = {
    level,
    raw,
    writtenCode: m.writtenCode,
    code: m.code,
    match: m.match,
    nameCode: m.nameCode,
    similarity: m.similarity,
    framework: state.framework.id,
    source,
  };
  state.doc.taxa.push(ref);
  return ref;
}

export function setDimension(state: ParseState, raw: string, source: Source): void {
  const ref = recordTaxon(state, 'dimension', raw, source);
  state.dimension = ref.code;
  state.mission = null;
  state.subMission = null;
  state.pendingMissions = [];
}

/** A mission cell; a cell naming several missions queues the later ones. */
export function setMission(state: ParseState, raw: string, source: Source): void {
  const parts = splitTaxa(raw, 'mission');
  const codes = parts.map((p) => recordTaxon(state, 'mission', p, source).code);
  state.mission = codes[0] ?? null;
  state.pendingMissions = codes.slice(1).filter((c): c is string => Boolean(c));
  state.subMission = null;
  if (state.mission && !state.dimension) state.dimension = state.mission.split('.')[0];
}

export function setSubMission(state: ParseState, raw: string, source: Source): void {
  const ref = recordTaxon(state, 'sub-mission', raw, source);
  state.subMission = ref.code ?? ref.writtenCode;
}

export function blockColumn(block: HeaderBlock, role: string): number | undefined {
  return block.columns.find((c) => c.role === role)?.col;
}
