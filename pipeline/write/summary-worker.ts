/**
 * A worker thread that makes summary.json and report.html from a run's summary, while the main
 * thread makes the item outputs (write/summary-texts.ts). Each text is sent back as UTF-8 bytes,
 * moved, not copied.
 */
import { parentPort } from 'node:worker_threads';
import type { Consolidation } from '../summary-schema';
import { ownBytes } from './ascii-bytes';
import { renderReportHtml } from './report-html';
import { summaryJson } from './summary-texts';

export interface SummaryTexts {
  json: Uint8Array;
  html: Uint8Array;
}

parentPort?.once('message', (summary: Consolidation) => {
  const run = { summary };
  const texts: SummaryTexts = { json: ownBytes(summaryJson(run)), html: ownBytes(renderReportHtml(run)) };
  parentPort?.postMessage(texts, [texts.json.buffer as ArrayBuffer, texts.html.buffer as ArrayBuffer]);
});
