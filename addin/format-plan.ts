/**
 * "Format this sheet": the official look for a table the clerk already has (typed by hand,
 * pasted from a PDF, from last year's file), found by core's header detection and described as
 * formats only. No values, no formulas, no merges: formatting a sheet must never change what it
 * says, and merging would drop every value but the top-left one.
 */
import { columnLetter, rangeA1, type Grid } from '../core/grid';
import { layoutById, type LayoutDef, type LayoutId } from '../core/layouts';
import { parseGrid } from '../core/parse';
import type { ColumnRole, PlanDocument, Table } from '../core/schema';
import { FILLS, NUMBER_FORMATS, SHEET_FONT, type CellStyle, type SheetPlan } from '../core/sheet-plan';

export interface SheetFormat {
  sheet: string;
  /** The range the sheet font goes on: the title rows and every table. */
  area: string;
  font: { name: string; size: number };
  /** Applied in order; a later, smaller range refines an earlier one. */
  styles: { range: string; style: CellStyle }[];
  /** Title rows centred over the table's width without merging ("Center Across Selection"). */
  centerAcross: string[];
  columns: { col: number; width: number }[];
  freezeRows: number;
  print: SheetPlan['print'];
  /** Rows whose height follows their wrapped text. */
  autofitRows: string | null;
}

export interface FormatResult {
  format: SheetFormat;
  layout: LayoutDef;
  /** 1-based first and last rows of the tables. */
  from: number;
  to: number;
}

const HEADER_STYLE: CellStyle = { bold: true, hAlign: 'center', vAlign: 'middle', wrap: true, fill: FILLS.header, border: 'thin' };
const BODY_STYLE: CellStyle = { border: 'thin', wrap: true, vAlign: 'top' };
const TITLE_STYLE: CellStyle = { bold: true, fontSize: 18 };

/** The official width of each column role (a repeated column's width for each of its copies). */
function widthsByRole(layout: LayoutDef): Map<ColumnRole, number> {
  return new Map(layout.official.columns.map((c) => [c.role, c.width]));
}

function columnsWith(table: Table, ...roles: ColumnRole[]): number[] {
  return table.columns.filter((c) => roles.includes(c.role)).map((c) => c.column - 1);
}

/** [3,4,5,7] → [[3,5],[7,7]]. */
function runs(cols: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const c of [...new Set(cols)].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else out.push([c, c]);
  }
  return out;
}

export function planSheetFormat(grid: Grid, doc: PlanDocument = parseGrid(grid).doc): FormatResult | null {
  const tables = doc.tables;
  if (tables.length === 0) return null;
  const first = tables[0];
  const layout = layoutById(first.layout as LayoutId);
  const lastRow = Math.max(...tables.map((t) => t.lastRow)) - 1;
  const lastCol = Math.max(...tables.flatMap((t) => [...t.columns.map((c) => c.column), ...t.unplaced.map((u) => u.column)])) - 1;
  const styles: SheetFormat['styles'] = [];
  const style = (top: number, left: number, bottom: number, right: number, s: CellStyle) => {
    if (bottom >= top && right >= left) styles.push({ range: rangeA1({ top, left, bottom, right }), style: s });
  };

  // Title rows: bold and large, centred over the table where nothing else is written on the row.
  const centerAcross: string[] = [];
  for (let r = 0; r < first.headerTop - 1; r++) {
    const row = grid.rows[r] ?? [];
    if (row[0] === null || row[0] === undefined || String(row[0]).trim() === '') continue;
    style(r, 0, r, 0, TITLE_STYLE);
    if (row.slice(1, lastCol + 1).every((v) => v === null || String(v).trim() === '')) centerAcross.push(rangeA1({ top: r, left: 0, bottom: r, right: lastCol }));
  }

  for (const t of tables) {
    const top = t.headerTop - 1;
    const bottom = t.headerBottom - 1;
    const body = { top: t.firstRow - 1, bottom: t.lastRow - 1 };
    style(top, 0, bottom, lastCol, HEADER_STYLE);
    style(body.top, 0, body.bottom, lastCol, BODY_STYLE);
    for (const [a, b] of runs(columnsWith(t, 'year-budget', 'budget'))) style(body.top, a, body.bottom, b, { numberFormat: NUMBER_FORMATS.amount, hAlign: 'right' });
    for (const [a, b] of runs(columnsWith(t, 'quarter'))) style(body.top, a, body.bottom, b, { hAlign: 'center' });
  }

  // Summary rows after the body, so that their bold and fill win.
  const yearCols = runs(tables.flatMap((t) => columnsWith(t, 'year-budget')));
  for (const s of doc.summaries) {
    const r = s.source.row - 1;
    style(r, 0, r, lastCol, { bold: true, fill: FILLS.summary });
    for (const [a, b] of yearCols) style(r, a, r, b, { numberFormat: NUMBER_FORMATS.statedAmount });
  }

  const widths = widthsByRole(layout);
  const columns = first.columns.flatMap((c) => {
    const width = widths.get(c.role);
    return width ? [{ col: c.column - 1, width }] : [];
  });

  const title = doc.metadata.title ?? undefined;
  return {
    format: {
      sheet: grid.sheet,
      area: rangeA1({ top: 0, left: 0, bottom: lastRow, right: lastCol }),
      font: { ...SHEET_FONT },
      styles,
      centerAcross,
      columns,
      freezeRows: first.headerBottom,
      print: {
        orientation: 'landscape',
        paperSize: 'A4',
        fitToWidth: true,
        repeatRows: `${first.headerTop}:${first.headerBottom}`,
        ...(title ? { title } : {}),
      },
      autofitRows: `A${first.headerTop}:${columnLetter(lastCol)}${lastRow + 1}`,
    },
    layout,
    from: first.headerTop,
    to: lastRow + 1,
  };
}
