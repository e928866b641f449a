/**
 * A worker thread of the consolidation pool. The pool keeps several files in flight per worker
 * (pool.ts pipelineDepth), checked one at a time in the order sent, each result posted back as
 * soon as it is made. While one file is checked (CPU), the next one is already being read (by the
 * pool's reading thread, port-reads.ts), and the worker never waits for a message from the pool
 * between two files, not even while the main thread is busy (collecting garbage in a heap of a
 * national run's results, say).
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { PortReader } from './port-reads';
import { processInWorker, readForProcessing, type FileRead } from './process-file';
import { packForTransfer } from './transfer';

export interface Task {
  id: number;
  abs: string;
  shown: string;
}

/**
 * Files read ahead: the one being checked and the next. The pool may send more (pool.ts
 * pipelineDepth), which wait here unread, so a queue of large files never holds more than two
 * files' bytes at once.
 */
const READ_AHEAD = 2;

/** The pool's reading thread, when it gave this worker a port to it (pool.ts); else files are read here. */
const port = (workerData as { reader?: MessagePort } | null)?.reader;
const reader = port ? new PortReader(port, (abs) => readForProcessing(abs)) : null;
const read = (abs: string): Promise<FileRead> => (reader ? reader.read(abs) : readForProcessing(abs));

const queue: { task: Task; read: Promise<FileRead> | null }[] = [];
let busy = false;

function startReads(): void {
  for (let i = 0; i < queue.length && i < READ_AHEAD; i++) queue[i].read ??= read(queue[i].task.abs);
}

async function drain(): Promise<void> {
  if (busy) return;
  busy = true;
  try {
    while (queue.length > 0) {
      startReads();
      const { task, read } = queue[0];
      const result = await processInWorker(task.abs, task.shown, read!);
      queue.shift();
      const { result: slim, moved } = packForTransfer(result);
      // The rows' budget buffer is moved to the main thread, not copied.
      parentPort?.postMessage({ id: task.id, result: slim }, moved);
    }
  } finally {
    busy = false;
  }
}

parentPort?.on('message', (task: Task) => {
  queue.push({ task, read: null });
  startReads();
  void drain();
});
