/**
 * `sujarit consolidate` takes legacy (2561-2564) inputs directly: their figures are mapped on the fly
 * to the 2566-2570 framework (byDimension, itemsByKind, items.csv's dimension and mission), the council
 * entry still says framework 'legacy' and mappedFrom 'legacy', and the uncertain mappings stay findings.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Papa from 'papaparse';
import { runConsolidate } from '../../../pipeline/commands/consolidate';
import { consolidationSchema, type Consolidation } from '../../../pipeline/summary-schema';
import { seedItems } from '../../../samples/build';
import { fullName, planRows } from '../../../samples/generate';
import { writeAs } from './helpers';
import { allShapes, COUNCILS, type Shape } from './shapes';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sujarit-consolidate-legacy-'));
const input = path.join(tmp, 'in');
const out = path.join(tmp, 'out');
const shapes = allShapes(seedItems());
let summary: Consolidation;
let itemsCsv: string[][];

beforeAll(async () => {
  await writeAs([shapes['legacy-headings'].grid], input, 'อบต.หนองแวง-แผน2561-2564', 'xlsx');
  await writeAs([shapes['legacy-dimension-column'].grid], input, 'อบต.บางเก่า-แผน2561-2564', 'xlsx');
  await writeAs([shapes['annual-csv'].grid], input, 'ทต.บ้านลาด-แผน2563', 'csv');
  const current = planRows({ council: COUNCILS.chaam, layout: 'multi-year', years: [2566, 2567, 2568, 2569, 2570], size: 20, seed: 3, defect: 'none', thaiDigits: false }, seedItems());
  await writeAs([{ sheet: 'แผน', rows: current, merges: [] }], input, 'ทม.ชะอำ-แผน', 'xlsx');
  await runConsolidate([input], { out, jobs: 1 }, () => undefined);
  summary = consolidationSchema.parse(JSON.parse(fs.readFileSync(path.join(out, 'summary.json'), 'utf8')));
  itemsCsv = Papa.parse<string[]>(fs.readFileSync(path.join(out, 'items.csv'), 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
}, 120000);

function expectedByDimension(shape: Shape): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of shape.items) if (i.target) out[i.target.split('.')[0]] = (out[i.target.split('.')[0]] ?? 0) + 1;
  return out;
}

describe('consolidating legacy inputs, mapped on the fly', () => {
  it.each(['legacy-headings', 'legacy-dimension-column', 'annual-csv'])('counts %s under the 2566-2570 dimensions, and says it was mapped', (name) => {
    const shape = shapes[name];
    const entry = summary.councils.find((c) => c.name === fullName(shape.options.council))!;
    expect(entry).toMatchObject({ framework: 'legacy', mappedFrom: 'legacy', kind: shape.options.kind, items: shape.items.length });
    expect(Object.fromEntries(Object.entries(entry.byDimension).map(([d, v]) => [d, v.items]))).toEqual(expectedByDimension(shape));
    for (const y of shape.options.years) {
      const sum = shape.items.reduce((s, i) => s + (typeof i.budgets[y] === 'number' ? (i.budgets[y] as number) : 0), 0);
      expect(entry.budgetByYear[String(y)]).toBe(sum);
    }
  });

  it('leaves a current plan as it was (mappedFrom null)', () => {
    expect(summary.councils.find((c) => c.name === fullName(COUNCILS.chaam))).toMatchObject({ framework: 'current', mappedFrom: null });
  });

  it('writes the 2566-2570 dimension and mission in items.csv for legacy items', () => {
    const [header, ...rows] = itemsCsv;
    const col = (label: string) => header.findIndex((h) => h.startsWith(label));
    const shape = shapes['legacy-dimension-column'];
    const own = rows.filter((r) => r[col('หน่วยงาน')] === fullName(shape.options.council));
    expect(own.map((r) => [r[col('มิติ')], r[col('ภารกิจ')]])).toEqual(shape.items.map((i) => [i.target!.split('.')[0], i.target]));
  });

  it('keeps the uncertain mappings among the findings', () => {
    const uncertain = summary.findings.filter((f) => f.code === 'legacy-mapping-uncertain');
    expect(uncertain.length).toBeGreaterThan(0);
    expect(new Set(uncertain.map((f) => path.basename(f.file)))).toEqual(new Set(['อบต.หนองแวง-แผน2561-2564.xlsx', 'อบต.บางเก่า-แผน2561-2564.xlsx', 'ทต.บ้านลาด-แผน2563.csv']));
  });

  it('reads a summary.json written before mappedFrom existed (schemaVersion 1 unchanged)', () => {
    const old = JSON.parse(fs.readFileSync(path.join(out, 'summary.json'), 'utf8'));
    for (const c of old.councils) delete c.mappedFrom;
    const parsed = consolidationSchema.parse(old);
    expect(parsed.schemaVersion).toBe(1);
    expect(parsed.councils.every((c) => c.mappedFrom === null)).toBe(true);
  });
});
