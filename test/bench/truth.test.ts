/**
 * What `sujarit consolidate` computes on a generated corpus equals the corpus's ground truth, per
 * province × dimension × year, with every file's status as the corpus intends; and the openpyxl
 * peer (bench/peer/consolidate.py) agrees too, when /usr/bin/python3 has openpyxl. 170 councils: the
 * smallest corpus with every kind of file the national one holds (5-year, annual and legacy plans,
 * CSV in windows-874 and UTF-8, defects, resubmissions, a corrupt upload, councils that sent nothing).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateCorpus, type Corpus } from '../../bench/corpus';
import { compareTotals, truthAsPeer, type OurSummary, type PeerResult } from '../../bench/lib/compare';
import { runConsolidate } from '../../pipeline/commands/consolidate';

const PYTHON = '/usr/bin/python3';
const PEER = path.join(__dirname, '..', '..', 'bench', 'peer', 'consolidate.py');
const hasOpenpyxl = fs.existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import openpyxl'], { stdio: 'ignore' }).status === 0;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sujarit-bench-truth-'));
let corpus: Corpus;
let summary: OurSummary;
let code: number;

beforeAll(async () => {
  corpus = generateCorpus(170, path.join(tmp, 'corpus'));
  const out = path.join(tmp, 'out');
  const cwd = process.cwd();
  // Paths in summary.json are relative to the working folder, as the bench runs the CLI from the inbox.
  process.chdir(corpus.inbox);
  try {
    code = await runConsolidate(['.'], { out, roster: corpus.roster, jobs: 1 }, () => undefined);
  } finally {
    process.chdir(cwd);
  }
  summary = JSON.parse(fs.readFileSync(path.join(out, 'summary.json'), 'utf8')) as OurSummary;
}, 60000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('sujarit consolidate on a generated corpus', () => {
  it('holds every kind of file the national corpus holds', () => {
    const f = corpus.manifest.files;
    expect(f.some((x) => x.layout === 'legacy')).toBe(true);
    expect(f.some((x) => x.layout === 'annual')).toBe(true);
    expect(f.some((x) => x.encoding === 'windows-874')).toBe(true);
    expect(f.some((x) => x.encoding === 'utf-8')).toBe(true);
    expect(f.some((x) => x.superseded)).toBe(true);
    expect(f.some((x) => x.corrupt)).toBe(true);
    expect(f.some((x) => x.defect !== 'none')).toBe(true);
    expect(corpus.manifest.missing.length).toBeGreaterThan(0);
  });

  it('finds the corpus truth: every province × dimension × year budget, every file status', () => {
    expect(code).toBe(1); // the corpus is made with defects
    const a = compareTotals(summary, truthAsPeer(corpus.manifest), corpus.manifest);
    expect(a.disagreements).toEqual([]);
    expect(a.readDifferences).toEqual([]);
    expect(a.statusDifferences).toEqual([]);
    expect(a.councilDifferences).toEqual([]);
    expect(a.agree).toBe(true);
    expect(a.cells).toBeGreaterThan(40);
    expect(a.baht).toBeGreaterThan(1_000_000);
  });

  (hasOpenpyxl ? it : it.skip)('agrees with the openpyxl peer', () => {
    const json = path.join(tmp, 'peer.json');
    const r = spawnSync(PYTHON, [PEER, corpus.inbox, '--json', json], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const peer = JSON.parse(fs.readFileSync(json, 'utf8')) as PeerResult;
    const a = compareTotals(summary, peer, corpus.manifest);
    expect(a.disagreements).toEqual([]);
    expect(a.readDifferences).toEqual([]);
    expect(a.agree).toBe(true);
  });
});
