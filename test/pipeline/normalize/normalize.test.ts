/**
 * `sujarit normalize` on legacy inputs in every shape, each in the file format it really arrives in
 * (xlsx with merged cells, text pasted from a PDF, windows-874 CSV, .xls through LibreOffice). Item by
 * item: each normalised workbook parses back through core to the same items, budgets and totals, and
 * every legacy mission lands where legacy-framework.md's table says.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { METADATA_KEYS } from '../../../core/metadata-sheet';
import { computeTotals } from '../../../core/totals';
import { runNormalize } from '../../../pipeline/commands/normalize';
import { main } from '../../../pipeline/cli';
import { normalizeReportSchema, type NormalizeReport } from '../../../pipeline/normalize/report-schema';
import { seedItems } from '../../../samples/build';
import { fullName } from '../../../samples/generate';
import { budgetOf, compact, readBack, SOFFICE, writeAs, type FileFormat, type ReadBack } from './helpers';
import { allShapes, docTarget, type Shape, type ShapeItem } from './shapes';

const shapes = allShapes(seedItems());
const FORMAT: Record<string, FileFormat> = {
  'legacy-headings': 'xlsx',
  'legacy-dimension-column': 'xlsx',
  'legacy-3-year': 'xlsx',
  'legacy-reordered': 'xlsx',
  'annual-no-dimension': 'xlsx',
  'legacy-pdf-paste': 'txt',
  'annual-csv': 'csv',
  'annual-headings': 'xlsx',
  'legacy-xls': 'xls',
};

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sujarit-normalize-'));
const input = path.join(tmp, 'in');
const files: Record<string, string> = {};
const runs: Record<'current' | 'keep', { code: number; report: NormalizeReport; text: string; out: string }> = {} as never;
const backs = new Map<string, ReadBack>();

async function run(framework: 'current' | 'keep') {
  const out = path.join(tmp, `out-${framework}`);
  let text = '';
  const code = await runNormalize([input], { out, framework }, (s) => (text += s));
  const report = normalizeReportSchema.parse(JSON.parse(fs.readFileSync(path.join(out, 'normalize-report.json'), 'utf8')));
  return { code, report, text, out };
}

async function outputOf(mode: 'current' | 'keep', name: string): Promise<ReadBack> {
  const key = `${mode}/${name}`;
  if (!backs.has(key)) backs.set(key, await readBack(path.join(runs[mode].out, name)));
  return backs.get(key)!;
}

/** The path as the report shows it (pipeline/collect.ts: relative to the working folder when inside it). */
const shown = (file: string) => {
  const rel = path.relative(process.cwd(), file);
  return (rel && !rel.startsWith('..') ? rel : file).split(path.sep).join('/');
};

beforeAll(async () => {
  for (const [name, shape] of Object.entries(shapes)) files[name] = await writeAs([shape.grid], input, name, FORMAT[name]);
  runs.current = await run('current');
  runs.keep = await run('keep');
}, 180000);

function expectedBudget(shape: Shape, item: ShapeItem, year: number): [string, number] {
  const a = item.budgets[year];
  if (a === 'none') return ['no-budget', 0];
  if (a === 'dash') return ['not-planned', 0];
  return ['amount', a];
}

describe.each(Object.keys(shapes))('normalising %s', (name) => {
  const shape = shapes[name];
  const annual = shape.options.kind === 'plan-annual';
  const lines = () => runs.current.report.items.filter((l) => l.file === shown(files[name]));
  const entry = () => runs.current.report.files.find((f) => f.path === shown(files[name]))!;

  it('reports the file: its real format, the layout and framework detected, and where it was written', () => {
    const e = entry();
    expect(e.format).toBe(FORMAT[name] === 'xls' && !SOFFICE ? 'xlsx' : FORMAT[name]);
    if (FORMAT[name] === 'csv') expect(e.encoding).toBe('windows-874');
    expect(e.documents).toHaveLength(1);
    const [d] = e.documents;
    expect(d).toMatchObject({ kind: shape.options.kind, framework: shape.options.framework, writtenAs: 'current', council: fullName(shape.options.council), years: shape.options.years });
    expect(d.layouts.length).toBeGreaterThan(0);
    if (shape.options.dimension === 'heading') expect(new Set(d.layouts)).toEqual(new Set([annual ? 'annual' : 'legacy-multi-year']));
    // Dimension heading lines stand for a มิติ column; without either, the column is reported missing.
    expect(d.missing).toEqual(shape.options.dimension === 'none' ? ['dimension'] : []);
    if (shape.options.framework === 'legacy') expect(d.evidence.some((x) => x.startsWith('legacy'))).toBe(true);
    const unresolvable = shape.items.filter((i) => i.target === null).length;
    expect(d).toMatchObject({ items: shape.items.length, written: shape.items.length - unresolvable, unmapped: unresolvable });
    expect(e.status).toBe(unresolvable ? 'partly-unmapped' : 'normalised');
    expect(d.output).toBe(`${fullName(shape.options.council)}-${shape.options.kind}-${shape.options.years.length > 1 ? `${shape.options.years[0]}-${shape.options.years[shape.options.years.length - 1]}` : shape.options.years[0]}.xlsx`);
  });

  it('gives every item one line: its source cell, its legacy codes, its target dimension and mission', () => {
    const ls = lines();
    expect(ls.map((l) => compact(l.title))).toEqual(shape.items.map((i) => compact(i.title)));
    ls.forEach((l, i) => {
      const item = shape.items[i];
      expect(l.from.mission).toBe(item.mission);
      expect(l.cell).toMatch(/^[A-Z]+\d+$/);
      if (item.target === null) {
        expect(l).toMatchObject({ status: 'unmapped', to: null, output: null });
        return;
      }
      expect(l.to).toMatchObject({ framework: 'current', dimension: item.target.split('.')[0], mission: item.target });
      expect(l.output?.cell).toMatch(/^[A-Z]+\d+$/);
      if (shape.options.framework === 'legacy') {
        const row = docTarget(item.mission!, item.subMission);
        expect([l.to?.mission, l.certainty]).toEqual([row.target, row.certainty]);
        expect(l.status).toBe(row.certainty === 'uncertain' ? 'uncertain' : 'mapped');
      }
    });
  });

  it('parses back through core to the same items, budgets and quarters, each at the cell the report names', async () => {
    const d = entry().documents[0];
    const back = await outputOf('current', d.output!);
    expect(back.docs).toHaveLength(1);
    const [doc] = back.docs;
    expect(doc).toMatchObject({ kind: shape.options.kind, framework: 'current' });
    const written = lines().filter((l) => l.output);
    expect(doc.items).toHaveLength(written.length);
    for (const l of written) {
      const item = shape.items[lines().indexOf(l)];
      const out = doc.items.find((i) => i.source.cell === l.output!.cell)!;
      expect(out).toBeDefined();
      expect(compact(out.title)).toBe(compact(item.title));
      expect(out.kind).toBe(item.kind);
      expect([out.dimension, out.mission]).toEqual([item.target!.split('.')[0], item.target]);
      if (annual) {
        expect(budgetOf(out, null)).toEqual(expectedBudget(shape, item, shape.options.years[0]));
        expect(out.quarters.filter((q) => q.ticked).map((q) => q.q)).toEqual(item.quarters);
      } else {
        for (const y of shape.options.years) expect([y, budgetOf(out, y)]).toEqual([y, expectedBudget(shape, item, y)]);
      }
      const hasRemark = (shape.options.columns ?? ['remark']).includes('remark');
      expect(out.responsible).toBe(annual || !hasRemark ? null : item.responsible);
    }
  });

  it('keeps the totals: per year and per dimension, with no error in the written workbook (its stated totals are formulas)', async () => {
    const d = entry().documents[0];
    const back = await outputOf('current', d.output!);
    const [doc] = back.docs;
    const placed = shape.items.filter((i) => i.target !== null);
    const totals = computeTotals(doc);
    for (const [k, y] of shape.options.years.entries()) {
      const sum = placed.reduce((s, i) => s + (typeof i.budgets[y] === 'number' ? (i.budgets[y] as number) : 0), 0);
      expect([y, totals.grand.budgetByYear[String(y)] ?? 0]).toEqual([y, sum]);
      if (k === 0) expect(totals.grand.items).toBe(placed.length);
    }
    const perDimension: Record<string, number> = {};
    for (const i of placed) perDimension[i.target!.split('.')[0]] = (perDimension[i.target!.split('.')[0]] ?? 0) + 1;
    expect(Object.fromEntries(Object.entries(totals.byDimension).map(([k, t]) => [k, t.items]))).toEqual(perDimension);
    expect(doc.summaries.filter((s) => s.scope === 'grand')).toHaveLength(1);
    // A multi-year plan keeps its own years (2561-2564 in the current taxonomy): its title states that span, so
    // they are in range. A one-year plan from before 2565 stays out of the current framework's period: that is
    // the one error left, and it names the header's year cell.
    const errors = back.findings.filter((f) => f.severity === 'error');
    const outside = annual ? shape.options.years.filter((y) => y < 2565) : [];
    expect(errors.filter((f) => f.code !== 'year-out-of-range')).toEqual([]);
    expect(errors.map((f) => f.value)).toEqual(outside.map(String));
    expect(back.findings.map((f) => f.code)).not.toContain('legacy-mapping-uncertain');
  });

  it('fills the metadata sheet of the written workbook', async () => {
    const back = await outputOf('current', entry().documents[0].output!);
    const years = shape.options.years;
    expect(back.metadata).toMatchObject({
      [METADATA_KEYS.council]: fullName(shape.options.council),
      [METADATA_KEYS.district]: shape.options.council.district,
      [METADATA_KEYS.province]: shape.options.council.province,
      [METADATA_KEYS.kind]: shape.options.kind,
      [METADATA_KEYS.years]: years.length > 1 ? `${years[0]}-${years[years.length - 1]}` : String(years[0]),
      [METADATA_KEYS.framework]: 'current',
    });
  });

  it('with --framework keep, writes the plan in its own taxonomy: nothing moves, nothing is unmapped', async () => {
    const e = runs.keep.report.files.find((f) => f.path === shown(files[name]))!;
    const [d] = e.documents;
    expect(d).toMatchObject({ framework: shape.options.framework, writtenAs: shape.options.framework, unmapped: 0, written: shape.items.length });
    const back = await outputOf('keep', d.output!);
    const [doc] = back.docs;
    expect(doc.framework).toBe(shape.options.framework);
    expect(back.metadata?.[METADATA_KEYS.framework]).toBe(shape.options.framework);
    const ls = runs.keep.report.items.filter((l) => l.file === shown(files[name]));
    ls.forEach((l, i) => {
      const out = doc.items.find((x) => x.source.cell === l.output!.cell)!;
      expect([compact(out.title), out.mission]).toEqual([compact(shape.items[i].title), shape.items[i].mission]);
    });
  });
});

describe('the mapping report', () => {
  it('accounts for every item: in = written + unmapped, in both modes', () => {
    for (const mode of ['current', 'keep'] as const) {
      const t = runs[mode].report.totals;
      expect(t.itemsIn).toBe(Object.values(shapes).reduce((n, s) => n + s.items.length, 0));
      expect(t.itemsIn).toBe(t.itemsWritten + t.itemsUnmapped);
      expect(runs[mode].report.items).toHaveLength(t.itemsIn);
    }
    expect(runs.current.report.totals.itemsUnmapped).toBe(1);
    expect(runs.keep.report.totals.itemsUnmapped).toBe(0);
  });

  it('lists every legacy mission used, mapped by meaning with the certainty of legacy-framework.md', () => {
    const missions = runs.current.report.missions;
    for (const m of missions) expect([m.subMission ?? m.mission, m.target, m.certainty]).toEqual([m.subMission ?? m.mission, docTarget(m.mission, m.subMission).target, docTarget(m.mission, m.subMission).certainty]);
    const codes = new Set(missions.map((m) => m.subMission ?? m.mission));
    for (const code of ['1.1', '1.1.3', '1.2', '1.3', '2.1', '2.2', '2.3', '2.4', '2.5', '2.5.1', '2.5.2', '3.1', '3.2', '3.3', '4.1', '4.2', '4.3', '4.4']) expect(codes).toContain(code);
    expect(missions.find((m) => m.mission === '3.1' && !m.subMission)).toMatchObject({ target: '2.1', targetName: 'การเปิดเผยข้อมูลสาธารณะขององค์กรปกครองส่วนท้องถิ่น' });
  });

  it('lists the uncertain mappings for a person to decide, and the unmapped item with its reason', () => {
    const r = runs.current.report;
    expect(r.toDecide.length).toBe(r.totals.itemsUncertain);
    expect(r.toDecide.every((l) => l.status === 'uncertain' && l.output && l.alternative)).toBe(true);
    expect(r.unmapped.map((l) => [l.file, l.status])).toEqual([[shown(files['annual-no-dimension']), 'unmapped']]);
    expect(r.findings.filter((f) => f.code === 'legacy-mapping-uncertain').length).toBe(r.totals.itemsUncertain);
  });

  it('reports the column it could not place and the column a table lacks', () => {
    const doc = (n: string) => runs.current.report.files.find((f) => f.path === shown(files[n]))!.documents[0];
    expect(doc('legacy-reordered').columns.filter((c) => c.role === null)).toEqual([{ headerRow: 6, column: 'C', header: 'ผู้ประสานงาน', role: null, year: null, q: null }]);
    expect(doc('legacy-reordered').columns.filter((c) => c.role === 'year-budget').map((c) => c.year)).toEqual([2561, 2562, 2563, 2564]);
    expect(doc('annual-no-dimension').missing).toEqual(['dimension']);
  });

  it('writes normalize-report.xlsx with a sheet per part of the report', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(runs.current.out, 'normalize-report.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['สรุป', 'ไฟล์', 'รายการ', 'เทียบภารกิจ', 'ต้องตัดสินใจ', 'นำเข้าไม่ได้', 'ข้อผิดพลาด']);
    expect(wb.getWorksheet('รายการ')!.rowCount).toBe(runs.current.report.items.length + 1);
    expect(String(wb.getWorksheet('สรุป')!.getCell('B11').value)).toMatch(/balanced/);
  });

  it('exits 1 when an item could not be placed, and says what it did', () => {
    expect(runs.current.code).toBe(1);
    expect(runs.current.text).toMatch(/items in \d+ = written \d+ \+ unmapped 1/);
    expect(runs.keep.code).toBe(0);
  });

  it('is deterministic: a second run writes the same report', async () => {
    const again = await run('current');
    expect(again.report).toEqual(runs.current.report);
  }, 120000);
});

describe('sujarit normalize on the command line', () => {
  it('is registered, and refuses a bad --framework with exit 2', async () => {
    const err = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await main(['node', 'sujarit', 'normalize', files['legacy-headings'], '--out', path.join(tmp, 'cli'), '--framework', 'both'])).toBe(2);
      expect(String(err.mock.calls.map((c) => c[0]).join(''))).toMatch(/--framework takes current or keep/);
    } finally {
      err.mockRestore();
    }
    const log = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      expect(await main(['node', 'sujarit', 'normalize', files['legacy-headings'], '--out', path.join(tmp, 'cli')])).toBe(0);
    } finally {
      log.mockRestore();
    }
    expect(fs.readdirSync(path.join(tmp, 'cli')).sort()).toEqual(['normalize-report.json', 'normalize-report.xlsx', 'องค์การบริหารส่วนตำบลหนองแวง-plan-multi-year-2561-2564.xlsx']);
  });
});

describe('inputs that give nothing to write', () => {
  it('reports an unreadable file and a file without a plan table, writes no workbook for them, and exits 1', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sujarit-normalize-bad-'));
    const inbox = path.join(dir, 'in');
    fs.mkdirSync(inbox);
    const good = fs.readFileSync(files['legacy-headings']);
    fs.writeFileSync(path.join(inbox, 'cut.xlsx'), good.subarray(0, Math.floor(good.length / 3)));
    fs.writeFileSync(path.join(inbox, 'letter.txt'), 'เรียน นายอำเภอ\nขอส่งแผนปฏิบัติการป้องกันการทุจริต\n');
    let text = '';
    const code = await runNormalize([inbox], { out: path.join(dir, 'out') }, (s) => (text += s));
    const r = normalizeReportSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, 'out', 'normalize-report.json'), 'utf8')));
    expect(code).toBe(1);
    expect(r.files.map((f) => [path.basename(f.path), f.status])).toEqual([['cut.xlsx', 'unreadable'], ['letter.txt', 'no-table']]);
    expect(r.findings.map((f) => f.code)).toContain('unreadable-file');
    expect(r.totals).toMatchObject({ files: 2, outputs: 0, itemsIn: 0, itemsWritten: 0, itemsUnmapped: 0 });
    expect(fs.readdirSync(path.join(dir, 'out')).sort()).toEqual(['normalize-report.json', 'normalize-report.xlsx']);
    expect(text).toMatch(/อ่านไม่ได้ 1/);
  });
});
