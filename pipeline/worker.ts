/**
 * A worker thread of the consolidation pool. The pool keeps a few files in flight per worker
 * (pool.ts PIPELINE_DEPTH): each file is read as soon as it arrives, and the files are checked one
 * at a time in the order sent, each result posted back as soon as it is made. So while one file is
 * checked (CPU), the next one is already being read (the disk, on libuv's threads), and the worker
 * never waits for a message from the pool between two files.
 */
import { parentPort } from 'node:worker_threads';
import { processInWorker, readForProcessing, type FileRead } from './process-file';
import { packForTransfer } from './transfer';

export interface Task {
  id: number;
  abs: string;
  shown: string;
}

const queue: { task: Task; read: Promise<FileRead> }[] = [];
let busy = false;

async function drain(): Promise<void> {
  if (busy) return;
  busy = true;
  try {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const result = await processInWorker(next.task.abs, next.task.shown, next.read);
      const packed = packForTransfer(result);
      // The budgets' buffer is moved to the main thread, not copied.
      parentPort?.postMessage({ id: next.task.id, packed }, packed.budgets ? [packed.budgets.buffer as ArrayBuffer] : []);
    }
  } finally {
    busy = false;
  }
}

parentPort?.on('message', (task: Task) => {
  queue.push({ task, read: readForProcessing(task.abs) });
  void drain();
});
