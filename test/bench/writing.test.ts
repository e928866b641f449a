/**
 * The writing bench (bench/writing.ts): a corpus's posted results taken in, consolidated and written on
 * one thread. Nothing about time is asserted: that it does the command's own work (the five outputs it
 * writes are the command's, byte for byte) and how it reports each part.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateCorpus } from '../../bench/corpus';
import { postedResults, timeWriting, writingLine } from '../../bench/writing';
import { OUTPUT_FILES } from '../../pipeline/write/outputs';

const ROOT = path.join(__dirname, '..', '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sujarit-bench-writing-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('timeWriting', () => {
  it("writes what `sujarit consolidate` writes from the same files, and times each part of it", async () => {
    const corpus = generateCorpus(25, path.join(tmp, 'c'));
    const posted = await postedResults(corpus.inbox);
    // Every file has a result, the unreadable ones too.
    expect(posted).toHaveLength(corpus.manifest.files.length);

    const ours = path.join(tmp, 'bench-out');
    const t = await timeWriting(corpus.inbox, corpus.roster, { rounds: 2, out: ours, posted });
    expect(t.files).toBe(posted.length);
    expect(t.rounds).toBe(2);
    expect(t.takeInMs).toBeGreaterThan(0);
    expect(t.consolidateMs).toBeGreaterThan(0);
    // The outputs in the order they are written, each timed.
    expect(Object.keys(t.outputsMs)).toEqual(['items.csv', 'findings.csv', 'summary.xlsx', 'summary.json', 'report.html']);
    for (const ms of Object.values(t.outputsMs)) expect(ms).toBeGreaterThan(0);
    const parts = t.takeInMs + t.consolidateMs + Object.values(t.outputsMs).reduce((a, b) => a + b, 0);
    expect(t.totalMs).toBeGreaterThanOrEqual(parts * 0.99);

    // The command run from the inbox, as the end-to-end bench runs it.
    const theirs = path.join(tmp, 'cli-out');
    try {
      execFileSync(process.execPath, [path.join(ROOT, 'bin', 'sujarit.js'), 'consolidate', '.', '--roster', corpus.roster, '--out', theirs], { cwd: corpus.inbox, stdio: 'pipe' });
    } catch (err) {
      // Exit 1 is the corpus's normal result: it is made with defects.
      expect((err as { status: number }).status).toBe(1);
    }
    for (const name of OUTPUT_FILES) expect([name, fs.readFileSync(path.join(ours, name)).equals(fs.readFileSync(path.join(theirs, name)))]).toEqual([name, true]);

    expect(writingLine(t)).toMatch(
      new RegExp(
        `^the main thread's share, one thread, from the posted results \\(${t.files} files, median of 2 rounds\\): taking them in \\d+\\.\\d\\d s, consolidating \\d+\\.\\d\\d s, ` +
          'writing items\\.csv \\d+\\.\\d\\d, findings\\.csv \\d+\\.\\d\\d, summary\\.xlsx \\d+\\.\\d\\d, summary\\.json \\d+\\.\\d\\d, report\\.html \\d+\\.\\d\\d s; \\d+\\.\\d\\d s in all$',
      ),
    );
  }, 120000);
});
