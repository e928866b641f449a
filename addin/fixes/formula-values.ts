/**
 * What the few formulas a fix writes will show once Excel calculates them, computed on the grid:
 * SUM over a column, COUNTIF with Excel's wildcard criteria, a sum of cells. A fix proposes a
 * formula only when its value here equals what core says the total is, so a formula that Excel
 * would compute differently (an amount typed as text, a title without ") โครงการ") is never written.
 */
import { cellAt, type CellValue, type Grid, type Range } from '../../core/grid';

/** A criterion as COUNTIF takes it: text (with * ? ~ wildcards), a number, or TRUE/FALSE. */
export type Criterion = string | number | boolean;

/** Excel's text criterion → a whole-string, case-insensitive regular expression. */
export function wildcardRegExp(criterion: string): RegExp {
  let re = '';
  for (let i = 0; i < criterion.length; i++) {
    const ch = criterion[i];
    if (ch === '~' && i + 1 < criterion.length && '*?~'.includes(criterion[i + 1])) {
      re += `\\${criterion[++i]}`;
    } else if (ch === '*') re += '[\\s\\S]*';
    else if (ch === '?') re += '[\\s\\S]';
    else re += ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 'iu');
}

function cells(grid: Grid, range: Range): CellValue[] {
  const out: CellValue[] = [];
  for (let r = range.top; r <= range.bottom; r++) for (let c = range.left; c <= range.right; c++) out.push(cellAt(grid, r, c));
  return out;
}

/** SUM: numbers only; text, even "2,000", is skipped as Excel skips it. */
export function sumRange(grid: Grid, range: Range): number {
  let sum = 0;
  for (const v of cells(grid, range)) if (typeof v === 'number') sum += v;
  return sum;
}

export function matchesCriterion(value: CellValue, criterion: Criterion): boolean {
  if (value === null) return false;
  if (typeof criterion === 'boolean') return value === criterion;
  if (typeof criterion === 'number') return value === criterion || (typeof value === 'string' && value.trim() === String(criterion));
  if (typeof value !== 'string') return typeof value === 'number' && String(value) === criterion;
  return wildcardRegExp(criterion).test(value);
}

export function countIf(grid: Grid, range: Range, criterion: Criterion): number {
  return cells(grid, range).filter((v) => matchesCriterion(v, criterion)).length;
}

/** A mark to count literally: Excel's wildcards * ? ~ escaped with ~ ("*" → "~*"). */
export function escapeWildcards(text: string): string {
  return text.replace(/[~*?]/g, '~$&');
}

/** A criterion as written inside a formula: "✓" quoted, 1, TRUE. */
export function criterionLiteral(criterion: Criterion): string {
  if (typeof criterion === 'boolean') return criterion ? 'TRUE' : 'FALSE';
  if (typeof criterion === 'number') return String(criterion);
  return `"${criterion.replace(/"/g, '""')}"`;
}
