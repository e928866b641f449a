/**
 * `sujarit consolidate PATH… --out DIR [--roster roster.csv] [--province NAME] [--jobs N]`:
 * reads every file, validates it on worker threads, consolidates, and writes the five outputs.
 * Exit 0 when every file was accepted without error findings, 1 otherwise; 130 / 143 / 129 when
 * interrupted by SIGINT / SIGTERM / SIGHUP.
 *
 * Interruption: until the outputs start to be renamed into DIR, a signal stops the workers,
 * removes the staging folder and leaves DIR exactly as it was; once the renames have started
 * (microseconds) they are completed first. Either way DIR holds one complete set of outputs.
 * A second signal while the files are still being read exits at once (nothing is written yet).
 *
 * Besides the files' own findings, the run reports duplicate-submission (two different files
 * claiming the same council, document and version) and unreadable-folder (a folder among the
 * inputs that could not be listed) in findings.csv and summary.json, not only on the screen.
 */
import * as fs from 'node:fs/promises';
import { SingleBar } from 'cli-progress';
import { DOC_KIND_NAMES } from '../../core/doc-kinds';
import { countBySeverity, makeFinding, sortFindings } from '../../core/findings';
import { byText } from '../../core/order';
import { ruleByCode } from '../../core/rules';
import type { Finding } from '../../core/schema';
import { formatNumber } from '../../core/thai';
import { collectInputs, displayPath } from '../collect';
import { consolidate, provinceTitle, type ConsolidationRun } from '../consolidate';
import { claimKey, identifyCouncil, matchRoster, rosterFor } from '../identify';
import { defaultJobs, Interrupted, processAll } from '../pool';
import type { FileResult } from '../process-file';
import { parseRoster, RosterError, cleanProvince, type RosterEntry } from '../roster';
import { WriteAborted, type WriteStep } from '../write/atomic';
import { writeOutputs } from '../write/outputs';
import { UsageError } from './usage-error';

export interface ConsolidateArgs {
  out: string;
  roster?: string;
  province?: string;
  jobs?: number;
}

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

/** Text from the files, made safe for a terminal (no escape sequences, no other control characters). */
function safe(s: string): string {
  return displayPath(s);
}

export function describeRun(run: ConsolidationRun, dir: string): string {
  const s = run.summary;
  const count = (status: string) => s.files.filter((f) => f.status === status).length;
  const lines = [
    `ไฟล์ ${s.files.length} (ใช้ ${count('accepted')}, ฉบับเก่าที่ถูกแทน ${count('superseded')}, อ่านไม่ได้ ${count('rejected')})  files: ${s.files.length}`,
    ...s.provinces.map((p) => `${safe(provinceTitle(p.name, 'short'))}: ส่งแล้ว ${p.councilsSubmitted}/${p.councilsExpected} หน่วยงาน, ผ่าน ${p.councilsValid}, รายการ ${formatNumber(p.items)}, งบประมาณ ${Object.entries(p.budgetByYear).map(([y, v]) => `${y}: ${formatNumber(v)}`).join(' · ') || '-'}`),
    `ยังไม่ส่ง ${s.missing.length} หน่วยงาน · ผิดพลาด ${s.national.findings.error} · คำเตือน ${s.national.findings.warning}  (missing ${s.missing.length}, errors ${s.national.findings.error}, warnings ${s.national.findings.warning})`,
    `ผลลัพธ์ / outputs: ${safe(dir)}/summary.xlsx, report.html, summary.json, items.csv, findings.csv`,
  ];
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Duplicate submissions
// ---------------------------------------------------------------------------------------------

interface Claim {
  result: FileResult;
  version: number | null;
  date: string | null;
  council: string;
}


/** The order consolidate() uses to pick the submission that counts: version, date, file time, path. */
function newestFirst(a: Claim, b: Claim): number {
  return (b.version ?? -1) - (a.version ?? -1) || byText(b.date ?? '', a.date ?? '') || b.result.mtimeMs - a.result.mtimeMs || byText(a.result.path, b.result.path);
}

/**
 * Adds duplicate-submission findings to files that claim the same council (as consolidate()
 * groups them: the roster entry, else province, district and name), document kind, version and
 * date as another file with different content, where one of them is the submission that counts.
 */
export function flagDuplicateSubmissions(results: FileResult[], roster: RosterEntry[] | null, province: string | null): FileResult[] {
  const scoped = rosterFor(roster, province);
  const groups = new Map<string, Claim[]>();
  for (const result of results) {
    const kind = result.doc?.kind;
    if (!kind) continue;
    const { identity } = identifyCouncil(result.path, result.pairs, result.doc, province);
    if (!identity.name) continue;
    const entry = scoped ? matchRoster(result.path, identity, scoped).entry : null;
    const claim: Claim = { result, version: identity.version, date: identity.date, council: entry?.name ?? identity.name };
    // A file that names its council has a claim key (never null here).
    const key = `${claimKey(identity, entry)}#${kind}`;
    groups.set(key, [...(groups.get(key) ?? []), claim]);
  }
  const added = new Map<FileResult, Finding[]>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const ordered = [...group].sort(newestFirst);
    const used = ordered[0];
    const peers = ordered.filter((c) => c.version === used.version && c.date === used.date);
    const contents = new Set(peers.map((c) => c.result.sha256));
    if (peers.length < 2 || contents.size < 2) continue;
    const kind = DOC_KIND_NAMES[used.result.doc!.kind!];
    for (const c of peers) {
      const others = peers.filter((o) => o !== c && o.result.sha256 !== c.result.sha256).map((o) => o.result.path);
      if (others.length === 0) continue;
      const finding = makeFinding(ruleByCode('duplicate-submission'), c.result.path, {
        value: others.join(', '),
        expected: used.result.path,
        params: {
          kind: kind.th,
          kindEn: kind.en.toLowerCase(),
          council: c.council,
          version: used.version === null ? 'ไม่ระบุฉบับที่' : `ฉบับที่ ${used.version}`,
          versionEn: used.version === null ? 'no version given' : `version ${used.version}`,
          used: used.result.path,
          by: 'เวลาแก้ไขไฟล์',
          byEn: 'file time',
        },
      });
      added.set(c.result, [...(added.get(c.result) ?? []), finding]);
    }
  }
  return results.map((r) => (added.has(r) ? { ...r, findings: sortFindings([...r.findings, ...added.get(r)!]) } : r));
}

// ---------------------------------------------------------------------------------------------
// Run-level findings (folders that could not be listed)
// ---------------------------------------------------------------------------------------------

const ERRNO_TH: Record<string, [string, string]> = {
  EACCES: ['ไม่มีสิทธิ์เข้าถึง', 'permission denied'],
  EPERM: ['ไม่ได้รับอนุญาต', 'operation not permitted'],
  ENOENT: ['ไม่พบ', 'not found'],
  ELOOP: ['ทางลัด (ลิงก์) วนกลับมาที่ตัวเอง', 'the link loops back on itself'],
  ENOTDIR: ['ไม่ใช่โฟลเดอร์', 'not a folder'],
  ENAMETOOLONG: ['ชื่อยาวเกินไป', 'the name is too long'],
  EIO: ['อ่านจากอุปกรณ์ไม่ได้', 'the device could not be read'],
};

export function folderFindings(problems: { path: string; reason: string }[]): Finding[] {
  return problems.map((p) => {
    const [th, en] = ERRNO_TH[p.reason] ?? [p.reason, p.reason];
    return makeFinding(ruleByCode('unreadable-folder'), p.path, { value: p.path, params: { reason: `${th}, ${p.reason}`, reasonEn: `${en}, ${p.reason}` } });
  });
}

/** Adds run-level findings to the summary: its findings list and the national counts. */
function withRunFindings(run: ConsolidationRun, extra: Finding[]): ConsolidationRun {
  if (extra.length === 0) return run;
  const findings = sortFindings([...run.summary.findings, ...extra]);
  const counts = countBySeverity(extra);
  const n = run.summary.national.findings;
  const national = { ...run.summary.national, findings: { error: n.error + counts.error, warning: n.warning + counts.warning, info: n.info + counts.info } };
  return { ...run, summary: { ...run.summary, findings, national } };
}

// ---------------------------------------------------------------------------------------------
// Signals
// ---------------------------------------------------------------------------------------------

const SIGNAL_EXIT: Record<string, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

type Phase = 'reading' | 'writing' | 'swapping' | 'done';

/**
 * Test hooks, active only when set: SUJARIT_TEST_TRACE=1 prints each phase and write step to
 * stderr ("sujarit-test: … +ms", with the milliseconds since the process started);
 * SUJARIT_TEST_DELAY_MS=n waits n ms at each write step, so a test can send a signal while the
 * outputs are being written or swapped.
 */
function testHooks(): { trace: (s: string) => void; delay: () => Promise<void> } {
  const tracing = process.env.SUJARIT_TEST_TRACE === '1';
  const ms = Number(process.env.SUJARIT_TEST_DELAY_MS ?? 0);
  return {
    trace: (s) => {
      if (tracing) process.stderr.write(`sujarit-test: ${s} +${Math.round(performance.now())}\n`);
    },
    delay: () => (ms > 0 ? new Promise((r) => setTimeout(r, ms)) : Promise.resolve()),
  };
}

export async function runConsolidate(paths: string[], args: ConsolidateArgs, out: (s: string) => void): Promise<number> {
  if (paths.length === 0) throw new UsageError('no input paths');
  if (args.jobs !== undefined && (!Number.isInteger(args.jobs) || args.jobs < 1)) throw new UsageError('--jobs takes a whole number ≥ 1');
  const roster = await loadRoster(args.roster);
  const province = args.province ? cleanProvince(args.province) : null;
  const hooks = testHooks();

  let phase: Phase = 'reading';
  let received: string | null = null;
  const controller = new AbortController();
  const onSignal = (sig: NodeJS.Signals) => {
    if (received === null) {
      received = sig;
      if (phase !== 'swapping') controller.abort(sig);
      return;
    }
    // A second signal: leave at once while nothing has been written; otherwise finish cleaning up.
    if (phase === 'reading') process.exit(SIGNAL_EXIT[sig] ?? 130);
  };
  const signals = Object.keys(SIGNAL_EXIT) as NodeJS.Signals[];
  for (const s of signals) process.on(s, onSignal);
  const bar = { stop: () => {} };
  try {
    // The roster may sit in the input folder; it is not a submission.
    const { files, problems } = await collectInputs(paths, [args.out, ...(args.roster ? [args.roster] : [])]);
    for (const p of problems) process.stderr.write(`sujarit: cannot read ${p.path} (${p.reason})\n`);
    const shown = progress(files.length);
    bar.stop = shown.stop;
    hooks.trace('reading');
    // Read in a function of its own, so that the files' results are not held while the outputs are
    // written (a national run's results take hundreds of megabytes; the run keeps what it needs).
    const consolidated = async () => {
      const results = await processAll(files, args.jobs ?? defaultJobs(), shown.tick, { signal: controller.signal });
      shown.stop();
      hooks.trace('read');
      const flagged = flagDuplicateSubmissions(results, roster, province);
      hooks.trace('duplicates');
      return consolidate(flagged, { roster, province });
    };
    const run = withRunFindings(await consolidated(), folderFindings(problems));
    hooks.trace('consolidated');
    phase = 'writing';
    hooks.trace('writing');
    await writeOutputs(args.out, run, {
      signal: controller.signal,
      onStep: async (step: WriteStep, name?: string) => {
        if (step === 'swapping') phase = 'swapping';
        hooks.trace(name ? `${step} ${name}` : step);
        await hooks.delay();
      },
    });
    phase = 'done';
    hooks.trace('done');
    out(describeRun(run, args.out));
    if (received) {
      process.stderr.write(`sujarit: ได้รับสัญญาณ ${received} ขณะย้ายไฟล์ผลลัพธ์เข้าที่ จึงเขียนผลลัพธ์ชุดใหม่ให้ครบก่อนหยุด / interrupted (${received}) while the outputs were being moved into place; the new outputs were completed first\n`);
      return SIGNAL_EXIT[received] ?? 130;
    }
    const clean = run.summary.files.every((f) => f.status !== 'rejected' && (f.status === 'superseded' || f.findings.error === 0));
    return clean && problems.length === 0 ? 0 : 1;
  } catch (err) {
    if ((err instanceof Interrupted || err instanceof WriteAborted) && received) {
      bar.stop();
      process.stderr.write(`sujarit: หยุดตามสัญญาณ ${received} ไฟล์ผลลัพธ์ใน ${safe(args.out)} ไม่ถูกเปลี่ยนแปลง / interrupted (${received}); the outputs in ${safe(args.out)} were left unchanged\n`);
      return SIGNAL_EXIT[received] ?? 130;
    }
    throw err;
  } finally {
    for (const s of signals) process.off(s, onSignal);
  }
}
