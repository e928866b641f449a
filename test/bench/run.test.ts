/**
 * `npm run bench -- --councils N --json`: stdout is exactly one JSON object of the documented shape
 * (everything else goes to stderr), and the figures come only after the budgets were checked. The
 * timings themselves are never asserted: they belong to the machine, not to the code.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sujarit-bench-run-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function bench(args: string[]) {
  return spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', path.join(ROOT, 'bench', 'run.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60000 });
}

describe('bench/run.ts --json', () => {
  it('prints one JSON object with the documented keys, and only that, on stdout', () => {
    const r = bench(['--councils', '30', '--json', '--no-peer', '--runs', '1', '--corpus', tmp]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const result = JSON.parse(lines[0]);
    expect(Object.keys(result)).toEqual(['councils', 'seconds', 'workbooksPerSecond', 'peakRssMB', 'peer', 'ratio']);
    expect(result.councils).toBe(30);
    expect(result.peer).toBeNull();
    expect(result.ratio).toBeNull();
    for (const k of ['seconds', 'workbooksPerSecond', 'peakRssMB']) expect(typeof result[k]).toBe('number');
    expect(r.stderr).toContain('budgets agree with the corpus truth');
  }, 60000);

  // Only where python3-openpyxl is installed (.ci/run installs it).
  const hasOpenpyxl = spawnSync('/usr/bin/python3', ['-c', 'import openpyxl'], { stdio: 'ignore' }).status === 0;
  (hasOpenpyxl ? it : it.skip)('times the peer before each of sujarit\'s runs, and gives the median of the pairs\' ratios', () => {
    const r = bench(['--councils', '30', '--json', '--runs', '2', '--corpus', tmp]);
    expect(r.status).toBe(0);
    const result = JSON.parse(r.stdout.trim());
    const turns = r.stderr.split('\n').filter((l) => /^ {2}(peer|sujarit) run \d/.test(l));
    expect(turns.map((l) => l.trim().split(':')[0])).toEqual(['peer run 1/2', 'sujarit run 1/2', 'peer run 2/2', 'sujarit run 2/2']);
    const seconds = (who: string) => turns.filter((l) => l.trim().startsWith(who)).map((l) => Number(/: ([\d.]+) s/.exec(l)![1]));
    const [peer, ours] = [seconds('peer'), seconds('sujarit')];
    // The median of two is the lower (as of sujarit's runs).
    expect(result.peer.seconds).toBeCloseTo(Math.min(...peer), 1);
    expect(result.ratio).toBeCloseTo(Math.min(peer[0] / ours[0], peer[1] / ours[1]), 1);
  }, 120000);

  it('refuses bad usage with exit code 2', () => {
    const r = bench(['--councils', 'many', '--corpus', tmp]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
  }, 30000);
});
