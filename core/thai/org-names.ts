/**
 * Council (organisation) names: the types, their abbreviations, parsing and comparing names.
 */
import { memoOfString } from '../memo';
import type { OrgType } from '../schema';
import { compactText, joinThaiWrapSpaces, normalizeText, THAI_LETTER } from './text';

export interface OrgName {
  type: OrgType;
  name: string;
  full: string;
  abbr: string;
}

export const ORG_TYPE_NAMES: ReadonlyArray<{ type: OrgType; full: string; abbreviations: string[]; en: string }> = [
  {
    type: 'อบจ.',
    full: 'องค์การบริหารส่วนจังหวัด',
    abbreviations: ['อบจ.', 'อบจ', 'อ.บ.จ.'],
    en: 'Provincial Administrative Organisation',
  },
  { type: 'ทน.', full: 'เทศบาลนคร', abbreviations: ['ทน.', 'ทน', 'ท.น.'], en: 'City Municipality' },
  { type: 'ทม.', full: 'เทศบาลเมือง', abbreviations: ['ทม.', 'ทม', 'ท.ม.'], en: 'Town Municipality' },
  { type: 'ทต.', full: 'เทศบาลตำบล', abbreviations: ['ทต.', 'ทต', 'ท.ต.'], en: 'Subdistrict Municipality' },
  {
    type: 'อบต.',
    full: 'องค์การบริหารส่วนตำบล',
    abbreviations: ['อบต.', 'อบต', 'อ.บ.ต.'],
    en: 'Subdistrict Administrative Organisation',
  },
];

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A full type name that tolerates PDF wrap spaces anywhere inside it ("องค์การ บริหารส่วนจังหวัด"). */
function spacedPattern(word: string): string {
  return [...word].map(escapeRegExp).join('\\s?');
}

/**
 * One pattern per type. Full forms accept the องค์กร typo (seed 004 writes "องค์กรบริหารส่วนจังหวัดเพชรบุรี").
 * ทน/ทม/ทต must start a word (so "ทน" inside "แทน" is not one), and without a dot need a space after.
 */
const ORG_PATTERNS: ReadonlyArray<{ type: OrgType; full: string; re: RegExp }> = ORG_TYPE_NAMES.map((o) => {
  const fulls = [o.full];
  if (o.full.startsWith('องค์การ')) fulls.push(o.full.replace('องค์การ', 'องค์กร'));
  const abbrs = o.abbreviations.map((a) => {
    const esc = a.split('.').map(escapeRegExp).join('\\.\\s?');
    // Three-letter อบต/อบจ do not occur inside Thai words ("ของอบต.X" is fine); ทน/ทม/ทต do ("แทน").
    if (!a.startsWith('ท')) return esc;
    return `(?<![${THAI_LETTER}])${a.includes('.') ? esc : `${esc}(?=\\s)`}`;
  });
  const alternatives = [...fulls.map(spacedPattern), ...abbrs];
  return { type: o.type, full: o.full, re: new RegExp(`(?:${alternatives.join('|')})`, 'g') };
});

/**
 * Where the name after the type ends: a district/province word, a bracket or quote, a Latin word or number,
 * or a word that starts the rest of a sentence ("…เพชรบุรี เพื่อเสริมสร้าง…").
 */
const NAME_END = new RegExp(
  [
    '\\s*(?:อำเภอ|จังหวัด)',
    '\\s+(?:อ\\.|จ\\.|ต\\.)',
    '\\s*[()\\[\\]“”"‘’\',;:/]',
    `\\s+(?=[^${THAI_LETTER}])`,
    '\\s+(?:ประจำ|ปีงบประมาณ|เรื่อง|ว่าด้วย|เพื่อ|และ|โดย|ซึ่ง|ด้วย|ในการ|ที่|ให้|พ\\.ศ)',
    '\\s+ปี(?=\\s|\\d|$)',
  ].join('|'),
);

/** The first type prefix in the text; on a tie the longest match (so เทศบาลตำบล beats anything shorter). */
function findOrgPrefix(t: string): { type: OrgType; full: string; end: number } | null {
  let best: { type: OrgType; full: string; at: number; end: number } | null = null;
  for (const p of ORG_PATTERNS) {
    p.re.lastIndex = 0;
    const m = p.re.exec(t);
    if (!m) continue;
    const end = m.index + m[0].length;
    if (!best || m.index < best.at || (m.index === best.at && end > best.end)) {
      best = { type: p.type, full: p.full, at: m.index, end };
    }
  }
  return best;
}

/**
 * A council's type and name from a full or abbreviated mention ("องค์การบริหารส่วนตำบลหนองแวง",
 * "อบต. หนองแวง"). Leading words ("สำนักงาน…", "ของ…") are skipped; the name stops before อำเภอ/จังหวัด/อ./จ.;
 * wrap spaces inside the name are joined. Null when no type prefix is found or the name is empty.
 */
export function parseOrgName(s: string): OrgName | null {
  // Council names and title rows come back in every file and every rule that compares councils.
  const kept = keptOrgName(s);
  return kept && { ...kept };
}

const keptOrgName = memoOfString(parseOrgNameOnce);

function parseOrgNameOnce(s: string): OrgName | null {
  const t = normalizeText(s);
  const prefix = findOrgPrefix(t);
  if (!prefix) return null;
  let rest = t.slice(prefix.end).replace(/^[\s.]+/, '');
  const end = NAME_END.exec(rest);
  if (end) rest = rest.slice(0, end.index);
  const name = joinThaiWrapSpaces(rest).replace(/[\s.\-–]+$/, '');
  if (!name || !/[\u0E01-\u0E4E]/.test(name)) return null;
  return { type: prefix.type, name, full: prefix.full + name, abbr: prefix.type + name };
}

/** Whether two mentions name one council (full vs abbreviated forms, wrap spaces, HTML). */
export function sameOrg(a: string, b: string): boolean {
  const pa = parseOrgName(a);
  const pb = parseOrgName(b);
  if (pa && pb) return pa.type === pb.type && compactText(pa.name) === compactText(pb.name);
  if (pa || pb) return false;
  const ca = compactText(a);
  return ca !== '' && ca === compactText(b);
}

/**
 * The identity sameOrg compares, as one string: `sameOrg(a, b)` is exactly `orgKey(a) !== null &&
 * orgKey(a) === orgKey(b)`. Lets a roster of thousands be looked up by key instead of compared
 * entry by entry for every file.
 */
export function orgKey(s: string): string | null {
  const p = parseOrgName(s);
  if (p) return `o${p.type}\u0000${compactText(p.name)}`;
  const c = compactText(s);
  return c === '' ? null : `r${c}`;
}

