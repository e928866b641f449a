/**
 * Runs processFile over many files on worker threads sized to the cores. A worker that dies
 * (out of memory, a crash) costs only the file it held: that file gets an unreadable-file
 * finding, a fresh worker takes its place, and the run goes on.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { makeFinding } from '../core/findings';
import { ruleByCode } from '../core/rules';
import { processFile, type FileResult } from './process-file';
import type { Task } from './worker';

export interface InputFile {
  abs: string;
  shown: string;
}

/** Memory per worker: a file that needs more is reported, not allowed to take the machine down. */
export const WORKER_LIMITS = { maxOldGenerationSizeMb: 384, maxYoungGenerationSizeMb: 48 };

/** The compiled worker: beside this file when running from build/, else in build/ (tests run the sources). */
export function workerScript(): string | null {
  const candidates = [path.join(__dirname, 'worker.js'), path.join(__dirname, '..', 'build', 'pipeline', 'worker.js')];
  return candidates.find((p) => fs.existsSync(p)) ?? null;
}

export function defaultJobs(): number {
  return Math.max(1, (os.availableParallelism?.() ?? os.cpus().length) || 1);
}

function crashed(file: InputFile, why: string): FileResult {
  const finding = makeFinding(ruleByCode('unreadable-file'), file.shown, {
    value: file.shown,
    params: { reason: `การประมวลผลไฟล์นี้หยุดกลางคัน (${why}) ไฟล์อาจใหญ่หรือเสียหาย`, reasonEn: `processing this file stopped (${why}); the file may be too large or damaged` },
  });
  return { path: file.shown, sha256: '0'.repeat(64), bytes: 0, mtimeMs: 0, format: 'unknown', pairs: null, doc: null, findings: [finding] };
}

async function sequential(files: InputFile[], onDone: () => void): Promise<FileResult[]> {
  const out: FileResult[] = [];
  for (const f of files) {
    out.push(await processFile(f.abs, f.shown));
    onDone();
  }
  return out;
}

export async function processAll(files: InputFile[], jobs: number, onDone: () => void = () => {}): Promise<FileResult[]> {
  const script = workerScript();
  const workers = Math.min(jobs, files.length);
  if (workers <= 1 || !script) return sequential(files, onDone);
  const results: FileResult[] = new Array(files.length);
  let next = 0;
  return new Promise((resolve) => {
    let running = 0;
    const start = () => {
      const worker = new Worker(script, { resourceLimits: WORKER_LIMITS });
      let current: Task | null = null;
      running++;
      const feed = () => {
        if (next >= files.length) {
          current = null;
          void worker.terminate();
          return;
        }
        const id = next++;
        current = { id, ...files[id] };
        worker.postMessage(current);
      };
      worker.on('message', (msg: { id: number; result: FileResult }) => {
        results[msg.id] = msg.result;
        onDone();
        feed();
      });
      worker.on('error', (err) => {
        if (current) {
          results[current.id] = crashed(files[current.id], err.message.slice(0, 120));
          onDone();
          current = null;
        }
      });
      worker.on('exit', () => {
        running--;
        if (current) {
          results[current.id] = crashed(files[current.id], 'worker exited');
          onDone();
          current = null;
        }
        if (next < files.length) start();
        else if (running === 0) resolve(results);
      });
      feed();
    };
    for (let i = 0; i < workers; i++) start();
  });
}
