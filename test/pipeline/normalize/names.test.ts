/** Output file names of `sujarit normalize`: safe, short enough, unique, and never outside --out. */
import * as path from 'node:path';
import { insideDir, MAX_NAME_BYTES, NameAllocator, safeStem, truncateBytes } from '../../../pipeline/normalize/names';

describe('safeStem', () => {
  it.each([
    ['องค์การบริหารส่วนตำบลหนองแวง-plan-multi-year-2561-2564', 'องค์การบริหารส่วนตำบลหนองแวง-plan-multi-year-2561-2564'],
    ['../../etc/passwd', 'etc-passwd'],
    ['..\\..\\windows\\system32', 'windows-system32'],
    ['แผน..เก่า\u0007\u001b[31m', 'แผน.เก่า[31m'],
    ['  .hidden plan.  ', 'hidden plan'],
    ['a:b*c?d"e<f>g|h', 'a-b-c-d-e-f-g-h'],
    ['CON', '_CON'],
    ['nul.plan', '_nul.plan'],
    ['\u200bอบต.\u200eหนองแวง\ufeff', 'อบต.หนองแวง'],
    ['line\nbreak\ttab', 'line break tab'],
    ['....', ''],
  ])('%j → %j', (raw, safe) => {
    expect(safeStem(raw)).toBe(safe);
  });
});

describe('NameAllocator', () => {
  it('adds .xlsx, and -2, -3 on a collision (letter case ignored), leaving the report names alone', () => {
    const names = new NameAllocator(['normalize-report.json', 'normalize-report.xlsx']);
    expect(names.allocate('อบต.หนองแวง-plan-annual-2563')).toBe('อบต.หนองแวง-plan-annual-2563.xlsx');
    expect(names.allocate('อบต.หนองแวง-plan-annual-2563')).toBe('อบต.หนองแวง-plan-annual-2563-2.xlsx');
    expect(names.allocate('อบต.หนองแวง-plan-annual-2563')).toBe('อบต.หนองแวง-plan-annual-2563-3.xlsx');
    expect(names.allocate('Plan')).toBe('Plan.xlsx');
    expect(names.allocate('PLAN')).toBe('PLAN-2.xlsx');
    expect(names.allocate('normalize-report')).toBe('normalize-report-2.xlsx');
    expect(names.allocate('../..')).toBe('plan-3.xlsx'); // nothing left: "plan", taken twice above
  });

  it('keeps every name within 150 bytes, cut at a character boundary, suffix included', () => {
    const names = new NameAllocator();
    const long = `${'องค์การบริหารส่วนตำบล'.repeat(10)}-plan-multi-year-2561-2564`;
    const first = names.allocate(long);
    const second = names.allocate(long);
    for (const n of [first, second]) {
      expect(Buffer.byteLength(n)).toBeLessThanOrEqual(MAX_NAME_BYTES);
      expect(n.endsWith('.xlsx')).toBe(true);
      expect(Buffer.from(n, 'utf8').toString('utf8')).toBe(n);
    }
    expect(second.endsWith('-2.xlsx')).toBe(true);
    expect(first).not.toBe(second);
    expect(truncateBytes('กขค', 7)).toBe('กข');
  });
});

describe('insideDir', () => {
  const out = path.resolve('/tmp/normalised');
  it('gives the path inside the output folder', () => {
    expect(insideDir(out, 'แผน.xlsx')).toBe(path.join(out, 'แผน.xlsx'));
  });
  it.each(['../x.xlsx', '/etc/x.xlsx', 'sub/x.xlsx', '..', '.', '', 'a\\b.xlsx'])('refuses %j', (name) => {
    expect(() => insideDir(out, name)).toThrow(/outside the output folder/);
  });
});
