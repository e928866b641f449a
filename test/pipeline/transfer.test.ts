/**
 * Workers send each file's result to the main thread slimmed (forTransfer: the parts only the checks
 * needed are left out). Consolidating the slimmed results must give exactly what the full ones give:
 * the same summary, items and output files, on the sample province (plans of every kind, a CSV, a
 * resubmission, a corrupt upload) plus a legacy 2561-2564 plan, whose figures are mapped on the fly.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { consolidate, runItems } from '../../pipeline/consolidate';
import type { FileResult } from '../../pipeline/process-file';
import { forTransfer, packForTransfer, unpackTransfer } from '../../pipeline/transfer';
import { parseRoster } from '../../pipeline/roster';
import { findingsCsv, itemsCsv, summaryJson } from '../../pipeline/write/outputs';
import { writeSummaryXlsx } from '../../pipeline/write/summary-xlsx';
import { samplesWithLegacyForSuite } from '../helpers/samples';

const { dir: tmp, results } = samplesWithLegacyForSuite('sujarit-transfer-');

describe('forTransfer', () => {
  it('keeps every figure consolidation makes, with and without a roster', async () => {
    expect(results.some((r) => r.doc?.framework === 'legacy')).toBe(true);
    expect(results.some((r) => r.doc === null)).toBe(true);
    const roster = parseRoster(fs.readFileSync(path.join(tmp, 'roster.csv')));
    for (const opts of [{ roster: null, province: null }, { roster, province: null }]) {
      const full = consolidate(results, opts);
      const slim = consolidate(results.map(forTransfer), opts);
      expect(slim.summary).toEqual(full.summary);
      expect(runItems(slim)).toEqual(runItems(full));
      expect(summaryJson(slim)).toBe(summaryJson(full));
      expect(itemsCsv(slim)).toBe(itemsCsv(full));
      expect(findingsCsv(slim)).toBe(findingsCsv(full));
      expect((await writeSummaryXlsx(slim)).equals(await writeSummaryXlsx(full))).toBe(true);
    }
  });

  it('gives the same figures when the results cross as the workers post them', async () => {
    // structuredClone is the copy postMessage makes, moving the rows' budget buffer as the worker
    // does; each result is packed from a copy of its own, as the moved buffer leaves the worker's empty.
    const crossed = results.map((r) => {
      const { result, moved } = packForTransfer(structuredClone(r));
      return unpackTransfer(structuredClone(result, { transfer: moved }));
    });
    expect(crossed.every((r) => !r.doc || r.doc.items.length === 0)).toBe(true);
    // (The budgets as plain lists: a structured copy's Float64Array is of Node's realm, not the test's.)
    const plain = (r: FileResult) => r.counted && { ...r.counted, rows: { ...r.counted.rows, budgets: [...r.counted.rows.budgets] } };
    expect(crossed.map(plain)).toEqual(results.map(plain));
    const roster = parseRoster(fs.readFileSync(path.join(tmp, 'roster.csv')));
    const full = consolidate(results, { roster, province: null });
    const slim = consolidate(crossed, { roster, province: null });
    expect(slim.summary).toEqual(full.summary);
    expect(itemsCsv(slim)).toBe(itemsCsv(full));
    expect((await writeSummaryXlsx(slim)).equals(await writeSummaryXlsx(full))).toBe(true);
    expect(runItems(slim).reduce((n, i) => n + i.budgetYears.length, 0)).toBeGreaterThan(100);
  });

  it('moves the rows\' budgets instead of copying them, and only them', () => {
    const withDoc = results.find((r) => r.counted && r.counted.rows.ref.length > 0)!;
    const own = structuredClone(withDoc);
    const { moved } = packForTransfer(own);
    expect(moved).toHaveLength(1);
    expect(moved[0]).toBe(own.counted!.rows.budgets.buffer);
    structuredClone(own, { transfer: moved });
    expect(own.counted!.rows.budgets.length).toBe(0);
    expect(packForTransfer(results.find((r) => r.doc === null)!).moved).toEqual([]);
  });

  it('leaves the result it was given untouched', () => {
    const before = JSON.stringify(results);
    results.forEach(forTransfer);
    results.forEach(packForTransfer);
    expect(JSON.stringify(results)).toBe(before);
  });
});
