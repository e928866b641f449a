/**
 * `sujarit template` and the SheetPlan → xlsx writer, read back through the pipeline's own
 * xlsx reader: what a clerk fills in is what the province reads.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readMetadataPairs } from '../../core/metadata-sheet';
import { parseGrid } from '../../core/parse';
import { buildWorkbookPlan } from '../../core/sheet-plan';
import { computeTotals } from '../../core/totals';
import { validateGrids } from '../../core/validate';
import { main } from '../../pipeline/cli';
import { runTemplate } from '../../pipeline/commands/template';
import { UsageError } from '../../pipeline/commands/usage-error';
import { readXlsx } from '../../pipeline/read/xlsx';
import { workbookPlanToXlsx } from '../../pipeline/write/workbook-xlsx';
import { SAMPLE, sampleGrid } from '../helpers/samples';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sujarit-template-'));

describe('sujarit template', () => {
  it('writes a blank 5-year plan with its metadata sheet, which reads back as the council\'s empty plan', async () => {
    const out = path.join(dir, 'plan.xlsx');
    let said = '';
    const code = await runTemplate({ kind: 'plan-multi-year', council: 'อบต.หนองแวง', district: 'อำเภอเทพารักษ์', province: 'นครราชสีมา', years: '2566-2570', out }, (s) => (said += s));
    expect(code).toBe(0);
    expect(said).toContain('องค์การบริหารส่วนตำบลหนองแวง');
    const { grids, metadata } = readXlsx(fs.readFileSync(out));
    expect(readMetadataPairs(metadata)).toMatchObject({ council: 'องค์การบริหารส่วนตำบลหนองแวง', type: 'อบต.', district: 'เทพารักษ์', province: 'นครราชสีมา', kind: 'plan-multi-year' });
    const result = validateGrids(grids, { file: out });
    expect(result.main).toMatchObject({ kind: 'plan-multi-year', framework: 'current' });
    expect(result.main?.metadata).toMatchObject({ council: 'องค์การบริหารส่วนตำบลหนองแวง', district: 'เทพารักษ์', province: 'นครราชสีมา', years: [2566, 2567, 2568, 2569, 2570] });
    expect(result.main?.items).toEqual([]);
    const formulas = Object.values(grids[0].formulas ?? {});
    expect(formulas.some((f) => /^=SUM\(/.test(f))).toBe(true);
    expect(result.findings.filter((f) => f.code === 'header-not-found')).toEqual([]);
  });

  it('writes an annual plan with quarters for one fiscal year', async () => {
    const out = path.join(dir, 'annual.xlsx');
    await runTemplate({ kind: 'plan-annual', council: 'เทศบาลตำบลหนองจอก', district: 'ท่ายาง', province: 'เพชรบุรี', years: '2568', out }, () => {});
    const { grids } = readXlsx(fs.readFileSync(out));
    const { doc } = parseGrid(grids[0]);
    expect(doc.kind).toBe('plan-annual');
    expect(doc.metadata.fiscalYear).toBe(2568);
  });

  it('refuses bad usage with a clear message', async () => {
    const base = { council: 'อบต.หนองแวง', district: 'เทพารักษ์', province: 'นครราชสีมา', out: path.join(dir, 'x.xlsx') };
    await expect(runTemplate({ ...base, kind: 'poster', years: '2566-2570' }, () => {})).rejects.toThrow(UsageError);
    await expect(runTemplate({ ...base, kind: 'plan-multi-year', years: '2568' }, () => {})).rejects.toThrow(/range/);
    await expect(runTemplate({ ...base, council: 'หนองแวง', kind: 'plan-annual', years: '2568' }, () => {})).rejects.toThrow(/council type/);
    expect(fs.existsSync(base.out)).toBe(false);
  });
  it('runs from the command line: the workbook is written, exit 0; an unknown kind is bad usage, exit 2', async () => {
    const out = path.join(dir, 'cli.xlsx');
    const args = ['node', 'sujarit', 'template', '--council', 'อบต.หนองแวง', '--district', 'เทพารักษ์', '--province', 'นครราชสีมา', '--out', out];
    const stdout = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await main([...args, '--kind', 'ita-measures', '--years', '2568'])).toBe(0);
      expect(await main([...args.slice(0, -1), path.join(dir, 'poster.xlsx'), '--kind', 'poster', '--years', '2568'])).toBe(2);
    } finally {
      stdout.mockRestore();
      stderr.mockRestore();
    }
    const { grids } = readXlsx(fs.readFileSync(out));
    expect(parseGrid(grids[0]).doc.kind).toBe('ita-measures');
    expect(fs.existsSync(path.join(dir, 'poster.xlsx'))).toBe(false);
  });
});

describe('a parsed plan written in the official layout and read back from the xlsx', () => {
  it('keeps the อบจ.เพชรบุรี plan\'s 48 items and totals, with no error finding', async () => {
    const { doc } = parseGrid(sampleGrid(SAMPLE.pao));
    const bytes = await workbookPlanToXlsx(buildWorkbookPlan(doc));
    const { grids } = readXlsx(bytes);
    const result = validateGrids(grids, { file: 'pao.xlsx' });
    const again = result.main!;
    expect(again.items.map((i) => [i.title, i.kind, i.mission])).toEqual(doc.items.map((i) => [i.title, i.kind, i.mission]));
    expect(computeTotals(again).grand.budgetByYear).toEqual({ 2566: 74000, 2567: 76000, 2568: 76000, 2569: 76000, 2570: 76000 });
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(grids[0].merges.length).toBeGreaterThan(4);
  });
});
