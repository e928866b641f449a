/**
 * `sujarit validate` on the bundled samples: the JSON report's shape and figures, the readable
 * table, and the exit codes 0 / 1 / 2.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { validateReportSchema } from '../../core/report';
import { runRules, withRulesSection, BEGIN, END, rulesMarkdown } from '../../pipeline/commands/rules';
import { runValidate } from '../../pipeline/commands/validate';
import { main } from '../../pipeline/cli';
import { SAMPLE, SAMPLES } from '../helpers/samples';

async function run(files: string[], json = true) {
  let text = '';
  const code = await runValidate(files, { json }, (s) => (text += s));
  return { code, text };
}

describe('sujarit validate --json', () => {
  it('reports the อบจ.เพชรบุรี plan with the seed\'s figures and exits 0 (no error finding)', async () => {
    const { code, text } = await run([path.join(SAMPLES, SAMPLE.pao)]);
    const report = validateReportSchema.parse(JSON.parse(text));
    const [file] = report.files;
    expect(code).toBe(0);
    expect(file).toMatchObject({
      kind: 'plan-multi-year', framework: 'current', council: 'องค์การบริหารส่วนจังหวัดเพชรบุรี', type: 'อบจ.', province: 'เพชรบุรี',
      years: [2566, 2567, 2568, 2569, 2570], items: 48,
      itemsByKind: { โครงการ: 23, มาตรการ: 17, กิจกรรม: 8, อื่น: 0 },
      budgetByYear: { 2566: 74000, 2567: 76000, 2568: 76000, 2569: 76000, 2570: 76000 },
    });
    expect(file.byDimension['1']).toEqual({ items: 9, budgetByYear: { 2566: 34000, 2567: 36000, 2568: 36000, 2569: 36000, 2570: 36000 } });
    expect(file.byDimension['3'].budgetByYear['2570']).toBe(40000);
    expect(file.findings.every((f) => f.severity !== 'error')).toBe(true);
  });

  it('exits 1 when a file has error findings, each naming its sheet and cell', async () => {
    const { code, text } = await run([path.join(SAMPLES, SAMPLE.pao), path.join(SAMPLES, SAMPLE.nongchok)]);
    const report = validateReportSchema.parse(JSON.parse(text));
    expect(code).toBe(1);
    expect(report.files.map((f) => f.kind)).toEqual(['plan-multi-year', 'plan-annual']);
    const errors = report.files[1].findings.filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((f) => f.sheet && /^[A-Z]+\d+$/.test(f.cell ?? ''))).toBe(true);
    expect(report.files[1].budgetByYear).toEqual({ 2567: 25000 });
  });

  it('exits 2 with an unreadable-file finding for a file it cannot read, and still reports the others', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sujarit-'));
    const odd = path.join(dir, 'plan.pdf');
    fs.writeFileSync(odd, '%PDF-1.4');
    const { code, text } = await run([odd, path.join(dir, 'missing.txt'), path.join(SAMPLES, SAMPLE.pao)]);
    const report = validateReportSchema.parse(JSON.parse(text));
    expect(code).toBe(2);
    expect(report.files.map((f) => f.findings.some((x) => x.code === 'unreadable-file'))).toEqual([true, true, false]);
    expect(report.files[0].findings[0].message).toContain('.pdf');
    expect(report.files[1].findings[0].messageEn).toContain('ENOENT');
    expect(report.files[2].items).toBe(48);
  });
});

describe('sujarit validate (table)', () => {
  it('prints each file\'s figures and every finding with its cell, in Thai and English', async () => {
    const { text } = await run([path.join(SAMPLES, SAMPLE.nongchok)], false);
    expect(text).toContain('รายการ 36');
    expect(text).toContain('total-mismatch');
    expect(text).toMatch(/nongchok-annual-plan-2567!D82 .*รวมทั้งสิ้น ไตรมาส 1/);
    expect(text).toContain("The grand total for quarter 1 (ticks) states 25,000 but the items add up to 27");
  });
});

describe('the command line', () => {
  it('exits 2 on bad usage', async () => {
    const write = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await main(['node', 'sujarit', 'validate'])).toBe(2);
    expect(await main(['node', 'sujarit', 'frobnicate'])).toBe(2);
    write.mockRestore();
  });

  it('keeps the README\'s rule table equal to the catalogue', async () => {
    const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
    expect(withRulesSection(readme)).toBe(readme);
    expect(readme).toContain(`${BEGIN}\n${rulesMarkdown()}\n${END}`);
    let out = '';
    await runRules({}, (s) => (out += s));
    expect(out.split('\n')).toHaveLength(rulesMarkdown().split('\n').length - 2);
  });
});
