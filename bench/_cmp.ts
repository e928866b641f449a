import * as fs from 'node:fs';
import { compareTotals } from './lib/compare';
const [ours, peer, man] = process.argv.slice(2).map((f) => JSON.parse(fs.readFileSync(f, 'utf8')));
const a = compareTotals(ours, peer, man);
console.log(JSON.stringify({ ...a, disagreements: a.disagreements.slice(0, 10), fileDifferences: a.fileDifferences.slice(0, 5) }, null, 1));
