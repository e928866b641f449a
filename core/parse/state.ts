/**
 * What the row parsers share while they walk a sheet: the document being built and what carries
 * forward from row to row (the merged dimension and mission cells, the last item).
 */
import { a1, type Grid } from '../grid';
import type { HeaderBlock } from '../detect';
import type { Framework } from '../framework';
import { dimensionOf, findTaxon, matchTaxon, parentCode, splitCodeAndName, splitTaxa, type TaxonMatch } from '../framework';
import type { Item, PlanDocument, Source, TaxonRef } from '../schema';
import { cellTextAt, rowTexts } from '../cell-texts';
import { ownCopy } from '../memo';
import { compactText } from '../thai/text';
import { mapToObjects, objectList } from '../object-lists';

export interface ParseState {
  grid: Grid;
  doc: PlanDocument;
  framework: Framework;
  /** The council's own names, read in place of "องค์กรปกครองส่วนท้องถิ่น" in mission names. */
  councilNames: string[];
  dimension: string | null;
  /**
   * Whether `dimension` was implied by a mission code rather than written (a table without a มิติ
   * column or heading): then each mission implies its own, and an unknown mission implies none.
   */
  dimensionFromMission: boolean;
  /** How many dimension heading lines ("มิติที่ 1. …" above a block) the sheet has had so far. */
  dimensionHeadings: number;
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
  return cellTextAt(grid, row, col);
}

/** The non-empty cells of a row, normalised (kept per parse: see core/cell-texts.ts; read-only). */
export function rowCells(grid: Grid, row: number): readonly { col: number; text: string }[] {
  return rowTexts(grid, row).cells;
}

/** A row of dashes or rules between pasted table pages. */
export function isSeparatorRow(cells: readonly { text: string }[]): boolean {
  return cells.length > 0 && cells.every((c) => RULE_CHARACTERS.test(c.text));
}

/**
 * Regexps of the row parsers are kept in constants: a regexp literal inside a function is a new
 * object at every call, and these are asked of every row.
 */
const RULE_CHARACTERS = /^[-–—_=.·\s]+$/;

/**
 * Dimension and mission names repeat down a sheet and across a batch of files; matching one is
 * fuzzy and costs far more than a lookup, so results are kept (bounded, oldest dropped first):
 * per framework, level and council names, then per text (the text itself as the key, whose hash
 * the string keeps, rather than a key joined afresh at every call).
 */
const MATCH_CACHE = new Map<string, Map<string, TaxonMatch>>();
const MATCH_CACHE_SIZE = 20000;
let matchCacheSize = 0;
const NO_NAMES: string[] = [];

/**
 * Whether the council's own names matter for matching `raw`: matchTaxon reads them only to replace
 * them inside the written name (looseForm), so a name that holds none of them matches the same with
 * or without them, and the result can be shared by every council of the batch.
 */
function namesCouncil(raw: string, councilNames: string[]): boolean {
  if (councilNames.length === 0) return false;
  const name = compactText(splitCodeAndName(raw).name);
  return councilNames.some((c) => {
    const own = compactText(c);
    return own !== '' && name.includes(own);
  });
}

export function cachedMatch(raw: string, level: TaxonRef['level'], framework: Framework, councilNames: string[]): TaxonMatch {
  const names = namesCouncil(raw, councilNames) ? councilNames : NO_NAMES;
  const scope = names.length === 0 ? `${framework.id}\u0000${level}` : `${framework.id}\u0000${level}\u0000${names.join('|')}`;
  let kept = MATCH_CACHE.get(scope);
  if (!kept) MATCH_CACHE.set(scope, (kept = new Map()));
  let m = kept.get(raw);
  if (!m) {
    // Kept under a copy of its own, and matched from it (core/memo.ts ownCopy): not a view into a sheet.
    const key = ownCopy(raw);
    m = matchTaxon(key, level, framework, { councilNames: names });
    if (matchCacheSize >= MATCH_CACHE_SIZE) dropOldestMatch();
    kept.set(key, m);
    matchCacheSize++;
  }
  return m;
}

/** Drops the oldest kept match of the oldest scope (a scope left empty goes too). */
function dropOldestMatch(): void {
  const [scope, kept] = MATCH_CACHE.entries().next().value as [string, Map<string, TaxonMatch>];
  kept.delete(kept.keys().next().value as string);
  if (kept.size === 0) MATCH_CACHE.delete(scope);
  matchCacheSize--;
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
  state.dimensionFromMission = false;
  state.mission = null;
  state.subMission = null;
  state.pendingMissions = [];
}

/** A mission cell; a cell naming several missions queues the later ones. */
export function setMission(state: ParseState, raw: string, source: Source): void {
  const parts = splitTaxa(raw, 'mission');
  // Packed lists of objects (core/object-lists.ts): the item rows read them.
  const codes = mapToObjects(parts, (p) => recordTaxon(state, 'mission', p, source).code);
  state.mission = codes[0] ?? null;
  const pending: string[] = objectList();
  for (let i = 1; i < codes.length; i++) {
    const code = codes[i];
    if (code) pending.push(code);
  }
  state.pendingMissions = pending;
  state.subMission = null;
  impliedDimension(state);
}

/** Without a written dimension, the mission's code gives it (and an unknown mission gives none). */
function impliedDimension(state: ParseState): void {
  if (state.dimension && !state.dimensionFromMission) return;
  state.dimension = state.mission ? dimensionOf(state.mission) : null;
  state.dimensionFromMission = true;
}

export function setSubMission(state: ParseState, raw: string, source: Source): void {
  const ref = recordTaxon(state, 'sub-mission', raw, source);
  state.subMission = ref.code ?? ref.writtenCode;
}

/** A mission cell that starts with an x.y.z code ("1.1.3 สร้างจิตสำนึก…"): a sub-item, not a mission. */
export function isSubMissionCell(raw: string): boolean {
  const code = splitCodeAndName(raw).code;
  return code !== null && code.split('.').length === 3;
}

/**
 * A sub-item written alone in the mission column (legacy plans list 1.1.1, 1.1.2 … under one
 * mission cell): the sub-item is recorded and its parent mission becomes the current one.
 */
export function setSubMissionCell(state: ParseState, raw: string, source: Source): void {
  setSubMission(state, raw, source);
  const sub = state.subMission;
  const parent = sub ? parentCode(sub) : null;
  if (parent && parent !== state.mission && findTaxon(state.framework, 'mission', parent)) {
    state.mission = parent;
    state.pendingMissions = [];
    impliedDimension(state);
  }
}

export function blockColumn(block: HeaderBlock, role: string): number | undefined {
  return block.columns.find((c) => c.role === role)?.col;
}
