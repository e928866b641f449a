/**
 * How a file's result crosses from a worker to the main thread. forTransfer leaves out what only the
 * checks needed; packForTransfer also takes the budgets out of their objects into one Float64Array
 * (moved, not copied), because a structured copy writes every property name of every object again
 * and a national run has some 1.5 million budget objects. Measured on the bench corpus: a sixth fewer
 * bytes per message, a quarter less of the main thread's time reading one back, and some 80 MB less
 * peak memory on a national run. unpackTransfer makes them objects again on the main thread.
 */
import { memoOfString } from '../core/memo';
import { amountStatusSchema, type AmountStatus, type Budget } from '../core/schema';
import type { FileResult } from './process-file';

/**
 * A result as it crosses from a worker to the main thread: the document keeps what consolidation
 * and the outputs read (kind, framework, sheet, tables, the metadata's fields, and per item its
 * place, kind, title, ref, responsible, source cell, and each budget's year, status and amount),
 * and leaves out what only the checks in the worker needed: taxon cells, stated totals, detail
 * sections, every mention, quarter ticks, stray ticks, the budgets' raw text and cells, and the
 * descriptive columns (target group, outputs, outcomes, period, remark). A national run's results
 * are then several times smaller to copy between threads and to hold. consolidate() gives
 * the same figures from either (test/pipeline/transfer.test.ts).
 */
export function forTransfer(result: FileResult): FileResult {
  const doc = result.doc;
  if (!doc) return result;
  return {
    ...result,
    doc: {
      ...doc,
      metadata: { ...doc.metadata, mentions: [] },
      taxa: [],
      summaries: [],
      details: [],
      items: doc.items.map((item) => ({
        ...item,
        quarters: [],
        strayTicks: [],
        targetGroup: null,
        outputs: null,
        outcomes: null,
        period: null,
        remark: null,
        // A budget's cell was needed only by the checks (done): it points at the item's cell, one
        // object shared by the item's budgets, which the copy between threads keeps shared.
        budgets: item.budgets.map((b) => ({ ...b, raw: '', source: item.source })),
      })),
    },
  };
}

/** A result as posted by a worker: the slim result, its budgets in `budgets` (null without a document). */
export interface PackedResult {
  result: FileResult;
  budgets: Float64Array | null;
}

const STATUSES: readonly AmountStatus[] = amountStatusSchema.options;
const STATUS_CODE = new Map(STATUSES.map((s, i) => [s, i]));

/** Per budget: year (NaN for none), status, amount (Infinity and NaN kept as they are), usesBudget, notPlanned. */
const FIELDS = 5;

export function packForTransfer(full: FileResult): PackedResult {
  const result = forTransfer(full);
  const doc = result.doc;
  if (!doc) return { result, budgets: null };
  let count = 0;
  for (const item of doc.items) count += 1 + item.budgets.length * FIELDS;
  const budgets = new Float64Array(count);
  let at = 0;
  // forTransfer made the document and its items anew: emptying their budgets leaves `full` as it was.
  for (const item of doc.items) {
    budgets[at++] = item.budgets.length;
    for (const b of item.budgets) {
      budgets[at++] = b.year ?? NaN;
      budgets[at++] = STATUS_CODE.get(b.status) ?? 0;
      budgets[at++] = b.amount;
      budgets[at++] = b.usesBudget ? 1 : 0;
      budgets[at++] = b.notPlanned ? 1 : 0;
    }
    item.budgets = [];
  }
  return { result, budgets };
}

/**
 * One copy of each short text the items repeat (kind, dimension, mission, responsible, sheet, cell):
 * a copy between threads makes every string anew, and a national run holds 300,000 items until its
 * outputs are written. A memo of the identity (core/memo.ts) hands back the first copy it kept.
 */
const firstCopy = memoOfString((s) => s, { size: 50_000, maxLength: 64 });

function intern<T extends string | null>(s: T): T {
  return s === null ? s : (firstCopy(s) as T);
}

/** The result as forTransfer gives it, from what packForTransfer posted. */
export function unpackTransfer({ result, budgets }: PackedResult): FileResult {
  const doc = result.doc;
  if (!doc || !budgets) return result;
  let at = 0;
  for (const item of doc.items) {
    item.ref = intern(item.ref);
    item.numberRaw = intern(item.numberRaw);
    item.dimension = intern(item.dimension);
    item.mission = intern(item.mission);
    item.subMission = intern(item.subMission);
    item.kind = intern(item.kind);
    item.responsible = intern(item.responsible);
    item.source.sheet = intern(item.source.sheet);
    item.source.cell = intern(item.source.cell);
    const n = budgets[at++];
    const list: Budget[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const year = budgets[at];
      // One literal for all: every budget object on the main thread shares one shape.
      list[i] = {
        year: Number.isNaN(year) ? null : year,
        raw: '',
        status: STATUSES[budgets[at + 1]],
        amount: budgets[at + 2],
        usesBudget: budgets[at + 3] === 1,
        notPlanned: budgets[at + 4] === 1,
        source: item.source,
      };
      at += FIELDS;
    }
    item.budgets = list;
  }
  return result;
}
