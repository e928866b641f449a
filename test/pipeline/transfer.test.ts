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

  it('packs the rows: each repeated text once, the buffers moved', () => {
    const withDoc = results.filter((r) => r.counted && r.counted.rows.ref.length > 0);
    const own = structuredClone(withDoc.reduce((a, b) => (b.counted!.rows.ref.length > a.counted!.rows.ref.length ? b : a)));
    const rows = own.counted!.rows;
    const { result, moved } = packForTransfer(own);
    const packed = result.counted!.packed;
    expect(packed.title).toBe(rows.title);
    const distinct = new Set([rows.ref, rows.dimension, rows.mission, rows.kind, rows.responsible, rows.sheet, rows.cell].flat().filter((t) => t !== null));
    expect(new Set(packed.texts)).toEqual(distinct);
    expect(packed.texts).toHaveLength(distinct.size);
    // A sheet's name, say, crosses once however many rows name it.
    expect(packed.texts.length).toBeLessThan(rows.ref.length * 7);
    expect(moved).toHaveLength(2);
    expect(moved).toContain(rows.budgets.buffer);
    expect(moved).toContain(packed.index.buffer);
    const crossed = structuredClone(result, { transfer: moved });
    expect(rows.budgets.length).toBe(0);
    expect(packed.index.length).toBe(0);
    expect(crossed.counted!.packed.index.length).toBe(rows.ref.length * 7);
    expect(packForTransfer(results.find((r) => r.doc === null)!).moved).toEqual([]);
  });

  it('copies a budget buffer that is a view of a larger one, rather than moving what else it holds', () => {
    const own = structuredClone(results.find((r) => r.counted && r.counted.rows.ref.length > 0)!);
    const budgets = own.counted!.rows.budgets;
    const larger = new Float64Array(budgets.length + 4);
    larger.set(budgets, 2);
    own.counted!.rows.budgets = larger.subarray(2, 2 + budgets.length);
    const { result, moved } = packForTransfer(own);
    expect(moved).toEqual([result.counted!.packed.index.buffer]);
    const back = unpackTransfer(structuredClone(result, { transfer: moved }));
    expect([...back.counted!.rows.budgets]).toEqual([...budgets]);
    expect(larger.length).toBe(budgets.length + 4);
  });

  it('leaves the result it was given untouched', () => {
    const before = JSON.stringify(results);
    results.forEach(forTransfer);
    results.forEach(packForTransfer);
    expect(JSON.stringify(results)).toBe(before);
  });
});
