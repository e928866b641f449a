/**
 * `npm run demo`: builds the sample province (samples/province/) and consolidates it into out/,
 * as an analyst would: `sujarit consolidate samples/province --roster … --out out`.
 * The samples carry real defects, so findings are expected; the demo fails only if it cannot run.
 */
import * as path from 'node:path';
import { main } from '../pipeline/cli';
import { buildSamples } from './build';

async function demo(): Promise<number> {
  const dir = path.join('samples', 'province');
  const files = await buildSamples(dir);
  process.stdout.write(`samples: ${files.length} files in ${dir}/\n\n$ sujarit consolidate ${dir} --roster ${dir}/roster.csv --out out\n`);
  const code = await main(['node', 'sujarit', 'consolidate', dir, '--roster', path.join(dir, 'roster.csv'), '--out', 'out']);
  process.stdout.write(`\n(exit ${code}: ${code === 1 ? 'some files carry error findings, as these samples do' : code === 0 ? 'all files clean' : 'failed'})\n`);
  return code <= 1 ? 0 : code;
}

demo().then((code) => process.exit(code));
