/**
 * The pool's reading thread: each worker's port arrives in a message from the pool, and the thread
 * answers the worker's reads on it (port-reads.ts says why one thread reads for all).
 */
import { parentPort, type MessagePort } from 'node:worker_threads';
import { serveReads } from './port-reads';

parentPort?.on('message', (msg: { port: MessagePort }) => serveReads(msg.port));
