/**
 * `sujarit consolidate` on the sample province: the outputs, checked against figures the test
 * computes on its own from the generated rows and the seed documents' ground truth.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { runConsolidate } from '../../pipeline/commands/consolidate';
import { consolidate } from '../../pipeline/consolidate';
import type { FileResult } from '../../pipeline/process-file';
import { workerScript } from '../../pipeline/pool';
import { consolidationSchema, type Consolidation } from '../../pipeline/summary-schema';
import { buildSamples, ROSTER, seedItems } from '../../samples/build';
import { fullName, planRows } from '../../samples/generate';
import { statusCounts } from '../../pipeline/write/report-html/sections';
import { processFolder } from '../helpers/samples';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sujarit-consolidate-'));
const input = path.join(tmp, 'in');
const hashes = new Map<string, string>();
const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const walk = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));

async function run(out: string, jobs = 1): Promise<{ code: number; summary: Consolidation; text: string }> {
  let text = '';
  const code = await runConsolidate([input], { out, roster: path.join(input, 'roster.csv'), jobs }, (s) => (text += s));
  const summary = consolidationSchema.parse(JSON.parse(fs.readFileSync(path.join(out, 'summary.json'), 'utf8')));
  return { code, summary, text };
}

let first: { code: number; summary: Consolidation; text: string };

beforeAll(async () => {
  await buildSamples(input);
  for (const f of walk(input)) hashes.set(f, sha(f));
  first = await run(path.join(tmp, 'out1'));
}, 60000);

const council = (s: Consolidation, name: string) => s.councils.find((c) => c.name === name);
const fileNamed = (s: Consolidation, part: string) => s.files.find((f) => f.path.includes(part));

describe('consolidating the sample province', () => {
  it('writes all five outputs and exits 1 (some files carry error findings)', () => {
    expect(first.code).toBe(1);
    for (const name of ['summary.json', 'items.csv', 'findings.csv', 'summary.xlsx', 'report.html']) {
      expect(fs.statSync(path.join(tmp, 'out1', name)).size).toBeGreaterThan(100);
    }
    expect(first.text).toContain('จ.เพชรบุรี');
  });

  it('gives the อบจ.เพชรบุรี plan the seed\'s figures: 48 items; 74,000 in 2566 and 76,000 in 2567-2570', () => {
    const pao = council(first.summary, 'องค์การบริหารส่วนจังหวัดเพชรบุรี');
    expect(pao).toMatchObject({ items: 48, kind: 'plan-multi-year', district: 'เมืองเพชรบุรี', code: '6760000', status: 'valid' });
    expect(pao?.budgetByYear).toEqual({ 2566: 74000, 2567: 76000, 2568: 76000, 2569: 76000, 2570: 76000 });
    expect(pao?.itemsByKind).toEqual({ โครงการ: 23, มาตรการ: 17, กิจกรรม: 8, อื่น: 0 });
  });

  it('lists the ทต.หนองจอก plan\'s wrong totals among the findings', () => {
    const nongchok = fileNamed(first.summary, 'ทต.หนองจอก')?.path;
    const wrong = first.summary.findings.filter((f) => f.file === nongchok && f.code === 'total-mismatch');
    expect(wrong.map((f) => f.cell)).toEqual(['F40', 'E71', 'F71', 'D82', 'E82', 'F82', 'G82']);
  });

  it('computes each generated council\'s budget as the test does from the generated rows', () => {
    const items = seedItems();
    const cases = [
      { name: 'เทศบาลเมืองเพชรบุรี', seed: 11, size: 30 },
      { name: 'องค์การบริหารส่วนตำบลบางเก่า', seed: 14, size: 20 },
      { name: 'เทศบาลนครนครราชสีมา', seed: 15, size: 40 },
      { name: 'เทศบาลตำบลบ้านลาด', seed: 16, size: 22 },
    ];
    for (const c of cases) {
      const spec = ROSTER.find((r) => fullName(r) === c.name)!;
      const rows = planRows({ council: spec, layout: 'multi-year', years: [2566, 2567, 2568, 2569, 2570], size: c.size, seed: c.seed, defect: 'none', thaiDigits: false }, items);
      const itemRows = rows.filter((r) => /^\d+\)/.test(String(r[2] ?? '')));
      const expected: Record<string, number> = {};
      [2566, 2567, 2568, 2569, 2570].forEach((y, i) => (expected[y] = itemRows.reduce((s, r) => s + (typeof r[3 + i] === 'number' ? (r[3 + i] as number) : 0), 0)));
      const entry = council(first.summary, c.name);
      expect(entry?.items).toBe(itemRows.length);
      expect(entry?.budgetByYear).toEqual(expected);
    }
  });

  it('sums the province from its councils, one plan per council', () => {
    const p = first.summary.provinces.find((x) => x.name === 'เพชรบุรี')!;
    const plans = first.summary.councils.filter((c) => c.province === 'เพชรบุรี' && (c.kind === 'plan-multi-year' || c.kind === 'plan-annual'));
    expect(p.items).toBe(plans.reduce((n, c) => n + c.items, 0));
    expect(p.budgetByYear['2567']).toBe(plans.reduce((n, c) => n + (c.budgetByYear['2567'] ?? 0), 0));
    expect(p.councilsExpected).toBe(10);
    expect(first.summary.provinces.map((x) => x.name)).toEqual(['นครราชสีมา', 'ร้อยเอ็ด', 'เพชรบุรี']);
  });

  it('names the council that did not submit', () => {
    expect(first.summary.missing).toEqual([{ name: 'องค์การบริหารส่วนตำบลเขาใหญ่', district: 'ชะอำ', province: 'เพชรบุรี', code: null }]);
    expect(first.summary.provinces.find((x) => x.name === 'เพชรบุรี')?.missing).toEqual(['องค์การบริหารส่วนตำบลเขาใหญ่']);
  });

  it('uses the newest of a resubmission and lists the older one as superseded', () => {
    const v1 = fileNamed(first.summary, 'ฉบับที่1');
    const v2 = fileNamed(first.summary, 'ฉบับที่2');
    expect(v1).toMatchObject({ status: 'superseded', supersededBy: v2?.path });
    expect(v2).toMatchObject({ status: 'accepted', supersededBy: null, identifiedBy: 'metadata' });
    expect(council(first.summary, 'เทศบาลตำบลบ้านลาด')?.file).toBe(v2?.path);
  });

  it('counts a council whose only file could not be read as submitted but not valid', () => {
    const p = first.summary.provinces.find((x) => x.name === 'เพชรบุรี')!;
    expect(first.summary.councils.some((c) => c.name === 'องค์การบริหารส่วนตำบลหนองปรง')).toBe(false);
    expect(fileNamed(first.summary, 'อบต.หนองปรง')).toMatchObject({ status: 'rejected', council: 'องค์การบริหารส่วนตำบลหนองปรง' });
    expect([p.councilsExpected, p.councilsSubmitted, p.missing.length]).toEqual([10, 9, 1]);
    expect(p.councilsSubmitted).toBe(new Set(first.summary.councils.filter((c) => c.province === 'เพชรบุรี').map((c) => c.name)).size + 1);
    const district = first.summary.districts.find((d) => d.province === 'เพชรบุรี' && d.name === 'เขาย้อย')!;
    expect([district.councilsExpected, district.councilsSubmitted, district.councilsValid]).toEqual([1, 1, 0]);
  });

  it('rejects the corrupt file with an unreadable-file finding, and reads the windows-874 CSV', () => {
    const corrupt = fileNamed(first.summary, 'อบต.หนองปรง');
    expect(corrupt?.status).toBe('rejected');
    expect(first.summary.findings.some((f) => f.file === corrupt?.path && f.code === 'unreadable-file')).toBe(true);
    const csv = fileNamed(first.summary, 'ทม.ชะอำ');
    expect(csv).toMatchObject({ status: 'accepted', format: 'csv', council: 'เทศบาลเมืองชะอำ', kind: 'plan-annual' });
  });

  it('leaves every input byte-identical', () => {
    for (const [file, hash] of hashes) expect(sha(file)).toBe(hash);
  });

  it('gives byte-identical summary.json, items.csv and findings.csv on a second run', async () => {
    await run(path.join(tmp, 'out2'));
    for (const name of ['summary.json', 'items.csv', 'findings.csv']) {
      expect(fs.readFileSync(path.join(tmp, 'out2', name))).toEqual(fs.readFileSync(path.join(tmp, 'out1', name)));
    }
  });

  it('gives the same summary on worker threads', async () => {
    if (!workerScript()) return; // the compiled worker exists after `npm ci` (prepare builds it)
    const threaded = await run(path.join(tmp, 'out3'), 2);
    expect(threaded.summary).toEqual(first.summary);
  }, 60000);

  it('writes items.csv and findings.csv as UTF-8 with a BOM, one line per item and finding', () => {
    const items = fs.readFileSync(path.join(tmp, 'out1', 'items.csv'), 'utf8');
    expect(items.charCodeAt(0)).toBe(0xfeff);
    const lines = items.trimEnd().split('\r\n');
    const accepted = first.summary.councils.reduce((n, c) => n + c.items, 0);
    expect(lines.length - 1).toBe(accepted);
    const findings = fs.readFileSync(path.join(tmp, 'out1', 'findings.csv'), 'utf8');
    expect(findings.startsWith('\uFEFF')).toBe(true);
  });

  it('writes a summary.xlsx that reopens with every sheet', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(tmp, 'out1', 'summary.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['ภาพรวมจังหวัด', 'รายหน่วยงาน', 'รายอำเภอ', 'รายการโครงการ', 'ข้อผิดพลาด', 'ยังไม่ส่ง', 'แหล่งข้อมูล']);
  });
});

describe('councils of one name, in districts of one name, in two provinces', () => {
  // Thai council names repeat across the country, and so do some district names (เฉลิมพระเกียรติ is a
  // district of five provinces): the national counts must tell such councils apart, as each province does.
  it('counts both in the national figures, which add up to the provinces\' and the status chart\'s', async () => {
    const results = await processFolder(input);
    const before = consolidate(results, { roster: null, province: null }).summary;
    const plan = results.find((r) => r.doc?.kind === 'plan-multi-year' && r.doc.metadata.district)!;
    const province = before.councils.find((c) => c.file === plan.path)!.province;
    const other = province === 'ชลบุรี' ? 'ระยอง' : 'ชลบุรี';
    const twin: FileResult = structuredClone(plan);
    twin.path = `${other}/${path.basename(plan.path)}`;
    twin.doc!.metadata.province = other;
    if (twin.pairs?.['จังหวัด']) twin.pairs['จังหวัด'] = other;
    const after = consolidate([...results, twin], { roster: null, province: null }).summary;
    const councils = after.councils.filter((c) => c.name === before.councils.find((b) => b.file === plan.path)!.name);
    expect(councils.map((c) => c.province).sort()).toEqual([province, other].sort());
    expect(councils[0].district).toBe(councils[1].district);
    const sum = (key: 'councilsSubmitted' | 'councilsValid') => after.provinces.reduce((n, p) => n + p[key], 0);
    expect(after.national.councilsSubmitted).toBe(before.national.councilsSubmitted + 1);
    expect(after.national.councilsSubmitted).toBe(sum('councilsSubmitted'));
    expect(after.national.councilsValid).toBe(sum('councilsValid'));
    const counts = statusCounts(after.councils, after.national.councilsSubmitted, after.national.missing.length);
    expect(counts.valid + counts.warnings).toBe(after.national.councilsValid);
  }, 60000);
});
