/**
 * summary.json and report.html, made from the run's summary on a worker thread of their own while
 * the main thread makes items.csv and summary.xlsx from the items (the outputs are otherwise made
 * one after another on the main thread, with the second core idle). The summary is copied to the
 * worker once; the texts come back as bytes. Where no worker can run (the sources under ts-jest,
 * a worker that fails to start or stops), they are made on the main thread instead: the same bytes.
 */
import { Worker } from 'node:worker_threads';
import type { ConsolidationRun } from '../consolidate';
import { consolidationSchema } from '../summary-schema';
import { threadScript } from '../thread-script';
import type { FileContent } from './atomic';
import { renderReportHtml } from './report-html';
import type { SummaryTexts } from './summary-worker';

/** summary.json: the summary checked against its schema (a NaN or a missing field fails here, not in a reader), indented. */
export function summaryJson(run: Pick<ConsolidationRun, 'summary'>): string {
  return `${JSON.stringify(consolidationSchema.parse(run.summary), null, 2)}\n`;
}

/** The summary thread's compiled script (thread-script.ts). */
export function summaryWorkerScript(): string | null {
  return threadScript('write/summary-worker');
}

export interface SummaryOutputs {
  json: () => Promise<FileContent>;
  html: () => Promise<FileContent>;
  /** Stops the worker if it is still running (the outputs were abandoned). */
  close: () => Promise<void>;
}

/** Made here, each when it is asked for. */
function madeHere(run: Pick<ConsolidationRun, 'summary'>): SummaryOutputs {
  return { json: async () => summaryJson(run), html: async () => renderReportHtml(run), close: async () => {} };
}

/**
 * Starts making the two texts; `isolate` (default: when running compiled, i.e. the CLI) makes them
 * on a worker thread.
 */
export function summaryOutputs(run: Pick<ConsolidationRun, 'summary'>, opts: { isolate?: boolean } = {}): SummaryOutputs {
  const script = summaryWorkerScript();
  if (!(opts.isolate ?? __filename.endsWith('.js')) || !script) return madeHere(run);
  let worker: Worker;
  try {
    worker = new Worker(script);
  } catch {
    return madeHere(run);
  }
  const texts = new Promise<SummaryTexts | null>((resolve) => {
    worker.once('message', (t: SummaryTexts) => resolve(t));
    worker.once('error', () => resolve(null));
    worker.once('exit', () => resolve(null));
  });
  worker.postMessage(run.summary);
  const here = madeHere(run);
  return {
    json: async () => (await texts)?.json ?? here.json(),
    html: async () => (await texts)?.html ?? here.html(),
    close: async () => {
      await worker.terminate();
    },
  };
}
