/** The bundled sample tables (copies of the seed documents' tables), read as a user's file would be. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { legacyRows } from '../../bench/lib/legacy';
import { writeXlsx } from '../../bench/lib/xlsx';
import type { Grid } from '../../core/grid';
import { collectInputs } from '../../pipeline/collect';
import { processFile, type FileResult } from '../../pipeline/process-file';
import { textToGrid } from '../../pipeline/read/txt';
import { buildSamples, seedItems } from '../../samples/build';

export const SAMPLES = path.join(__dirname, '..', '..', 'samples', 'tables');

export const SAMPLE = {
  pao: 'phetchaburi-pao-plan-2566-2570.txt',
  nongchok: 'nongchok-annual-plan-2567.txt',
  muangnoi: 'muangnoi-results-report-2568.txt',
  nongwaeng: 'nongwaeng-ita-measures-2568.txt',
} as const;

export function sampleGrid(name: string): Grid {
  const text = fs.readFileSync(path.join(SAMPLES, name), 'utf8');
  return textToGrid(text, name.replace(/\.txt$/, ''));
}

/** Only the lines from..to (1-based, inclusive) of a sample, as a sheet of its own. */
export function sampleLines(name: string, from: number, to: number): Grid {
  const lines = fs.readFileSync(path.join(SAMPLES, name), 'utf8').split('\n').slice(from - 1, to);
  return textToGrid(lines.join('\n'), name.replace(/\.txt$/, ''));
}

/** Every submission in a folder (its roster.csv left out), each processed in-process, in listing order. */
export async function processFolder(dir: string): Promise<FileResult[]> {
  const { files } = await collectInputs([dir], [path.join(dir, 'roster.csv')]);
  const results: FileResult[] = [];
  for (const f of files) results.push(await processFile(f.abs, f.shown));
  return results;
}

/**
 * The sample province built into `dir` plus a legacy 2561-2564 plan (figures mapped on the fly), each
 * file processed in-process: plans of every kind, a CSV, a resubmission, a corrupt upload, a legacy plan.
 */
export async function processSamplesWithLegacy(dir: string): Promise<FileResult[]> {
  await buildSamples(dir);
  const legacy = legacyRows(
    { council: { type: 'อบต.', name: 'หนองแวง', district: 'เทพารักษ์', province: 'นครราชสีมา' }, layout: 'multi-year', years: [2561, 2562, 2563, 2564], size: 30, seed: 5, defect: 'none', thaiDigits: true },
    seedItems(),
  );
  fs.writeFileSync(path.join(dir, 'อบต.หนองแวง-แผน2561-2564.xlsx'), writeXlsx([{ name: 'แผน', rows: legacy.rows }]));
  return processFolder(dir);
}

/**
 * For a test suite: the sample province plus the legacy plan, processed once before its tests in a
 * temporary folder of its own (removed after them). `results` is filled in place by then.
 */
export function samplesWithLegacyForSuite(prefix: string): { dir: string; results: FileResult[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const results: FileResult[] = [];
  beforeAll(async () => {
    results.push(...(await processSamplesWithLegacy(dir)));
  }, 60000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  return { dir, results };
}
