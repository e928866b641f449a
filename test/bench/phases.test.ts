/**
 * The phases the bench prints come from the trace `sujarit consolidate` writes of its own steps:
 * read from a real run's trace, and from the command itself on the bundled samples.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { medianPhases, phasesLine, phasesOf, type Phases } from '../../bench/lib/phases';
import { SAMPLES } from '../helpers/samples';

const ROOT = path.join(__dirname, '..', '..');

/** The trace of a national run (7,850 councils), as the command printed it, with the bench's other stderr around it. */
const NATIONAL = [
  'sujarit-test: reading +429',
  'sujarit-test: read +8601',
  'sujarit-test: duplicates +8756',
  'sujarit-test: consolidated +9114',
  'sujarit-test: writing +9115',
  'sujarit-test: staging items.csv +9213',
  'sujarit-test: staging findings.csv +9838',
  'sujarit-test: staging summary.xlsx +9880',
  'sujarit-test: staging summary.json +12100',
  'sujarit-test: staging report.html +12128',
  'sujarit-test: staged +12148',
  'sujarit-test: swapping +12148',
  'sujarit-test: renamed items.csv +12149',
  'sujarit-test: swapped +12152',
  'sujarit-test: done +12153',
].join('\n');

function close(p: Phases, expected: Phases): void {
  for (const k of Object.keys(expected) as (keyof Phases)[]) expect(p[k]).toBeCloseTo(expected[k], 9);
}

describe('phasesOf', () => {
  it('splits a national run into its phases, in seconds', () => {
    const p = phasesOf(`sujarit: cannot read x.xlsx (EACCES)\n${NATIONAL}\nจ.กระบี่: ส่งแล้ว 10/10 หน่วยงาน\n`) as Phases;
    close(p, { start: 0.429, read: 8.172, consolidate: 0.513, write: 3.038, itemsCsv: 0.625, summaryXlsx: 2.22 });
    // The phases and what lies between them make up the run, to the millisecond.
    expect(p.start + p.read + p.consolidate + 0.001 + p.write).toBeCloseTo(12.153, 9);
  });

  it('gives nothing for a run that stopped before its outputs, or printed no trace', () => {
    expect(phasesOf(NATIONAL.split('\n').slice(0, 9).join('\n'))).toBeNull();
    expect(phasesOf('')).toBeNull();
    expect(phasesOf(NATIONAL.replace('sujarit-test: read +8601', 'sujarit-test: read +'))).toBeNull();
  });

  it('reads the trace the command prints of a real run', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sujarit-phases-'));
    try {
      const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'sujarit.js'), 'consolidate', SAMPLES, '--out', out], { env: { ...process.env, SUJARIT_TEST_TRACE: '1' }, encoding: 'utf8' });
      expect([0, 1]).toContain(r.status);
      const p = phasesOf(r.stderr) as Phases;
      expect(p).not.toBeNull();
      for (const v of Object.values(p)) expect(v).toBeGreaterThanOrEqual(0);
      // items.csv and summary.xlsx are written within the writing.
      expect(p.itemsCsv + p.summaryXlsx).toBeLessThanOrEqual(p.write);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('medianPhases', () => {
  it('takes each phase\'s median on its own', () => {
    const a = phasesOf(NATIONAL) as Phases;
    const b = { ...a, read: 12.77, write: 3.11 };
    const c = { ...a, read: 9.0, write: 2.9 };
    const m = medianPhases([a, b, c]) as Phases;
    expect(m.read).toBe(9.0);
    expect(m.write).toBe(3.038);
    expect(m.start).toBe(a.start);
    expect(medianPhases([])).toBeNull();
  });

  it('prints one line with every phase', () => {
    const line = phasesLine(7850, 3, phasesOf(NATIONAL) as Phases);
    expect(line).toBe(
      'phases at 7850 councils (median of 3 runs, SUJARIT_TEST_TRACE): starting and listing the files 0.43 s, reading and checking 8.17 s, ' +
        'resubmissions and consolidating 0.51 s, writing 3.04 s (items.csv 0.63 s, then summary.xlsx 2.22 s)',
    );
  });
});
