/**
 * Runs processFile over many files on worker threads sized to the cores. A worker that dies
 * (out of memory, a crash) or takes longer than the time allowed costs only the file it held:
 * that file gets an unreadable-file finding (with its real hash, read again on the main thread),
 * a fresh worker takes its place, and the run goes on. An AbortSignal stops every worker at once
 * (the run is interrupted: processAll rejects with Interrupted).
 *
 * Each worker has several files in flight (pipelineDepth): the next one is read while it checks the
 * current one, so neither the disk nor the message round trip leaves a core idle between two files.
 * One more thread reads the files for all of them (port-reads.ts).
 *
 * The compiled CLI always uses workers, even for one job, so the memory limits always hold.
 * Under ts-jest (sources, not build/) one job runs in-process, as the suites expect.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import { makeFinding } from '../core/findings';
import { ruleByCode } from '../core/rules';
import { NO_HASH, processFile, type FileResult } from './process-file';
import { threadScript } from './thread-script';
import { unpackTransfer, type PostedResult } from './transfer';
import type { Task } from './worker';

export interface InputFile {
  abs: string;
  shown: string;
}

/**
 * Memory per worker: a file that needs more is reported, not allowed to take the machine down. The
 * young generation (128 MB of new space) holds a few dozen files' short-lived garbage, so it is
 * collected a third as often as with 32 MB: at 4,000 councils 49 collections a worker, 0.25 s,
 * against 131 and 0.40 s, for some 60 MB more of peak memory per worker.
 */
export const WORKER_LIMITS = { maxOldGenerationSizeMb: 384, maxYoungGenerationSizeMb: 192 };

/** How long one file may take before its worker is stopped and the file reported. */
export const DEFAULT_FILE_TIMEOUT_MS = 10 * 60 * 1000;

export interface PoolOptions {
  /** Aborting stops every worker and makes processAll reject with Interrupted. */
  signal?: AbortSignal;
  /** Default DEFAULT_FILE_TIMEOUT_MS. */
  fileTimeoutMs?: number;
  /** Use a worker even for one job (default: when running compiled, i.e. the CLI). */
  isolate?: boolean;
}

/** The run was interrupted (SIGINT, SIGTERM): no result is complete. */
export class Interrupted extends Error {
  constructor(readonly signal: string = 'abort') {
    super(`interrupted (${signal})`);
  }
}

/** The compiled script of the pool's workers, or of its reading thread (thread-script.ts). */
export function workerScript(name: 'worker' | 'reader' = 'worker'): string | null {
  return threadScript(name);
}

/**
 * The reading thread's memory: the files' bytes are moved out as soon as they are read (and
 * ArrayBuffers live outside the heap), so it needs little of its own.
 */
export const READER_LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 };

/**
 * The thread that reads every worker's files (port-reads.ts), or null when it cannot start (the
 * workers then read for themselves, as they do once it stops: their ports to it close).
 */
function startReader(): { portFor: () => MessagePort | null; stop: () => void } {
  const script = workerScript('reader');
  let reader: Worker | null = null;
  try {
    reader = script ? new Worker(script, { resourceLimits: READER_LIMITS }) : null;
  } catch {
    reader = null;
  }
  reader?.on('error', ignoreError);
  reader?.on('exit', () => {
    reader = null;
  });
  return {
    portFor: () => {
      if (!reader) return null;
      const { port1, port2 } = new MessageChannel();
      reader.postMessage({ port: port1 }, [port1]);
      return port2;
    },
    stop: () => {
      if (!reader) return;
      const r = reader;
      reader = null;
      forget(r);
      void r.terminate();
    },
  };
}

export function defaultJobs(): number {
  return Math.max(1, (os.availableParallelism?.() ?? os.cpus().length) || 1);
}

/** The file's hash and size, read in pieces on the main thread (its worker is gone). */
async function fingerprint(abs: string): Promise<{ sha256: string; bytes: number; mtimeMs: number }> {
  try {
    const stat = await fs.promises.stat(abs);
    const hash = createHash('sha256');
    let bytes = 0;
    for await (const chunk of fs.createReadStream(abs)) {
      hash.update(chunk as Buffer);
      bytes += (chunk as Buffer).length;
    }
    return { sha256: hash.digest('hex'), bytes, mtimeMs: stat.mtimeMs };
  } catch {
    return { sha256: NO_HASH, bytes: 0, mtimeMs: 0 };
  }
}

export async function crashedResult(file: InputFile, why: { th: string; en: string }): Promise<FileResult> {
  const finding = makeFinding(ruleByCode('unreadable-file'), file.shown, {
    value: file.shown,
    params: { reason: `การประมวลผลไฟล์นี้หยุดกลางคัน (${why.th}) ไฟล์อาจใหญ่เกินไปหรือเสียหาย ไฟล์อื่นตรวจต่อตามปกติ`, reasonEn: `processing this file stopped (${why.en}); the file may be too large or damaged; the other files were processed as usual` },
  });
  return { path: file.shown, ...(await fingerprint(file.abs)), format: 'unknown', pairs: null, doc: null, counted: null, findings: [finding] };
}

function whyOf(err: Error): { th: string; en: string } {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') return { th: 'ใช้หน่วยความจำเกินกำหนด', en: 'it needed more memory than allowed' };
  const msg = err.message.replace(/\s+/g, ' ').slice(0, 120);
  return { th: `เกิดข้อผิดพลาด: ${msg}`, en: `an error: ${msg}` };
}

async function sequential(files: InputFile[], onDone: () => void, signal?: AbortSignal): Promise<FileResult[]> {
  const out: FileResult[] = [];
  for (const f of files) {
    if (signal?.aborted) throw new Interrupted(String(signal.reason ?? 'abort'));
    out.push(await processFile(f.abs, f.shown));
    onDone();
  }
  if (signal?.aborted) throw new Interrupted(String(signal.reason ?? 'abort'));
  return out;
}

/** Workers that fail before they come online this many times in a row: the rest runs in-process. */
const MAX_START_FAILURES = 3;

/**
 * Files sent to a worker before the first of them is done (worker.ts reads the next while it checks
 * the current one, and holds the rest unread). Two at least; while much is left, up to
 * MAX_PIPELINE_DEPTH, so a worker has work for some 30 ms (at 2 ms a file) whenever the main thread
 * stops to collect garbage in a national run's results and answers late: with two, the workers
 * waited for it a tenth of the time. Toward the end of a run the depth falls back to two, so that
 * the last files are shared out evenly and no worker sits idle while another has a queue. A crash
 * or a timeout is still charged to the one file being checked (the oldest in flight); the others
 * go back to the queue for another worker.
 */
export const MAX_PIPELINE_DEPTH = 16;

export function pipelineDepth(remaining: number, workers: number): number {
  return Math.max(2, Math.min(MAX_PIPELINE_DEPTH, Math.floor(remaining / (4 * workers))));
}

/** Ignores what a worker reports once the pool is done with it. */
function ignoreError(): void {}

/**
 * Drops the pool's listeners from a worker it is done with (exited, or terminated at the end), so
 * that the Worker object, which Node keeps, no longer reaches the run's results through them. An
 * error it may still report is ignored, not left to crash the process.
 */
function forget(worker: Worker): void {
  worker.removeAllListeners();
  worker.on('error', ignoreError);
}

export async function processAll(files: InputFile[], jobs: number, onDone: () => void = () => {}, opts: PoolOptions = {}): Promise<FileResult[]> {
  const script = workerScript();
  const isolate = opts.isolate ?? __filename.endsWith('.js');
  const workers = Math.min(jobs, files.length);
  const { signal } = opts;
  if (signal?.aborted) throw new Interrupted(String(signal.reason ?? 'abort'));
  if (!script || workers === 0 || (workers === 1 && !isolate)) return sequential(files, onDone, signal);
  const timeoutMs = opts.fileTimeoutMs ?? DEFAULT_FILE_TIMEOUT_MS;
  const results: Promise<FileResult>[] = new Array(files.length);
  const live = new Set<Worker>();
  const reading = startReader();
  /** Files handed back by a worker that stopped before checking them: sent again first. */
  const again: number[] = [];
  let next = 0;
  let done = 0;
  let startFailures = 0;
  let finished = false;

  const hasWork = () => again.length > 0 || next < files.length;
  const take = (): number => (again.length > 0 ? (again.shift() as number) : next++);

  return new Promise<FileResult[]>((resolve, reject) => {
    const finish = (err?: Error) => {
      if (finished) return;
      finished = true;
      signal?.removeEventListener('abort', onAbort);
      reading.stop();
      for (const w of live) {
        forget(w);
        void w.terminate();
      }
      // A worker that has exited stays reachable (Node keeps the object, and with it its listeners,
      // whose closures hold `results`, and `resolve`, and through it this promise and the results it
      // resolves with): emptied here, and each worker's listeners dropped (forget) once it is done,
      // the results live only as long as the caller keeps them, not for the whole process (a
      // national run's are hundreds of megabytes, still held while its outputs were written).
      const release = () => {
        results.length = 0;
      };
      if (err) {
        release();
        reject(err);
      } else {
        Promise.all(results).then(
          (all) => {
            release();
            resolve(all);
          },
          (e: unknown) => {
            release();
            reject(e);
          },
        );
      }
    };
    const record = (id: number, result: Promise<FileResult>) => {
      results[id] = result;
      done++;
      onDone();
      if (done === files.length) finish();
    };
    const onAbort = () => finish(new Interrupted(String(signal?.reason ?? 'abort')));
    signal?.addEventListener('abort', onAbort, { once: true });

    const restInProcess = () => {
      const rest: number[] = [];
      while (hasWork()) rest.push(take());
      void (async () => {
        for (const id of rest) {
          if (finished) return;
          record(id, Promise.resolve(await processFile(files[id].abs, files[id].shown)));
        }
      })().catch((err: Error) => finish(err));
    };

    const start = () => {
      if (finished) return;
      const port = reading.portFor();
      const worker = new Worker(script, { resourceLimits: WORKER_LIMITS, ...(port ? { workerData: { reader: port }, transferList: [port] } : {}) });
      live.add(worker);
      /** Ids sent to this worker and not yet answered, oldest first: the first is being checked. */
      const inFlight: number[] = [];
      let timer: NodeJS.Timeout | null = null;
      let online = false;
      let retiring = false;
      const clock = () => {
        if (timer) clearTimeout(timer);
        timer = null;
        if (inFlight.length === 0) return;
        const id = inFlight[0];
        timer = setTimeout(() => {
          const seconds = Math.round(timeoutMs / 1000);
          settleHead(crashedResult(files[id], { th: `ใช้เวลาเกิน ${seconds} วินาที`, en: `it took longer than ${seconds} seconds` }));
          retire();
        }, timeoutMs);
      };
      /** The file being checked is done (or lost with its worker). */
      const settleHead = (result: Promise<FileResult>) => {
        const id = inFlight.shift();
        if (id !== undefined) record(id, result);
        clock();
      };
      /** This worker takes no more files; the ones it has not started go back to the queue. */
      const retire = () => {
        retiring = true;
        if (timer) clearTimeout(timer);
        timer = null;
        again.push(...inFlight.splice(0));
        void worker.terminate();
      };
      const feed = () => {
        if (finished || retiring) return;
        if (inFlight.length === 0 && !hasWork()) {
          retiring = true;
          void worker.terminate();
          return;
        }
        const depth = pipelineDepth(files.length - next + again.length, workers);
        while (inFlight.length < depth && hasWork()) {
          const id = take();
          inFlight.push(id);
          if (inFlight.length === 1) clock();
          worker.postMessage({ id, ...files[id] } satisfies Task);
        }
      };
      worker.on('online', () => {
        online = true;
        startFailures = 0;
        feed();
      });
      worker.on('message', (msg: { id: number; result: PostedResult }) => {
        if (retiring) return;
        if (inFlight[0] === msg.id) settleHead(Promise.resolve(unpackTransfer(msg.result)));
        feed();
      });
      worker.on('error', (err) => {
        if (inFlight.length > 0) settleHead(crashedResult(files[inFlight[0]], whyOf(err)));
        retire();
      });
      worker.on('exit', (code) => {
        live.delete(worker);
        if (timer) clearTimeout(timer);
        timer = null;
        if (inFlight.length > 0) {
          const id = inFlight[0];
          settleHead(crashedResult(files[id], { th: `ตัวประมวลผลหยุดทำงาน รหัส ${code}`, en: `the worker exited with code ${code}` }));
          again.push(...inFlight.splice(0));
        }
        forget(worker);
        if (finished) return;
        if (!online && ++startFailures >= MAX_START_FAILURES) {
          if (live.size === 0) restInProcess();
          return;
        }
        if (hasWork()) start();
      });
    };
    for (let i = 0; i < workers; i++) start();
  });
}
