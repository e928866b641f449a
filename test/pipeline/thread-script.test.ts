/**
 * The installed command runs from its bundle (webpack.cli.config.js → build/cli/): the main thread,
 * the pool's workers, its reading thread and the summary thread each load their own bundled script,
 * found by thread-script.ts beside the others, and no thread falls back to tsc's modules one by one
 * (which works, but costs every thread its start-up again).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { threadScript } from '../../pipeline/thread-script';
import { SAMPLES } from '../helpers/samples';

const ROOT = path.join(__dirname, '..', '..');

/** Preloaded into every thread: appends each project file the thread compiles, with the thread's id. */
const PROBE = `
const fs = require('node:fs');
const Module = require('node:module');
const { threadId } = require('node:worker_threads');
const compile = Module.prototype._compile;
Module.prototype._compile = function (content, filename) {
  if (filename.startsWith(${JSON.stringify(ROOT)}) && !filename.includes('node_modules')) fs.appendFileSync(process.env.LOADED_LOG, threadId + ' ' + filename + '\\n');
  return compile.call(this, content, filename);
};
`;

describe('the bundled command line', () => {
  it('runs every thread of a consolidation from build/cli/, none from tsc\'s build/pipeline/', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sujarit-bundle-'));
    const probe = path.join(dir, 'probe.js');
    const log = path.join(dir, 'loaded.log');
    fs.writeFileSync(probe, PROBE);
    try {
      execFileSync(process.execPath, ['-r', probe, path.join(ROOT, 'bin', 'sujarit.js'), 'consolidate', SAMPLES, '--out', path.join(dir, 'out'), '--jobs', '2'], {
        env: { ...process.env, LOADED_LOG: log },
        stdio: 'pipe',
      });
    } catch (err) {
      // Exit 1 is the samples' normal result: they hold error findings.
      if ((err as { status?: number }).status !== 1) throw err;
    }
    const loaded = fs.readFileSync(log, 'utf8').trim().split('\n').map((line) => {
      const [thread, file] = line.split(' ');
      return { thread: Number(thread), file: path.relative(ROOT, file) };
    });
    const scripts = (name: string) => loaded.filter((l) => l.file === path.join('build', 'cli', `${name}.js`)).map((l) => l.thread);
    expect(scripts('cli')).toEqual([0]);
    expect(scripts('worker')).toHaveLength(2);
    expect(scripts('reader')).toHaveLength(1);
    expect(scripts('write/summary-worker')).toHaveLength(1);
    // Five threads in all, each with one script of its own; the command's chunk on the main thread.
    expect(new Set([...scripts('cli'), ...scripts('worker'), ...scripts('reader'), ...scripts('write/summary-worker')]).size).toBe(5);
    expect(loaded.filter((l) => l.file.startsWith(path.join('build', 'cli', 'chunk-'))).every((l) => l.thread === 0)).toBe(true);
    expect(loaded.map((l) => l.file).filter((f) => !f.startsWith(path.join('build', 'cli') + path.sep))).toEqual([path.join('bin', 'sujarit.js')]);
    expect(fs.readdirSync(path.join(dir, 'out')).sort()).toEqual(['findings.csv', 'items.csv', 'report.html', 'summary.json', 'summary.xlsx']);
  });

  it('finds tsc\'s thread scripts when run from the sources', () => {
    expect(threadScript('worker')).toBe(path.join(ROOT, 'build', 'pipeline', 'worker.js'));
    expect(threadScript('write/summary-worker')).toBe(path.join(ROOT, 'build', 'pipeline', 'write', 'summary-worker.js'));
    expect(threadScript('no-such-thread')).toBeNull();
  });
});
