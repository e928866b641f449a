/**
 * Workers send each file's result to the main thread slimmed (forTransfer: the parts only the checks
 * needed are left out). Consolidating the slimmed results must give exactly what the full ones give:
 * the same summary, items and output files, on the sample province (plans of every kind, a CSV, a
 * resubmission, a corrupt upload) plus a legacy 2561-2564 plan, whose figures are mapped on the fly.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { legacyRows } from '../../bench/lib/legacy';
import { writeXlsx } from '../../bench/lib/xlsx';
import { collectInputs } from '../../pipeline/collect';
import { consolidate } from '../../pipeline/consolidate';
import { forTransfer, processFile, type FileResult } from '../../pipeline/process-file';
import { parseRoster } from '../../pipeline/roster';
import { findingsCsv, itemsCsv, summaryJson } from '../../pipeline/write/outputs';
import { writeSummaryXlsx } from '../../pipeline/write/summary-xlsx';
import { buildSamples, seedItems } from '../../samples/build';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sujarit-transfer-'));
let results: FileResult[];

beforeAll(async () => {
  await buildSamples(tmp);
  const legacy = legacyRows(
    { council: { type: 'อบต.', name: 'หนองแวง', district: 'เทพารักษ์', province: 'นครราชสีมา' }, layout: 'multi-year', years: [2561, 2562, 2563, 2564], size: 30, seed: 5, defect: 'none', thaiDigits: true },
    seedItems(),
  );
  fs.writeFileSync(path.join(tmp, 'อบต.หนองแวง-แผน2561-2564.xlsx'), writeXlsx([{ name: 'แผน', rows: legacy.rows }]));
  const { files } = await collectInputs([tmp], [path.join(tmp, 'roster.csv')]);
  results = [];
  for (const f of files) results.push(await processFile(f.abs, f.shown));
}, 60000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('forTransfer', () => {
  it('keeps every figure consolidation makes, with and without a roster', async () => {
    expect(results.some((r) => r.doc?.framework === 'legacy')).toBe(true);
    expect(results.some((r) => r.doc === null)).toBe(true);
    const roster = parseRoster(fs.readFileSync(path.join(tmp, 'roster.csv')));
    for (const opts of [{ roster: null, province: null }, { roster, province: null }]) {
      const full = consolidate(results, opts);
      const slim = consolidate(results.map(forTransfer), opts);
      expect(slim.summary).toEqual(full.summary);
      expect(slim.items).toEqual(full.items);
      expect(summaryJson(slim)).toBe(summaryJson(full));
      expect(itemsCsv(slim)).toBe(itemsCsv(full));
      expect(findingsCsv(slim)).toBe(findingsCsv(full));
      expect((await writeSummaryXlsx(slim)).equals(await writeSummaryXlsx(full))).toBe(true);
    }
  });

  it('leaves the result it was given untouched', () => {
    const before = JSON.stringify(results);
    results.forEach(forTransfer);
    expect(JSON.stringify(results)).toBe(before);
  });
});
