/**
 * The stages bench (bench/stages.ts): every readable file of a corpus read, checked and counted, and
 * the same sheets checked cut to their first rows. Nothing about time is asserted: what it measures,
 * and how it cuts a sheet.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateCorpus } from '../../bench/corpus';
import { firstRows, stagesLine, timeStages } from '../../bench/stages';
import { makeGrid } from '../../core/grid';
import { readInputBytes } from '../../pipeline/read';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sujarit-bench-stages-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('firstRows', () => {
  it("keeps a sheet's first rows and the merged ranges that start among them", () => {
    const grid = makeGrid('แผน', [['มิติ', 'ภารกิจ'], ['1', 'x'], ['2', 'y'], ['3', 'z']], [
      { top: 0, left: 0, bottom: 1, right: 0 },
      { top: 2, left: 1, bottom: 3, right: 1 },
    ]);
    const cut = firstRows(grid, 2);
    expect(cut.rows).toEqual([['มิติ', 'ภารกิจ'], ['1', 'x']]);
    expect(cut.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 0 }]);
    expect(firstRows(grid, 0).rows).toEqual([]);
    expect(firstRows(grid, 'all')).toBe(grid);
    // The sheet itself is left as it was.
    expect(grid.rows).toHaveLength(4);
  });
});

describe('timeStages', () => {
  it("times every readable file of the corpus, and the sheets cut to their first rows", async () => {
    const corpus = generateCorpus(30, path.join(tmp, 'c'));
    const files = corpus.manifest.files.length;
    let readable = 0;
    for (const f of corpus.manifest.files) {
      try {
        await readInputBytes(new Uint8Array(fs.readFileSync(path.join(corpus.inbox, f.path))), f.path);
        readable++;
      } catch {
        // a corpus's unreadable files are left out
      }
    }
    expect(readable).toBeGreaterThan(20);
    expect(readable).toBeLessThanOrEqual(files);
    const t = await timeStages(corpus.inbox, { rounds: 1, cuts: [0, 8, 'all'], cutSheets: 5 });
    expect(t.files).toBe(readable);
    expect(t.rounds).toBe(1);
    for (const ms of [t.readMs, t.checkMs, t.countMs]) expect(ms).toBeGreaterThan(0);
    expect(t.byRows.map((c) => c.rows)).toEqual([0, 8, 'all']);
    // The same five files' sheets at every cut, each file with one sheet or more.
    const sheets = t.byRows[0].sheets;
    expect(sheets).toBeGreaterThanOrEqual(5);
    expect(t.byRows.every((c) => c.sheets === sheets && c.checkMs > 0)).toBe(true);
    expect(stagesLine(t)).toMatch(
      new RegExp(`^a file's stages, warm, one thread, from memory \\(${readable} files, median of 1 rounds\\): read \\d+ µs, check \\d+ µs, count \\d+ µs, \\d+ µs in all; checking the first 0, 8, all rows of ${sheets} sheets: \\d+, \\d+, \\d+ µs a sheet$`),
    );
  }, 60000);
});
