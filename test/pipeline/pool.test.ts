/**
 * The pool hands its results to the caller and keeps none: once the caller lets them go, they can be
 * collected, although Node keeps the exited Worker objects (and whatever their listeners reach) for a
 * while. A national run's results are some 300 MB, and used to stay in memory all through the writing
 * of the outputs, where the run's memory then peaked. Checked in a child process with the compiled
 * pool (real worker threads) and V8's gc exposed.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MAX_PIPELINE_DEPTH, pipelineDepth, workerScript } from '../../pipeline/pool';
import { buildSamples } from '../../samples/build';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sujarit-pool-'));
const root = path.resolve(__dirname, '..', '..');

beforeAll(async () => {
  await buildSamples(tmp);
}, 60000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const CHECK = `
const { processAll } = require(process.argv[1] + '/build/pipeline/pool');
const { collectInputs } = require(process.argv[1] + '/build/pipeline/collect');
(async () => {
  const { files } = await collectInputs([process.argv[2]], [process.argv[2] + '/roster.csv']);
  const refs = await (async () => {
    const results = await processAll(files, 2);
    return results.filter((r) => r.doc).map((r) => new WeakRef(r.doc));
  })();
  await new Promise((r) => setImmediate(r));
  global.gc();
  process.stdout.write(JSON.stringify({ docs: refs.length, alive: refs.filter((r) => r.deref() !== undefined).length }));
})();
`;

describe('processAll', () => {
  it('keeps no result once the caller lets them go (exited workers hold none)', () => {
    expect(workerScript()).not.toBeNull(); // compiled by `npm ci` (prepare)
    const out = execFileSync(process.execPath, ['--expose-gc', '-e', CHECK, root, tmp], { encoding: 'utf8' });
    const { docs, alive } = JSON.parse(out) as { docs: number; alive: number };
    expect(docs).toBeGreaterThan(5);
    expect(alive).toBe(0);
  }, 60000);
});

describe('pipelineDepth', () => {
  it('keeps a worker several files ahead while much is left, and two toward the end so the last files are shared evenly', () => {
    expect(pipelineDepth(8168, 2)).toBe(MAX_PIPELINE_DEPTH);
    expect(pipelineDepth(100, 2)).toBe(12);
    expect(pipelineDepth(20, 2)).toBe(2);
    expect(pipelineDepth(1, 1)).toBe(2);
    expect(pipelineDepth(0, 2)).toBe(2);
    // Never more queued per worker than a quarter of an even share of what is left (or two).
    for (const workers of [1, 2, 4, 8]) {
      for (let left = 0; left < 2000; left += 7) {
        const depth = pipelineDepth(left, workers);
        expect(depth).toBeGreaterThanOrEqual(2);
        expect(depth).toBeLessThanOrEqual(Math.max(2, Math.min(MAX_PIPELINE_DEPTH, left / workers / 4)));
      }
    }
  });
});
