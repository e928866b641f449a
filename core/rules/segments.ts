/**
 * Which items a summary row speaks for: those between the previous summary row and it
 * (a dimension's รวม), or all before it (รวมทั้งสิ้น). Row order, not dimension codes, decides,
 * so an item with an unreadable dimension still counts where the clerk put it.
 */
import type { Item, PlanDocument, Summary } from '../schema';
import { tally, type Tally } from '../totals';

export interface Segment {
  summary: Summary;
  items: Item[];
  tally: Tally;
}

export function summarySegments(doc: PlanDocument): Segment[] {
  const summaries = [...doc.summaries].sort((a, b) => a.source.row - b.source.row);
  let previous = 0;
  return summaries.map((summary) => {
    const row = summary.source.row;
    const from = summary.scope === 'grand' ? 0 : previous;
    const items = doc.items.filter((i) => i.source.row > from && i.source.row < row);
    previous = row;
    return { summary, items, tally: tally(items) };
  });
}
