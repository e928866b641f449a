#!/usr/bin/env node
'use strict';
// The CLI is compiled TypeScript (npm's `prepare` builds it into build/).
// A consolidation keeps every file's result until the outputs are written: a larger young
// generation lets the short-lived garbage of reading and writing die young instead of being
// copied again and again (a quarter less time on a national run). Set before anything is loaded.
require('node:v8').setFlagsFromString('--max-semi-space-size=64');
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
