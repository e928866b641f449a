import type { FindingInput } from '../findings';
import type { Mention, PlanDocument } from '../schema';
import { levenshtein } from '../thai/fuzzy';
import { parseOrgName } from '../thai/org-names';
import { defineRule } from './rule';

const KIND_TH: Record<Mention['kind'], string> = { council: 'ชื่อหน่วยงาน', district: 'อำเภอ', province: 'จังหวัด' };
const KIND_EN: Record<Mention['kind'], string> = { council: 'council', district: 'district', province: 'province' };

type Likeness = { kind: 'same' | 'spelling' | 'other'; shown: string };

/**
 * How a council named in the text relates to the document's own: the same one (also a
 * wrap-space fragment such as "เมือง" of "เมืองน้อย", or the name running into the next
 * word), a spelling slip (หนองแวง / หนองแขวง), or another council.
 */
function likeness(main: string, other: string): Likeness {
  const a = parseOrgName(main);
  const b = parseOrgName(other);
  if (!a || !b) return { kind: main === other ? 'same' : 'other', shown: other };
  if (a.type !== b.type) return { kind: 'other', shown: other };
  if (b.name.startsWith(a.name) || a.name.startsWith(b.name)) return { kind: 'same', shown: other };
  const n = a.name.length;
  let best = { d: Infinity, k: b.name.length };
  for (let k = Math.max(1, n - 2); k <= Math.min(b.name.length, n + 2); k++) {
    const d = levenshtein(a.name, b.name.slice(0, k));
    if (d < best.d) best = { d, k };
  }
  const slip = n >= 3 && best.d <= Math.max(1, Math.floor(n / 4));
  return slip ? { kind: 'spelling', shown: `${b.full.slice(0, b.full.length - b.name.length)}${b.name.slice(0, best.k)}` } : { kind: 'other', shown: other };
}

function conflicts(doc: PlanDocument, kind: Mention['kind'], main: string | null): FindingInput[] {
  if (!main) return [];
  const others = new Map<string, { spelling: boolean; mentions: Mention[] }>();
  for (const m of doc.metadata.mentions) {
    if (m.kind !== kind) continue;
    const like: Likeness = kind === 'council' ? likeness(main, m.value) : { kind: m.value === main ? 'same' : 'other', shown: m.value };
    if (like.kind === 'same') continue;
    const entry = others.get(like.shown) ?? { spelling: like.kind === 'spelling', mentions: [] };
    entry.mentions.push(m);
    others.set(like.shown, entry);
  }
  return [...others.entries()].map(([value, { spelling, mentions }]) => ({
    source: mentions[0].source,
    value,
    expected: main,
    severity: spelling ? ('warning' as const) : undefined,
    params: {
      what: spelling ? `${KIND_TH[kind]}สะกดต่างกัน` : `เอกสารระบุ${KIND_TH[kind]}ต่างกัน`,
      whatEn: spelling ? `The ${KIND_EN[kind]} name is spelled differently` : `The document names another ${KIND_EN[kind]}`,
      count: mentions.length,
    },
  }));
}

/** The document names its council, district or province in two different ways. */
export const orgMismatch = defineRule({
  code: 'org-mismatch',
  severity: 'error',
  title: { th: 'ข้อมูลหน่วยงานไม่ตรงกัน', en: 'Organisation details disagree' },
  message: {
    th: '{what}: พบ "{value}" ({count} แห่ง) ส่วนที่ถือเป็นหลักคือ "{expected}"',
    en: '{whatEn}: "{value}" ({count} places); the reference is "{expected}"',
  },
  check: ({ doc }) => [
    ...conflicts(doc, 'council', doc.metadata.council),
    ...conflicts(doc, 'district', doc.metadata.district),
    ...conflicts(doc, 'province', doc.metadata.province),
  ],
});
