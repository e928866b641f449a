/**
 * Which council a file is from: the add-in's metadata sheet when present, else the title rows
 * above the table, else the file name (and the province its folder names); then matched against
 * the roster. Disagreements are org-mismatch findings, never settled silently.
 */
import * as path from 'node:path';
import { makeFinding } from '../core/findings';
import { canonicalProvince } from '../core/places';
import { readMetadataPairs, METADATA_SHEET } from '../core/metadata-sheet';
import { ruleByCode } from '../core/rules';
import type { Finding, OrgType, PlanDocument } from '../core/schema';
import { orgKey, parseOrgName, sameOrg } from '../core/thai';
import { cleanDistrict, cleanProvince, type RosterEntry } from './roster';

export interface Identity {
  name: string | null;
  type: OrgType | null;
  district: string | null;
  province: string | null;
  source: 'metadata' | 'title' | 'file-name' | 'none';
  version: number | null;
  date: string | null;
}

const orgMismatch = ruleByCode('org-mismatch');

function mismatch(file: string, sheet: string | null, what: string, whatEn: string, value: string, expected: string, severity?: 'warning'): Finding {
  return makeFinding(orgMismatch, file, { sheet, value, expected, severity, params: { what, whatEn, count: 1 } });
}

/** The council named in a file name such as "อบต.หนองแวง-แผน2568.xlsx". */
function fromFileName(filePath: string) {
  const base = path.basename(filePath).replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ');
  const at = base.search(/อบจ|อบต|ทต|ทม|ทน|องค์การบริหาร|เทศบาล/);
  return at >= 0 ? parseOrgName(base.slice(at).split(/\s+(?=แผน|รายงาน|ปี|\d)/)[0]) : null;
}

/**
 * The province a file's folders name, the closest folder first: analysts file submissions by
 * province ("ขอนแก่น/", "จ.ขอนแก่น/", "จังหวัดขอนแก่น/"), and a file that cannot be read (or does
 * not say) still belongs to the province it was filed under.
 */
function fromFolders(filePath: string): string | null {
  for (const folder of filePath.split(/[\\/]+/).slice(0, -1).reverse()) {
    const name = folder.replace(/^(จังหวัด|จ\.)/, '').replace(/\s+/g, '');
    const province = name ? canonicalProvince(name) : null;
    // canonicalProvince also finds a province at the start of a longer text ("ขอนแก่นรอบ2"): a
    // folder counts only when it is the name alone, or an alias such as กทม.
    if (province && (province === name || !name.startsWith(province))) return province;
  }
  return null;
}

export function identifyCouncil(
  file: string,
  pairs: Record<string, string> | null,
  doc: PlanDocument | null,
  provinceHint: string | null,
): { identity: Identity; findings: Finding[] } {
  const meta = readMetadataPairs(pairs);
  const findings: Finding[] = [];
  const metaOrg = meta.council ? parseOrgName(meta.council) : null;
  const titleOrg = doc?.metadata.council ? parseOrgName(doc.metadata.council) : null;
  const nameOrg = fromFileName(file);
  const org = metaOrg ?? titleOrg ?? nameOrg;
  const source: Identity['source'] = metaOrg ? 'metadata' : titleOrg ? 'title' : nameOrg ? 'file-name' : 'none';
  const district = cleanDistrict(meta.district) ?? doc?.metadata.district ?? null;
  const province = cleanProvince(meta.province) ?? doc?.metadata.province ?? provinceHint ?? fromFolders(file);
  if (metaOrg && titleOrg && !sameOrg(metaOrg.full, titleOrg.full)) {
    findings.push(mismatch(file, METADATA_SHEET, 'ชื่อหน่วยงานในแผ่นข้อมูลหน่วยงานไม่ตรงกับหัวเอกสาร', 'The metadata sheet names another council than the title', titleOrg.full, metaOrg.full));
  }
  for (const [field, th, en] of [['district', 'อำเภอ', 'district'], ['province', 'จังหวัด', 'province']] as const) {
    const fromMeta = field === 'district' ? cleanDistrict(meta.district) : cleanProvince(meta.province);
    const fromTitle = doc?.metadata[field] ?? null;
    if (fromMeta && fromTitle && fromMeta !== fromTitle) {
      findings.push(mismatch(file, METADATA_SHEET, `${th}ในแผ่นข้อมูลหน่วยงานไม่ตรงกับหัวเอกสาร`, `The metadata sheet's ${en} differs from the title's`, fromTitle, fromMeta));
    }
  }
  const version = meta.version ? Number(meta.version.replace(/[^\d]/g, '')) || null : null;
  const identity: Identity = { name: org?.full ?? null, type: org?.type ?? null, district, province, source, version, date: meta.date ?? null };
  return { identity, findings };
}

/**
 * The roster's entries by orgKey of their names, in roster order: a national roster has 7,850
 * entries and every file is matched against it, so comparing entry by entry would grow with
 * files × councils. Kept per roster array (a run matches every file against the same one).
 */
const ROSTER_INDEX = new WeakMap<RosterEntry[], Map<string, RosterEntry[]>>();

function rosterIndex(roster: RosterEntry[]): Map<string, RosterEntry[]> {
  let index = ROSTER_INDEX.get(roster);
  if (!index) {
    index = new Map();
    for (const r of roster) {
      const key = orgKey(r.name);
      if (key === null) continue;
      const list = index.get(key);
      if (list) list.push(r);
      else index.set(key, [r]);
    }
    ROSTER_INDEX.set(roster, index);
  }
  return index;
}

/** The roster entry a file belongs to, and what disagrees between them. */
export function matchRoster(file: string, identity: Identity, roster: RosterEntry[]): { entry: RosterEntry | null; findings: Finding[] } {
  if (!identity.name) return { entry: null, findings: [] };
  // The entries sameOrg(r.name, identity.name) holds for, in roster order (see orgKey).
  const key = orgKey(identity.name);
  const named = key === null ? [] : rosterIndex(roster).get(key) ?? [];
  const inProvince = identity.province ? named.filter((r) => r.province === identity.province) : named;
  const inDistrict = identity.district ? inProvince.filter((r) => r.district === identity.district) : inProvince;
  const candidates = inDistrict.length > 0 ? inDistrict : inProvince.length > 0 ? inProvince : named;
  if (candidates.length === 1) {
    const entry = candidates[0];
    const findings: Finding[] = [];
    if (identity.province && identity.province !== entry.province) {
      findings.push(mismatch(file, null, 'จังหวัดในไฟล์ไม่ตรงกับบัญชีรายชื่อ', 'The file names another province than the roster', identity.province, entry.province));
    }
    if (identity.district && entry.district && identity.district !== entry.district) {
      findings.push(mismatch(file, null, 'อำเภอในไฟล์ไม่ตรงกับบัญชีรายชื่อ', 'The file names another district than the roster', identity.district, entry.district));
    }
    return { entry, findings };
  }
  const what = candidates.length === 0 ? 'ไม่พบหน่วยงานนี้ในบัญชีรายชื่อ' : 'ชื่อนี้มีหลายแห่งในบัญชีรายชื่อ ระบุอำเภอ/จังหวัดไม่พอแยก';
  const whatEn = candidates.length === 0 ? 'This council is not on the roster' : 'Several roster councils have this name; the file does not say which';
  return { entry: null, findings: [mismatch(file, null, what, whatEn, identity.name, candidates.map((c) => `${c.name} (${c.district ?? '-'}, ${c.province})`).join('; ') || '-', 'warning')] };
}

/** The roster a run matches files against: for a province's run, that province's councils. */
export function rosterFor(roster: RosterEntry[] | null, province: string | null): RosterEntry[] | null {
  return roster && province ? roster.filter((r) => r.province === province) : roster;
}

/**
 * The council a file claims, as a run groups submissions (resubmissions, duplicates): its roster
 * entry, else its province, district and name; null when it names no council.
 */
export function claimKey(identity: Identity, entry: RosterEntry | null): string | null {
  return entry ? `roster:${entry.line}` : identity.name ? `${identity.province}|${identity.district}|${identity.name}` : null;
}
