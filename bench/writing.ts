/**
 * The main thread's share of a consolidation, on its own: a corpus's results, as the workers post
 * them, taken in, consolidated, and written as the five outputs, round after round on one thread.
 * Every file is checked once, before any round, and its posted result kept as the bytes a copy
 * between threads makes of it (v8.serialize), so each round takes them in as the main thread does
 * (v8.deserialize, transfer.ts unpackTransfer). A national run's writing is a quarter of its time and
 * mostly the main thread's; here it is timed without the workers and the other threads beside it,
 * which makes a change to consolidating or writing measurable in seconds that the machine's swings
 * would otherwise hide. The end-to-end bench (run.ts) says how fast; this says where to look.
 *
 *   ts-node --transpile-only bench/writing.ts [--councils 1000] [--rounds 5]
 *
 * summary.json and report.html are made here, on the main thread: from the sources there is no
 * compiled summary thread to make them beside the rest (write/summary-texts.ts). Each output's
 * figure is the time from its staging to the next one's, and the first round is not counted.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { parseRoster } from '../pipeline/roster';
import { consolidate } from '../pipeline/consolidate';
import { collectInputs, displayPath } from '../pipeline/collect';
import { flagDuplicateSubmissions } from '../pipeline/commands/consolidate';
import { processFile } from '../pipeline/process-file';
import { packForTransfer, unpackTransfer, type PostedResult } from '../pipeline/transfer';
import { writeOutputs } from '../pipeline/write/outputs';
import { ensureCorpus } from './corpus';
import { optionValue } from './lib/args';
import { msSince, now } from './lib/clock';
import { median } from './lib/median';

export interface WritingTiming {
  files: number;
  rounds: number;
  /** Milliseconds a round, median over the counted rounds. */
  takeInMs: number;
  consolidateMs: number;
  /** Each output in the order it is written, from its staging to the next one's. */
  outputsMs: Record<string, number>;
  totalMs: number;
}

const WARM_ROUNDS = 1;

/** Every file of the inbox checked as a worker checks it, each result as the bytes of its copy to the main thread. */
export async function postedResults(inbox: string): Promise<Buffer[]> {
  const { files } = await collectInputs([inbox]);
  const posted: Buffer[] = [];
  for (const f of files) {
    // Paths as the command shows them when run from the inbox (`sujarit consolidate .`).
    const shown = displayPath(path.relative(inbox, f.abs).split(path.sep).join('/'));
    posted.push(v8.serialize(packForTransfer(await processFile(f.abs, shown)).result));
  }
  return posted;
}

/**
 * Times `rounds` rounds (after a first that is not counted) of taking the posted results in,
 * consolidating them against the roster and writing the outputs into `out` (a folder of its own
 * when not given, removed afterwards).
 */
export async function timeWriting(inbox: string, rosterFile: string, opts: { rounds?: number; out?: string; posted?: Buffer[] } = {}): Promise<WritingTiming> {
  const rounds = opts.rounds ?? 5;
  const posted = opts.posted ?? (await postedResults(inbox));
  const roster = parseRoster(new Uint8Array(fs.readFileSync(rosterFile)));
  const out = opts.out ?? fs.mkdtempSync(path.join(os.tmpdir(), 'sujarit-bench-writing-'));
  const kept = { takeIn: [] as number[], consolidate: [] as number[], total: [] as number[], outputs: new Map<string, number[]>() };
  try {
    for (let round = 0; round < WARM_ROUNDS + rounds; round++) {
      const start = now();
      const results = posted.map((bytes) => unpackTransfer(v8.deserialize(bytes) as PostedResult));
      const takeIn = msSince(start);
      let t = now();
      const run = consolidate(flagDuplicateSubmissions(results, roster, null), { roster, province: null });
      const consolidating = msSince(t);
      const outputs = new Map<string, number>();
      let staging: string | null = null;
      t = now();
      const lap = (next: string | null) => {
        if (staging) outputs.set(staging, msSince(t));
        staging = next;
        t = now();
      };
      await writeOutputs(out, run, {
        onStep: (step, name) => {
          if (step === 'staging') lap(name ?? null);
          else if (step === 'staged') lap(null);
        },
      });
      if (round < WARM_ROUNDS) continue;
      kept.takeIn.push(takeIn);
      kept.consolidate.push(consolidating);
      kept.total.push(msSince(start));
      for (const [name, ms] of outputs) kept.outputs.set(name, [...(kept.outputs.get(name) ?? []), ms]);
    }
  } finally {
    if (!opts.out) fs.rmSync(out, { recursive: true, force: true });
  }
  const outputsMs: Record<string, number> = {};
  for (const [name, list] of kept.outputs) outputsMs[name] = median(list);
  return { files: posted.length, rounds, takeInMs: median(kept.takeIn), consolidateMs: median(kept.consolidate), outputsMs, totalMs: median(kept.total) };
}

export function writingLine(t: WritingTiming): string {
  const s = (ms: number) => (ms / 1000).toFixed(2);
  const outputs = Object.entries(t.outputsMs).map(([name, ms]) => `${name} ${s(ms)}`);
  return (
    `the main thread's share, one thread, from the posted results (${t.files.toLocaleString('en')} files, median of ${t.rounds} rounds): ` +
    `taking them in ${s(t.takeInMs)} s, consolidating ${s(t.consolidateMs)} s, writing ${outputs.join(', ')} s; ${s(t.totalMs)} s in all`
  );
}

if (require.main === module) {
  const corpus = ensureCorpus(Number(optionValue('--councils') ?? 1000));
  timeWriting(corpus.inbox, corpus.roster, { rounds: Number(optionValue('--rounds') ?? 5) }).then((t) => process.stdout.write(`${writingLine(t)}\n`));
}
