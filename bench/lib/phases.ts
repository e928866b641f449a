/**
 * Where a consolidation's time went, read from the trace `sujarit consolidate` prints to stderr with
 * SUJARIT_TEST_TRACE=1: one line per step, "sujarit-test: <step> +<ms since the process started>".
 * The bench asks every run of sujarit for it, so that the phases it prints come from the runs it
 * times, not from a run traced by hand.
 */
import { median } from './median';

/** Seconds each phase took. */
export interface Phases {
  /** Node starting, the command loading, the roster read and the files listed. */
  start: number;
  /** Every file read and checked on the worker threads, and its result collected. */
  read: number;
  /** Resubmissions found, councils identified, the province and national figures summed. */
  consolidate: number;
  /** The five outputs made, flushed and moved into place. */
  write: number;
  /** Of the writing: items.csv, and summary.xlsx (made one after the other on the main thread). */
  itemsCsv: number;
  summaryXlsx: number;
}

/** The steps whose times make the phases, as the command names them. */
const MARKS = ['reading', 'read', 'consolidated', 'writing', 'staging items.csv', 'staging findings.csv', 'staging summary.xlsx', 'staging summary.json', 'done'] as const;
type Mark = (typeof MARKS)[number];

const TRACE_LINE = /^sujarit-test: (.+) \+(\d+)$/;

/** The phases of one run, from its stderr; null when a step is missing (the run did not finish, or traced nothing). */
export function phasesOf(stderr: string): Phases | null {
  const at = new Map<string, number>();
  for (const line of stderr.split('\n')) {
    const m = TRACE_LINE.exec(line.trimEnd());
    // A step met twice keeps its first time (no step is, today).
    if (m && !at.has(m[1])) at.set(m[1], Number(m[2]));
  }
  if (!MARKS.every((k) => at.has(k))) return null;
  const s = (from: Mark, to: Mark) => ((at.get(to) as number) - (at.get(from) as number)) / 1000;
  return {
    start: (at.get('reading') as number) / 1000,
    read: s('reading', 'read'),
    consolidate: s('read', 'consolidated'),
    write: s('writing', 'done'),
    itemsCsv: s('staging items.csv', 'staging findings.csv'),
    summaryXlsx: s('staging summary.xlsx', 'staging summary.json'),
  };
}

/** Each phase's median over some runs (phase by phase: the medians need not come from one run). */
export function medianPhases(runs: readonly Phases[]): Phases | null {
  if (runs.length === 0) return null;
  const of = (k: keyof Phases) => median(runs.map((r) => r[k]));
  return { start: of('start'), read: of('read'), consolidate: of('consolidate'), write: of('write'), itemsCsv: of('itemsCsv'), summaryXlsx: of('summaryXlsx') };
}

/** One line for the bench's report. */
export function phasesLine(councils: number, runs: number, p: Phases): string {
  const s = (x: number) => `${x.toFixed(2)} s`;
  return (
    `phases at ${councils} councils (median of ${runs} run${runs > 1 ? 's' : ''}, SUJARIT_TEST_TRACE): starting and listing the files ${s(p.start)}, ` +
    `reading and checking ${s(p.read)}, resubmissions and consolidating ${s(p.consolidate)}, writing ${s(p.write)} ` +
    `(items.csv ${s(p.itemsCsv)}, then summary.xlsx ${s(p.summaryXlsx)})`
  );
}
