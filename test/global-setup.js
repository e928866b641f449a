/**
 * Some tests run the compiled CLI (bin/sujarit.js → build/cli/, the bundle) or tsc's modules
 * (build/pipeline/) in a child process, where memory, signals and worker threads are real. `npm ci`
 * builds both (prepare: `npm run build:node`); this rebuilds them before a run when core/ or pipeline/
 * changed since, so those tests never run stale code.
 */
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const MARK = path.join(ROOT, 'build', 'cli', 'worker.js');

function newest(dir) {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) t = Math.max(t, newest(p));
    else if (e.name.endsWith('.ts')) t = Math.max(t, fs.statSync(p).mtimeMs);
  }
  return t;
}

module.exports = async function globalSetup() {
  const built = fs.existsSync(MARK) ? fs.statSync(MARK).mtimeMs : 0;
  const source = Math.max(newest(path.join(ROOT, 'core')), newest(path.join(ROOT, 'pipeline')));
  if (source <= built) return;
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
  execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--config', path.join(ROOT, 'webpack.cli.config.js')], { stdio: 'inherit' });
  // Mark the build as current, whatever file the tools left untouched.
  const now = new Date();
  fs.utimesSync(MARK, now, now);
};
