/**
 * Where a file's time goes, stage by stage: every file of a bench corpus checked warm on one thread,
 * from its bytes in memory (no disk, no other thread), as a worker checks it: reading the file into
 * grids, checking them (detect, parse, every rule), counting the plan. And the check against a sheet's
 * length: the same sheets cut to their first rows, then whole, which tells a cost per file from a cost
 * per row. The end-to-end bench (run.ts) says how fast; this says where to look.
 *
 *   ts-node --transpile-only bench/stages.ts [--councils 1000] [--rounds 5]
 *
 * Two rounds warm the code up; each figure is the median of the rounds' means.
 */
import * as fs from 'node:fs';
import type { Grid } from '../core/grid';
import { validateGrids } from '../core/validate';
import { collectInputs } from '../pipeline/collect';
import { countPlan } from '../pipeline/counted-plan';
import { readInputBytes } from '../pipeline/read';
import { ensureCorpus } from './corpus';
import { optionValue } from './lib/args';
import { msSince, now } from './lib/clock';
import { median } from './lib/median';

export interface StagesTiming {
  /** The files read and checked (a file that cannot be read is left out: its cost is not a check's). */
  files: number;
  rounds: number;
  /** Milliseconds a file: reading it into grids, checking the grids, counting the plan. */
  readMs: number;
  checkMs: number;
  countMs: number;
  /** Milliseconds a sheet to check the first `rows` rows of each sheet ('all': whole), over `sheets` sheets. */
  byRows: { rows: number | 'all'; sheets: number; checkMs: number }[];
}

const WARM_ROUNDS = 2;

/** The sheet's first `rows` rows, and the merged ranges that start among them. */
export function firstRows(grid: Grid, rows: number | 'all'): Grid {
  if (rows === 'all') return grid;
  return { ...grid, rows: grid.rows.slice(0, rows), merges: grid.merges.filter((m) => m.top < rows) };
}

export async function timeStages(inbox: string, opts: { rounds?: number; cuts?: (number | 'all')[]; cutSheets?: number } = {}): Promise<StagesTiming> {
  const rounds = opts.rounds ?? 5;
  const cuts = opts.cuts ?? [0, 8, 30, 'all'];
  const { files } = await collectInputs([inbox]);
  const inputs = files.map((f) => ({ file: f.shown, bytes: new Uint8Array(fs.readFileSync(f.abs)) }));
  // The files that read, with their grids (from the first read) for the cuts below.
  const readable: { file: string; bytes: Uint8Array; grids: Grid[] }[] = [];
  for (const x of inputs) {
    try {
      readable.push({ ...x, grids: (await readInputBytes(x.bytes.slice(), x.file)).grids });
    } catch {
      // unreadable: not timed
    }
  }
  const means = { read: [] as number[], check: [] as number[], count: [] as number[] };
  for (let round = 0; round < WARM_ROUNDS + rounds; round++) {
    let read = 0;
    let check = 0;
    let count = 0;
    for (const x of readable) {
      // A copy each time: reading may hand the bytes on (a worker's are moved to it).
      const bytes = x.bytes.slice();
      let t = now();
      const input = await readInputBytes(bytes, x.file);
      read += msSince(t);
      t = now();
      const result = validateGrids(input.grids, { file: x.file });
      check += msSince(t);
      t = now();
      if (result.main) countPlan(result.main);
      count += msSince(t);
    }
    if (round < WARM_ROUNDS) continue;
    means.read.push(read / readable.length);
    means.check.push(check / readable.length);
    means.count.push(count / readable.length);
  }
  const sheets = readable.slice(0, opts.cutSheets ?? 300);
  const byRows = cuts.map((rows) => {
    const cut = sheets.map((x) => ({ file: x.file, grids: x.grids.map((g) => firstRows(g, rows)) }));
    const sheetCount = cut.reduce((n, x) => n + x.grids.length, 0);
    const perSheet: number[] = [];
    for (let round = 0; round < WARM_ROUNDS + rounds; round++) {
      const t = now();
      for (const x of cut) validateGrids(x.grids, { file: x.file });
      if (round >= WARM_ROUNDS) perSheet.push(msSince(t) / sheetCount);
    }
    return { rows, sheets: sheetCount, checkMs: median(perSheet) };
  });
  return { files: readable.length, rounds, readMs: median(means.read), checkMs: median(means.check), countMs: median(means.count), byRows };
}

export function stagesLine(t: StagesTiming): string {
  const us = (ms: number) => (ms * 1000).toFixed(0);
  const total = t.readMs + t.checkMs + t.countMs;
  const rows = t.byRows.map((c) => (c.rows === 'all' ? 'all' : String(c.rows))).join(', ');
  return (
    `a file's stages, warm, one thread, from memory (${t.files.toLocaleString('en')} files, median of ${t.rounds} rounds): ` +
    `read ${us(t.readMs)} µs, check ${us(t.checkMs)} µs, count ${us(t.countMs)} µs, ${us(total)} µs in all; ` +
    `checking the first ${rows} rows of ${t.byRows[0]?.sheets ?? 0} sheets: ${t.byRows.map((c) => us(c.checkMs)).join(', ')} µs a sheet`
  );
}

if (require.main === module) {
  const councils = Number(optionValue('--councils') ?? 1000);
  const rounds = Number(optionValue('--rounds') ?? 5);
  timeStages(ensureCorpus(councils).inbox, { rounds }).then((t) => process.stdout.write(`${stagesLine(t)}\n`));
}
