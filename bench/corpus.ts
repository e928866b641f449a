/**
 * The national benchmark corpus: one round of submissions from N councils (7,850 is the nation)
 * over Thailand's 77 provinces, as a national office would receive them, plus the roster.
 *
 *   ts-node --transpile-only bench/corpus.ts --councils 7850 [--out DIR] [--force]
 *
 * Written once to bench/.corpus/<N>/ (git-ignored) and reused while the generator's version is the
 * same; generation time is never part of a measurement. Deterministic: the same N gives the same
 * bytes. What it holds (shares of councils):
 *
 * - plans from samples/generate.ts's planRows over the seed plan's items (extended to 96 so plans
 *   run 10-80 items by council type): 5-year plans 2566-2570 (~62%), annual plans 2567/2568 with
 *   quarters (~31%), legacy 2561-2564 plans with the dimension as a heading (~5%);
 * - ~8% CSV (two thirds windows-874 from Thai Windows, one third UTF-8 with BOM), the rest xlsx:
 *   Excel-like (shared strings, styles, merged header and dimension cells) or web-export-like
 *   (inline strings, no styles);
 * - the noise of domain.md in about half the files, Thai digits in a fifth; a defect (wrong total,
 *   wrong count, an amount in words, a tick in the budget column) in a fifth;
 * - the add-in's metadata sheet in a third of the workbooks; ~3% resubmissions (ฉบับที่ 1 and 2);
 *   ~5% councils sending both their 5-year and their annual plan; ~1% corrupt uploads; ~2% councils
 *   that sent nothing;
 * - roster.csv (every council, full or abbreviated names) and manifest.json (every file with its
 *   ground truth: budget per dimension and year from the clean rows).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CellValue, Range } from '../core/grid';
import { METADATA_KEYS, METADATA_SHEET } from '../core/metadata-sheet';
import type { Item } from '../core/schema';
import { fullName, planRows, rng, type Defect, type PlanSpec } from '../samples/generate';
import { seedItems } from '../samples/build';
import { legacyRows, LEGACY_YEARS } from './lib/legacy';
import { nation, NATIONAL_COUNCILS, type NationCouncil } from './lib/nation';
import { applyNoise, noiseProfile, QUIET, type Columns, type NoiseProfile, type RowRoles } from './lib/noise';
import { dimensionDigit, totalsOf, type DimYearTotals } from './lib/truth';
import { writeXlsx } from './lib/xlsx';

/** Bump when the corpus's content changes: cached corpora of another version are rebuilt. */
export const GENERATOR_VERSION = 4;

export const CORPUS_ROOT = path.join(__dirname, '.corpus');

export type Layout = 'multi-year' | 'annual' | 'legacy';

export interface CorpusFile {
  /** Relative to the corpus's inbox/ folder, forward slashes. */
  path: string;
  council: number;
  province: string;
  layout: Layout | null;
  format: 'xlsx' | 'csv';
  encoding?: 'windows-874' | 'utf-8';
  version: number | null;
  /** An older version of a resubmitted plan: a consolidation must count the newer one only. */
  superseded: boolean;
  /** A truncated upload: no reader can open it. */
  corrupt: boolean;
  defect: Defect;
  items: number;
  years: number[];
  /** Budget per dimension and year over the item rows (null for a corrupt file). */
  truth: DimYearTotals | null;
}

export interface Manifest {
  generatorVersion: number;
  councils: number;
  provinces: number;
  files: CorpusFile[];
  /** Councils that sent nothing (ids). */
  missing: number[];
  bytes: number;
}

export interface Corpus {
  dir: string;
  inbox: string;
  roster: string;
  manifest: Manifest;
}

// ------------------------------------------------------------------------------------------------
// Items: the seed plan's 48, and a second round of the same titles, so that plans reach 80 items.
// ------------------------------------------------------------------------------------------------

let extended: Item[] | null = null;

export function corpusItems(): Item[] {
  if (extended) return extended;
  const seed = seedItems();
  const again = seed.map((item) => ({ ...item, title: `${item.title} ระยะที่สอง` }));
  extended = [...seed, ...again];
  return extended;
}

const SIZES: Record<string, [number, number]> = {
  'อบจ.': [40, 80],
  'ทน.': [40, 80],
  'ทม.': [25, 75],
  'ทต.': [15, 65],
  'อบต.': [10, 60],
};

// ------------------------------------------------------------------------------------------------
// One plan's sheet
// ------------------------------------------------------------------------------------------------

interface Sheet {
  rows: CellValue[][];
  merges: Range[];
  truth: DimYearTotals;
  items: number;
  years: number[];
}

function planSheet(c: NationCouncil, layout: Layout, spec: PlanSpec, noise: NoiseProfile, excelLike: boolean, rand: () => number): Sheet {
  const items = corpusItems();
  if (layout === 'legacy') {
    const l = legacyRows(spec, items);
    let dim = '?';
    const dims: string[] = [];
    l.rows.forEach((row, r) => {
      if (row.length === 1 && typeof row[0] === 'string' && /^มิติ/.test(row[0])) dim = dimensionDigit(row[0]) ?? '?';
      dims[r] = dim;
    });
    const money = LEGACY_YEARS.map((year, i) => ({ col: 2 + i, year }));
    const truth = totalsOf(l.rows, l.items, (r) => dims[r], money);
    applyNoise(l.rows, { title: [1], header: l.header, items: l.items }, { dimension: null, mission: 0, title: 1, money: money.map((m) => m.col) }, noise, spec.thaiDigits, rand);
    return { rows: l.rows, merges: [], truth, items: l.items.length, years: LEGACY_YEARS };
  }
  const rows = planRows(spec, items);
  const roles: RowRoles = { title: [1], header: [3, 4], items: [] };
  for (let r = 5; r < rows.length; r++) if (rows[r][1] !== 'รวม' && rows[r][1] !== 'รวมทั้งสิ้น') roles.items.push(r);
  const money = layout === 'multi-year' ? spec.years.map((year, i) => ({ col: 3 + i, year })) : [{ col: 7, year: spec.years[0] }];
  let dim = '?';
  const dims: string[] = [];
  rows.forEach((row, r) => {
    if (r >= 5 && typeof row[0] === 'string') dim = dimensionDigit(row[0]) ?? '?';
    dims[r] = dim;
  });
  const truth = totalsOf(rows, roles.items, (r) => dims[r], money);
  const merges: Range[] = [];
  if (excelLike) {
    const last = rows[3].length - 1;
    for (const col of [0, 1, 2, last]) merges.push({ top: 3, left: col, bottom: 4, right: col });
    if (layout === 'annual') merges.push({ top: 3, left: 3, bottom: 3, right: 6 });
    // The dimension cell merged down over its items, as clerks format it.
    let start = -1;
    for (let r = 5; r < rows.length; r++) {
      if (rows[r][0] !== null && rows[r][0] !== undefined) start = r;
      const closes = rows[r][1] === 'รวม';
      if (closes && start >= 0 && r - 1 > start) merges.push({ top: start, left: 0, bottom: r - 1, right: 0 });
      if (closes) start = -1;
    }
  }
  const cols: Columns = { dimension: 0, mission: 1, title: 2, money: money.map((m) => m.col) };
  applyNoise(rows, roles, cols, noise, spec.thaiDigits, rand);
  return { rows, merges, truth, items: roles.items.length, years: spec.years };
}

// ------------------------------------------------------------------------------------------------
// Encodings
// ------------------------------------------------------------------------------------------------

/** TIS-620 / windows-874 bytes, as Thai Windows saves a CSV (characters it lacks become '?'). */
export function windows874(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 63;
    out[n++] = c >= 0x0e01 && c <= 0x0e5b ? c - 0x0e01 + 0xa1 : c < 0x80 ? c : 63;
  }
  return out.subarray(0, n);
}

export function csvOf(rows: CellValue[][]): string {
  const q = (v: CellValue) => {
    if (v === null || v === undefined) return '';
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(q).join(',')).join('\r\n') + '\r\n';
}

function metadataSheet(c: NationCouncil, kind: string, years: number[], version: number): { name: string; rows: CellValue[][] } {
  const span = years.length > 1 ? `${years[0]}-${years[years.length - 1]}` : String(years[0]);
  const s = c.spec;
  return {
    name: METADATA_SHEET,
    rows: [
      [METADATA_KEYS.council, fullName(s)], [METADATA_KEYS.type, s.type], [METADATA_KEYS.district, s.district],
      [METADATA_KEYS.province, s.province], [METADATA_KEYS.kind, kind], [METADATA_KEYS.years, span],
      [METADATA_KEYS.framework, years[0] < 2566 ? 'legacy' : 'current'], [METADATA_KEYS.version, String(version)],
    ],
  };
}

// ------------------------------------------------------------------------------------------------
// The corpus
// ------------------------------------------------------------------------------------------------

interface Plan {
  layout: Layout;
  format: 'xlsx' | 'csv';
  version: number | null;
  superseded: boolean;
  defect: Defect;
  seed: number;
  /** File name without extension; {label} stands for the plan's kind and years. */
  name: string;
}

function fileBase(c: NationCouncil, generic: boolean): string {
  return generic ? `แผนปฏิบัติการ-${c.spec.code}` : `${c.spec.type}${c.spec.name}`;
}

function yearsFor(layout: Layout, rand: () => number): number[] {
  if (layout === 'multi-year') return [2566, 2567, 2568, 2569, 2570];
  if (layout === 'legacy') return LEGACY_YEARS;
  return [rand() < 0.5 ? 2567 : 2568];
}

/** What one council sends: nothing, a corrupt upload, or one or more plans. */
function plansOf(c: NationCouncil, rand: () => number): Plan[] | 'missing' | 'corrupt' {
  const r = rand();
  if (r < 0.02) return 'missing';
  if (r < 0.03) return 'corrupt';
  const l = rand();
  const layout: Layout = l < 0.05 ? 'legacy' : l < 0.37 ? 'annual' : 'multi-year';
  const format = layout !== 'legacy' && rand() < 0.08 ? 'csv' : 'xlsx';
  const d = rand();
  const defects: Defect[] = layout === 'annual' ? ['total', 'count', 'amount', 'tick'] : ['total', 'count', 'amount'];
  const defect: Defect = layout !== 'legacy' && d < 0.2 ? defects[Math.floor((d / 0.2) * defects.length)] : 'none';
  const seed = 1 + c.id * 13;
  const generic = rand() < 0.1;
  const base = fileBase(c, generic);
  const extra = rand();
  if (format === 'xlsx' && layout !== 'legacy' && extra < 0.03) {
    // A resubmission: version 1 had a wrong count, version 2 fixes it.
    return [
      { layout, format, version: 1, superseded: true, defect: 'count', seed, name: `${base}-{label}-ฉบับที่1` },
      { layout, format, version: 2, superseded: false, defect: 'none', seed, name: `${base}-{label}-ฉบับที่2` },
    ];
  }
  const plans: Plan[] = [{ layout, format, version: null, superseded: false, defect, seed, name: `${base}-{label}` }];
  if (layout === 'multi-year' && extra < 0.08) plans.push({ layout: 'annual', format: 'xlsx', version: null, superseded: false, defect: 'none', seed: seed + 5, name: `${base}-{label}` });
  return plans;
}

/** One file of the corpus: where it goes under inbox/, its bytes, and its manifest entry. */
export interface CorpusPart {
  rel: string;
  data: Uint8Array | string;
  file: CorpusFile;
}

/** What one council sends, or 'missing'. Depends only on the council (its id and spec). */
export function councilParts(c: NationCouncil): CorpusPart[] | 'missing' {
  const rand = rng(50_000 + c.id * 7919);
  const plans = plansOf(c, rand);
  if (plans === 'missing') return 'missing';
  const [lo, hi] = SIZES[c.spec.type];
  const size = lo + Math.floor(rand() * (hi - lo + 1));
  const thaiDigits = rand() < 0.2;
  const noisy = rand() < 0.5;
  const excelLike = rand() < 0.7;
  const withMeta = rand() < 0.33;
  const csvUtf8 = rand() < 0.34;
  if (plans === 'corrupt') {
    const layout: Layout = 'multi-year';
    const spec: PlanSpec = { council: c.spec, layout, years: yearsFor(layout, rand), size, seed: 1 + c.id * 13, defect: 'none', thaiDigits };
    const sheet = planSheet(c, layout, spec, QUIET, true, rand);
    const whole = writeXlsx([{ name: 'แผนปฏิบัติการ', rows: sheet.rows, merges: sheet.merges }]);
    const rel = `${c.spec.province}/${fileBase(c, false)}-แผน.xlsx`;
    return [{ rel, data: whole.subarray(0, Math.floor(whole.length / 3)), file: { path: rel, council: c.id, province: c.spec.province, layout: null, format: 'xlsx', version: null, superseded: false, corrupt: true, defect: 'none', items: 0, years: [], truth: null } }];
  }
  const parts: CorpusPart[] = [];
  for (const plan of plans) {
    const prand = rng(plan.seed * 31 + (plan.version ?? 0));
    const years = yearsFor(plan.layout, prand);
    const genLayout = plan.layout === 'annual' ? 'annual' : 'multi-year';
    const spec: PlanSpec = { council: c.spec, layout: genLayout, years, size, seed: plan.seed, defect: plan.defect, thaiDigits };
    const csv874 = plan.format === 'csv' && !csvUtf8;
    let profile = noisy ? noiseProfile(prand, 1) : QUIET;
    // windows-874 has no ZWSP, NBSP or ✓ (clerks tick with "/").
    if (csv874) profile = { ...profile, zeroWidth: false, nbsp: false };
    const sheet = planSheet(c, plan.layout, spec, profile, plan.format === 'xlsx' && excelLike, prand);
    const kind = plan.layout === 'annual' ? 'plan-annual' : 'plan-multi-year';
    const label = plan.layout === 'annual' ? `แผนประจำปี${years[0]}` : `แผน${years[0]}-${years[years.length - 1]}`;
    const name = plan.name.replace('{label}', label);
    let rel: string;
    let data: Uint8Array | string;
    if (plan.format === 'csv') {
      rel = `${c.spec.province}/${name}.csv`;
      const rows = csv874 ? sheet.rows.map((r) => r.map((v) => (v === '✓' ? '/' : v))) : sheet.rows;
      const text = csvOf(rows);
      data = csv874 ? windows874(text) : `\uFEFF${text}`;
    } else {
      rel = `${c.spec.province}/${name}.xlsx`;
      const sheets = [{ name: plan.layout === 'annual' ? `แผน${years[0]}` : 'แผนปฏิบัติการ', rows: sheet.rows, merges: sheet.merges }];
      if (withMeta || plan.version !== null) sheets.push({ ...metadataSheet(c, kind, years, plan.version ?? 1), merges: [] });
      data = writeXlsx(sheets, { sharedStrings: excelLike, styled: excelLike });
    }
    parts.push({
      rel,
      data,
      file: {
        path: rel, council: c.id, province: c.spec.province, layout: plan.layout, format: plan.format,
        ...(plan.format === 'csv' ? { encoding: csv874 ? 'windows-874' as const : 'utf-8' as const } : {}),
        version: plan.version, superseded: plan.superseded, corrupt: false, defect: plan.defect,
        items: sheet.items, years, truth: sheet.truth,
      },
    });
  }
  return parts;
}

/** roster.csv: every council, a third of them by abbreviated name. */
export function rosterCsv(all: NationCouncil[]): string {
  const roster = ['council,district,province,code'];
  for (const c of all) {
    const r = rng(90_000 + c.id)();
    const name = r < 0.3 ? `${c.spec.type}${c.spec.name}` : fullName(c.spec);
    roster.push([name, c.spec.district, c.spec.province, c.spec.code ?? ''].join(','));
  }
  return `\uFEFF${roster.join('\r\n')}\r\n`;
}

/** Generates the corpus of `councils` councils into `dir` (inbox/, roster.csv, manifest.json). */
export function generateCorpus(councils: number, dir: string): Corpus {
  const inbox = path.join(dir, 'inbox');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(inbox, { recursive: true });
  const all = nation(councils);
  const files: CorpusFile[] = [];
  const missing: number[] = [];
  let bytes = 0;
  const madeDirs = new Set<string>();
  for (const c of all) {
    const parts = councilParts(c);
    if (parts === 'missing') {
      missing.push(c.id);
      continue;
    }
    for (const part of parts) {
      const abs = path.join(inbox, part.rel);
      const d = path.dirname(abs);
      if (!madeDirs.has(d)) {
        fs.mkdirSync(d, { recursive: true });
        madeDirs.add(d);
      }
      fs.writeFileSync(abs, part.data);
      bytes += typeof part.data === 'string' ? Buffer.byteLength(part.data) : part.data.length;
      files.push(part.file);
    }
  }
  const rosterPath = path.join(dir, 'roster.csv');
  fs.writeFileSync(rosterPath, rosterCsv(all));
  const manifest: Manifest = { generatorVersion: GENERATOR_VERSION, councils, provinces: new Set(all.map((c) => c.spec.province)).size, files, missing, bytes };
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  return { dir, inbox, roster: rosterPath, manifest };
}

/** Every file under `dir`, as paths relative to it with '/' between folders. */
function listFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...listFiles(path.join(dir, e.name), rel));
    else out.push(rel);
  }
  return out;
}

function sameFiles(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((p) => set.has(p));
}

/** Councils whose files are made again and compared with a cached corpus before it is used. */
const PROBE_COUNCILS = 24;

/**
 * Whether a cached corpus is still what this generator makes: the roster, and the files and
 * manifest entries of PROBE_COUNCILS councils spread over the nation, made again in memory and
 * compared byte for byte (a change in samples/generate.ts or the seed items shows here even when
 * GENERATOR_VERSION was not bumped); and the inbox holding exactly the manifest's files, since a
 * stray file (a profiler's log written into it, say) would change the work being timed.
 */
export function cachedCorpusIsCurrent(dir: string, manifest: Manifest): boolean {
  if (!sameFiles(listFiles(path.join(dir, 'inbox')), manifest.files.map((f) => f.path))) return false;
  const all = nation(manifest.councils);
  if (fs.readFileSync(path.join(dir, 'roster.csv'), 'utf8') !== rosterCsv(all)) return false;
  const byPath = new Map(manifest.files.map((f) => [f.path, f]));
  const missing = new Set(manifest.missing);
  const step = Math.max(1, Math.floor(all.length / PROBE_COUNCILS));
  for (let id = 0; id < all.length; id += step) {
    const parts = councilParts(all[id]);
    if (parts === 'missing') {
      if (!missing.has(id)) return false;
      continue;
    }
    for (const part of parts) {
      const entry = byPath.get(part.file.path);
      if (!entry || JSON.stringify(entry) !== JSON.stringify(part.file)) return false;
      let onDisk: Buffer;
      try {
        onDisk = fs.readFileSync(path.join(dir, 'inbox', part.rel));
      } catch {
        return false;
      }
      const made = typeof part.data === 'string' ? Buffer.from(part.data) : Buffer.from(part.data.buffer, part.data.byteOffset, part.data.byteLength);
      if (!onDisk.equals(made)) return false;
    }
  }
  return true;
}

/** The cached corpus of `councils` councils, generated when absent or made by another generator version. */
export function ensureCorpus(councils: number, root = CORPUS_ROOT, force = false): Corpus & { generated: boolean; seconds: number } {
  const dir = path.join(root, String(councils));
  const manifestPath = path.join(dir, 'manifest.json');
  if (!force && fs.existsSync(manifestPath)) {
    try {
      const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as Manifest;
      if (manifest.generatorVersion === GENERATOR_VERSION && manifest.councils === councils && cachedCorpusIsCurrent(dir, manifest)) {
        return { dir, inbox: path.join(dir, 'inbox'), roster: path.join(dir, 'roster.csv'), manifest, generated: false, seconds: 0 };
      }
    } catch {
      // unreadable manifest: generate again
    }
  }
  const t0 = process.hrtime.bigint();
  const corpus = generateCorpus(councils, dir);
  return { ...corpus, generated: true, seconds: Number(process.hrtime.bigint() - t0) / 1e9 };
}

function main(argv: string[]): void {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const councils = Number(arg('--councils') ?? NATIONAL_COUNCILS);
  if (!Number.isInteger(councils) || councils < 1) {
    process.stderr.write('usage: corpus.ts --councils N [--out ROOT] [--force]\n');
    process.exit(2);
  }
  const root = arg('--out') ?? CORPUS_ROOT;
  const c = ensureCorpus(councils, root, argv.includes('--force'));
  const m = c.manifest;
  process.stdout.write(
    `${c.generated ? `generated in ${c.seconds.toFixed(1)} s` : 'cached'}: ${c.dir}\n` +
      `  ${m.councils} councils in ${m.provinces} provinces, ${m.files.length} files (${(m.bytes / 1e6).toFixed(1)} MB), ` +
      `${m.files.reduce((n, f) => n + f.items, 0)} item rows, ${m.missing.length} councils without a file\n`,
  );
}

if (require.main === module) main(process.argv.slice(2));
