/**
 * Amounts typed as text ("๒,๐๐๐", "10,000 บาท", "5,000.-") read as numbers to core but not to
 * Excel: SUM skips them, so a live total would come out short. They become the numbers they say,
 * shown with the official '#,##0'. Dashes, no-budget phrases, negative or unreadable amounts are
 * left as they are: those are findings for the clerk, not conversions.
 */
import type { Grid } from '../../core/grid';
import { cellAt } from '../../core/grid';
import type { PlanDocument } from '../../core/schema';
import { NUMBER_FORMATS } from '../../core/sheet-plan';
import { formatNumber, normalizeText } from '../../core/thai';

export interface AmountFix {
  row: number;
  col: number;
  amount: number;
  numberFormat: string;
  reason: { th: string; en: string };
}

const DASH = /^[-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]+$/;

export function amountFixes(grid: Grid, doc: PlanDocument): AmountFix[] {
  const out: AmountFix[] = [];
  const seen = new Set<string>();
  for (const item of doc.items) {
    for (const b of item.budgets) {
      const row = b.source.row - 1;
      const col = b.source.column - 1;
      const key = `${row}:${col}`;
      const value = cellAt(grid, row, col);
      if (seen.has(key) || b.status !== 'amount' || typeof value !== 'string' || b.amount < 0) continue;
      if (DASH.test(normalizeText(value).replace(/\s+/g, ''))) continue;
      seen.add(key);
      out.push({
        row,
        col,
        amount: b.amount,
        numberFormat: NUMBER_FORMATS.amount,
        reason: {
          th: `จำนวนเงินที่พิมพ์เป็นข้อความ → ตัวเลข ${formatNumber(b.amount)} (สูตรรวมยอดจึงนับได้)`,
          en: `Amount typed as text → the number ${formatNumber(b.amount)} (so that the totals count it)`,
        },
      });
    }
  }
  return out;
}
