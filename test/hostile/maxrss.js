'use strict';
// Preloaded (node -r) into the CLI by the hostile suite: prints the process's peak resident memory
// (all threads, in kilobytes) when it exits, so the test can hold the run to its memory bound.
process.on('exit', () => {
  process.stderr.write(`sujarit-test: maxrss ${process.resourceUsage().maxRSS}\n`);
});
