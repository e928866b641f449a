/**
 * The rows of the text-heavy layouts: results reports (C), ITA measures (D) and project-detail
 * sheets (E, one row per item). Rows that do not start an item continue the one above
 * (cells pasted from PDF or web pages break one item over several rows).
 */
import { cellAt, cellText } from '../grid';
import type { HeaderBlock } from '../detect';
import type { ColumnRole, Item } from '../schema';
import { parseAmount } from '../thai/amounts';
import { toArabicDigits } from '../thai/digits';
import { splitItemTitle } from '../thai/item-titles';
import { normalizeText } from '../thai/text';
import { parseDetailRef } from './detail-blocks';
import { applyHeading, isDimensionHeading, isMissionHeading } from './headings';
import { blankItem } from './items';
import { isSeparatorRow, rowCells, setDimension, setMission, sourceOf, textAt, type ParseState } from './state';
import { blockYear } from './values';

type TextField = 'targetGroup' | 'outputs' | 'outcomes' | 'period' | 'remark' | 'responsible';

const TEXT_FIELDS: Partial<Record<ColumnRole, TextField>> = {
  'target-group': 'targetGroup',
  outputs: 'outputs',
  outcomes: 'outcomes',
  period: 'period',
  remark: 'remark',
  responsible: 'responsible',
  steps: 'remark',
};

/** "<p>๒. …</p> <p>๓. …</p>": several numbered measures in one cell of an ITA report. */
export function splitParagraphItems(raw: string): string[] {
  const paragraphs = raw.split(/<\/?p>/i).map((p) => normalizeText(p)).filter(Boolean);
  const numbered = paragraphs.filter((p) => /^[0-9๐-๙]+\.\s/.test(p));
  if (numbered.length < 2) return [raw];
  const numbers = numbered.map((p) => Number(toArabicDigits(p).split('.')[0]));
  const consecutive = numbers.every((n, i) => i === 0 || n === numbers[i - 1] + 1);
  return consecutive && paragraphs.every((p) => /^[0-9๐-๙]+\.\s/.test(p)) ? numbered : [raw];
}

/** A project-detail sheet's ลำดับที่ ("1.1.2.(1)" or "๗") gives the item its number and mission. */
function applyDetailRef(item: Item, raw: string): void {
  const ref = parseDetailRef(raw);
  if (ref.number !== null) item.number = ref.number;
  if (ref.mission) {
    item.mission = ref.mission;
    item.dimension = ref.mission.split('.')[0];
  }
}

function startsItem(text: string): boolean {
  const parts = splitItemTitle(text);
  return parts.kind !== 'อื่น' || parts.number !== null;
}

function appendField(item: Item, field: TextField | 'title', text: string): void {
  const old = item[field];
  item[field] = old ? `${old} ${text}` : text;
}

function fillRow(state: ParseState, block: HeaderBlock, row: number, items: Item[], fresh: boolean): void {
  const { grid } = state;
  for (const column of block.columns) {
    const text = textAt(grid, row, column.col);
    if (!text) continue;
    const field = TEXT_FIELDS[column.role];
    if (field) for (const item of items) appendField(item, field, text);
    if (column.role === 'budget' && fresh) {
      const value = cellAt(grid, row, column.col);
      const year = blockYear(block, state.doc.metadata.fiscalYear);
      for (const item of items) {
        item.budgets = [{ year, raw: text, ...parseAmount(value, { dash: 'zero' }), source: sourceOf(grid, row, column.col) }];
      }
    } else if (column.role === 'budget') {
      // A no-budget phrase broken over two rows ("ไม่ได้ใช้ งบประมาณ" / "ดำเนินการ") stays one cell.
      for (const item of items) {
        const b = item.budgets[0];
        if (b && b.status !== 'amount') Object.assign(b, { raw: `${b.raw} ${text}`, ...parseAmount(`${b.raw} ${text}`, { dash: 'zero' }) });
      }
    }
  }
}

/** Parses rows from `from` to `to` (0-based, inclusive); returns the last row used. */
export function parseReportRows(state: ParseState, block: HeaderBlock, from: number, to: number): number {
  const { grid } = state;
  const col = (role: ColumnRole) => block.columns.find((c) => c.role === role)?.col;
  const titleCol = col('title');
  let current: Item[] = [];
  let last = from - 1;
  for (let row = from; row <= to; row++) {
    const cells = rowCells(grid, row);
    if (cells.length === 0 || isSeparatorRow(cells)) continue;
    if (cells.length === 1 && (isDimensionHeading(cells[0].text) || isMissionHeading(cells[0].text))) {
      applyHeading(state, cells[0].text, sourceOf(grid, row, cells[0].col));
      current = [];
      continue;
    }
    last = row;
    const dim = textAt(grid, row, col('dimension'));
    const mis = textAt(grid, row, col('mission'));
    if (dim) setDimension(state, dim, sourceOf(grid, row, col('dimension') as number));
    if (mis) setMission(state, mis, sourceOf(grid, row, col('mission') as number));
    const title = textAt(grid, row, titleCol);
    if (title && (current.length === 0 || startsItem(title))) {
      const raw = cellText(cellAt(grid, row, titleCol as number));
      const parts = block.layout.id === 'ita-measures' ? splitParagraphItems(raw) : [raw];
      current = parts.map((p, i) => {
        const item = blankItem(state, normalizeText(p), sourceOf(grid, row, titleCol as number));
        if (parts.length > 1) item.splitIndex = i;
        if (!block.layout.taxonomy) Object.assign(item, { dimension: null, mission: null, subMission: null });
        state.doc.items.push(item);
        return item;
      });
      fillRow(state, block, row, current, true);
      const number = textAt(grid, row, col('number'));
      if (number) for (const item of current) applyDetailRef(item, number);
    } else if (current.length > 0) {
      if (title) for (const item of current) appendField(item, 'title', title);
      fillRow(state, block, row, current, false);
    }
  }
  return last;
}
