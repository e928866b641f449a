/**
 * Which items a summary row speaks for: those between the previous summary row and it
 * (a dimension's รวม), or all before it (รวมทั้งสิ้น). Row order, not dimension codes, decides,
 * so an item with an unreadable dimension still counts where the clerk put it.
 */
import type { Item, PlanDocument, Summary } from '../schema';
import { filterToObjects, mapToObjects } from '../object-lists';
import { tally, type Tally } from '../totals';

export interface Segment {
  summary: Summary;
  items: Item[];
  tally: Tally;
}

/**
 * Three rules ask for the segments of the same sheet one after the other: the last document's
 * segments are kept while its item and summary lists are the same arrays of the same lengths.
 */
let kept: { doc: PlanDocument; items: Item[]; summaries: Summary[]; itemCount: number; summaryCount: number; segments: Segment[] } | null = null;

export function summarySegments(doc: PlanDocument): Segment[] {
  const k = kept;
  if (k && k.doc === doc && k.items === doc.items && k.summaries === doc.summaries && k.itemCount === doc.items.length && k.summaryCount === doc.summaries.length) {
    return k.segments;
  }
  const segments = computeSegments(doc);
  kept = { doc, items: doc.items, summaries: doc.summaries, itemCount: doc.items.length, summaryCount: doc.summaries.length, segments };
  return segments;
}

function computeSegments(doc: PlanDocument): Segment[] {
  const summaries = [...doc.summaries].sort((a, b) => a.source.row - b.source.row);
  const items = doc.items;
  let previous = 0;
  if (!items.every((it, i) => i === 0 || items[i - 1].source.row <= it.source.row)) {
    return mapToObjects(summaries, (summary) => {
      const row = summary.source.row;
      const from = summary.scope === 'grand' ? 0 : previous;
      const own = filterToObjects(items, (i) => i.source.row > from && i.source.row < row);
      previous = row;
      return { summary, items: own, tally: tally(own) };
    });
  }
  // Items in row order (as parsed): each segment is a slice, found by binary search.
  const firstAfter = (row: number): number => {
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (items[mid].source.row > row) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const firstAtOrAfter = (row: number): number => firstAfter(row - 1);
  // Segments as a packed list of objects (core/object-lists.ts): three rules read it.
  return mapToObjects(summaries, (summary) => {
    const row = summary.source.row;
    const from = summary.scope === 'grand' ? 0 : previous;
    const own = items.slice(firstAfter(from), Math.max(firstAfter(from), firstAtOrAfter(row)));
    previous = row;
    return { summary, items: own, tally: tally(own) };
  });
}
