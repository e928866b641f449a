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
import { consolidate } from '../../pipeline/consolidate';
import type { FileResult } from '../../pipeline/process-file';
import { forTransfer, packForTransfer, unpackTransfer } from '../../pipeline/transfer';
import { parseRoster } from '../../pipeline/roster';
import { amountStatusSchema } from '../../core/schema';
import { findingsCsv, itemsCsv, summaryJson } from '../../pipeline/write/outputs';
import { writeSummaryXlsx } from '../../pipeline/write/summary-xlsx';
import { processFolder } from '../helpers/samples';
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
  results = await processFolder(tmp);
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

  it('gives the same figures when the budgets cross packed (as the workers post them)', async () => {
    // structuredClone is the copy postMessage makes; the budgets' buffer is moved as the worker moves it.
    const crossed = results.map((r) => {
      const packed = packForTransfer(r);
      return unpackTransfer(structuredClone(packed, { transfer: packed.budgets ? [packed.budgets.buffer as ArrayBuffer] : [] }));
    });
    expect(crossed.map((r) => r.doc?.items.map((i) => i.budgets))).toEqual(results.map((r) => forTransfer(r).doc?.items.map((i) => i.budgets)));
    const roster = parseRoster(fs.readFileSync(path.join(tmp, 'roster.csv')));
    const full = consolidate(results, { roster, province: null });
    const slim = consolidate(crossed, { roster, province: null });
    expect(slim.summary).toEqual(full.summary);
    expect(itemsCsv(slim)).toBe(itemsCsv(full));
    expect(slim.items.reduce((n, i) => n + i.budgetYears.length, 0)).toBeGreaterThan(100);
  });

  it('packs every budget status, undated budgets, and amounts no council has (Infinity, NaN)', () => {
    const withDoc = results.find((r) => r.doc && r.doc.items.length >= 7)!;
    const doc = withDoc.doc!;
    const odd = amountStatusSchema.options.map((status, i) => ({
      ...doc.items[i],
      budgets: [
        { ...doc.items[i].budgets[0], year: i === 0 ? null : 2566 + i, status, amount: [1e20, Infinity, NaN, -5000, 0, 1.5, 7][i], usesBudget: i % 2 === 0, notPlanned: i % 3 === 0 },
      ],
    }));
    const result: FileResult = { ...withDoc, doc: { ...doc, items: odd } };
    const back = unpackTransfer(structuredClone(packForTransfer(result)));
    expect(back.doc!.items.map((i) => i.budgets)).toEqual(forTransfer(result).doc!.items.map((i) => i.budgets));
    expect(back.doc!.items[1].budgets[0].amount).toBe(Infinity);
    expect(back.doc!.items[0].budgets[0].year).toBeNull();
  });

  it('leaves the result it was given untouched', () => {
    const before = JSON.stringify(results);
    results.forEach(forTransfer);
    results.forEach(packForTransfer);
    expect(JSON.stringify(results)).toBe(before);
  });
});
