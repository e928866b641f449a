/**
 * How a file's result crosses from a worker to the main thread. forTransfer leaves out what only the
 * checks needed, the items among them: consolidation reads the plan as counted (counted-plan.ts:
 * figures, and the items' rows in columns), made in the worker. packForTransfer packs the counted
 * rows (PackedRows: their repeated texts once, two buffers moved rather than copied), as a structured
 * copy writes every property name of every object and every string again, and a national run has
 * some 300,000 items. unpackTransfer makes the columns again, with one copy of each short text the
 * rows repeat.
 */
import { memoOfString } from '../core/memo';
import type { PlanFigures, PlanRows } from './counted-plan';
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

/**
 * The rows' short columns: a file's rows repeat a few texts in them (a sheet's name, a kind, a
 * dimension, a unit), so they cross as places in a table of the file's distinct texts.
 */
const SHORT_COLUMNS = ['ref', 'dimension', 'mission', 'kind', 'responsible', 'sheet', 'cell'] as const;
type ShortColumn = (typeof SHORT_COLUMNS)[number];

/**
 * A counted plan's rows as they cross between threads. A structured copy writes, and the main thread
 * reads back, each string on its own: eight per item. Packed, a file's rows are a few distinct texts,
 * the titles, and two buffers that are moved, not copied. The titles stay strings of their own: cut
 * from one joined string they were views of it, which the outputs' writers read more slowly (Map
 * lookups and comparisons of such views go through V8's runtime), and writing a national run's
 * outputs took 0.3-0.5 s longer.
 */
export interface PackedRows {
  /** The distinct texts of the short columns, each once. */
  texts: string[];
  /** PlanRows.title, as it is. */
  title: string[];
  /** For each short column in turn, each row's text as its place in `texts` (-1: none). */
  index: Int32Array;
  /** PlanRows.budgets, as it is. */
  budgets: Float64Array;
}

/** A file's result as a worker posts it: the slim result, its counted rows packed. */
export type PostedResult = Omit<FileResult, 'counted'> & { counted: { figures: PlanFigures; packed: PackedRows } | null };

function packRows(rows: PlanRows): PackedRows {
  const n = rows.ref.length;
  const texts: string[] = [];
  const placeOf = new Map<string, number>();
  const index = new Int32Array(n * SHORT_COLUMNS.length);
  let at = 0;
  for (const column of SHORT_COLUMNS) {
    const values: readonly (string | null)[] = rows[column];
    for (let i = 0; i < n; i++) {
      const text = values[i];
      let place = text === null ? -1 : placeOf.get(text);
      if (place === undefined) {
        place = texts.push(text!) - 1;
        placeOf.set(text!, place);
      }
      index[at++] = place;
    }
  }
  return { texts, title: rows.title, index, budgets: rows.budgets };
}

/** The slim result a worker posts, and the buffers postMessage moves with it (each a buffer of its own). */
export function packForTransfer(full: FileResult): { result: PostedResult; moved: ArrayBuffer[] } {
  const slim = forTransfer(full);
  if (!slim.counted) return { result: { ...slim, counted: null }, moved: [] };
  const packed = packRows(slim.counted.rows);
  const { budgets, index } = packed;
  // counted-plan.ts makes a budget buffer per plan; one that is a view of more is copied instead, so
  // moving it takes nothing else with it.
  const moved = [index.buffer as ArrayBuffer];
  if (budgets.byteOffset === 0 && budgets.byteLength === budgets.buffer.byteLength) moved.push(budgets.buffer as ArrayBuffer);
  return { result: { ...slim, counted: { figures: slim.counted.figures, packed } }, moved };
}

/**
 * One copy of each short text the rows repeat: a copy between threads makes every string anew, and a
 * national run holds 300,000 item rows until its outputs are written. A memo of the identity
 * (core/memo.ts) hands back the first copy it kept.
 */
const firstCopy = memoOfString((s) => s, { size: 50_000, maxLength: 64 });

function unpackRows(packed: PackedRows): PlanRows {
  const { index, title } = packed;
  const texts = packed.texts.map(firstCopy);
  const n = title.length;
  const columns = {} as Record<ShortColumn, (string | null)[]>;
  let at = 0;
  for (const column of SHORT_COLUMNS) {
    const values: (string | null)[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const place = index[at++];
      values[i] = place < 0 ? null : texts[place];
    }
    columns[column] = values;
  }
  const rows = columns as Omit<PlanRows, 'title' | 'budgets'>;
  return { ...rows, title, budgets: packed.budgets };
}

/** The result a worker posted, its rows unpacked, their short texts the copies already held. */
export function unpackTransfer(posted: PostedResult): FileResult {
  const { counted } = posted;
  return { ...posted, counted: counted && { figures: counted.figures, rows: unpackRows(counted.packed) } };
}
