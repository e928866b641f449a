/**
 * How a file's result crosses from a worker to the main thread. forTransfer leaves out what only the
 * checks needed, the items among them: consolidation reads the plan as counted (counted-plan.ts:
 * figures, and the items' rows in columns), made in the worker. packForTransfer names the counted
 * rows' budget buffer, which is moved, not copied. A structured copy writes every property name of
 * every object again, and a national run has some 300,000 items: as columns they are a fraction of
 * the bytes to copy, to read back and to hold on the main thread. unpackTransfer keeps one copy of
 * each short text the rows repeat.
 */
import { memoOfString } from '../core/memo';
import type { FileResult } from './process-file';

/**
 * A result as it crosses from a worker to the main thread: the document keeps what consolidation
 * reads besides the counted plan (kind, framework, sheet, the metadata's fields) and leaves out what
 * only the checks in the worker needed: its items (the counted rows carry what the outputs show of
 * them), its tables' header blocks, taxon cells, stated totals, detail sections and every mention.
 * consolidate() gives the same figures from either (test/pipeline/transfer.test.ts).
 */
export function forTransfer(result: FileResult): FileResult {
  const doc = result.doc;
  if (!doc) return result;
  return {
    ...result,
    doc: {
      ...doc,
      metadata: { ...doc.metadata, mentions: [] },
      tables: [],
      taxa: [],
      summaries: [],
      details: [],
      items: [],
    },
  };
}

/** The slim result a worker posts, and the buffers postMessage moves with it. */
export function packForTransfer(full: FileResult): { result: FileResult; moved: ArrayBuffer[] } {
  const result = forTransfer(full);
  const budgets = result.counted?.rows.budgets;
  // A buffer of its own (counted-plan.ts makes one per plan), so moving it takes nothing else with it.
  const moved = budgets && budgets.byteOffset === 0 && budgets.byteLength === budgets.buffer.byteLength ? [budgets.buffer as ArrayBuffer] : [];
  return { result, moved };
}

/**
 * One copy of each short text the rows repeat (kind, dimension, mission, responsible, sheet, cell,
 * ref): a copy between threads makes every string anew, and a national run holds 300,000 item rows
 * until its outputs are written. A memo of the identity (core/memo.ts) hands back the first copy it kept.
 */
const firstCopy = memoOfString((s) => s, { size: 50_000, maxLength: 64 });

function intern<T extends string | null>(list: T[]): void {
  for (let i = 0; i < list.length; i++) {
    const s = list[i];
    if (s !== null) list[i] = firstCopy(s) as T;
  }
}

/** The result a worker posted, its rows' short texts replaced by the copies already held. */
export function unpackTransfer(result: FileResult): FileResult {
  const rows = result.counted?.rows;
  if (!rows) return result;
  intern(rows.ref);
  intern(rows.dimension);
  intern(rows.mission);
  intern(rows.kind);
  intern(rows.responsible);
  intern(rows.sheet);
  intern(rows.cell);
  return result;
}
