/**
 * What a generated plan really holds, computed from its clean rows before noise: budget per
 * dimension and year over the item rows, counting only cells that are amounts (numbers, or digits
 * with commas), as every reader must. The ground truth the corpus manifest records per file.
 */
import type { CellValue } from '../../core/grid';
import { toArabicDigits } from '../../core/thai';

/** dimension code → year → baht. */
export type DimYearTotals = Record<string, Record<string, number>>;

export function amountOf(v: CellValue): number | null {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string') return null;
  const t = toArabicDigits(v).trim();
  return /^\d{1,3}(,\d{3})*(\.\d+)?$|^\d+(\.\d+)?$/.test(t) ? Number(t.replace(/,/g, '')) : null;
}

export function addTo(t: DimYearTotals, dim: string, year: number, amount: number): void {
  const d = (t[dim] ??= {});
  d[String(year)] = (d[String(year)] ?? 0) + amount;
}

/** The item rows' totals: `dimOf(row)` gives the row's dimension, `money` the year of each money column. */
export function totalsOf(rows: CellValue[][], items: number[], dimOf: (r: number) => string, money: { col: number; year: number }[]): DimYearTotals {
  const t: DimYearTotals = {};
  for (const r of items) {
    for (const m of money) {
      const a = amountOf(rows[r][m.col] ?? null);
      if (a !== null) addTo(t, dimOf(r), m.year, a);
    }
  }
  return t;
}

/** The first digit of a dimension cell or heading ("๑. การสร้าง…", "มิติที่ 2 …"). */
export function dimensionDigit(text: string): string | null {
  return /[0-9]/.exec(toArabicDigits(text))?.[0] ?? null;
}
