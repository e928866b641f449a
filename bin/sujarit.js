#!/usr/bin/env node
'use strict';
// The CLI is compiled TypeScript (npm's `prepare` builds it into build/).
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
