/**
 * From the files' results to the province summaries: which council each file is (identify.ts), which
 * of several submissions counts, and the figures per council, district, province and the nation
 * (aggregate.ts).
 * Pure and deterministic: the same results give byte-identical JSON.
 */
import { countBySeverity, sortFindings } from '../core/findings';
import { byText } from '../core/order';
import { provinceHeading } from '../core/places';
import type { DocKind, Finding } from '../core/schema';
import { aggregate, type Sender } from './aggregate';
import { rowBudgets, type CountedPlan, type PlanRows } from './counted-plan';
import { claimKey, identifyCouncil, matchRoster, rosterFor, type Identity } from './identify';
import type { FileResult } from './process-file';
import type { RosterEntry } from './roster';
import type { Consolidation, CouncilEntry, DistrictEntry, FileEntry, ItemRow } from './summary-schema';

export interface ConsolidateOptions {
  roster: RosterEntry[] | null;
  /** The province the run is for: fills files that do not say, and limits the roster. */
  province: string | null;
}

/** An accepted plan's items as the item outputs list them: the council they are shown under, the file, and the counted rows. */
export interface ItemBlock {
  province: string | null;
  district: string | null;
  council: string;
  documentKind: DocKind;
  file: string;
  rows: PlanRows;
}

export interface ConsolidationRun {
  summary: Consolidation;
  /**
   * The accepted plans' items, plan by plan, in the order of their files' paths (items.csv's order;
   * runItems lists them as rows). Not 300,000 row objects: the outputs read the plans' columns.
   */
  blocks: ItemBlock[];
}

export const UNKNOWN_PROVINCE = 'ไม่ทราบจังหวัด';

/** A province as headings name it (core/places.ts provinceHeading), and UNKNOWN_PROVINCE as it is. */
export function provinceTitle(name: string, form: 'full' | 'short' = 'full'): string {
  return name === UNKNOWN_PROVINCE ? name : provinceHeading(name, form);
}

interface Placed {
  result: FileResult;
  findings: Finding[];
  identity: Identity;
  roster: RosterEntry | null;
  key: string;
}


function place(result: FileResult, opts: ConsolidateOptions): Placed {
  const { identity, findings } = identifyCouncil(result.path, result.pairs, result.doc, opts.province);
  const matched = opts.roster ? matchRoster(result.path, identity, opts.roster) : { entry: null, findings: [] };
  const entry = matched.entry;
  const key = claimKey(identity, entry) ?? `file:${result.path}`;
  return { result, identity, roster: entry, key, findings: sortFindings([...result.findings, ...findings, ...matched.findings]) };
}

/** Newest first: the metadata's version, then its date, then the file's time; the path breaks ties. */
function newestFirst(a: Placed, b: Placed): number {
  return (
    (b.identity.version ?? -1) - (a.identity.version ?? -1) ||
    byText(b.identity.date ?? '', a.identity.date ?? '') ||
    b.result.mtimeMs - a.result.mtimeMs ||
    byText(a.result.path, b.result.path)
  );
}

function statusOf(findings: Finding[]): CouncilEntry['status'] {
  const c = countBySeverity(findings);
  return c.error > 0 ? 'errors' : c.warning > 0 ? 'warnings' : 'valid';
}

/**
 * The document as the province figures count it (counted-plan.ts: a legacy plan mapped to the
 * current framework); its uncertain mappings stay among the findings (legacy-mapping-uncertain).
 */
function counted(p: Placed): CountedPlan {
  if (!p.result.counted) throw new Error(`${p.result.path}: a document without its counted plan`);
  return p.result.counted;
}

function councilEntry(p: Placed): CouncilEntry {
  const doc = p.result.doc!;
  const s = counted(p).figures;
  return {
    name: p.roster?.name ?? p.identity.name ?? `(${p.result.path})`,
    type: p.roster?.type ?? p.identity.type,
    district: p.roster?.district ?? p.identity.district,
    province: p.roster?.province ?? p.identity.province,
    code: p.roster?.code ?? null,
    kind: doc.kind as DocKind,
    framework: doc.framework,
    mappedFrom: doc.framework === 'legacy' ? 'legacy' : null,
    years: s.years,
    items: s.items,
    itemsByKind: s.itemsByKind,
    budgetByYear: s.budgetByYear,
    byDimension: s.byDimension,
    status: statusOf(p.findings),
    findings: countBySeverity(p.findings),
    file: p.result.path,
    sheet: doc.sheet,
  };
}

function itemBlock(p: Placed, council: CouncilEntry): ItemBlock {
  return { province: council.province, district: council.district, council: council.name, documentKind: council.kind, file: p.result.path, rows: counted(p).rows };
}

/** A plan's items as rows of their own. */
function itemRows(block: ItemBlock): ItemRow[] {
  const { rows } = block;
  return rowBudgets(rows).map((b, i) => ({
    province: block.province,
    district: block.district,
    council: block.council,
    documentKind: block.documentKind,
    ref: rows.ref[i],
    dimension: rows.dimension[i],
    mission: rows.mission[i],
    kind: rows.kind[i],
    title: rows.title[i],
    budgetYears: b.years,
    budgetAmounts: b.amounts,
    responsible: rows.responsible[i],
    file: block.file,
    sheet: rows.sheet[i],
    cell: rows.cell[i],
  }));
}

/** Every item of the run as a row (items.csv's rows, in its order), for a reader that wants them whole. */
export function runItems(run: ConsolidationRun): ItemRow[] {
  return run.blocks.flatMap(itemRows);
}

/** The items of a list by key, each group in the list's order. */
function groupBy<T>(list: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of list) {
    const k = key(x);
    const group = out.get(k);
    if (group) group.push(x);
    else out.set(k, [x]);
  }
  return out;
}

export function consolidate(results: FileResult[], opts: ConsolidateOptions): ConsolidationRun {
  const roster = rosterFor(opts.roster, opts.province);
  const placed = [...results].sort((a, b) => byText(a.path, b.path)).map((r) => place(r, { ...opts, roster }));
  const readable = placed.filter((p) => p.result.doc?.kind);
  const groups = new Map<string, Placed[]>();
  for (const p of readable) {
    const key = `${p.key}#${p.result.doc!.kind}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const supersededBy = new Map<Placed, string>();
  const accepted: Placed[] = [];
  for (const group of groups.values()) {
    const [newest, ...older] = [...group].sort(newestFirst);
    accepted.push(newest);
    for (const o of older) supersededBy.set(o, newest.result.path);
  }
  accepted.sort((a, b) => byText(a.result.path, b.result.path));
  const councils = accepted.map(councilEntry);
  const blocks = accepted.map((p, i) => itemBlock(p, councils[i]));
  const files: FileEntry[] = placed.map((p) => ({
    path: p.result.path,
    sha256: p.result.sha256,
    bytes: p.result.bytes,
    format: p.result.format,
    status: !p.result.doc?.kind ? 'rejected' : supersededBy.has(p) ? 'superseded' : 'accepted',
    supersededBy: supersededBy.get(p) ?? null,
    council: p.roster?.name ?? p.identity.name,
    province: p.roster?.province ?? p.identity.province,
    kind: p.result.doc?.kind ?? null,
    identifiedBy: p.identity.source,
    findings: countBySeverity(p.findings),
  }));
  const findings = placed.flatMap((p) => p.findings);
  const provinceOf = (c: { province: string | null }) => c.province ?? UNKNOWN_PROVINCE;
  // A council whose only file could not be read did send something: it is listed with that file, not as missing.
  const submittedKeys = new Set(placed.map((p) => p.key));
  const missingEntries = (roster ?? []).filter((r) => !submittedKeys.has(`roster:${r.line}`));
  const acceptedKeys = new Set(accepted.map((p) => p.key));
  const unread: Sender[] = [];
  for (const p of placed) {
    const senderName = p.roster?.name ?? p.identity.name;
    if (p.result.doc?.kind || acceptedKeys.has(p.key) || !senderName) continue;
    acceptedKeys.add(p.key);
    unread.push({ name: senderName, district: p.roster?.district ?? p.identity.district, province: p.roster?.province ?? p.identity.province });
  }
  const provinceNames = [...new Set([...councils.map(provinceOf), ...unread.map(provinceOf), ...(roster ?? []).map((r) => r.province)])].sort(byText);
  // Everything below is grouped once (each group keeps the order of its source list), so the work
  // grows with the councils, not with councils × provinces × districts.
  const rosterList = roster ?? [];
  const councilsBy = groupBy(councils, provinceOf);
  const rosterBy = groupBy(rosterList, (r) => r.province);
  const missingBy = groupBy(missingEntries, (r) => r.province);
  const placedBy = groupBy(placed, (p) => provinceOf({ province: p.roster?.province ?? p.identity.province }));
  const unreadBy = groupBy(unread, provinceOf);
  const provinces = provinceNames.map((name) => {
    const own = councilsBy.get(name) ?? [];
    const expected = (rosterBy.get(name) ?? []).length;
    const missing = (missingBy.get(name) ?? []).map((r) => r.name);
    const provinceFindings = (placedBy.get(name) ?? []).flatMap((p) => p.findings);
    return aggregate(name, own, expected, missing, provinceFindings, unreadBy.get(name) ?? []);
  });
  const inDistrict = (province: string, district: string | null) => `${province}\u0000${district ?? '-'}`;
  const councilsByDistrict = groupBy(councils, (c) => inDistrict(provinceOf(c), c.district));
  const rosterByDistrict = groupBy(rosterList, (r) => inDistrict(r.province, r.district));
  const unreadByDistrict = groupBy(unread, (u) => inDistrict(provinceOf(u), u.district));
  const districts: DistrictEntry[] = [];
  for (const province of provinceNames) {
    const names = new Set([
      ...[...(councilsBy.get(province) ?? []), ...(unreadBy.get(province) ?? [])].map((c) => c.district ?? '-'),
      ...(rosterBy.get(province) ?? []).map((r) => r.district ?? '-'),
    ]);
    for (const name of [...names].sort(byText)) {
      const key = inDistrict(province, name);
      const own = councilsByDistrict.get(key) ?? [];
      const expected = (rosterByDistrict.get(key) ?? []).length;
      const agg = aggregate(name, own, expected, [], [], unreadByDistrict.get(key) ?? []);
      districts.push({ province, name, councilsExpected: agg.councilsExpected, councilsSubmitted: agg.councilsSubmitted, councilsValid: agg.councilsValid, items: agg.items, budgetByYear: agg.budgetByYear });
    }
  }
  const nationalAll = aggregate('', councils, (roster ?? []).length, missingEntries.map((r) => r.name), findings, unread);
  const { name: _ignored, ...national } = nationalAll;
  const years = [...new Set(councils.flatMap((c) => c.years))].sort((a, b) => a - b);
  const summary: Consolidation = {
    schemaVersion: 1,
    years,
    files,
    councils,
    districts,
    provinces,
    national: { ...national, provinces: provinces.length },
    missing: missingEntries.map((r) => ({ name: r.name, district: r.district, province: r.province, code: r.code })),
    findings: sortFindings(findings),
  };
  return { summary, blocks };
}
