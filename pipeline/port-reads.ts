/**
 * Files read for the pool's workers by one reading thread (pipeline/reader.ts), over a MessagePort
 * each worker has to it. The reading thread does nothing but read, so it reads with blocking calls
 * (readFileOnceSync: stat, open, read, close, stat, one system call each) and moves the bytes to the
 * worker. A worker that read for itself made five round trips to libuv's thread pool per file, each
 * waking a pool thread and then the worker again: in a national run of 8,168 files, the workers and
 * libuv's threads used 2.5 CPU-seconds more than they do now, and the reading thread uses 0.8. No
 * checking thread and not the main thread ever waits on the disk: a slow disk holds up the reading
 * thread alone, as it would hold up libuv's threads.
 *
 * Should the reading thread stop, each worker's port closes and the worker reads its files itself
 * (its fallback, readForProcessing), those it was waiting for first. This module leaves the checks'
 * code out of the reading thread: it loads the file reader alone.
 */
import type { MessagePort } from 'node:worker_threads';
import type { FileRead } from './process-file';
import { readFileOnceSync, type FileSnapshot } from './read/file';
import { UnreadableError } from './read/unreadable';

export interface ReadRequest {
  /** Numbers the worker's requests, so that each answer finds its own. */
  n: number;
  abs: string;
}

/** A read's answer: the bytes (moved, not copied), or why the file could not be read. */
export type ReadReply = { n: number; snap: FileSnapshot } | { n: number; reason: string; reasonEn: string };

/** One file, read the way readFileOnce reads it, as the answer to post and the buffer it moves. */
export function answerRead(req: ReadRequest): { reply: ReadReply; moved: ArrayBuffer[] } {
  try {
    const snap = readFileOnceSync(req.abs);
    return { reply: { n: req.n, snap }, moved: [snap.bytes.buffer as ArrayBuffer] };
  } catch (err) {
    // readFileOnceSync throws nothing else; an Error's own fields do not survive the copy to the worker.
    const e = err instanceof UnreadableError ? err : new UnreadableError(String(err), String(err));
    return { reply: { n: req.n, reason: e.reason, reasonEn: e.reasonEn }, moved: [] };
  }
}

/** The reading thread's side of one worker's port: every request read in turn and answered. */
export function serveReads(port: MessagePort): void {
  port.on('message', (req: ReadRequest) => {
    const { reply, moved } = answerRead(req);
    port.postMessage(reply, moved);
  });
}

/** A worker's side: reads asked of the reading thread, or made here once its port has closed. */
export class PortReader {
  private count = 0;
  private readonly waiting = new Map<number, { abs: string; resolve: (read: FileRead | Promise<FileRead>) => void }>();
  private closed = false;

  /** readHere reads a file on this thread (readForProcessing) once the reading thread is gone. */
  constructor(
    private readonly port: MessagePort,
    private readonly readHere: (abs: string) => Promise<FileRead>,
  ) {
    port.on('message', (reply: ReadReply) => this.answer(reply));
    port.on('close', () => this.portClosed());
  }

  read(abs: string): Promise<FileRead> {
    if (this.closed) return this.readHere(abs);
    const n = ++this.count;
    return new Promise((resolve) => {
      this.waiting.set(n, { abs, resolve });
      this.port.postMessage({ n, abs } satisfies ReadRequest);
    });
  }

  close(): void {
    this.port.close();
  }

  private answer(reply: ReadReply): void {
    const wait = this.waiting.get(reply.n);
    if (!wait) return;
    this.waiting.delete(reply.n);
    wait.resolve('snap' in reply ? { snap: reply.snap } : { error: new UnreadableError(reply.reason, reply.reasonEn) });
  }

  private portClosed(): void {
    this.closed = true;
    for (const { abs, resolve } of this.waiting.values()) resolve(this.readHere(abs));
    this.waiting.clear();
  }
}
