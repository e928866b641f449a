/**
 * The add-in side: core's detect + parse + validate on one 2,000-row plan sheet, as the task pane
 * runs them on the sheet a clerk has open (no file reading: the Grid is what Excel hands over).
 *
 *   ts-node --transpile-only bench/core.ts [--rows 2000] [--runs 15] [--json]
 *
 * The sheets are samples/generate.ts's planRows over the seed items repeated until there are
 * enough (titles made unique), with the noise of a real file in some rows; a 5-year plan and an
 * annual plan. Prints the median and the best of the runs after two warm-up runs.
 */
import { findHeaderBlocks } from '../core/detect';
import type { CellValue, Grid } from '../core/grid';
import { parseGrid } from '../core/parse';
import type { Item } from '../core/schema';
import { validateGrid } from '../core/validate';
import { seedItems } from '../samples/build';
import { planRows, rng, type PlanSpec } from '../samples/generate';
import { msSince, now } from './lib/clock';
import { median } from './lib/median';
import { applyNoise, noiseProfile } from './lib/noise';

export interface CoreTiming {
  layout: 'multi-year' | 'annual';
  rows: number;
  items: number;
  findings: number;
  /** Milliseconds: median and best of the runs, for each step and for validate (which parses again). */
  detectMs: number;
  parseMs: number;
  validateMs: number;
  validateBestMs: number;
  /** The very first validate of the process: cold caches, code not yet optimised. */
  firstValidateMs: number;
}

/** A plan sheet of about `rows` rows. */
export function bigPlanGrid(rows: number, layout: 'multi-year' | 'annual'): Grid {
  const seed = seedItems();
  // Items per row: the summary rows (one per dimension and the grand total) and 5 title rows aside.
  const wanted = Math.max(10, rows - 10);
  const items: Item[] = [];
  for (let round = 0; items.length < wanted; round++) {
    for (const item of seed) {
      if (items.length >= wanted) break;
      items.push(round === 0 ? item : { ...item, title: `${item.title} (ชุดที่ ${round + 1})` });
    }
  }
  const spec: PlanSpec = {
    council: { type: 'ทม.', name: 'หนองแวง', district: 'เมืองนครราชสีมา', province: 'นครราชสีมา' },
    layout,
    years: layout === 'annual' ? [2568] : [2566, 2567, 2568, 2569, 2570],
    size: wanted,
    seed: 7,
    defect: 'total',
    thaiDigits: false,
  };
  const grid = planRows(spec, items);
  const rand = rng(11);
  const itemRows: number[] = [];
  for (let r = 5; r < grid.length; r++) if (grid[r][1] !== 'รวม' && grid[r][1] !== 'รวมทั้งสิ้น') itemRows.push(r);
  const money = layout === 'annual' ? [7] : [3, 4, 5, 6, 7];
  applyNoise(grid as CellValue[][], { title: [1], header: [3, 4], items: itemRows }, { dimension: 0, mission: 1, title: 2, money }, noiseProfile(rand, 1), false, rand);
  return { sheet: 'แผนปฏิบัติการ', rows: grid, merges: [] };
}

function ms(fn: () => void): number {
  const t = now();
  fn();
  return msSince(t);
}

export function timeCore(rows = 2000, runs = 15, layout: 'multi-year' | 'annual' = 'multi-year'): CoreTiming {
  const grid = bigPlanGrid(rows, layout);
  let items = 0;
  let findings = 0;
  const detect: number[] = [];
  const parse: number[] = [];
  const validate: number[] = [];
  const firstValidateMs = ms(() => validateGrid(grid, { file: 'bench.xlsx' }));
  for (let i = 0; i < runs + 2; i++) {
    const d = ms(() => findHeaderBlocks(grid));
    const p = ms(() => (items = parseGrid(grid, { file: 'bench.xlsx' }).doc.items.length));
    const v = ms(() => (findings = validateGrid(grid, { file: 'bench.xlsx' }).findings.length));
    if (i < 2) continue; // warm-up
    detect.push(d);
    parse.push(p);
    validate.push(v);
  }
  return {
    layout,
    rows: grid.rows.length,
    items,
    findings,
    detectMs: median(detect),
    parseMs: median(parse),
    validateMs: median(validate),
    validateBestMs: Math.min(...validate),
    firstValidateMs,
  };
}

function main(argv: string[]): void {
  const arg = (name: string, def: number) => {
    const i = argv.indexOf(name);
    return i >= 0 ? Number(argv[i + 1]) : def;
  };
  const rows = arg('--rows', 2000);
  const runs = arg('--runs', 15);
  const results = (['multi-year', 'annual'] as const).map((layout) => timeCore(rows, runs, layout));
  // (the annual sheet's "first" run is no longer cold: the 5-year one warmed the code and caches)
  if (argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(results)}\n`);
    return;
  }
  for (const r of results) {
    process.stdout.write(
      `core, ${r.layout} sheet of ${r.rows} rows (${r.items} items, ${r.findings} findings): ` +
        `detect ${r.detectMs.toFixed(1)} ms, parse ${r.parseMs.toFixed(1)} ms, validate (parse + rules) ${r.validateMs.toFixed(1)} ms median, ${r.validateBestMs.toFixed(1)} ms best of ${runs} (first, cold: ${r.firstValidateMs.toFixed(1)} ms)\n`,
    );
  }
}

if (require.main === module) main(process.argv.slice(2));
