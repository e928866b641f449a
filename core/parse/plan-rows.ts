/**
 * The rows of a plan table (multi-year, annual, legacy): items, continuation rows, summary rows,
 * and the end of the table.
 */
import type { HeaderBlock } from '../detect';
import { splitItemTitle } from '../thai/item-titles';
import { addItems, appendTitle } from './items';
import { isDimensionHeading, isMissionHeading, applyHeading } from './headings';
import {
  blockColumn,
  cachedMatch,
  isSeparatorRow,
  isSubMissionCell,
  rowCells,
  setDimension,
  setMission,
  setSubMission,
  setSubMissionCell,
  sourceOf,
  textAt,
  type ParseState,
} from './state';
import { isGrandLabel, isSummaryLabel, parseSummaryRow } from './summary';
import { applyValues, mergeValues, readRowValues, type RowValues } from './values';

/** "๑.๑ <mission> 1.1.1 <sub-item>" in one cell (legacy plans): the mission and its sub-item. */
function splitSubMission(text: string): { mission: string; sub: string | null } {
  const m = MISSION_THEN_SUB.exec(text);
  if (!m || !MISSION_CODE.test(text)) return { mission: text, sub: null };
  return { mission: m[1], sub: m[2] };
}

// Constants: a regexp literal in a function is a new object at every call (every mission cell here).
const MISSION_THEN_SUB = /^(.*?\S)\s+((?:[0-9๐-๙]+\.){2}[0-9๐-๙]+\.?\s.*)$/;
const MISSION_CODE = /^\D*[0-9๐-๙]+\.[0-9๐-๙]+/;

function takeValues(state: ParseState, values: RowValues): void {
  const target = state.lastItems[state.filled];
  if (target) {
    applyValues(target, values);
    state.filled++;
  } else {
    const last = state.lastItems[state.lastItems.length - 1];
    if (last) mergeValues(last, values);
  }
}

/** A lone cell that is not a dimension or mission name: text below the table. */
function isProse(
  state: ParseState,
  cell: { col: number; text: string },
  dimCol: number | undefined,
  misCol: number | undefined,
): boolean {
  if (cell.col !== dimCol && cell.col !== misCol) return true;
  const level = cell.col === dimCol ? 'dimension' : 'mission';
  return cachedMatch(cell.text, level, state.framework, state.councilNames).match === 'unknown';
}

/** The first cell up to the lead columns that holds a summary label (รวม …), if any. */
function summaryLabelCell(cells: readonly { col: number; text: string }[], lead: number): { col: number; text: string } | undefined {
  for (const c of cells) if (c.col <= lead && isSummaryLabel(c.text)) return c;
  return undefined;
}

/** Whether a title cell continues the last item rather than starting one. */
function continuesTitle(state: ParseState, title: string, values: RowValues): boolean {
  if (values.hasAny || state.lastItems.length === 0) return false;
  const parts = splitItemTitle(title);
  const lastNumbered = state.lastItems[state.lastItems.length - 1].number !== null;
  return lastNumbered && parts.number === null && parts.kind === 'อื่น';
}

/**
 * Parses data rows from `from` to `to` (0-based, inclusive) under a header block.
 * Returns the last row that belongs to the table: the grand total, or the row before prose.
 */
export function parsePlanRows(state: ParseState, block: HeaderBlock, from: number, to: number): number {
  const { grid } = state;
  const dimCol = blockColumn(block, 'dimension');
  const misCol = blockColumn(block, 'mission');
  const titleCol = blockColumn(block, 'title');
  const lead = Math.max(dimCol ?? -1, misCol ?? -1, titleCol ?? -1);
  const fiscalYear = state.doc.metadata.fiscalYear;
  let last = from - 1;
  for (let row = from; row <= to; row++) {
    const cells = rowCells(grid, row);
    if (cells.length === 0) continue;
    if (isSeparatorRow(cells)) {
      last = row;
      continue;
    }
    const labelCell = summaryLabelCell(cells, lead);
    if (labelCell) {
      parseSummaryRow(state, block, row, labelCell.col);
      last = row;
      if (isGrandLabel(labelCell.text)) return row;
      continue;
    }
    if (cells.length === 1 && (isDimensionHeading(cells[0].text) || isMissionHeading(cells[0].text))) {
      applyHeading(state, cells[0].text, sourceOf(grid, row, cells[0].col));
      last = row;
      continue;
    }
    const title = textAt(grid, row, titleCol);
    const values = readRowValues(grid, block, row, fiscalYear);
    if (!title && !values.hasAny && cells.length === 1 && isProse(state, cells[0], dimCol, misCol)) {
      return last; // notes or text below the table
    }
    const dimension = textAt(grid, row, dimCol);
    const missionText = textAt(grid, row, misCol);
    if (dimension) setDimension(state, dimension, sourceOf(grid, row, dimCol as number));
    if (missionText && isSubMissionCell(missionText)) {
      setSubMissionCell(state, missionText, sourceOf(grid, row, misCol as number));
    } else if (missionText) {
      const { mission, sub } = splitSubMission(missionText);
      setMission(state, mission, sourceOf(grid, row, misCol as number));
      if (sub) setSubMission(state, sub, sourceOf(grid, row, misCol as number));
    }
    last = row;
    if (title && continuesTitle(state, title, values)) {
      appendTitle(state, title);
    } else if (title) {
      addItems(state, title, sourceOf(grid, row, titleCol as number));
      takeValues(state, values);
    } else if (values.hasAny) {
      takeValues(state, values);
    }
  }
  return last;
}
