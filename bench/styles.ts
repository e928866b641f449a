/**
 * A workbook's read against the size of its styles part: the same plan saved with Excel's few
 * styles, and with the named styles a workbook copied from workbook to workbook for years collects
 * (1,000 and 40,000). Reading it is the table's work, whatever the styles part holds.
 *
 *   ts-node --transpile-only bench/styles.ts [--runs 15]
 *
 * Each workbook is read (readInputBytes, as a worker reads a file's bytes) twice to warm up, then
 * `runs` times each; the median is printed.
 */
import { readInputBytes } from '../pipeline/read';
import { bigPlanGrid } from './core';
import { optionValue } from './lib/args';
import { msSince, now } from './lib/clock';
import { median } from './lib/median';
import { stylesXml, writeXlsx } from './lib/xlsx';

export interface StylesTiming {
  namedStyles: number;
  /** The workbook's size and its styles part's, in bytes. */
  fileBytes: number;
  stylesBytes: number;
  readMs: number;
}

export async function timeStyles(runs = 15, counts = [0, 1000, 40_000]): Promise<StylesTiming[]> {
  const grid = bigPlanGrid(60, 'multi-year');
  const books = counts.map((namedStyles) => ({ namedStyles, bytes: writeXlsx([{ name: grid.sheet, rows: grid.rows }], { namedStyles }) }));
  const read = async (bytes: Uint8Array): Promise<number> => {
    const t = now();
    const input = await readInputBytes(bytes.slice(), 'plan.xlsx');
    if (input.grids.length !== 1) throw new Error('the plan was not read');
    return msSince(t);
  };
  // Every workbook read twice before any is timed: the first reads of a process run cold code.
  for (let i = 0; i < 2; i++) for (const b of books) await read(b.bytes);
  const out: StylesTiming[] = [];
  for (const { namedStyles, bytes } of books) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(await read(bytes));
    out.push({ namedStyles, fileBytes: bytes.length, stylesBytes: Buffer.byteLength(stylesXml(namedStyles)), readMs: median(times) });
  }
  return out;
}

export function stylesLine(t: StylesTiming[]): string {
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  return `a 60-row plan read with its styles part: ${t.map((s) => `${s.namedStyles.toLocaleString('en')} named styles (styles part ${kb(s.stylesBytes)}, file ${kb(s.fileBytes)}) ${s.readMs.toFixed(2)} ms`).join('; ')}`;
}

if (require.main === module) {
  timeStyles(Number(optionValue('--runs') ?? 15)).then((t) => process.stdout.write(`${stylesLine(t)}\n`));
}
