/**
 * The README's "Bad and hostile input" section, generated from kinds.ts so that the table of kinds
 * is written once. readme.test.ts keeps the README equal to it; to rewrite the README after
 * changing kinds.ts:
 *
 *   npx ts-node --transpile-only test/hostile/readme.ts
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { KINDS, type HostileKind } from './kinds';

export const BEGIN = '<!-- hostile:begin (generated from test/hostile/kinds.ts by `npx ts-node --transpile-only test/hostile/readme.ts`; do not edit) -->';
export const END = '<!-- hostile:end -->';

const HEADING = '## Bad and hostile input';
const AFTER = '## Other commands';

const INTRO = `Files arrive from hundreds of offices by email and USB stick; some are broken, some are strange, a few
may be malicious. Whatever arrives, \`consolidate\` finishes the batch and reports each problem as a coded
finding in Thai and English, naming the file and, where it applies, the cell (findings.csv, summary.json,
summary.xlsx, report.html). Each file is read once (the sha256 in แหล่งข้อมูล is of the bytes that were
checked) and is never written to; nothing is written outside \`--out\`. Each file is checked in a worker
thread with a memory limit, behind the reader's caps (entries, expanded size and ratio checked before anything
is inflated; rows, columns, cells, nesting): a worker that crashes, runs out of memory or takes over 10
minutes costs only its file, which is reported as \`unreadable-file\`. Text that a spreadsheet would run as a
formula (\`=\` \`+\` \`-\` \`@\`) is written as text in every output (with a leading \`'\` in the CSV files);
control characters are removed and text longer than Excel keeps in a cell (32,767 characters) is cut, each
with a finding; amounts beyond any council's budget and dates in amount cells are left out of every total.
No code is listed more than 500 times per file (\`too-many-findings\` counts the rest).

Interrupting \`consolidate\` (Ctrl-C, \`SIGTERM\`) stops the workers and leaves \`--out\` exactly as it was,
exit code \`130\` / \`143\`: the five outputs are written into a staging folder inside \`--out\` and moved into
place together only once all are complete, so \`--out\` holds the previous complete outputs or the new complete
ones, never half a file or a mix. \`npm test\` runs every kind below (\`test/hostile/\`).`;

function cell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, ' ');
}

function row(k: HostileKind, n: number): string {
  const codes = k.codes.length ? k.codes.map((c) => `\`${c}\``).join(', ') : '— (read normally)';
  return `| ${n} | ${cell(k.name)} | ${cell(k.made)} | ${codes} | ${cell(k.sees)} |`;
}

/** The table of every kind. */
export function hostileMarkdown(): string {
  return ['| # | kind | how the test makes it | finding | what the analyst sees |', '|---|---|---|---|---|', ...KINDS.map((k, i) => row(k, i + 1))].join('\n');
}

/** The whole section: heading, the text above the table, and the generated table between its markers. */
export function hostileSection(): string {
  return `${HEADING}\n\n${INTRO}\n\n${BEGIN}\n${hostileMarkdown()}\n${END}\n`;
}

/**
 * The README with its generated table brought up to date; the section is added right after
 * "## Other commands" (before the next section) when the README does not have it yet.
 */
export function withHostileSection(readme: string): string {
  const start = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (start >= 0 && end > start) return `${readme.slice(0, start)}${BEGIN}\n${hostileMarkdown()}\n${readme.slice(end)}`;
  const after = readme.indexOf(`\n${AFTER}\n`);
  if (after < 0) throw new Error(`README.md has no "${AFTER}" section to put "${HEADING}" after`);
  const next = readme.indexOf('\n## ', after + AFTER.length + 2);
  const at = next < 0 ? readme.length : next + 1;
  return `${readme.slice(0, at)}${hostileSection()}\n${readme.slice(at)}`;
}

export const README = path.join(__dirname, '..', '..', 'README.md');

if (require.main === module) {
  const before = fs.readFileSync(README, 'utf8');
  const after = withHostileSection(before);
  if (after !== before) fs.writeFileSync(README, after);
  process.stdout.write(after === before ? 'README.md is up to date\n' : 'README.md: "Bad and hostile input" rewritten\n');
}
