#!/usr/bin/env node
'use strict';
// The CLI is compiled TypeScript, bundled (npm's `prepare` builds it into build/cli/: webpack.cli.config.js).
// V8 optimises a function once it has run some 66 KB of bytecode. Three threads (the main one and
// two workers) each optimise the same parser, and in a run of a few hundred files that compiling
// was a third of all the CPU time, much of it spent on functions run a few times per file. Eight
// times that budget leaves them to the baseline compiler and optimises what each file runs a lot:
// a 150-council province 15 % faster, 1,000 councils 10 %, no change at 4,000 (bench corpus, 2 cores).
// Set before anything is loaded (worker threads, started later, share the process's flags). Heap
// sizes are not set here: the main thread's heap exists before this file runs, so a size set here
// reached only the workers, whose sizes pool.ts sets (WORKER_LIMITS).
require('node:v8').setFlagsFromString('--interrupt-budget=540672');
// A regular expression is compiled to machine code at its first use, not first to V8's regexp
// bytecode and interpreted until it has run once. Interpreted, the council-type patterns (a space
// allowed between any two letters of องค์การบริหารส่วนตำบล …) took 7-9 ms on their first text, in
// every thread; compiled, about 1.5 ms. The parser's patterns are constants that run on every file,
// so none is compiled for nothing: one file's validate 13 % less CPU, a 150-council province 8 %
// less (1.87 against 2.03 CPU-seconds, ten alternating pairs), a national run unchanged.
require('node:v8').setFlagsFromString('--no-regexp-tier-up');
// After a full collection a heap may grow to three times what it kept before the next one starts.
// V8's own factor (1.1 to 4, from its measured speeds) stayed near the low end in the workers, and
// it starts marking once less than a young generation's size (64 MB there, pool.ts) is left below
// that limit: each worker marked its whole heap every 400 ms or so, 25 times in a national run, for
// a working set of some 25 MB. With 3: 57 full collections → 22 in all, 7,850 councils 1.1 s faster
// (three alternating pairs), peak RSS 0.60 → 0.68 GB. Read at every collection, so it holds for
// the main thread too, where the results grow and a full collection marks them all.
require('node:v8').setFlagsFromString('--heap-growing-percent=200');
let main;
try {
  ({ main } = require('../build/cli/cli.js'));
} catch (err) {
  if (err && err.code === 'MODULE_NOT_FOUND') {
    process.stderr.write('sujarit: not built yet. Run `npm run build:node` (npm ci does it for you).\n');
    process.exit(2);
  }
  throw err;
}
main(process.argv).then((code) => process.exit(code));
