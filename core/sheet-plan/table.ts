/**
 * The body of a table in its official form: item rows grouped by dimension and mission (those
 * cells written once and merged over their group), a รวม row after each dimension and a
 * รวมทั้งสิ้น row at the end for plans, all totals as live formulas with their cached values.
 */
import { findTaxon, type Framework } from '../framework';
import { columnLetter, type CellValue } from '../grid';
import type { LayoutDef } from '../layouts';
import type { Budget, ColumnRole, Item, ItemKind } from '../schema';
import { tally, type Tally } from '../totals';
import { columnRange, type SheetBuilder, type SheetColumn } from './builder';
import { dimensionLabel, listReference, missionLabel } from './metadata';
import { FILLS, NUMBER_FORMATS } from './schema';

/** What the official tables write in the cells this module fills. */
export const TABLE_WORDS = {
  summary: 'รวม',
  grand: 'รวมทั้งสิ้น',
  noBudget: 'ไม่ใช้งบประมาณ',
  notPlanned: '-',
  tick: '✓',
} as const;

const COUNT_KINDS: readonly ItemKind[] = ['โครงการ', 'มาตรการ', 'กิจกรรม'];

/** One row of the table: an item, or an empty slot under a mission (blank plans). */
export interface TableRow {
  item: Item | null;
  mission: string | null;
}

/** The rows of one dimension, closed by its รวม row in plan layouts. */
export interface TableBlock {
  dimension: string | null;
  rows: TableRow[];
}

export interface TableContext {
  layout: LayoutDef;
  columns: SheetColumn[];
  framework: Framework;
  fiscalYear: number | null;
}

function orderOf(list: { code: string }[], code: string | null): number {
  const i = code === null ? -1 : list.findIndex((t) => t.code === code);
  return i < 0 ? list.length : i;
}

/**
 * The items grouped by dimension in framework order (unknown dimensions last), missions in
 * framework order inside each; items keep their order otherwise.
 */
export function blocksFromItems(items: Item[], framework: Framework, taxonomy: boolean): TableBlock[] {
  if (!taxonomy) return items.length ? [{ dimension: null, rows: items.map((item) => ({ item, mission: null })) }] : [];
  const sorted = items
    .map((item, i) => ({ item, i, d: orderOf(framework.dimensions, item.dimension), m: orderOf(framework.missions, item.mission) }))
    .sort((a, b) => a.d - b.d || String(a.item.dimension).localeCompare(String(b.item.dimension)) || a.m - b.m || a.i - b.i);
  const blocks: TableBlock[] = [];
  for (const { item } of sorted) {
    let block = blocks[blocks.length - 1];
    if (!block || block.dimension !== item.dimension) blocks.push((block = { dimension: item.dimension, rows: [] }));
    block.rows.push({ item, mission: item.mission });
  }
  return blocks;
}

/** Every dimension of the framework with one empty row per mission. */
export function blankBlocks(framework: Framework, taxonomy: boolean, emptyRows = 10): TableBlock[] {
  if (!taxonomy) return [{ dimension: null, rows: Array.from({ length: emptyRows }, () => ({ item: null, mission: null })) }];
  return framework.dimensions.map((d) => ({
    dimension: d.code,
    rows: framework.missions.filter((m) => m.code.split('.')[0] === d.code).map((m) => ({ item: null, mission: m.code })),
  }));
}

/** A budget as the official form writes it: a number, ไม่ใช้งบประมาณ, "-", or what was written when unreadable. */
export function budgetCell(b: Budget | undefined): CellValue {
  if (!b) return null;
  switch (b.status) {
    case 'amount':
      return b.amount;
    case 'no-budget':
      return TABLE_WORDS.noBudget;
    case 'not-planned':
      return TABLE_WORDS.notPlanned;
    case 'invalid':
    case 'placeholder':
      return b.raw || null;
    default:
      // empty, or a tick in a money column: the tick belongs in a quarter column, which it does not name.
      return null;
  }
}

function itemCell(item: Item, column: SheetColumn, ctx: TableContext, n: number): CellValue {
  const plan = ctx.layout.summaryRows;
  switch (column.role) {
    case 'title':
      // "N) <title>": the kind stays the first word after the number, and every row reads as an item
      // of its own (a title with neither number nor kind word would read as the one above continued).
      return `${n}) ${item.title}`;
    case 'number':
      return n;
    case 'year-budget':
      return budgetCell(item.budgets.find((b) => b.year === column.year));
    case 'budget':
      return budgetCell(item.budgets.find((b) => b.year === ctx.fiscalYear) ?? item.budgets[0]);
    case 'quarter':
      return item.quarters.some((q) => q.q === column.q && q.ticked) ? TABLE_WORDS.tick : null;
    case 'remark':
      return (plan ? (item.responsible ?? item.remark) : item.remark) || null;
    case 'steps':
      return item.remark;
    case 'responsible':
      return item.responsible;
    case 'target-group':
      return item.targetGroup;
    case 'outputs':
      return item.outputs;
    case 'outcomes':
      return item.outcomes;
    case 'period':
      return item.period;
    default:
      return null;
  }
}

function taxonLabel(framework: Framework, level: 'dimension' | 'mission', code: string | null): string | null {
  if (code === null) return null;
  const t = findTaxon(framework, level, code);
  if (!t) return code;
  return level === 'dimension' ? dimensionLabel(t) : missionLabel(t);
}

/** What a summary row states as its count: "จำนวน 8 โครงการ / 1 มาตรการ / 0 กิจกรรม", plus "/ 1 รายการอื่น" when some item names no kind. */
export function countText(byKind: Record<ItemKind, number>): string {
  const words = COUNT_KINDS.map((k) => `${byKind[k]} ${k}`).join(' / ');
  return byKind['อื่น'] > 0 ? `จำนวน ${words} / ${byKind['อื่น']} ${OTHER_KIND_WORD}` : `จำนวน ${words}`;
}

/** Read back by parseStatedCount as the items of no kind ("N รายการ"). */
const OTHER_KIND_WORD = 'รายการอื่น';

/**
 * The live formula of countText: each kind counted from the titles ("N) โครงการ…"); the items whose
 * title starts with no kind word are the rest of the numbered titles, stated only when there are any,
 * so the count stays true as the clerk adds items of any kind.
 */
export function countFormula(range: string): string {
  const kinds = COUNT_KINDS.map((k) => `COUNTIF(${range},"*) ${k}*")`);
  const other = `COUNTIF(${range},"*) *")-${kinds.join('-')}`;
  const words = COUNT_KINDS.map((k, i) => `${kinds[i]}&" ${k}${i < COUNT_KINDS.length - 1 ? ' / ' : ''}"`).join('&');
  return `="จำนวน "&${words}&IF(${other}>0," / "&(${other})&" ${OTHER_KIND_WORD}","")`;
}

/** `="จำนวน "&COUNTIF(C6:C60,"*) *")&" โครงการ"`: every item, which the official tables call โครงการ. */
export function grandCountFormula(range: string): string {
  return `="จำนวน "&COUNTIF(${range},"*) *")&" โครงการ"`;
}

const colsWith = (columns: SheetColumn[], ...roles: ColumnRole[]) =>
  columns.flatMap((c, i) => (roles.includes(c.role) ? [i] : []));

/** A summary row's figures: formulas over the block's rows (or over the dimension rows for the grand row). */
function writeFigures(b: SheetBuilder, row: number, ctx: TableContext, t: Tally, source: (col: number) => string, grand: boolean): void {
  ctx.columns.forEach((column, col) => {
    const sum = grand ? `=${source(col)}` : `=SUM(${source(col)})`;
    if (column.role === 'year-budget') b.formula(row, col, sum, t.budgetByYear[String(column.year)] ?? 0);
    else if (column.role === 'budget') b.formula(row, col, sum, t.budget);
    else if (column.role === 'quarter') {
      const f = grand ? sum : `=COUNTIF(${source(col)},"${TABLE_WORDS.tick}")`;
      b.formula(row, col, f, t.quarters[(column.q ?? 1) - 1]);
    }
  });
}

/** Appends the table body below the rows already written; returns its first and last rows (0-based). */
export function writeTable(b: SheetBuilder, ctx: TableContext, blocks: TableBlock[]): { first: number; last: number } {
  const { columns, framework, layout } = ctx;
  const col = (role: ColumnRole) => columns.findIndex((c) => c.role === role);
  const dimCol = col('dimension');
  const misCol = col('mission');
  const titleCol = col('title');
  const labelCol = misCol >= 0 ? misCol : dimCol >= 0 ? dimCol : titleCol;
  const first = b.values.length;
  const summaryRows: number[] = [];
  /** Summary rows (dimension and grand), styled after the area they sit in. */
  const styled: number[] = [];
  const moneyCols = colsWith(columns, 'year-budget', 'budget');
  const statedCols = layout.summaryRows ? colsWith(columns, 'year-budget') : [];
  let n = 0;
  const summaryStyle = (row: number) => {
    b.style(row, 0, row, b.width - 1, { bold: true, fill: FILLS.summary });
    b.styleColumns(statedCols, row, row, { numberFormat: NUMBER_FORMATS.statedAmount });
  };
  for (const block of blocks) {
    const top = b.values.length;
    let missionTop = top;
    block.rows.forEach((r, i) => {
      const row = b.addRow();
      if (r.item) {
        n++;
        columns.forEach((c, j) => b.set(row, j, itemCell(r.item as Item, c, ctx, n)));
      }
      if (i === 0 && dimCol >= 0) b.set(row, dimCol, taxonLabel(framework, 'dimension', block.dimension));
      const next = block.rows[i + 1];
      if (misCol >= 0 && (i === 0 || block.rows[i - 1].mission !== r.mission)) {
        missionTop = row;
        b.set(row, misCol, taxonLabel(framework, 'mission', r.mission));
      }
      if (misCol >= 0 && (!next || next.mission !== r.mission)) b.merge(missionTop, misCol, row, misCol);
    });
    const bottom = b.values.length - 1;
    if (bottom < top) continue;
    if (dimCol >= 0) b.merge(top, dimCol, bottom, dimCol);
    if (dimCol >= 0) b.validations.push({ range: columnRange(dimCol, top, bottom), list: listReference('dimensions', framework) });
    if (misCol >= 0) b.validations.push({ range: columnRange(misCol, top, bottom), list: listReference('missions', framework) });
    if (!layout.summaryRows) continue;
    const items = block.rows.flatMap((r) => (r.item ? [r.item] : []));
    const t = tally(items);
    const row = b.addRow();
    b.set(row, labelCol, TABLE_WORDS.summary);
    if (titleCol >= 0) b.formula(row, titleCol, countFormula(columnRange(titleCol, top, bottom)), countText(t.byKind));
    writeFigures(b, row, ctx, t, (c) => columnRange(c, top, bottom), false);
    summaryRows.push(row);
    styled.push(row);
  }
  if (layout.summaryRows) {
    const row = b.addRow();
    const items = blocks.flatMap((bl) => bl.rows.flatMap((r) => (r.item ? [r.item] : [])));
    const t = tally(items);
    b.set(row, labelCol, TABLE_WORDS.grand);
    if (titleCol >= 0) {
      const formula = row > first ? grandCountFormula(columnRange(titleCol, first, row - 1)) : '="จำนวน 0 โครงการ"';
      b.formula(row, titleCol, formula, `จำนวน ${t.items} โครงการ`);
    }
    const dimensionCells = (c: number) => (summaryRows.length ? summaryRows.map((r) => `${columnLetter(c)}${r + 1}`).join('+') : '0');
    writeFigures(b, row, ctx, t, dimensionCells, true);
    styled.push(row);
  }
  const last = b.values.length - 1;
  if (last >= first) {
    // Whole-area styles first, then the summary rows refine them (bold, fill, stated amounts).
    b.style(first, 0, last, b.width - 1, { border: 'thin', wrap: true, vAlign: 'top' });
    b.styleColumns(moneyCols, first, last, { numberFormat: NUMBER_FORMATS.amount, hAlign: 'right' });
    b.styleColumns(colsWith(columns, 'quarter'), first, last, { hAlign: 'center' });
    for (const row of styled) summaryStyle(row);
  }
  return { first, last };
}
