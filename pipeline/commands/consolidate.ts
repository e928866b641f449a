/**
 * `sujarit consolidate PATH… --out DIR [--roster roster.csv] [--province NAME] [--jobs N]`:
 * reads every file, validates it on worker threads, consolidates, and writes the five outputs.
 * Exit 0 when every file was accepted without error findings, 1 otherwise.
 */
import * as fs from 'node:fs/promises';
import { SingleBar } from 'cli-progress';
import { formatNumber } from '../../core/thai';
import { collectInputs } from '../collect';
import { consolidate, type ConsolidationRun } from '../consolidate';
import { defaultJobs, processAll } from '../pool';
import { parseRoster, RosterError, cleanProvince, type RosterEntry } from '../roster';
import { writeOutputs } from '../write/outputs';

export interface ConsolidateArgs {
  out: string;
  roster?: string;
  province?: string;
  jobs?: number;
}

export class UsageError extends Error {}

async function loadRoster(file: string | undefined): Promise<RosterEntry[] | null> {
  if (!file) return null;
  try {
    return parseRoster(await fs.readFile(file));
  } catch (err) {
    if (err instanceof RosterError) throw new UsageError(err.message);
    throw new UsageError(`roster: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? err}`);
  }
}

function progress(total: number): { tick: () => void; stop: () => void } {
  if (!process.stderr.isTTY || total < 2) return { tick: () => {}, stop: () => {} };
  const bar = new SingleBar({ stream: process.stderr, format: 'ตรวจไฟล์ {bar} {value}/{total} ({percentage}%) · {eta_formatted}', hideCursor: true });
  bar.start(total, 0);
  return { tick: () => bar.increment(), stop: () => bar.stop() };
}

export function describeRun(run: ConsolidationRun, dir: string): string {
  const s = run.summary;
  const count = (status: string) => s.files.filter((f) => f.status === status).length;
  const lines = [
    `ไฟล์ ${s.files.length} (ใช้ ${count('accepted')}, ฉบับเก่าที่ถูกแทน ${count('superseded')}, อ่านไม่ได้ ${count('rejected')})  files: ${s.files.length}`,
    ...s.provinces.map((p) => `จ.${p.name}: ส่งแล้ว ${p.councilsSubmitted}/${p.councilsExpected} หน่วยงาน, ผ่าน ${p.councilsValid}, รายการ ${formatNumber(p.items)}, งบประมาณ ${Object.entries(p.budgetByYear).map(([y, v]) => `${y}: ${formatNumber(v)}`).join(' · ') || '-'}`),
    `ยังไม่ส่ง ${s.missing.length} หน่วยงาน · ผิดพลาด ${s.national.findings.error} · คำเตือน ${s.national.findings.warning}  (missing ${s.missing.length}, errors ${s.national.findings.error}, warnings ${s.national.findings.warning})`,
    `ผลลัพธ์ / outputs: ${dir}/summary.xlsx, report.html, summary.json, items.csv, findings.csv`,
  ];
  return lines.join('\n');
}

export async function runConsolidate(paths: string[], args: ConsolidateArgs, out: (s: string) => void): Promise<number> {
  if (paths.length === 0) throw new UsageError('no input paths');
  if (args.jobs !== undefined && (!Number.isInteger(args.jobs) || args.jobs < 1)) throw new UsageError('--jobs takes a whole number ≥ 1');
  const roster = await loadRoster(args.roster);
  const province = args.province ? cleanProvince(args.province) : null;
  // The roster may sit in the input folder; it is not a submission.
  const { files, problems } = await collectInputs(paths, [args.out, ...(args.roster ? [args.roster] : [])]);
  for (const p of problems) process.stderr.write(`sujarit: cannot read ${p.path} (${p.reason})\n`);
  const bar = progress(files.length);
  const results = await processAll(files, args.jobs ?? defaultJobs(), bar.tick);
  bar.stop();
  const run = consolidate(results, { roster, province });
  await writeOutputs(args.out, run);
  out(describeRun(run, args.out));
  const clean = run.summary.files.every((f) => f.status !== 'rejected' && (f.status === 'superseded' || f.findings.error === 0));
  return clean && problems.length === 0 ? 0 : 1;
}
