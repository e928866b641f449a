/**
 * Where a compiled thread script is: the pool's workers and reading thread, and the summary thread.
 * A module of its own, importing nothing heavy, so that any thread may find another's script.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * A thread's compiled script, named by its path under pipeline/ without `.js` ('worker',
 * 'write/summary-worker'): beside this file when running compiled (the CLI's bundle in build/cli/,
 * or tsc's modules in build/pipeline/), else tsc's in build/pipeline/ (tests run the sources); null
 * when neither is there.
 */
export function threadScript(name: string): string | null {
  const candidates = [path.join(__dirname, `${name}.js`), path.join(__dirname, '..', 'build', 'pipeline', `${name}.js`)];
  return candidates.find((p) => fs.existsSync(p)) ?? null;
}
