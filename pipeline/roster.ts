/**
 * The province's roster: the councils expected to submit (CSV with columns council, district,
 * province and an optional code; UTF-8 or windows-874). Names may be full or abbreviated.
 */
import Papa from 'papaparse';
import { canonicalProvince } from '../core/places';
import type { OrgType } from '../core/schema';
import { joinThaiWrapSpaces, normalizeText, parseOrgName } from '../core/thai';
import { decodeText } from './read/decode';

export interface RosterEntry {
  /** Full name: องค์การบริหารส่วนตำบลหนองแวง. */
  name: string;
  type: OrgType | null;
  shortName: string;
  district: string | null;
  province: string;
  code: string | null;
  /** 1-based line in the roster file, for messages. */
  line: number;
}

export class RosterError extends Error {}

/** "อำเภอท่ายาง", "อ.ท่ายาง" → "ท่ายาง". */
export function cleanDistrict(s: string | null | undefined): string | null {
  const t = joinThaiWrapSpaces(normalizeText(s ?? '')).replace(/^(อำเภอ|อ\.)\s*/, '').trim();
  return t || null;
}

export function cleanProvince(s: string | null | undefined): string | null {
  const t = joinThaiWrapSpaces(normalizeText(s ?? '')).replace(/^(จังหวัด|จ\.)\s*/, '').trim();
  return t ? canonicalProvince(t) ?? t : null;
}

export function parseRoster(bytes: Uint8Array): RosterEntry[] {
  const { text } = decodeText(bytes);
  const parsed = Papa.parse<Record<string, string>>(text.trim(), { header: true, skipEmptyLines: true, transformHeader: (h) => h.trim().toLowerCase() });
  const fields = parsed.meta.fields ?? [];
  for (const need of ['council', 'district', 'province']) {
    if (!fields.includes(need)) throw new RosterError(`roster: missing column "${need}" (columns: council,district,province[,code])`);
  }
  return parsed.data.flatMap((row, i) => {
    const org = parseOrgName(row.council ?? '');
    const province = cleanProvince(row.province);
    const raw = joinThaiWrapSpaces(normalizeText(row.council ?? ''));
    if (!raw || !province) return [];
    return [{
      name: org?.full ?? raw,
      type: org?.type ?? null,
      shortName: org?.name ?? raw,
      district: cleanDistrict(row.district),
      province,
      code: row.code?.trim() || null,
      line: i + 2,
    }];
  });
}
