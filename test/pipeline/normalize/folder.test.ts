/**
 * One `sujarit normalize` over a folder mixing 20 legacy and current files in every format (xlsx,
 * windows-874 CSV, text pasted from PDF or Word, .xls through LibreOffice, a workbook holding two
 * plans, a sub-folder, an awkward file name). The report accounts for every input item
 * (items in = items written + items reported unmapped), and every written workbook reads back
 * through core to the items it was written from.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Grid } from '../../../core/grid';
import { METADATA_KEYS } from '../../../core/metadata-sheet';
import { parseGrid } from '../../../core/parse';
import type { Item, PlanDocument } from '../../../core/schema';
import { runNormalize } from '../../../pipeline/commands/normalize';
import { MAX_NAME_BYTES } from '../../../pipeline/normalize/names';
import { normalizeReportSchema, type ItemLine, type NormalizeReport } from '../../../pipeline/normalize/report-schema';
import { readInput } from '../../../pipeline/read';
import { seedItems } from '../../../samples/build';
import { fullName, planRows } from '../../../samples/generate';
import { SAMPLE, sampleGrid } from '../../helpers/samples';
import { compact, readBack, SOFFICE, walk, writeAs, type FileFormat } from './helpers';
import { allShapes, buildShape, COUNCILS } from './shapes';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sujarit-normalize-folder-'));
const input = path.join(tmp, 'inbox');
const out = path.join(tmp, 'normalised');
const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const AWKWARD = 'แผน..เก่า\\ปี 61\u0007';

let report: NormalizeReport;
let code: number;
const hashes = new Map<string, string>();

async function buildFolder(): Promise<string[]> {
  const seed = seedItems();
  const shapes = allShapes(seed);
  const written: string[] = [];
  const put = async (grids: Grid[], stem: string, format: FileFormat, sub = '', metadata?: Record<string, string>) =>
    written.push(await writeAs(grids, path.join(input, sub), stem, format, metadata));
  // 1-9: every legacy shape, each in the format it arrives in.
  const formats: Record<string, FileFormat> = {
    'legacy-headings': 'xlsx', 'legacy-dimension-column': 'xlsx', 'legacy-3-year': 'xlsx', 'legacy-reordered': 'xlsx',
    'annual-no-dimension': 'xlsx', 'legacy-pdf-paste': 'txt', 'annual-csv': 'csv', 'annual-headings': 'xlsx', 'legacy-xls': 'xls',
  };
  for (const [name, shape] of Object.entries(shapes)) await put([shape.grid], name, formats[name], 'เก่า');
  // 10: a legacy 4-year plan saved as CSV on Thai Windows.
  await put([buildShape({ council: COUNCILS.khaoyai, framework: 'legacy', kind: 'plan-multi-year', years: [2561, 2562, 2563, 2564], dimension: 'column', seed: 9, thaiDigits: true }, seed).grid], 'อบต.เขาใหญ่-แผน4ปี', 'csv', 'เก่า');
  // 11: a 3-year plan pasted from Word.
  await put([buildShape({ council: COUNCILS.korat, framework: 'legacy', kind: 'plan-multi-year', years: [2560, 2561, 2562], dimension: 'heading', seed: 10, subItems: true }, seed).grid], 'ทน.นครราชสีมา-แผน3ปี', 'txt', 'เก่า');
  // 12: one workbook holding a 4-year plan and an annual plan with the dimension as headings.
  const multi = buildShape({ council: COUNCILS.thayang, framework: 'legacy', kind: 'plan-multi-year', years: [2561, 2562, 2563, 2564], dimension: 'column', seed: 11, header: 'merged' }, seed).grid;
  const annual = buildShape({ council: COUNCILS.thayang, framework: 'legacy', kind: 'plan-annual', years: [2563], dimension: 'heading', seed: 12 }, seed).grid;
  await put([multi, annual], 'ทต.ท่ายาง-แผนเก่า', 'xlsx', 'เก่า');
  // 13: a legacy plan pasted from Word under an awkward file name, naming no council anywhere.
  const anonymous = buildShape({ council: COUNCILS.nongprong, framework: 'legacy', kind: 'plan-multi-year', years: [2561, 2562, 2563, 2564], dimension: 'heading', seed: 13 }, seed).grid;
  const council = fullName(COUNCILS.nongprong);
  anonymous.rows = anonymous.rows.map((r) => r.map((v) => (typeof v === 'string' ? v.split(council).join('หน่วยงาน') : v)));
  anonymous.rows.splice(1, 1, ['(สำเนาจากเอกสาร)']);
  await put([anonymous], AWKWARD, 'txt', 'เก่า');
  // 14-16: current plans generated from the seed items (one with the add-in's metadata sheet, one CSV in Thai digits).
  const current = (c: keyof typeof COUNCILS, layout: 'multi-year' | 'annual', years: number[], s: number, thaiDigits = false): Grid => ({
    sheet: 'แผนปฏิบัติการ', merges: [],
    rows: planRows({ council: COUNCILS[c], layout, years, size: 20, seed: s, defect: 'none', thaiDigits }, seed),
  });
  const meta = { [METADATA_KEYS.council]: fullName(COUNCILS.chaam), [METADATA_KEYS.type]: 'ทม.', [METADATA_KEYS.district]: 'ชะอำ', [METADATA_KEYS.province]: 'เพชรบุรี', [METADATA_KEYS.kind]: 'plan-multi-year', [METADATA_KEYS.years]: '2566-2570', [METADATA_KEYS.framework]: 'current', [METADATA_KEYS.version]: '1' };
  await put([current('chaam', 'multi-year', [2566, 2567, 2568, 2569, 2570], 21)], 'ทม.ชะอำ-แผน', 'xlsx', 'ปัจจุบัน', meta);
  // Same council, kind and year as shape annual-no-dimension: the second output takes "-2".
  await put([current('raisathon', 'annual', [2567], 22)], 'อบต.ไร่สะท้อน-2567', 'xlsx', 'ปัจจุบัน');
  await put([current('banlat', 'multi-year', [2566, 2567, 2568, 2569, 2570], 23, true)], 'ทต.บ้านลาด-แผน', 'csv', 'ปัจจุบัน');
  // 17-20: the seed documents as workbooks (their real defects intact).
  await put([sampleGrid(SAMPLE.pao)], 'อบจ.เพชรบุรี-แผน2566-2570', 'xlsx', 'ปัจจุบัน');
  await put([sampleGrid(SAMPLE.nongchok)], 'ทต.หนองจอก-แผน2567', 'xlsx', 'ปัจจุบัน');
  await put([sampleGrid(SAMPLE.muangnoi)], 'อบต.เมืองน้อย-รายงานผล2568', 'xlsx', 'ปัจจุบัน');
  await put([sampleGrid(SAMPLE.nongwaeng)], 'อบต.หนองแวง-ITA2568', 'xlsx', 'ปัจจุบัน');
  return written;
}

/** The documents of an input, read the way normalize reads them. */
async function sourceDocs(file: string): Promise<PlanDocument[]> {
  const { grids } = await readInput(file);
  return grids.map((g) => parseGrid(g, { file }).doc).filter((d) => d.tables.length > 0 || d.details.length > 0);
}

let inputs: string[];

/** Whether a report path names this input (outputs may write control characters in paths as \\xHH). */
function isReportPathOf(reported: string, file: string): boolean {
  const escaped = file.replace(/[\u0000-\u001f\u007f-\u009f]/g, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return path.resolve(reported) === file || reported === escaped;
}

beforeAll(async () => {
  inputs = await buildFolder();
  for (const f of walk(input)) hashes.set(f, sha(f));
  let text = '';
  code = await runNormalize([input], { out }, (s) => (text += s));
  report = normalizeReportSchema.parse(JSON.parse(fs.readFileSync(path.join(out, 'normalize-report.json'), 'utf8')));
}, 240000);

describe('normalising a folder of 20 legacy and current files', () => {
  it('reads all 20 files, legacy and current, in every format', () => {
    expect(inputs).toHaveLength(20);
    expect(report.totals.files).toBe(20);
    expect(report.files.every((f) => f.status !== 'unreadable' && f.status !== 'no-table')).toBe(true);
    const formats = new Set(report.files.map((f) => f.format));
    for (const f of ['xlsx', 'csv', 'txt', ...(SOFFICE ? ['xls'] : [])]) expect(formats).toContain(f);
    expect(report.files.filter((f) => f.encoding === 'windows-874')).toHaveLength(3);
    expect(report.totals.legacyDocuments).toBe(13);
    expect(report.totals.documents).toBe(21);
  });

  it('accounts for every input item: in = written + unmapped, one report line each', async () => {
    let counted = 0;
    for (const file of inputs) for (const doc of await sourceDocs(file)) counted += doc.items.length;
    const t = report.totals;
    expect(t.itemsIn).toBe(counted);
    expect(t.itemsIn).toBe(t.itemsWritten + t.itemsUnmapped);
    expect(report.items).toHaveLength(t.itemsIn);
    expect(report.items.filter((l) => l.output)).toHaveLength(t.itemsWritten);
    expect(report.unmapped).toHaveLength(t.itemsUnmapped);
    expect(t.itemsUnmapped).toBeGreaterThan(0);
    expect(report.files.reduce((n, f) => n + f.documents.reduce((m, d) => m + d.written + d.unmapped, 0), 0)).toBe(t.itemsIn);
  });

  it('gives each document\'s items their lines in order, each naming its source cell', async () => {
    for (const file of inputs) {
      const entry = report.files.find((f) => isReportPathOf(f.path, file))!;
      const lines = report.items.filter((l) => isReportPathOf(l.file, file));
      const docs = await sourceDocs(file);
      const items = docs.flatMap((d) => d.items);
      expect([path.basename(file), lines.map((l) => [l.sheet, l.cell, compact(l.title)])]).toEqual([path.basename(file), items.map((i) => [i.source.sheet, i.source.cell, compact(i.title)])]);
      expect(entry.documents.map((d) => d.sheet)).toEqual(docs.map((d) => d.sheet));
    }
  });

  it('round-trips every written workbook: each item at its reported cell, same title, kind, budgets; at its target mission', async () => {
    const outputs = [...new Set(report.items.flatMap((l) => (l.output ? [l.output.file] : [])))];
    expect(outputs).toHaveLength(report.totals.outputs);
    const sources = new Map<string, Item[]>();
    for (const file of inputs) sources.set(file, (await sourceDocs(file)).flatMap((d) => d.items));
    for (const name of outputs) {
      const back = await readBack(path.join(out, name));
      const [doc] = back.docs;
      const lines = report.items.filter((l) => l.output?.file === name);
      expect([name, doc.items.length]).toEqual([name, lines.length]);
      for (const l of lines) {
        const fileItems = [...sources.entries()].find(([f]) => isReportPathOf(l.file, f))![1];
        const fileLines = report.items.filter((x) => x.file === l.file);
        const src = fileItems[fileLines.indexOf(l)];
        const got = doc.items.find((i) => i.source.cell === l.output!.cell)!;
        expect([name, l.output!.cell, compact(got.title)]).toEqual([name, l.output!.cell, compact(src.title)]);
        expect(got.kind).toBe(src.kind);
        if (l.to?.mission) expect([got.dimension, got.mission]).toEqual([l.to.dimension, l.to.mission]);
        for (const b of got.budgets) {
          const was = src.budgets.find((x) => x.year === b.year) ?? (doc.kind !== 'plan-multi-year' ? src.budgets[0] : undefined);
          // A tick left in a budget column (seed ทต.หนองจอก) is no budget: it is written as an empty cell.
          const expected = !was || was.status === 'tick' ? ['empty', 0] : [was.status, was.amount];
          expect([name, l.output!.cell, b.year, b.status, b.amount]).toEqual([name, l.output!.cell, b.year, ...expected]);
        }
        expect(got.quarters.filter((q) => q.ticked).map((q) => q.q)).toEqual(src.quarters.filter((q) => q.ticked).map((q) => q.q));
        // No year's budget is dropped: every planned year of the source has its column.
        if (doc.kind === 'plan-multi-year') {
          for (const b of src.budgets) if (b.year !== null && b.status !== 'empty') expect([name, b.year, got.budgets.some((x) => x.year === b.year)]).toEqual([name, b.year, true]);
        }
        // What could not be carried is said in the line.
        for (const t of src.strayTicks) expect(l.notes.join(' ')).toContain(t.source.cell);
      }
    }
  }, 120000);

  it('maps the legacy documents to the 2566-2570 framework and lists the mappings a person must decide', () => {
    const legacy = report.items.filter((l) => l.from.framework === 'legacy');
    expect(legacy.every((l) => l.status === 'unmapped' || l.to?.framework === 'current')).toBe(true);
    expect(legacy.filter((l) => l.from.mission === '3.1' && !l.from.subMission).every((l) => l.to?.mission === '2.1')).toBe(true);
    expect(report.toDecide.length).toBeGreaterThan(0);
    expect(report.toDecide.every((l: ItemLine) => ['2.4', '2.5', '4.2'].includes(l.from.mission ?? ''))).toBe(true);
  });

  it('names the outputs <council>-<kind>-<years>.xlsx, safely and uniquely', () => {
    const names = report.files.flatMap((f) => f.documents.flatMap((d) => (d.output ? [d.output] : [])));
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) {
      expect(n).not.toMatch(/[/\\\u0000-\u001f]|\.\./);
      expect(Buffer.byteLength(n)).toBeLessThanOrEqual(MAX_NAME_BYTES);
      expect(n.endsWith('.xlsx')).toBe(true);
    }
    expect(names).toContain('เทศบาลตำบลท่ายาง-plan-multi-year-2561-2564.xlsx');
    expect(names).toContain('เทศบาลตำบลท่ายาง-plan-annual-2563.xlsx');
    expect(names).toContain('องค์การบริหารส่วนตำบลไร่สะท้อน-plan-annual-2567.xlsx');
    expect(names).toContain('องค์การบริหารส่วนตำบลไร่สะท้อน-plan-annual-2567-2.xlsx');
    expect(names).toContain('แผน.เก่า-ปี 61-plan-multi-year-2561-2564.xlsx');
  });

  it('writes only inside the output folder, atomically (no temporary file left), and leaves every input as it was', () => {
    const expected = [...report.files.flatMap((f) => f.documents.flatMap((d) => (d.output ? [d.output] : []))), 'normalize-report.json', 'normalize-report.xlsx'].sort();
    expect(fs.readdirSync(out).sort()).toEqual(expected);
    expect(fs.readdirSync(tmp).sort()).toEqual(['inbox', 'normalised']);
    for (const [file, hash] of hashes) expect(sha(file)).toBe(hash);
    expect(walk(input).length).toBe(hashes.size);
  });

  it('exits 1: some items could not be placed', () => {
    expect(code).toBe(1);
  });
});
