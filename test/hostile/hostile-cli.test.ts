/**
 * The hostile suite, part two: the compiled CLI (`node bin/sujarit.js` from build/, rebuilt by
 * test/global-setup.js when core/ or pipeline/ changed) in a child process, where memory, signals
 * and worker threads are real:
 *
 * - the zip bomb run (every memory-hungry kind at once) stays under 512 MB of resident memory;
 * - a worker that crashes or runs out of memory costs only its file, which is reported;
 * - SIGINT / SIGTERM at any moment leaves --out with the previous complete outputs or the new
 *   complete ones, never half a file or a mix, and exits 130 / 143.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readXlsx } from '../../pipeline/read/xlsx';
import { consolidationSchema } from '../../pipeline/summary-schema';
import { OUTPUT_FILES } from '../../pipeline/write/outputs';
import { STAGING_PREFIX } from '../../pipeline/write/atomic';
import { council, handXlsx, plan } from './build';
import { corpusOf } from './corpus';
import { KINDS } from './kinds';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'sujarit.js');
const MAX_RSS_KB = 512 * 1024;


const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sujarit-hostile-cli-'));

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI. `interrupt` sends a signal as soon as a stderr line (SUJARIT_TEST_TRACE) matches.
 */
function cli(args: string[], env: Record<string, string> = {}, interrupt?: { at: RegExp; signal: NodeJS.Signals }): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', path.join(__dirname, 'maxrss.js'), BIN, ...args], {
      cwd: tmp,
      env: { ...process.env, SUJARIT_TEST_TRACE: interrupt ? '1' : '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let sent = false;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString('utf8');
      if (interrupt && !sent && interrupt.at.test(stderr)) {
        sent = true;
        child.kill(interrupt.signal);
      }
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 100_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const outputsOf = (dir: string) => Object.fromEntries(OUTPUT_FILES.map((n) => [n, fs.existsSync(path.join(dir, n)) ? sha(path.join(dir, n)) : null]));
const maxRss = (stderr: string) => Number(/sujarit-test: maxrss (\d+)/.exec(stderr)?.[1] ?? NaN);

/** A folder of valid plans of councils `from`…`from + n - 1`. */
function plans(dir: string, from: number, n: number): void {
  const c = corpusOf(dir);
  for (let i = from; i < from + n; i++) c.put(`แผน-${i}.xlsx`, handXlsx({ sheets: [{ name: 'แผนปฏิบัติการ', rows: plan(council(i), { seed: i }) }] }));
}

/** Every output is complete: summary.json passes its schema, the CSVs end their last line, the workbook opens, the page closes. */
function expectComplete(dir: string): void {
  consolidationSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, 'summary.json'), 'utf8')));
  for (const csv of ['items.csv', 'findings.csv']) expect(fs.readFileSync(path.join(dir, csv), 'utf8')).toMatch(/\r\n$/);
  expect(readXlsx(fs.readFileSync(path.join(dir, 'summary.xlsx'))).grids.length).toBeGreaterThan(0);
  expect(fs.readFileSync(path.join(dir, 'report.html'), 'utf8').trimEnd()).toMatch(/<\/html>$/);
  expect(fs.readdirSync(dir).filter((n) => n.startsWith(STAGING_PREFIX))).toEqual([]);
}

describe('the compiled CLI under hostile input', () => {
  it(
    'runs the zip bombs and every other memory-hungry kind in under 512 MB, reporting each, and leaves no temporary file behind',
    async () => {
      const inbox = path.join(tmp, 'bombs');
      const c = corpusOf(inbox);
      const ids = ['zip-bomb', 'zip-bomb-lying', 'many-entries', 'million-rows', 'columns-16384', 'grid-too-large', 'long-strings', 'deep-xml'];
      for (const id of ids) KINDS.find((k) => k.id === id)!.make(c);
      plans(inbox, 0, 4);
      const privateTmp = path.join(tmp, 'private-tmp');
      fs.mkdirSync(privateTmp);
      const r = await cli(['consolidate', inbox, '--out', path.join(tmp, 'bombs-out'), '--jobs', '2'], { TMPDIR: privateTmp });
      expect(r.code).toBe(1);
      const rss = maxRss(r.stderr);
      process.stdout.write(`zip bomb run: peak RSS ${Math.round(rss / 1024)} MB\n`);
      expect(rss).toBeLessThan(MAX_RSS_KB);
      const summary = consolidationSchema.parse(JSON.parse(fs.readFileSync(path.join(tmp, 'bombs-out', 'summary.json'), 'utf8')));
      for (const f of ['zip-bomb.xlsx', 'zip-bomb-lying.xlsx', 'ส่วนประกอบมาก.xlsx', 'ล้านแถว.xlsx', 'ตารางใหญ่เกิน.xlsx']) {
        expect([f, summary.files.find((x) => x.path.endsWith(`/${f}`))?.status]).toEqual([f, 'rejected']);
      }
      expect(summary.files.filter((x) => x.status === 'accepted').length).toBeGreaterThanOrEqual(6);
      expectComplete(path.join(tmp, 'bombs-out'));
      expect(fs.readdirSync(privateTmp)).toEqual([]);
    },
    120_000,
  );

  it(
    'reports a file whose worker crashes, with its real hash, and goes on with the others',
    async () => {
      const inbox = path.join(tmp, 'crash');
      plans(inbox, 0, 6);
      const out = path.join(tmp, 'crash-out');
      const r = await cli(['consolidate', inbox, '--out', out, '--jobs', '2'], { SUJARIT_TEST_CRASH_ON: 'แผน-2.xlsx' });
      expect(r.code).toBe(1);
      const summary = consolidationSchema.parse(JSON.parse(fs.readFileSync(path.join(out, 'summary.json'), 'utf8')));
      const crashed = summary.files.find((f) => f.path.endsWith('/แผน-2.xlsx'))!;
      expect(crashed.status).toBe('rejected');
      expect(crashed.sha256).toBe(sha(path.join(inbox, 'แผน-2.xlsx')));
      const finding = summary.findings.find((f) => f.file === crashed.path)!;
      expect(finding.code).toBe('unreadable-file');
      expect(finding.message).toContain('การประมวลผลไฟล์นี้หยุดกลางคัน');
      expect(finding.messageEn).toContain('processing this file stopped');
      expect(summary.files.filter((f) => f.status === 'accepted')).toHaveLength(5);
      expectComplete(out);
    },
    120_000,
  );

  it(
    'reports a file whose worker runs out of memory, and goes on with the others',
    async () => {
      const inbox = path.join(tmp, 'oom');
      plans(inbox, 0, 4);
      const out = path.join(tmp, 'oom-out');
      const r = await cli(['consolidate', inbox, '--out', out, '--jobs', '2'], { SUJARIT_TEST_CRASH_ON: 'oom:แผน-1.xlsx' });
      expect(r.code).toBe(1);
      process.stdout.write(`out-of-memory run: peak RSS ${Math.round(maxRss(r.stderr) / 1024)} MB\n`);
      expect(maxRss(r.stderr)).toBeLessThan(MAX_RSS_KB * 2);
      const summary = consolidationSchema.parse(JSON.parse(fs.readFileSync(path.join(out, 'summary.json'), 'utf8')));
      const finding = summary.findings.find((f) => f.file.endsWith('/แผน-1.xlsx'))!;
      expect(finding.code).toBe('unreadable-file');
      expect(finding.messageEn).toContain('more memory than allowed');
      expect(summary.files.filter((f) => f.status === 'accepted')).toHaveLength(3);
    },
    120_000,
  );
});

describe('interrupting consolidate', () => {
  const inbox = path.join(tmp, 'round');
  const out = path.join(tmp, 'round-out');
  const reference = path.join(tmp, 'round-reference');
  let old: Record<string, string | null>;
  let fresh: Record<string, string | null>;

  beforeAll(async () => {
    plans(inbox, 0, 8);
    expect((await cli(['consolidate', inbox, '--out', out])).code).toBe(0);
    old = outputsOf(out);
    // The next round brings one more file (and a bad one), so the new outputs differ from the old.
    plans(inbox, 8, 2);
    KINDS.find((k) => k.id === 'truncated-zip')!.make(corpusOf(inbox));
    expect((await cli(['consolidate', inbox, '--out', reference])).code).toBe(1);
    fresh = outputsOf(reference);
    for (const n of ['summary.json', 'items.csv', 'findings.csv']) expect(fresh[n]).not.toBe(old[n]);
  }, 120_000);

  /** The deterministic outputs equal the reference run's; the others are complete. */
  function expectNewSet(): void {
    const now = outputsOf(out);
    for (const n of ['summary.json', 'items.csv', 'findings.csv']) expect([n, now[n]]).toEqual([n, fresh[n]]);
    for (const n of OUTPUT_FILES) expect([n, now[n]]).not.toEqual([n, old[n]]);
    expectComplete(out);
  }

  it(
    'SIGINT while the files are read: exit 130, the previous outputs untouched',
    async () => {
      const r = await cli(['consolidate', inbox, '--out', out], {}, { at: /sujarit-test: reading/, signal: 'SIGINT' });
      expect(r.code).toBe(130);
      expect(r.stderr).toContain('interrupted (SIGINT)');
      expect(outputsOf(out)).toEqual(old);
      expectComplete(out);
    },
    60_000,
  );

  it(
    'SIGTERM while the new outputs are being written: exit 143, the previous outputs untouched, no staging folder left',
    async () => {
      const r = await cli(['consolidate', inbox, '--out', out], { SUJARIT_TEST_DELAY_MS: '150' }, { at: /sujarit-test: staging findings\.csv/, signal: 'SIGTERM' });
      expect(r.code).toBe(143);
      expect(outputsOf(out)).toEqual(old);
      expectComplete(out);
    },
    60_000,
  );

  it(
    'SIGINT once the outputs are being moved into place: the move completes (all five new), exit 130',
    async () => {
      const r = await cli(['consolidate', inbox, '--out', out], { SUJARIT_TEST_DELAY_MS: '150' }, { at: /sujarit-test: renamed items\.csv/, signal: 'SIGINT' });
      expect(r.code).toBe(130);
      expect(r.stderr).toContain('the new outputs were completed first');
      expectNewSet();
    },
    60_000,
  );
});
