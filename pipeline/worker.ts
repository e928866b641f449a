/**
 * A worker thread of the consolidation pool: it processes the files it is sent, one at a time,
 * and posts each result back.
 */
import { parentPort } from 'node:worker_threads';
import { processFile } from './process-file';

export interface Task {
  id: number;
  abs: string;
  shown: string;
}

parentPort?.on('message', async (task: Task) => {
  const result = await processFile(task.abs, task.shown);
  parentPort?.postMessage({ id: task.id, result });
});
