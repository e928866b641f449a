/**
 * The hostile suite: every kind of bad input in kinds.ts, made by code into one inbox, consolidated
 * in one run. Each kind must give its coded finding (Thai and English, naming the file and, where
 * it applies, the cell); the batch completes; no output holds a value a spreadsheet would run as a
 * formula; nothing is written outside --out; every input hashes the same before and after.
 * (Memory, interruption and crashed workers need the compiled CLI: hostile-cli.test.ts.)
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Papa from 'papaparse';
import { runConsolidate } from '../../pipeline/commands/consolidate';
import { processFile } from '../../pipeline/process-file';
import { readXlsx } from '../../pipeline/read/xlsx';
import { consolidationSchema, type Consolidation } from '../../pipeline/summary-schema';
import { runsAsFormula } from '../../pipeline/write/csv';
import { OUTPUT_FILES } from '../../pipeline/write/outputs';
import { council, fullName } from './build';
import { buildCorpus, corpusOf, hashTree, listTree, shownName } from './corpus';
import { INJECTIONS, KINDS, unlock, type HostileKind } from './kinds';

const THAI = /[\u0E01-\u0E5B]/;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sujarit-hostile-'));
const inbox = path.join(tmp, 'inbox');
const roster = path.join(tmp, 'roster.csv');
const out = path.join(tmp, 'out');

let code: number;
let summary: Consolidation;
let text = '';
let before: Map<string, string>;
let listing: string[];

beforeAll(async () => {
  buildCorpus(inbox, roster);
  before = hashTree(tmp);
  listing = listTree(tmp);
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    code = await runConsolidate([inbox], { out, roster, jobs: 1 }, (s) => (text += s));
  } finally {
    stderr.mockRestore();
  }
  summary = consolidationSchema.parse(JSON.parse(fs.readFileSync(path.join(out, 'summary.json'), 'utf8')));
}, 120_000);

afterAll(() => {
  unlock(inbox);
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** The findings about a kind's first file (or folder), matched by the end of the path outputs show. */
function findingsOf(kind: HostileKind, file = kind.files[0]) {
  const name = shownName(file);
  return summary.findings.filter((f) => f.file === name || f.file.endsWith(`/${name}`));
}

function sourceOf(kind: HostileKind) {
  const name = shownName(kind.files[0]);
  return summary.files.find((f) => f.path.endsWith(`/${name}`));
}

describe('the hostile batch', () => {
  it('completes: every file is listed, the five outputs are written, exit code 1 (some files are rejected)', () => {
    expect(code).toBe(1);
    for (const name of OUTPUT_FILES) expect(fs.statSync(path.join(out, name)).size).toBeGreaterThan(100);
    const inputs = KINDS.filter((k) => !k.alone && k.id !== 'unreadable-folder').flatMap((k) => k.files);
    for (const f of inputs) expect([f, summary.files.some((s) => s.path.endsWith(`/${shownName(f)}`))]).toEqual([f, true]);
    expect(text).toContain('ผลลัพธ์ / outputs');
  });

  it('leaves every input byte-identical', () => {
    const after = hashTree(tmp);
    for (const [file, hash] of before) expect([file, after.get(file)]).toEqual([file, hash]);
  });

  it('writes nothing outside --out (and leaves no staging folder inside it)', () => {
    expect(listTree(tmp, [out])).toEqual(listing);
    expect(fs.readdirSync(out).sort()).toEqual([...OUTPUT_FILES].sort());
  });

  it('gives every finding a code, a Thai and an English message, and the file it is about', () => {
    for (const f of summary.findings) {
      expect(f.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(f.message).toMatch(THAI);
      expect(f.messageEn).toMatch(/[a-z]/);
      expect(f.file.length).toBeGreaterThan(0);
      if (f.cell) expect(f.cell).toMatch(/^[A-Z]{1,3}\d+$/);
    }
  });

  it('shows no value a spreadsheet would run as a formula, in any output', () => {
    for (const name of ['items.csv', 'findings.csv']) {
      const csv = fs.readFileSync(path.join(out, name), 'utf8').replace(/^\ufeff/, '');
      const rows = Papa.parse<string[]>(csv, { header: false, skipEmptyLines: true }).data;
      for (const field of rows.flat()) expect([name, field, runsAsFormula(field)]).toEqual([name, field, false]);
    }
    const items = fs.readFileSync(path.join(out, 'items.csv'), 'utf8');
    // Every payload became an item title, and is written with the apostrophe that makes it text.
    // (Core drops HTML tags from titles, so the last one reads "=1+1 alert(1)".)
    for (const payload of INJECTIONS.slice(0, 4)) expect(items).toContain(`'${payload}`.replace(/"/g, '""'));
    expect(items).toContain("'=1+1 alert(1)");

    const book = readXlsx(fs.readFileSync(path.join(out, 'summary.xlsx')));
    for (const grid of book.grids) {
      for (const formula of Object.values(grid.formulas ?? {})) expect(formula).not.toMatch(/cmd\||HYPERLINK|evil|SUM\(1\+1\)/i);
      for (const row of grid.rows) for (const v of row) if (typeof v === 'string') expect([grid.sheet, v, runsAsFormula(v)]).toEqual([grid.sheet, v, false]);
    }
    const html = fs.readFileSync(path.join(out, 'report.html'), 'utf8');
    expect(html).not.toContain('<script>alert(1)</script>');
  });

  it('keeps every figure finite: implausible amounts and dates are left out of the totals', () => {
    // summary.json passed the zod schema in beforeAll: a budget that overflowed would be null there.
    const huge = summary.councils.find((c) => c.file.endsWith('/เงินมหาศาล.xlsx'));
    expect(huge).toBeDefined();
    for (const v of Object.values(huge!.budgetByYear)) expect(Math.abs(v)).toBeLessThan(1e9);
    for (const p of summary.provinces) for (const v of Object.values(p.budgetByYear)) expect(Number.isFinite(v) && Math.abs(v) < 1e12).toBe(true);
  });

  it('reports the folder it could not list in findings.csv and summary.json', () => {
    expect(summary.findings.some((f) => f.code === 'unreadable-folder' && f.file.endsWith('วนไม่รู้จบ'))).toBe(true);
    expect(fs.readFileSync(path.join(out, 'findings.csv'), 'utf8')).toContain('unreadable-folder');
    if (process.getuid?.() !== 0) expect(summary.findings.some((f) => f.code === 'unreadable-folder' && f.file.endsWith('ห้ามเข้า'))).toBe(true);
  });

  it('lists both duplicate submissions, uses the newer and says so on each', () => {
    const [a, b] = ['ซ้ำ-ก.xlsx', 'ซ้ำ-ข.xlsx'].map((n) => summary.files.find((f) => f.path.endsWith(`/${n}`))!);
    expect([a.status, b.status]).toEqual(['superseded', 'accepted']);
    const dup = KINDS.find((k) => k.id === 'duplicate-councils')!;
    for (const file of dup.files) expect(findingsOf(dup, file).some((f) => f.code === 'duplicate-submission' && f.expected?.endsWith('/ซ้ำ-ข.xlsx'))).toBe(true);
  });

  it('reads Thai text in every encoding (windows-874, UTF-16 with and without a byte-order mark)', () => {
    const names = [16, 17, 18].map((i) => fullName(council(i)));
    for (const id of ['csv-windows-874', 'csv-utf-16', 'csv-utf-16-no-bom']) {
      const k = KINDS.find((x) => x.id === id)!;
      const src = sourceOf(k);
      expect([id, src?.council]).toEqual([id, names[['csv-windows-874', 'csv-utf-16', 'csv-utf-16-no-bom'].indexOf(id)]]);
    }
  });
});

describe('each kind of bad input gives its coded finding', () => {
  for (const kind of KINDS.filter((k) => !k.alone)) {
    it(`${kind.name} → ${kind.codes.join(', ') || 'read cleanly'}`, () => {
      const found = findingsOf(kind);
      for (const c of kind.codes) expect([c, found.some((f) => f.code === c)]).toEqual([c, true]);
      const main = found.filter((f) => f.code === kind.codes[0]);
      if (kind.cell) expect(main.map((f) => f.cell)).toContain(kind.cell);
      if (kind.phrase) expect(main.some((f) => f.message.includes(kind.phrase!))).toBe(true);
      if (kind.codes.length === 0) expect(found).toEqual([]);
      if (kind.status) expect(sourceOf(kind)?.status).toBe(kind.status);
    });
  }
});

describe('a file that changes while it is read', () => {
  const kind = KINDS.find((k) => k.id === 'changes-while-read')!;
  const dir = path.join(tmp, 'changing');
  const c = corpusOf(dir);

  it('gives file-changed, and hashes exactly the bytes it checked', async () => {
    kind.make(c);
    const file = path.join(dir, kind.files[0]);
    const original = fs.readFileSync(file);
    const r = await processFile(file, kind.files[0], { afterRead: () => fs.appendFileSync(file, Buffer.alloc(4096, 0x20)) });
    const f = r.findings.find((x) => x.code === 'file-changed');
    expect(f).toBeDefined();
    expect(f!.message).toContain(kind.phrase!);
    expect(f!.value).toContain(`${original.length} bytes`);
    expect(f!.expected).toContain(`${original.length + 4096} bytes`);
    expect(r.sha256).toBe(require('node:crypto').createHash('sha256').update(original).digest('hex'));
    expect(r.bytes).toBe(original.length);
    expect(r.doc?.kind).toBe('plan-multi-year');
  });

  it('gives file-changed when the file is replaced (renamed over) while it is read', async () => {
    const file = path.join(dir, 'แทนที่.xlsx');
    fs.copyFileSync(path.join(dir, kind.files[0]), file);
    const r = await processFile(file, 'แทนที่.xlsx', {
      afterRead: () => {
        fs.writeFileSync(`${file}.new`, 'ไม่ใช่แผน');
        fs.renameSync(`${file}.new`, file);
      },
    });
    expect(r.findings.map((x) => x.code)).toContain('file-changed');
  });

  it('says nothing when the file stays the same', async () => {
    const r = await processFile(path.join(dir, 'แทนที่.xlsx'), 'แทนที่.xlsx');
    expect(r.findings.map((x) => x.code)).not.toContain('file-changed');
  });
});
