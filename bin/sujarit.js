#!/usr/bin/env node
'use strict';
// The CLI is compiled TypeScript (npm's `prepare` builds it into build/).
// V8 optimises a function once it has run some 66 KB of bytecode. Three threads (the main one and
// two workers) each optimise the same parser, and in a run of a few hundred files that compiling
// was a third of all the CPU time, much of it spent on functions run a few times per file. Eight
// times that budget leaves them to the baseline compiler and optimises what each file runs a lot:
// a 150-council province 15 % faster, 1,000 councils 10 %, no change at 4,000 (bench corpus, 2 cores).
// Set before anything is loaded (worker threads, started later, share the process's flags). Heap
// sizes are not set here: the main thread's heap exists before this file runs, so a size set here
// reached only the workers, whose sizes pool.ts sets (WORKER_LIMITS).
require('node:v8').setFlagsFromString('--interrupt-budget=540672');
let main;
try {
  ({ main } = require('../build/pipeline/cli.js'));
} catch (err) {
  if (err && err.code === 'MODULE_NOT_FOUND') {
    process.stderr.write('sujarit: not built yet. Run `npm run build:node` (npm ci does it for you).\n');
    process.exit(2);
  }
  throw err;
}
main(process.argv).then((code) => process.exit(code));
