/**
 * `sujarit normalize PATH… --out DIR [--framework current|keep]`: brings old and free-form plan
 * files (the 2561-2564 framework, 3-year plans, annual tables without a มิติ column, tables pasted
 * from PDF or Word, windows-874 CSV, .xls) into the official layout, one workbook per plan document,
 * and writes the mapping report (normalize-report.xlsx and normalize-report.json) beside them.
 *
 * Outputs are written atomically, only inside DIR, and never over an input. Exit 0 when every
 * input was read and every item written; 1 when a file could not be read, held no plan table, or
 * some item could not be placed (each is in the report); 2 for bad usage.
 */
import * as fs from 'node:fs/promises';
import { SingleBar } from 'cli-progress';
import { collectInputs } from '../collect';
import { normalizeFiles, REPORT_FILES, type FrameworkMode } from '../normalize';
import { insideDir } from '../normalize/names';
import { normalizeReportXlsx } from '../normalize/report-xlsx';
import { normalizeReportSchema, type NormalizeReport } from '../normalize/report-schema';
import { writeFileAtomic } from '../write/atomic';
import { UsageError } from './usage-error';

export interface NormalizeArgs {
  out: string;
  framework?: string;
}

export const FRAMEWORK_MODES: readonly FrameworkMode[] = ['current', 'keep'];

function progress(total: number): { tick: () => void; stop: () => void } {
  if (!process.stderr.isTTY || total < 2) return { tick: () => {}, stop: () => {} };
  const bar = new SingleBar({ stream: process.stderr, format: 'แปลงไฟล์ {bar} {value}/{total} ({percentage}%) · {eta_formatted}', hideCursor: true });
  bar.start(total, 0);
  return { tick: () => bar.increment(), stop: () => bar.stop() };
}

export function describeNormalize(report: NormalizeReport, dir: string): string {
  const t = report.totals;
  const count = (status: string) => report.files.filter((f) => f.status === status).length;
  return [
    `ไฟล์ ${t.files} (แปลงครบ ${count('normalised')}, มีรายการที่นำเข้าไม่ได้ ${count('partly-unmapped')}, ไม่มีรายการ ${count('no-items')}, ไม่พบตาราง ${count('no-table')}, อ่านไม่ได้ ${count('unreadable')})  files: ${t.files}`,
    `เอกสาร ${t.documents} (กรอบ 2561-2564: ${t.legacyDocuments}) → เขียน ${t.outputs} ไฟล์  documents: ${t.documents}, legacy ${t.legacyDocuments}, written ${t.outputs}`,
    `รายการ: อ่าน ${t.itemsIn} = เขียน ${t.itemsWritten} + นำเข้าไม่ได้ ${t.itemsUnmapped}; ต้องตัดสินใจ ${t.itemsUncertain}  (items in ${t.itemsIn} = written ${t.itemsWritten} + unmapped ${t.itemsUnmapped}; to decide ${t.itemsUncertain})`,
    `ผลลัพธ์ / outputs: ${dir}/ (${REPORT_FILES.join(', ')})`,
  ].join('\n');
}

export async function runNormalize(paths: string[], args: NormalizeArgs, out: (s: string) => void): Promise<number> {
  if (paths.length === 0) throw new UsageError('no input paths');
  const mode = (args.framework ?? 'current') as FrameworkMode;
  if (!FRAMEWORK_MODES.includes(mode)) throw new UsageError(`--framework takes ${FRAMEWORK_MODES.join(' or ')}, not "${args.framework}"`);
  try {
    await fs.mkdir(args.out, { recursive: true });
    if (!(await fs.stat(args.out)).isDirectory()) throw new Error('not a folder');
  } catch (err) {
    throw new UsageError(`--out: cannot use ${args.out} as the output folder (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  // The output folder may sit inside an input folder: what is in it is not an input.
  const { files, problems } = await collectInputs(paths, [args.out]);
  for (const p of problems) process.stderr.write(`sujarit: cannot read ${p.path} (${p.reason})\n`);
  const inputs = new Set(files.map((f) => f.abs));
  const write = async (name: string, data: string | Uint8Array): Promise<void> => {
    const target = insideDir(args.out, name);
    if (inputs.has(target)) throw new Error(`refusing to overwrite an input: ${target}`);
    await writeFileAtomic(target, data);
  };
  const bar = progress(files.length);
  const report = normalizeReportSchema.parse(await normalizeFiles(files, { framework: mode }, write, bar.tick));
  bar.stop();
  await write('normalize-report.json', `${JSON.stringify(report, null, 2)}\n`);
  await write('normalize-report.xlsx', await normalizeReportXlsx(report));
  out(describeNormalize(report, args.out));
  const clean = report.files.every((f) => f.status === 'normalised') && problems.length === 0;
  return clean ? 0 : 1;
}
