/**
 * The national benchmark: `sujarit consolidate` end to end on a corpus of N councils, against the
 * openpyxl script an analyst would write (bench/peer/consolidate.py), measured in the same run.
 *
 *   npm run bench                          # 1,000, 4,000 and 7,850 councils, then core on a 2,000-row sheet, a
 *                                          # plan read beside 0, 1,000 and 40,000 named styles (bench/styles.ts),
 *                                          # a file's stages (bench/stages.ts) and the main thread's share
 *                                          # of consolidating and writing (bench/writing.ts)
 *   npm run bench -- --councils N [--json] # one size; --json prints one JSON object
 *   npm run bench -- --quick               # 1,000 councils, one run each: under a minute
 *   options: --runs R (runs of sujarit and of the peer per size, taking turns, median; default 3, 1
 *            with --quick), --no-peer, --jobs N,
 *            --corpus DIR (where corpora are kept; default bench/.corpus)
 *
 * For each size: the corpus is generated once into bench/.corpus/<N>/ (bench/corpus.ts; not timed);
 * every file is read once so both programs start from the same page cache; the peer runs with
 * /usr/bin/python3 when python3-openpyxl is installed, before each of sujarit's runs (the ratio is the
 * median of each pair's); sujarit runs as the built CLI
 * (`node bin/sujarit.js consolidate … --roster … --out …`, build/cli/ from `npm run build:node`) in a
 * child process, wall time measured around it, peak RSS reported by the child itself
 * (bench/lib/rss-probe.js, worker threads included), and its phases from the trace it prints of its
 * own steps (bench/lib/phases.ts). After sujarit's first run, before any further
 * run and before any figure is kept, the two programs' budgets must agree per province × dimension
 * × year, with each other and with the corpus's ground truth (bench/lib/compare.ts says exactly
 * how; without a peer, sujarit against the truth alone); if they do not, the differences are
 * printed and the bench exits 1. stdout carries only the results (one JSON object per size with
 * --json); everything else goes to stderr.
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CORPUS_ROOT, ensureCorpus, type Corpus, type Manifest } from './corpus';
import { timeCore } from './core';
import { stagesLine, timeStages } from './stages';
import { timeWriting, writingLine } from './writing';
import { stylesLine, timeStyles } from './styles';
import { compareTotals, truthAsPeer, type Agreement, type OurSummary, type PeerResult } from './lib/compare';
import { optionValue } from './lib/args';
import { median } from './lib/median';
import { cpuLine, cpuSeconds, type Probe } from './lib/cpu';
import { medianPhases, phasesLine, phasesOf, type Phases } from './lib/phases';
import { NATIONAL_COUNCILS } from './lib/nation';

const ROOT = path.join(__dirname, '..');
const CLI = path.join(ROOT, 'bin', 'sujarit.js');
const PROBE = path.join(__dirname, 'lib', 'rss-probe.js');
const PEER = path.join(__dirname, 'peer', 'consolidate.py');
const PYTHON = '/usr/bin/python3';

export interface BenchResult {
  councils: number;
  seconds: number;
  workbooksPerSecond: number;
  peakRssMB: number;
  peer: { seconds: number; workbooksPerSecond: number } | null;
  ratio: number | null;
}

interface Options {
  sizes: number[];
  json: boolean;
  runs: number;
  peer: boolean;
  jobs: number | null;
  core: boolean;
  /**
   * Where a file's time goes (bench/stages.ts) and where the main thread's consolidating and writing
   * goes (bench/writing.ts): the full bench only, --quick leaves them out.
   */
  stages: boolean;
  /** Where corpora are kept (bench/.corpus by default). */
  corpusRoot: string;
}

function parseArgs(argv: string[]): Options {
  const value = (name: string): string | undefined => optionValue(name, argv);
  const quick = argv.includes('--quick');
  const councils = value('--councils');
  const sizes = councils ? [Number(councils)] : quick ? [1000] : [1000, 4000, NATIONAL_COUNCILS];
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) usage('--councils takes a whole number ≥ 1');
  const runs = Number(value('--runs') ?? (quick ? 1 : 3));
  if (!Number.isInteger(runs) || runs < 1) usage('--runs takes a whole number ≥ 1');
  const jobs = value('--jobs') ? Number(value('--jobs')) : null;
  const core = !councils && !argv.includes('--json');
  return { sizes, json: argv.includes('--json'), runs, peer: !argv.includes('--no-peer'), jobs, core, stages: core && !quick, corpusRoot: value('--corpus') ?? CORPUS_ROOT };
}

function usage(why: string): never {
  process.stderr.write(`bench: ${why}\nusage: npm run bench -- [--councils N] [--json] [--quick] [--runs R] [--no-peer] [--jobs N] [--corpus DIR]\n`);
  process.exit(2);
}

const log = (s: string) => process.stderr.write(`${s}\n`);

/** The peer's interpreter and openpyxl version, or why it cannot run. */
export function peerAvailable(): { ok: true; version: string } | { ok: false; why: string } {
  if (!fs.existsSync(PYTHON)) return { ok: false, why: `${PYTHON} not found` };
  const r = spawnSync(PYTHON, ['-c', 'import sys, openpyxl; print(sys.version.split()[0], openpyxl.__version__)'], { encoding: 'utf8' });
  if (r.status !== 0) return { ok: false, why: 'python3-openpyxl is not installed (apt-get install -y python3-openpyxl)' };
  const [py, op] = r.stdout.trim().split(' ');
  return { ok: true, version: `Python ${py}, openpyxl ${op}` };
}

/** Reads every file of the corpus once, so that neither program pays for the disk and the other not. */
function warmCache(dir: string): void {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) warmCache(p);
    else fs.readFileSync(p);
  }
}

function wall<T>(fn: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const t = process.hrtime.bigint();
  return fn().then((value) => ({ value, seconds: Number(process.hrtime.bigint() - t) / 1e9 }));
}

function run(cmd: string, args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function runPeer(corpus: Corpus): Promise<{ seconds: number; result: PeerResult }> {
  const out = path.join(os.tmpdir(), `sujarit-bench-peer-${corpus.manifest.councils}-${process.pid}.json`);
  const { value, seconds } = await wall(() => run(PYTHON, [PEER, corpus.inbox, '--json', out], { cwd: ROOT }));
  if (value.code !== 0) throw new Error(`the peer failed (exit ${value.code}): ${value.stderr.slice(-2000)}`);
  const result = JSON.parse(fs.readFileSync(out, 'utf8')) as PeerResult;
  fs.rmSync(out, { force: true });
  return { seconds, result };
}

interface OurRun {
  seconds: number;
  peakRssMB: number;
  /** User and system time of every thread (lib/cpu.ts). */
  cpuSeconds: number;
  summary: OurSummary;
  stdout: string;
  /** From the command's own trace of its steps (null if it printed none). */
  phases: Phases | null;
}

async function runOurs(corpus: Corpus, jobs: number | null): Promise<OurRun> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), `sujarit-bench-${corpus.manifest.councils}-`));
  const probe = path.join(outDir, 'probe.json');
  const args = ['-r', PROBE, CLI, 'consolidate', '.', '--roster', corpus.roster, '--out', path.join(outDir, 'out'), ...(jobs ? ['--jobs', String(jobs)] : [])];
  try {
    // The trace is a few lines on stderr: it costs the run nothing it could measure.
    const env = { ...process.env, SUJARIT_BENCH_PROBE: probe, SUJARIT_TEST_TRACE: '1' };
    const { value, seconds } = await wall(() => run(process.execPath, args, { cwd: corpus.inbox, env }));
    // 1 = some file carries error findings: the corpus is made with defects, so that is the expected result.
    if (value.code !== 0 && value.code !== 1) throw new Error(`sujarit consolidate failed (exit ${value.code}): ${value.stderr.slice(-2000)}`);
    const usage = JSON.parse(fs.readFileSync(probe, 'utf8')) as Probe;
    const summary = JSON.parse(fs.readFileSync(path.join(outDir, 'out', 'summary.json'), 'utf8')) as OurSummary;
    return { seconds, peakRssMB: usage.maxRssKB / 1024, cpuSeconds: cpuSeconds(usage), summary, stdout: value.stdout, phases: phasesOf(value.stderr) };
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

function describeDisagreement(a: Agreement): string {
  const lines = [
    `the peer and sujarit disagree on ${a.disagreements.length} of ${a.cells} province × dimension × year budgets, read ${a.readDifferences.length} files differently, ` +
      `sujarit gave ${a.statusDifferences.length} files another status than the corpus intends, ` +
      `and counted the councils that sent files differently in ${a.councilDifferences.length} places:`,
  ];
  for (const d of a.disagreements.slice(0, 15)) lines.push(`  ${d.key}: sujarit ${d.ours}, peer ${d.peer}${d.truth === null ? '' : `, corpus truth ${d.truth}`}`);
  for (const f of a.fileDifferences.slice(0, 10)) lines.push(`  file ${f.path}: sujarit ${JSON.stringify(f.ours)} peer ${JSON.stringify(f.peer)}`);
  for (const r of a.readDifferences.slice(0, 10)) lines.push(`  read ${r.path}: sujarit ${r.ours}, peer ${r.peer}`);
  for (const r of a.statusDifferences.slice(0, 10)) lines.push(`  status ${r.path}: sujarit ${r.ours}, corpus ${r.expected}`);
  for (const c of a.councilDifferences.slice(0, 10)) lines.push(`  councils that sent files, ${c.province}: sujarit ${c.ours}, corpus ${c.expected}`);
  return lines.join('\n');
}

/** One size's figures, with what the report prints beside them. */
interface SizeResult {
  result: BenchResult;
  agreement: Agreement | null;
  files: number;
  manifest: Manifest;
  /** The median phases of the runs that traced them, and how many did. */
  phases: Phases | null;
  runs: number;
  /** Each run's wall-clock and CPU seconds. */
  times: { seconds: number; cpuSeconds: number }[];
}

async function benchOne(n: number, opts: Options, peerOk: boolean): Promise<SizeResult> {
  const corpus = ensureCorpus(n, opts.corpusRoot);
  const files = corpus.manifest.files.length;
  log(`corpus ${n}: ${corpus.generated ? `generated in ${corpus.seconds.toFixed(1)} s (not timed)` : 'cached'} — ${files} files, ${(corpus.manifest.bytes / 1e6).toFixed(1)} MB, ${corpus.manifest.files.reduce((s, f) => s + f.items, 0)} item rows, in ${corpus.dir}`);
  warmCache(corpus.inbox);
  // The peer and sujarit take turns, run for run: the machine's speed drifts by a third over minutes,
  // and a peer timed once, before sujarit's runs, made the ratio a matter of when each ran.
  const peerRuns: { seconds: number; result: PeerResult }[] = [];
  const runs: OurRun[] = [];
  let agreement: Agreement | null = null;
  for (let i = 0; i < opts.runs; i++) {
    if (peerOk) {
      log(`  peer (openpyxl) run ${i + 1}/${opts.runs} …`);
      const p = await runPeer(corpus);
      log(`  peer run ${i + 1}/${opts.runs}: ${p.seconds.toFixed(2)} s`);
      peerRuns.push(p);
    }
    const r = await runOurs(corpus, opts.jobs);
    log(`  sujarit run ${i + 1}/${opts.runs}: ${r.seconds.toFixed(2)} s, peak RSS ${r.peakRssMB.toFixed(0)} MB, CPU ${r.cpuSeconds.toFixed(2)} s`);
    runs.push(r);
    if (i > 0) continue;
    // Checked on the first run, before any further run and before any figure is kept: the peer's
    // budgets (or, without a peer, the corpus's ground truth) against sujarit's, per province ×
    // dimension × year, and every file's status.
    const peer = peerRuns[0] ?? null;
    agreement = compareTotals(r.summary, peer ? peer.result : truthAsPeer(corpus.manifest), corpus.manifest);
    if (!agreement.agree) {
      log(describeDisagreement(agreement));
      throw new Error(`no figures: ${peer ? 'the peer and sujarit' : "sujarit and the corpus's ground truth"} do not agree on the corpus`);
    }
    log(`  budgets agree${peer ? ' with the peer and' : ''} with the corpus truth: ${agreement.cells} province × dimension × year cells, ${agreement.files} plans`);
  }
  const seconds = median(runs.map((r) => r.seconds));
  const peerSeconds = peerRuns.length > 0 ? median(peerRuns.map((p) => p.seconds)) : null;
  const result: BenchResult = {
    councils: n,
    seconds: round(seconds, 3),
    workbooksPerSecond: round(files / seconds, 1),
    peakRssMB: round(Math.max(...runs.map((r) => r.peakRssMB)), 1),
    peer: peerSeconds === null ? null : { seconds: round(peerSeconds, 3), workbooksPerSecond: round(files / peerSeconds, 1) },
    // Each peer run against the sujarit run right after it, the median of those: the two of a pair
    // ran minutes apart at most.
    ratio: peerRuns.length > 0 ? round(median(peerRuns.map((p, i) => p.seconds / runs[i].seconds)), 2) : null,
  };
  const traced = runs.flatMap((r) => (r.phases ? [r.phases] : []));
  const times = runs.map((r) => ({ seconds: r.seconds, cpuSeconds: r.cpuSeconds }));
  return { result, agreement, files, manifest: corpus.manifest, phases: medianPhases(traced), runs: traced.length, times };
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

async function main(argv: string[]): Promise<number> {
  const opts = parseArgs(argv);
  if (!fs.existsSync(path.join(ROOT, 'build', 'cli', 'cli.js'))) {
    log('bench: the CLI is not built; run `npm run build:node` first (`npm run bench` does)');
    return 2;
  }
  const peer = opts.peer ? peerAvailable() : ({ ok: false, why: '--no-peer' } as const);
  if (!peer.ok) log(`bench: no peer (${peer.why}); sujarit alone is measured`);
  const rows: SizeResult[] = [];
  for (const n of opts.sizes) {
    const one = await benchOne(n, opts, peer.ok);
    rows.push(one);
    if (opts.json) process.stdout.write(`${JSON.stringify(one.result)}\n`);
  }
  if (opts.json) return 0;
  const cores = os.availableParallelism?.() ?? os.cpus().length;
  const lines = [
    '',
    `sujarit consolidate, end to end (node ${process.version}, ${cores} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB${opts.jobs ? `, --jobs ${opts.jobs}` : ''}), median of ${opts.runs} run${opts.runs > 1 ? 's' : ''}` +
      `; peer: ${peer.ok ? `${peer.version}, one process, as an analyst runs it, run before each of sujarit's runs; ratio: median of the pairs'` : 'none'}`,
    'councils  files   seconds  workbooks/s  peak RSS   peer s  peer wb/s   ratio  budgets agree',
  ];
  for (const { result: r, agreement: a, files } of rows) {
    lines.push(
      [
        String(r.councils).padStart(8),
        String(files).padStart(6),
        r.seconds.toFixed(2).padStart(9),
        r.workbooksPerSecond.toFixed(0).padStart(12),
        `${r.peakRssMB.toFixed(0)} MB`.padStart(9),
        (r.peer ? r.peer.seconds.toFixed(1) : '-').padStart(8),
        (r.peer ? r.peer.workbooksPerSecond.toFixed(0) : '-').padStart(10),
        (r.ratio ? `${r.ratio.toFixed(1)}×` : '-').padStart(7),
        a ? `  yes (${r.peer ? 'peer and truth' : 'truth only'}): ${a.cells} province×dimension×year cells, ${a.files} plans, ${(a.baht / 1e6).toFixed(1)} M baht` : '  -',
      ].join(' '),
    );
  }
  if (rows.length > 1) {
    const first = rows[0];
    const last = rows[rows.length - 1];
    const perFile = (x: typeof first) => (x.result.seconds / x.files) * 1000;
    lines.push(`growth: ${perFile(first).toFixed(3)} ms per file at ${first.result.councils} councils, ${perFile(last).toFixed(3)} ms at ${last.result.councils} (× ${(perFile(last) / perFile(first)).toFixed(2)}; 1.00 = linear)`);
  }
  for (const r of rows) if (r.phases) lines.push(phasesLine(r.result.councils, r.runs, r.phases));
  for (const r of rows) lines.push(cpuLine(r.result.councils, r.times, cores));
  const naive = rows[rows.length - 1].result.peer ? rows[rows.length - 1].agreement?.national : undefined;
  if (naive) {
    const over = naive.reduce((s, y) => s + y.peerNaive - y.ours, 0);
    lines.push(`the peer's own national total counts resubmissions and councils' second plans again: ${(over / 1e6).toFixed(1)} M baht more than sujarit's one plan per council`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  let coreMs: number | null = null;
  if (opts.core) {
    for (const layout of ['multi-year', 'annual'] as const) {
      const c = timeCore(2000, 15, layout);
      coreMs = Math.max(coreMs ?? 0, c.validateMs);
      process.stdout.write(
        `core (add-in side), ${c.layout} sheet of ${c.rows} rows, ${c.items} items: detect ${c.detectMs.toFixed(1)} ms, parse ${c.parseMs.toFixed(1)} ms, ` +
          `validate (parse + every rule) ${c.validateMs.toFixed(1)} ms median of 15 (first call of the process ${c.firstValidateMs.toFixed(1)} ms)\n`,
      );
    }
    process.stdout.write(`${stylesLine(await timeStyles())}\n`);
  }
  if (opts.stages) {
    const corpus = ensureCorpus(opts.sizes[0], opts.corpusRoot);
    process.stdout.write(`${stagesLine(await timeStages(corpus.inbox))}\n`);
    process.stdout.write(`${writingLine(await timeWriting(corpus.inbox, corpus.roster))}\n`);
  }
  process.stdout.write(`${targetsLine(rows.map((r) => ({ ...r.result, files: r.files })), coreMs)}\n`);
  return 0;
}

/** The issue's targets beside what this run measured (reported, never asserted: machines differ). */
function targetsLine(rows: (BenchResult & { files: number })[], coreMs: number | null): string {
  const mark = (ok: boolean) => (ok ? 'met' : 'missed');
  const parts: string[] = [];
  const nation = rows.find((r) => r.councils === NATIONAL_COUNCILS) ?? rows[rows.length - 1];
  parts.push(`${nation.councils} councils: ${nation.workbooksPerSecond.toFixed(0)} workbooks/s (target ≥ 1000: ${mark(nation.workbooksPerSecond >= 1000)})`);
  if (nation.councils === NATIONAL_COUNCILS) parts.push(`${nation.seconds.toFixed(1)} s (target ≤ 8: ${mark(nation.seconds <= 8)})`);
  parts.push(`peak RSS ${nation.peakRssMB.toFixed(0)} MB (target ≤ 1024: ${mark(nation.peakRssMB <= 1024)})`);
  if (nation.ratio !== null) parts.push(`${nation.ratio.toFixed(1)}× the peer (target ≥ 15: ${mark(nation.ratio >= 15)})`);
  if (rows.length > 1) {
    const growth = nation.seconds / nation.files / (rows[0].seconds / rows[0].files);
    parts.push(`time per file × ${growth.toFixed(2)} from ${rows[0].councils} to ${nation.councils} councils (linear: ${mark(growth <= 1.25)})`);
  }
  if (coreMs !== null) parts.push(`core validates 2,000 rows in ${coreMs.toFixed(0)} ms (target ≤ 150: ${mark(coreMs <= 150)})`);
  return `targets: ${parts.join('; ')}`;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      process.stderr.write(`bench: ${(err as Error).message}\n`);
      process.exit(1);
    },
  );
}
