/**
 * The CPU time the bench prints beside a run's seconds: the probe's figures summed, the median of a
 * size's runs, and a probe that counts every thread of the process, not only the main one.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cpuLine, cpuSeconds, type Probe } from '../../bench/lib/cpu';

const PROBE = path.join(__dirname, '..', '..', 'bench', 'lib', 'rss-probe.js');

describe('cpuSeconds', () => {
  it('adds user and system time, in seconds', () => {
    expect(cpuSeconds({ maxRssKB: 1, userMs: 20_130, systemMs: 1_910 })).toBeCloseTo(22.04, 9);
    expect(cpuSeconds({ maxRssKB: 1, userMs: 0, systemMs: 0 })).toBe(0);
  });
});

describe('cpuLine', () => {
  it("gives the median of the runs' CPU time and of the cores each kept busy", () => {
    const runs = [
      { seconds: 10.96, cpuSeconds: 20.5 },
      { seconds: 10.98, cpuSeconds: 19.9 },
      { seconds: 10.83, cpuSeconds: 21.0 },
    ];
    // CPU: 19.9, 20.5, 21.0 → 20.5. Busy: 1.870, 1.812, 1.939 → 1.870.
    expect(cpuLine(7850, runs, 2)).toBe('CPU at 7850 councils (median of 3 runs, user and system, every thread): 20.50 s, 1.87 of the 2 cores busy on average');
    expect(cpuLine(150, [{ seconds: 1, cpuSeconds: 1.5 }], 2)).toBe('CPU at 150 councils (median of 1 run, user and system, every thread): 1.50 s, 1.50 of the 2 cores busy on average');
  });
});

/** A worker that spins for 300 ms and reports its own thread's CPU from /proc, while the main thread waits. */
const CHILD = `
const { Worker } = require('node:worker_threads');
const w = new Worker(\`
  const fs = require('node:fs');
  const end = Date.now() + 300;
  let x = 0;
  while (Date.now() < end) x += Math.sqrt(x + 1);
  const f = fs.readFileSync('/proc/thread-self/stat', 'utf8');
  const fields = f.slice(f.lastIndexOf(')') + 2).split(' ');
  require('node:worker_threads').parentPort.postMessage({ ticks: Number(fields[11]) + Number(fields[12]), x });
\`, { eval: true });
w.on('message', (m) => { process.stdout.write(JSON.stringify({ ms: (m.ticks * 1000) / Number(process.argv[1]) })); w.terminate(); });
`;

(process.platform === 'linux' ? describe : describe.skip)('the probe preloaded into a run', () => {
  it("counts a worker thread's CPU time, not only the main thread's", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sujarit-cpu-probe-'));
    try {
      const out = path.join(dir, 'probe.json');
      const tick = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;
      const child = spawnSync(process.execPath, ['-r', PROBE, '-e', CHILD, String(tick)], { encoding: 'utf8', env: { ...process.env, SUJARIT_BENCH_PROBE: out }, timeout: 30000 });
      expect(child.status).toBe(0);
      const worker = JSON.parse(child.stdout) as { ms: number };
      const probe = JSON.parse(fs.readFileSync(out, 'utf8')) as Probe;
      expect(worker.ms).toBeGreaterThan(0);
      expect(probe.maxRssKB).toBeGreaterThan(0);
      // The whole process used at least what its worker did.
      expect(probe.userMs + probe.systemMs).toBeGreaterThanOrEqual(worker.ms);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 30000);
});
