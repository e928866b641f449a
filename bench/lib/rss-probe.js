'use strict';
// Preloaded into the benchmarked CLI (`node -r bench/lib/rss-probe.js bin/sujarit.js …`): when the
// process exits it writes its peak resident set size and its user and system CPU time (worker threads
// included: they share the process) to the file named by SUJARIT_BENCH_PROBE. Plain JavaScript:
// nothing to transpile.
const fs = require('node:fs');

const out = process.env.SUJARIT_BENCH_PROBE;
if (out) {
  process.on('exit', (code) => {
    const usage = process.resourceUsage();
    fs.writeFileSync(out, JSON.stringify({ maxRssKB: usage.maxRSS, userMs: usage.userCPUTime / 1000, systemMs: usage.systemCPUTime / 1000, code }));
  });
}
