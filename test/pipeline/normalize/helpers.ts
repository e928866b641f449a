/**
 * Writing the legacy shapes as the files analysts really hold (xlsx, windows-874 CSV, text pasted
 * from PDF, .xls through LibreOffice), and reading normalised workbooks back through core.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Grid } from '../../../core/grid';
import type { Finding, Item, PlanDocument } from '../../../core/schema';
import { validateGrids } from '../../../core/validate';
import { readInput } from '../../../pipeline/read';
import { findSoffice } from '../../../pipeline/read/soffice';
import { gridsToXlsx } from '../../../pipeline/write/grid-xlsx';
import { gridToCsv, gridToText, windows874 } from './shapes';

export type FileFormat = 'xlsx' | 'csv' | 'txt' | 'xls';

export const SOFFICE = findSoffice();

/** An .xlsx converted to .xls by LibreOffice (its own throw-away profile); null without LibreOffice. */
export function xlsxToXls(xlsx: string, outDir: string): string | null {
  if (!SOFFICE) return null;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sujarit-xls-'));
  try {
    const src = path.join(work, 'input.xlsx');
    fs.copyFileSync(xlsx, src);
    execFileSync(
      SOFFICE,
      [`-env:UserInstallation=${pathToFileURL(path.join(work, 'profile')).href}`, '--headless', '--norestore', '--convert-to', 'xls:MS Excel 97', '--outdir', work, src],
      { stdio: 'ignore', timeout: 120000 },
    );
    const target = path.join(outDir, path.basename(xlsx).replace(/\.xlsx$/, '.xls'));
    fs.copyFileSync(path.join(work, 'input.xls'), target);
    return target;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** Writes the grids as a file of the format (text formats take the first grid); returns its path. */
export async function writeAs(grids: Grid[], dir: string, stem: string, format: FileFormat, metadata?: Record<string, string>): Promise<string> {
  fs.mkdirSync(dir, { recursive: true });
  if (format === 'csv') {
    const file = path.join(dir, `${stem}.csv`);
    fs.writeFileSync(file, windows874(gridToCsv(grids[0])));
    return file;
  }
  if (format === 'txt') {
    const file = path.join(dir, `${stem}.txt`);
    fs.writeFileSync(file, gridToText(grids[0]));
    return file;
  }
  const xlsx = path.join(format === 'xls' ? fs.mkdtempSync(path.join(os.tmpdir(), 'sujarit-xlsx-')) : dir, `${stem}.xlsx`);
  fs.writeFileSync(xlsx, await gridsToXlsx(grids, metadata));
  if (format === 'xlsx') return xlsx;
  const xls = xlsxToXls(xlsx, dir);
  if (xls) return xls;
  // Without LibreOffice the .xls path cannot be tested: the workbook goes in as .xlsx.
  const fallback = path.join(dir, `${stem}.xlsx`);
  fs.copyFileSync(xlsx, fallback);
  return fallback;
}

export interface ReadBack {
  docs: PlanDocument[];
  findings: Finding[];
  metadata: Record<string, string> | null;
  format: string;
}

/** A file read the way every command reads it: pipeline/read, then core's validation. */
export async function readBack(file: string): Promise<ReadBack> {
  const input = await readInput(file);
  const result = validateGrids(input.grids, { file });
  return { docs: result.documents, findings: result.findings, metadata: input.metadata, format: input.format };
}

export const compact = (s: string): string => s.replace(/\s+/g, '');

/** A budget as totals see it: status and baht. */
export function budgetOf(item: Item, year: number | null): [string, number] | undefined {
  const b = year === null ? item.budgets[0] : item.budgets.find((x) => x.year === year);
  return b ? [b.status, b.amount] : undefined;
}

export function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}
