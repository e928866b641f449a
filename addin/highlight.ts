/**
 * Highlighting the cells that have findings, without touching the clerk's own formatting: each
 * highlight is a conditional format (which overlays a cell's own fill instead of replacing it)
 * whose always-true rule carries a marker, so the add-in can find and remove exactly its own
 * highlights later, after a reload, in a saved file, on another computer: no state is kept
 * anywhere but in the rules themselves.
 */
import { parseA1, rangeA1, type Range } from '../core/grid';
import type { Finding, Severity } from '../core/schema';

/** The marker inside every highlight rule's formula. */
export const HIGHLIGHT_MARK = 'sujarit';

/** Fill and font of each severity: Excel's own "light red / yellow / blue fill with dark text". */
export const HIGHLIGHT_COLORS: Record<Severity, { fill: string; font: string }> = {
  error: { fill: '#FFC7CE', font: '#9C0006' },
  warning: { fill: '#FFEB9C', font: '#9C5700' },
  info: { fill: '#DDEBF7', font: '#1F4E78' },
};

/** Areas per rule: a rule's address list stays well under Excel's limits on address length. */
const AREAS_PER_RULE = 30;
/** More highlights than this would slow Excel down and help nobody; the list in the pane has them all. */
export const MAX_HIGHLIGHTED_CELLS = 1000;

export interface HighlightRule {
  severity: Severity;
  /** Always true, and recognisably ours: =N("sujarit:error")=0. */
  formula: string;
  fill: string;
  font: string;
  /** A1 areas on the sheet ("D9", "D13:H13"). */
  areas: string[];
}

export function highlightFormula(severity: Severity): string {
  return `=N("${HIGHLIGHT_MARK}:${severity}")=0`;
}

/** Whether a conditional format's formula is one of ours. */
export function isHighlightFormula(formula: string | null | undefined): boolean {
  return typeof formula === 'string' && formula.includes(`"${HIGHLIGHT_MARK}:`);
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Cells in a row next to each other become one area: "D9:H9" rather than five. */
function areasOf(cells: { row: number; col: number }[]): Range[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const out: Range[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && last.top === c.row && last.right === c.col - 1) last.right = c.col;
    else out.push({ top: c.row, left: c.col, bottom: c.row, right: c.col });
  }
  return out;
}

/**
 * The highlight rules for a sheet's findings: one colour per cell (its most severe finding),
 * areas grouped per severity and chunked. Findings on other sheets or without a cell are skipped.
 */
export function highlightRules(findings: Finding[], sheet: string): { rules: HighlightRule[]; cells: number; capped: boolean } {
  const worst = new Map<string, { row: number; col: number; severity: Severity }>();
  for (const f of findings) {
    if (f.sheet !== sheet || !f.cell) continue;
    const { row, col } = parseA1(f.cell);
    const key = `${row}:${col}`;
    const seen = worst.get(key);
    if (!seen || RANK[f.severity] < RANK[seen.severity]) worst.set(key, { row, col, severity: f.severity });
  }
  const all = [...worst.values()].sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.row - b.row || a.col - b.col);
  const kept = all.slice(0, MAX_HIGHLIGHTED_CELLS);
  const rules: HighlightRule[] = [];
  for (const severity of ['error', 'warning', 'info'] as const) {
    const areas = areasOf(kept.filter((c) => c.severity === severity)).map(rangeA1);
    for (let i = 0; i < areas.length; i += AREAS_PER_RULE) {
      rules.push({ severity, formula: highlightFormula(severity), ...HIGHLIGHT_COLORS[severity], areas: areas.slice(i, i + AREAS_PER_RULE) });
    }
  }
  return { rules, cells: kept.length, capped: kept.length < all.length };
}
