/**
 * What a document says about itself: the council, district, province and years, read from the
 * title rows above the first table, and every place the text names a council, district or province.
 */
import type { Grid } from '../grid';
import { rowTexts } from '../cell-texts';
import { memoOfString } from '../memo';
import { objectList } from '../object-lists';
import { planMetadata } from '../plan-document';
import { canonicalProvince, provinceAt } from '../places';
import type { Mention, Metadata } from '../schema';
import { toArabicDigits } from '../thai/digits';
import { ORG_TYPE_NAMES, parseOrgName } from '../thai/org-names';
import { findYears, parseYearRange } from '../thai/years';
import { sourceOf } from './state';

/** Every way a council type is written, longest first so that เทศบาลตำบล wins over เทศบาล. */
const ORG_PREFIXES = ORG_TYPE_NAMES.flatMap((t) => [t.full, ...t.abbreviations]).sort((a, b) => b.length - a.length);
const ORG_PREFIX_RE = new RegExp(ORG_PREFIXES.map((p) => p.replace(/\./g, '\\.')).join('|'), 'g');

/** Words that follow a council type when it is used as a common noun ("องค์การบริหารส่วนตำบลทุกแห่ง"). */
const GENERIC_AFTER = /^(ทุก|และ|หรือ|ใน|ที่|ซึ่ง|ต่าง|ของ|อื่น|แห่ง|ทั่ว|นั้น|นี้|ได้|จะ|เป็น|มี|ให้|ตาม|กับ|จำนวน|ดังกล่าว|เคลื่อนที่|สัญจร)/;

/**
 * An abbreviation (อบต, ทต …) counts only as a word of its own: "รับผิดชอบตามหลัก" hides "อบต"
 * inside other words.
 */
function standsAlone(text: string, match: string, index: number): boolean {
  if (match.length > 5) return true;
  const before = text[index - 1] ?? ' ';
  const after = text[index + match.length] ?? ' ';
  return !THAI_CHARACTER.test(before) && (match.endsWith('.') || WHITESPACE.test(after));
}

// Constants: a regexp literal in a function is a new object at every call.
const THAI_CHARACTER = /[\u0E00-\u0E7F]/;
const WHITESPACE = /\s/;
const NAMES_FISCAL_YEAR = /ประจำปี|ปีงบประมาณ/;
const WHITESPACE_RUNS = /\s+/g;

/**
 * Council names in a text: the word after each council-type prefix. Every cell of every sheet is
 * searched. Not kept per text: the texts that name a council are mostly item titles and title rows
 * with the council's own name, met once in a batch (a memo of them missed 19 lookups in 20 on the
 * 4,000-file bench corpus, and filling it with long texts cost more than it saved).
 */
export function councilMentions(text: string): readonly { full: string; name: string; index: number }[] {
  return MAY_NAME_COUNCIL.test(text) ? councilMentionsIn(text) : NONE;
}

/**
 * What every council mention holds: a full type name (องค์การ…, เทศบาล…), อ.บ., or an abbreviation
 * (อบ…, ท…) that starts a word (standsAlone). Most texts have none, and this one scan rules them out.
 */
const MAY_NAME_COUNCIL = /องค์การ|เทศบาล|อ\.บ\.|(?<![\u0E00-\u0E7F])(?:อบ|ท[นมต.])/;

/** No mention, in a list of the kind a list of found mentions is (core/object-lists.ts). */
const NONE: readonly never[] = objectList<never>();

/** The Thai word after a council-type prefix, spaces before it passed over (read where it stands, from lastIndex). */
const WORD_AFTER = /\s*([ก-๙]*)/y;

function councilMentionsIn(text: string): { full: string; name: string; index: number }[] {
  const out: { full: string; name: string; index: number }[] = [];
  // exec from lastIndex rather than matchAll, and the word after read in place rather than from a cut
  // of the rest of the text: a title naming its council is met in every few rows, and matchAll's copy
  // of the pattern, its iterator and the cut were most of the cost of reading one.
  ORG_PREFIX_RE.lastIndex = 0;
  for (let m = ORG_PREFIX_RE.exec(text); m !== null; m = ORG_PREFIX_RE.exec(text)) {
    const at = m.index;
    const prefix = m[0];
    if (!standsAlone(text, prefix, at)) continue;
    WORD_AFTER.lastIndex = at + prefix.length;
    const token = (WORD_AFTER.exec(text) as RegExpExecArray)[1];
    if (token.length < 2 || GENERIC_AFTER.test(token)) continue;
    const org = parseOrgName(`${prefix}${token}`);
    if (org) out.push({ full: org.full, name: org.name, index: at });
  }
  return out;
}

/** "อำเภอท่ายาง จังหวัดเพชรบุรี", "อ.ท่ายาง จ.เพชรบุรี": a district and its province (kept per text, as above). */
export function addressMentions(text: string): readonly { district: string | null; province: string }[] {
  return MAY_NAME_PROVINCE.test(text) ? addressMentionsKept(text) : NONE;
}

/** An address needs จังหวัด or จ.: a text without them names none (a regexp: includes() is slower on Thai text). */
const MAY_NAME_PROVINCE = /จังหวัด|จ\./;

const addressMentionsKept = memoOfString(addressMentionsOnce);

/** What a council mention or an address needs (MAY_NAME_COUNCIL or MAY_NAME_PROVINCE), in one pattern. */
const MAY_NAME_PLACE = new RegExp(`${MAY_NAME_COUNCIL.source}|${MAY_NAME_PROVINCE.source}`);

function addressMentionsOnce(text: string): { district: string | null; province: string }[] {
  const out: { district: string | null; province: string }[] = [];
  const re = /(?:(?:อำเภอ|อ\.)\s*([ก-๙]+)\s*)?(?:จังหวัด|จ\.)\s*([ก-๙][ก-๙\s]{1,30})/g;
  for (const m of text.matchAll(re)) {
    const province = provinceAt(m[2]);
    if (province) out.push({ district: m[1] ?? null, province });
  }
  return out;
}

function rowText(grid: Grid, row: number): readonly { col: number; text: string }[] {
  return rowTexts(grid, row).cells;
}

/** The mentions of councils, districts and provinces in every cell of the sheet. */
export function collectMentions(grid: Grid): Mention[] {
  const mentions: Mention[] = [];
  for (let row = 0; row < grid.rows.length; row++) {
    for (const { col, text } of rowText(grid, row)) {
      // Most cells name no place: one scan for what either kind of mention needs rules them out.
      if (!MAY_NAME_PLACE.test(text)) continue;
      const councils = councilMentions(text);
      const addresses = addressMentions(text);
      // Most cells name nothing: their source is made only for a mention (one, shared by the cell's mentions).
      if (councils.length === 0 && addresses.length === 0) continue;
      const source = sourceOf(grid, row, col);
      for (const c of councils) mentions.push({ kind: 'council', value: c.full, source });
      for (const a of addresses) {
        if (a.district) mentions.push({ kind: 'district', value: a.district, source });
        mentions.push({ kind: 'province', value: a.province, source });
      }
    }
  }
  return mentions;
}

function mostCommon(values: string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = v;
  return best;
}

/** Plan years and fiscal year from the title rows: a range "(พ.ศ. ๒๕๖๖ – ๒๕๗๐)" or "ประจำปีงบประมาณ พ.ศ. 2567". */
function titleYears(texts: string[]): { years: number[]; fiscalYear: number | null } {
  for (const t of texts) {
    const range = parseYearRange(t);
    if (range && range.to > range.from && range.to - range.from <= 10) {
      const years = Array.from({ length: range.to - range.from + 1 }, (_, i) => range.from + i);
      return { years, fiscalYear: null };
    }
  }
  for (const t of texts) {
    if (NAMES_FISCAL_YEAR.test(t.replace(WHITESPACE_RUNS, ''))) {
      const y = findYears(t)[0];
      if (y) return { years: [y], fiscalYear: y };
    }
  }
  return { years: [], fiscalYear: null };
}

/**
 * Reads the metadata from the rows above the first table (`titleEnd`, exclusive). The
 * council is the first one the title rows name; the district and province, the first address.
 */
export function readMetadata(grid: Grid, titleEnd: number, mentions: Mention[]): Metadata {
  const titleTexts: string[] = [];
  for (let row = 0; row < titleEnd; row++) for (const c of rowText(grid, row)) titleTexts.push(c.text);
  const inTitle = (m: Mention) => m.source.row <= titleEnd;
  const councils = mentions.filter((m) => m.kind === 'council');
  const council = councils.find(inTitle)?.value ?? mostCommon(councils.map((m) => m.value));
  const org = council ? parseOrgName(council) : null;
  const first = (kind: Mention['kind']) =>
    mentions.find((m) => m.kind === kind && inTitle(m))?.value ?? mostCommon(mentions.filter((m) => m.kind === kind).map((m) => m.value));
  let province = first('province');
  if (!province && org?.type === 'อบจ.') province = canonicalProvince(org.name);
  const { years, fiscalYear } = titleYears(titleTexts.map(toArabicDigits));
  const title = titleTexts.find((t) => /แผน|รายงาน|ผลการดำเนินการ/.test(t))?.replace(/^#+\s*/, '') ?? null;
  return planMetadata({
    council: org?.full ?? null,
    councilName: org?.name ?? null,
    type: org?.type ?? null,
    district: first('district'),
    province,
    years,
    yearsFrom: years.length > 0 ? 'title' : 'none',
    fiscalYear,
    title,
    mentions,
  });
}
