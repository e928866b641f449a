/**
 * Building a SheetPlan: a small accumulator for values, formulas, merges and range styles, the
 * official columns of a layout expanded for a document's years and quarters, and the header
 * block written from them with its merges.
 */
import { a1, columnLetter, rangeA1, type CellValue } from '../grid';
import type { LayoutDef } from '../layouts';
import type { ColumnRole } from '../schema';
import { FILLS, SHEET_FONT, type CellStyle, type SheetPlan } from './schema';

/** One written column: its role, its label in each header row (undefined = spanned from above), its width. */
export interface SheetColumn {
  role: ColumnRole;
  labels: (string | undefined)[];
  width: number;
  year: number | null;
  q: number | null;
}

export interface TemplateVars {
  /** The fiscal year (one-year documents). */
  year?: number | null;
  /** The plan period (multi-year plans). */
  years?: number[];
}

/** Fills a layout template: {year}, {from}, {to}, {span}, {q}. */
export function fillTemplate(template: string, vars: TemplateVars & { q?: number }): string {
  const years = vars.years ?? [];
  const values: Record<string, string> = {
    year: vars.year == null ? '' : String(vars.year),
    from: years.length ? String(years[0]) : '',
    to: years.length ? String(years[years.length - 1]) : '',
    span: String(years.length),
    q: vars.q === undefined ? '' : String(vars.q),
  };
  return template.replace(/\{(year|from|to|span|q)\}/g, (_, k: string) => values[k]).replace(/\s+/g, ' ').trim();
}

/** A legal sheet name: no []:*?/\, no apostrophe at the ends, at most 31 characters. */
export function safeSheetName(name: string): string {
  const cleaned = name.replace(/[[\]:*?/\\]/g, '-').replace(/^'+|'+$/g, '').trim();
  return (cleaned || 'Sheet1').slice(0, 31).trim();
}

/** The layout's official columns for a document: per-year and per-quarter columns repeated. */
export function expandColumns(layout: LayoutDef, vars: TemplateVars): SheetColumn[] {
  const out: SheetColumn[] = [];
  const rows = layout.official.headerRows;
  const make = (col: LayoutDef['official']['columns'][number], year: number | null, q: number | null): SheetColumn => {
    const fill = (t: string) => fillTemplate(t, { ...vars, year: year ?? vars.year, q: q ?? undefined });
    const stack = [col.header, col.mid, col.sub].filter((t): t is string => t !== undefined).map(fill);
    const labels = Array.from({ length: rows }, (_, r) => stack[r]);
    return { role: col.role, labels, width: col.width, year, q };
  };
  for (const col of layout.official.columns) {
    if (col.repeat === 'per-year') for (const y of vars.years ?? []) out.push(make(col, y, null));
    else if (col.repeat === 'per-quarter') for (const q of [1, 2, 3, 4]) out.push(make(col, vars.year ?? null, q));
    else out.push(make(col, null, null));
  }
  return out;
}

export class SheetBuilder {
  readonly values: CellValue[][] = [];
  readonly formulas: SheetPlan['formulas'] = [];
  readonly merges: string[] = [];
  readonly styles: SheetPlan['styles'] = [];
  readonly validations: SheetPlan['validations'] = [];

  constructor(readonly width: number) {}

  /** Appends a row (padded to the sheet's width) and returns its 0-based index. */
  addRow(cells: CellValue[] = []): number {
    const row: CellValue[] = Array.from({ length: this.width }, (_, c) => cells[c] ?? null);
    this.values.push(row);
    return this.values.length - 1;
  }

  set(row: number, col: number, value: CellValue): void {
    this.values[row][col] = value;
  }

  /** A formula cell and the value it computes (what readers of cached values see). */
  formula(row: number, col: number, formula: string, cached: CellValue): void {
    this.values[row][col] = cached;
    this.formulas.push({ cell: a1(row, col), formula });
  }

  /** Merges a rectangle (0-based, inclusive); a single cell is left alone. */
  merge(top: number, left: number, bottom: number, right: number): void {
    if (top === bottom && left === right) return;
    this.merges.push(rangeA1({ top, left, bottom, right }));
  }

  style(top: number, left: number, bottom: number, right: number, style: CellStyle): void {
    if (bottom < top || right < left) return;
    this.styles.push({ range: rangeA1({ top, left, bottom, right }), style });
  }

  /** The same style over runs of adjacent columns (one range per run). */
  styleColumns(cols: number[], top: number, bottom: number, style: CellStyle): void {
    for (const [from, to] of runs(cols)) this.style(top, from, bottom, to, style);
  }

  /** The full width of one or more rows, merged into one cell per row. */
  fullWidthRow(row: number, value: CellValue): void {
    this.set(row, 0, value);
    this.merge(row, 0, row, this.width - 1);
  }

  /**
   * Appends the header block from the columns' labels: a label spans down over the rows where its
   * column has none, and across neighbours with the same label (and the same labels above).
   */
  header(columns: SheetColumn[]): { top: number; bottom: number } {
    const top = this.values.length;
    const rows = columns[0]?.labels.length ?? 1;
    for (let r = 0; r < rows; r++) this.addRow();
    const covered = new Set<string>();
    const depth = (c: number, r: number) => {
      let b = r;
      while (b + 1 < rows && columns[c].labels[b + 1] === undefined) b++;
      return b;
    };
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < columns.length; c++) {
        const label = columns[c].labels[r];
        if (label === undefined || covered.has(`${r}:${c}`)) continue;
        const bottom = depth(c, r);
        let right = c;
        while (
          right + 1 < columns.length &&
          columns[right + 1].labels[r] === label &&
          depth(right + 1, r) === bottom &&
          columns[right + 1].labels.slice(0, r).every((l, i) => l === columns[c].labels[i])
        ) {
          right++;
        }
        for (let rr = r; rr <= bottom; rr++) for (let cc = c; cc <= right; cc++) covered.add(`${rr}:${cc}`);
        this.set(top + r, c, label);
        this.merge(top + r, c, top + bottom, right);
      }
    }
    const bottom = top + rows - 1;
    this.style(top, 0, bottom, this.width - 1, {
      bold: true,
      hAlign: 'center',
      vAlign: 'middle',
      wrap: true,
      fill: FILLS.header,
      border: 'thin',
    });
    return { top, bottom };
  }

  /** The finished plan; `headerRows` and `print.repeatRows` name the header block (0-based rows given). */
  finish(opts: {
    name: string;
    columns: { width: number }[];
    header: { top: number; bottom: number };
    printTitle?: string;
  }): SheetPlan {
    const { top, bottom } = opts.header;
    return {
      name: opts.name,
      values: this.values,
      formulas: this.formulas,
      merges: this.merges,
      styles: this.styles,
      font: { ...SHEET_FONT },
      columns: opts.columns,
      freeze: { rows: bottom + 1, columns: 0 },
      validations: this.validations,
      print: {
        orientation: 'landscape',
        paperSize: 'A4',
        fitToWidth: true,
        repeatRows: `${top + 1}:${bottom + 1}`,
        ...(opts.printTitle ? { title: opts.printTitle } : {}),
      },
      headerRows: { top: top + 1, bottom: bottom + 1 },
    };
  }
}

/** [3,4,5,7] → [[3,5],[7,7]]. */
export function runs(cols: number[]): [number, number][] {
  const sorted = [...new Set(cols)].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else out.push([c, c]);
  }
  return out;
}

/** "D6:D14" for a column over rows (0-based, inclusive). */
export function columnRange(col: number, top: number, bottom: number): string {
  return `${columnLetter(col)}${top + 1}:${columnLetter(col)}${bottom + 1}`;
}
