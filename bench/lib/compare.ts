/**
 * Do the peer (bench/peer/consolidate.py) and sujarit find the same budgets? Checked before any timing.
 *
 * "Agree" means, precisely: for every province, dimension and Buddhist-era year, the budget summed
 * over the plan files that sujarit accepted (summary.json's councils[], one entry per accepted file:
 * the newest version of a resubmission; corrupt uploads excluded) is the same to the satang in
 *   - sujarit's summary.json (each council's byDimension[d].budgetByYear, council attributed to the
 *     province sujarit identified from the file's metadata sheet, title rows or the roster),
 *   - the peer's per-file totals for the same files (province = the folder the file was filed in),
 *   - the corpus's ground truth (manifest.json, from the generator's clean rows).
 * And the peer read a table in every file sujarit accepted or superseded, and in no file sujarit
 * rejected; and sujarit's status of every file is the one the corpus intends (accepted; superseded
 * for the older version of a resubmission; rejected for a corrupt upload); and sujarit counts as
 * having sent something, in each province and the nation, the councils the corpus has files from.
 * Years with 0 baht count as absent. Every disagreement is listed, file by file.
 *
 * Legacy 2561-2564 plans are the one exception to "per dimension": sujarit counts their items under
 * the 2566-2570 dimension each legacy mission maps to by meaning (core/legacy.ts), while the peer and
 * the ground truth keep the legacy dimension of the heading; for those plans the three sources are
 * compared per province and year, all dimensions together.
 *
 * The peer's own province totals (every file it read, so resubmissions and councils that sent both
 * a 5-year and an annual plan count twice) are reported beside sujarit's province figures, which
 * count one plan per council: the difference is what the naive script over-counts, not a failure.
 */
import type { Manifest } from '../corpus';
import type { DimYearTotals } from './truth';

export interface PeerResult {
  seconds: number;
  files: { path: string; province: string; items: number; totals: DimYearTotals }[];
  unreadable: { path: string; error: string }[];
  totals: Record<string, DimYearTotals>;
}

/** The parts of sujarit's summary.json the check reads. */
export interface OurSummary {
  files: { path: string; status: string; kind: string | null }[];
  councils: {
    file: string;
    province: string | null;
    kind: string;
    framework?: string;
    byDimension: Record<string, { budgetByYear: Record<string, number> }>;
  }[];
  provinces: { name: string; budgetByYear: Record<string, number>; councilsSubmitted: number }[];
  national: { councilsSubmitted: number };
}

export interface Disagreement {
  key: string;
  ours: number;
  peer: number;
  truth: number | null;
}

export interface Agreement {
  agree: boolean;
  /** Province × dimension × year cells compared (non-zero in at least one source). */
  cells: number;
  /** Files compared (accepted by sujarit). */
  files: number;
  /** Baht in all compared cells, as sujarit counts it. */
  baht: number;
  disagreements: Disagreement[];
  /** Files whose per-file totals differ (first 20), for diagnosis. */
  fileDifferences: { path: string; ours: DimYearTotals; peer: DimYearTotals | null }[];
  /** Files one side read as a plan and the other did not. */
  readDifferences: { path: string; ours: string; peer: string }[];
  /** Files whose status in sujarit's summary is not the one the corpus intends (with a manifest). */
  statusDifferences: { path: string; ours: string; expected: string }[];
  /**
   * Provinces (and the nation, NATION) where sujarit's count of councils that sent something is not
   * the number of councils the corpus has files from (with a manifest).
   */
  councilDifferences: { province: string; ours: number; expected: number }[];
  /** Budget per year over the whole corpus: sujarit's province figures (one plan per council) vs the peer's naive sum. */
  national: { year: string; ours: number; peerNaive: number }[];
}

const satang = (n: number) => Math.round(n * 100);

/** The nation's line among councilDifferences. */
export const NATION = 'ทั้งประเทศ';

/** Councils that sent at least one file (a corrupt upload too), per province and for the nation, by the corpus. */
function sendersByProvince(manifest: Manifest): Map<string, number> {
  const ids = new Map<string, Set<number>>([[NATION, new Set()]]);
  for (const f of manifest.files) {
    let set = ids.get(f.province);
    if (!set) ids.set(f.province, (set = new Set()));
    set.add(f.council);
    ids.get(NATION)!.add(f.council);
  }
  return new Map([...ids].map(([p, set]) => [p, set.size]));
}

function councilDifferences(ours: OurSummary, manifest: Manifest | null): Agreement['councilDifferences'] {
  if (!manifest) return [];
  const expected = sendersByProvince(manifest);
  const counted = new Map<string, number>([[NATION, ours.national.councilsSubmitted], ...ours.provinces.map((p) => [p.name, p.councilsSubmitted] as const)]);
  const out: Agreement['councilDifferences'] = [];
  for (const province of [...new Set([...expected.keys(), ...counted.keys()])].sort()) {
    const a = counted.get(province) ?? 0;
    const e = expected.get(province) ?? 0;
    if (a !== e) out.push({ province, ours: a, expected: e });
  }
  return out;
}

/**
 * The corpus's ground truth in the peer's shape: every file that is not a corrupt upload read as a
 * plan with its true budgets, province from its folder. Lets the bench check sujarit against the
 * truth alone when the peer cannot run (no python3-openpyxl), and the tests do the same.
 */
export function truthAsPeer(manifest: Manifest): PeerResult {
  const files = manifest.files.filter((f) => !f.corrupt).map((f) => ({ path: f.path, province: f.province, items: f.items, totals: structuredClone(f.truth ?? {}) }));
  const totals: Record<string, DimYearTotals> = {};
  for (const f of files) {
    for (const [d, ys] of Object.entries(f.totals)) {
      for (const [y, n] of Object.entries(ys)) {
        const into = ((totals[f.province] ??= {})[d] ??= {});
        into[y] = (into[y] ?? 0) + n;
      }
    }
  }
  return { seconds: 0, files, unreadable: manifest.files.filter((f) => f.corrupt).map((f) => ({ path: f.path, error: 'corrupt upload' })), totals };
}

/** The dimension key of a legacy plan's budgets (see compareTotals). */
export const LEGACY = 'legacy 2561-2564 (all dimensions)';

function add(into: Map<string, number>, key: string, n: number): void {
  into.set(key, (into.get(key) ?? 0) + n);
}

/** A file's path as both sides write it: relative to the inbox, forward slashes, no leading ./ */
export function normalisePath(p: string): string {
  return p.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

export function compareTotals(ours: OurSummary, peer: PeerResult, manifest: Manifest | null): Agreement {
  const peerFiles = new Map(peer.files.map((f) => [normalisePath(f.path), f]));
  const truthFiles = new Map((manifest?.files ?? []).map((f) => [normalisePath(f.path), f]));
  const o = new Map<string, number>();
  const p = new Map<string, number>();
  const t = new Map<string, number>();
  const fileDifferences: Agreement['fileDifferences'] = [];
  for (const c of ours.councils) {
    if (c.kind !== 'plan-multi-year' && c.kind !== 'plan-annual') continue;
    const file = normalisePath(c.file);
    const province = c.province ?? '?';
    // A legacy plan's items are counted by sujarit under the 2566-2570 dimension their legacy mission
    // maps to (by meaning); the peer and the generator keep the legacy heading's dimension. Such plans
    // are compared per year over all their dimensions together.
    const dim = c.framework === 'legacy' ? () => LEGACY : (d: string) => d;
    const mine: DimYearTotals = {};
    for (const [d, v] of Object.entries(c.byDimension)) {
      for (const [y, n] of Object.entries(v.budgetByYear)) {
        if (n === 0) continue;
        add(o, `${province}|${dim(d)}|${y}`, n);
        const into = (mine[dim(d)] ??= {});
        into[y] = (into[y] ?? 0) + n;
      }
    }
    const theirs = peerFiles.get(file);
    const theirsByKey: DimYearTotals = {};
    for (const [d, ys] of Object.entries(theirs?.totals ?? {})) {
      for (const [y, n] of Object.entries(ys)) {
        if (n === 0) continue;
        add(p, `${theirs!.province}|${dim(d)}|${y}`, n);
        const into = (theirsByKey[dim(d)] ??= {});
        into[y] = (into[y] ?? 0) + n;
      }
    }
    const truth = truthFiles.get(file)?.truth;
    for (const [d, ys] of Object.entries(truth ?? {})) for (const [y, n] of Object.entries(ys)) if (n !== 0) add(t, `${truthFiles.get(file)!.province}|${dim(d)}|${y}`, n);
    if (fileDifferences.length < 20 && !sameTotals(mine, theirs ? theirsByKey : null)) fileDifferences.push({ path: file, ours: mine, peer: theirs ? theirsByKey : null });
  }
  const keys = [...new Set([...o.keys(), ...p.keys(), ...(manifest ? t.keys() : [])])].sort();
  const disagreements: Disagreement[] = [];
  let baht = 0;
  for (const key of keys) {
    const a = o.get(key) ?? 0;
    const b = p.get(key) ?? 0;
    const c = manifest ? t.get(key) ?? 0 : null;
    baht += a;
    if (satang(a) !== satang(b) || (c !== null && satang(a) !== satang(c))) disagreements.push({ key, ours: a, peer: b, truth: c });
  }
  const readDifferences: Agreement['readDifferences'] = [];
  const unreadable = new Set(peer.unreadable.map((u) => normalisePath(u.path)));
  for (const f of ours.files) {
    const file = normalisePath(f.path);
    const weRead = f.status !== 'rejected';
    const theyRead = peerFiles.has(file);
    if (weRead !== theyRead) readDifferences.push({ path: file, ours: f.status, peer: theyRead ? 'read' : unreadable.has(file) ? 'skipped' : 'not seen' });
  }
  const statusDifferences: Agreement['statusDifferences'] = [];
  if (manifest) {
    const ourStatus = new Map(ours.files.map((f) => [normalisePath(f.path), f.status]));
    for (const f of manifest.files) {
      const expected = f.corrupt ? 'rejected' : f.superseded ? 'superseded' : 'accepted';
      const status = ourStatus.get(normalisePath(f.path)) ?? 'not seen';
      if (status !== expected) statusDifferences.push({ path: normalisePath(f.path), ours: status, expected });
    }
  }
  const national = new Map<string, { ours: number; peerNaive: number }>();
  for (const pr of ours.provinces) for (const [y, n] of Object.entries(pr.budgetByYear)) (national.get(y) ?? national.set(y, { ours: 0, peerNaive: 0 }).get(y)!).ours += n;
  for (const ds of Object.values(peer.totals)) for (const ys of Object.values(ds)) for (const [y, n] of Object.entries(ys)) (national.get(y) ?? national.set(y, { ours: 0, peerNaive: 0 }).get(y)!).peerNaive += n;
  const councils = councilDifferences(ours, manifest);
  return {
    agree: disagreements.length === 0 && readDifferences.length === 0 && statusDifferences.length === 0 && councils.length === 0,
    cells: keys.length,
    files: ours.councils.length,
    baht,
    disagreements,
    fileDifferences,
    readDifferences,
    statusDifferences,
    councilDifferences: councils,
    national: [...national.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([year, v]) => ({ year, ...v })),
  };
}

function sameTotals(a: DimYearTotals, b: DimYearTotals | null): boolean {
  if (!b) return false;
  const flat = (x: DimYearTotals) => Object.entries(x).flatMap(([d, ys]) => Object.entries(ys).filter(([, n]) => n !== 0).map(([y, n]) => `${d}|${y}|${satang(n)}`)).sort().join(',');
  return flat(a) === flat(b);
}
