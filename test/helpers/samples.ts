/** The bundled sample tables (copies of the seed documents' tables), read as a user's file would be. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Grid } from '../../core/grid';
import { textToGrid } from '../../pipeline/read/txt';

export const SAMPLES = path.join(__dirname, '..', '..', 'samples', 'tables');

export const SAMPLE = {
  pao: 'phetchaburi-pao-plan-2566-2570.txt',
  nongchok: 'nongchok-annual-plan-2567.txt',
  muangnoi: 'muangnoi-results-report-2568.txt',
  nongwaeng: 'nongwaeng-ita-measures-2568.txt',
} as const;

export function sampleGrid(name: string): Grid {
  const text = fs.readFileSync(path.join(SAMPLES, name), 'utf8');
  return textToGrid(text, name.replace(/\.txt$/, ''));
}

/** Only the lines from..to (1-based, inclusive) of a sample, as a sheet of its own. */
export function sampleLines(name: string, from: number, to: number): Grid {
  const lines = fs.readFileSync(path.join(SAMPLES, name), 'utf8').split('\n').slice(from - 1, to);
  return textToGrid(lines.join('\n'), name.replace(/\.txt$/, ''));
}
