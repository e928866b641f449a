/**
 * Matching dimension / mission / sub-mission text as written in a plan against a framework:
 * code first, name second (fuzzy), so that variants can be reported as findings instead of lost.
 */
import { memoOfString } from '../memo';
import type { FrameworkId, Source, TaxonRef } from '../schema';
import { findTaxon, levelDepth, normaliseCode, parentCode, taxaAt } from './codes';
import { CURRENT_FRAMEWORK } from './current';
import { LEGACY_FRAMEWORK } from './legacy';
import { compactSimilarity } from '../thai/fuzzy';
import { compactText, normalizeText } from '../thai/text';
import type { Framework, Taxon, TaxonLevel } from './types';
import { COUNCIL_TYPE_WORDS, FRAMEWORK_SIGNALS, INTERCHANGEABLE_WORDS, LOCAL_GOVERNMENT, PREFIX_WORDS } from './words';

export { dimensionOf, findTaxon } from './codes';

export interface TaxonMatch {
  /** The code as written, normalised to Arabic digits without trailing dot ("๒.๓" → "2.3"). */
  writtenCode: string | null;
  /** Resolved code: code first, then name. */
  code: string | null;
  match: 'exact' | 'variant' | 'code-only' | 'name-only' | 'conflict' | 'unknown';
  /** The code whose canonical name (or alias) the written name is closest to; null when nothing is close. */
  nameCode: string | null;
  /** Similarity of the written name to the resolved code's name (best of canonical + aliases), 0..1. */
  similarity: number;
  /** The written name without its code and prefix words. */
  name: string;
}

export interface MatchOptions {
  /** The council's own names as written in the document; replaced by "องค์กรปกครองส่วนท้องถิ่น". */
  councilNames?: string[];
}

/**
 * Thresholds. Measured: every seed heading scores ≥ 0.85 against its own mission; two different
 * missions' names score ≤ 0.6 against each other (1.2 vs 1.3, which share a long prefix) and two
 * legacy sub-items ≤ 0.73, so 0.8 for "clearly another code's name" leaves room for wrap and typos.
 * A truncated name (PDF cut) of ≥ 20 characters that starts a taxon's name scores 0.9.
 */
export const MATCH_THRESHOLDS = {
  nameOnly: 0.6,
  conflict: 0.8,
  conflictMargin: 0.15,
  truncatedMinLength: 20,
  truncatedScore: 0.9,
} as const;

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLengthDesc = (a: string, b: string): number => b.length - a.length;

/**
 * Prefix words, longest first so ภารกิจตามมิติ beats ภารกิจ, each letter optionally followed by a space
 * (PDF wrap inside "ภารกิจตาม มิติ"), then an optional ที่.
 */
const PREFIX = `(?:${[...PREFIX_WORDS]
  .sort(byLengthDesc)
  .map((w) => [...w].map(escapeRe).join('\\s?'))
  .join('|')})\\s*(?:ที่)?\\s*`;
const PREFIX_RE = new RegExp(`^${PREFIX}`);
/** "(1)", "1)", "๑.", "๑.2", "1.1.1": at most three levels, no digit right after (a year is not a code). */
const CODE_RE = /^\(?([0-9๐-๙]{1,2}(?:\.[0-9๐-๙]{1,2}){0,2})(?![0-9๐-๙])\)?\.?/;
/** A council's own name at the end of a written name ("…ของเทศบาลตำบลหนองจอก"). */
const COUNCIL_TAIL_RE = new RegExp(`ของ(?:${COUNCIL_TYPE_WORDS.map(escapeRe).join('|')})[\\u0E00-\\u0E7F.]*$`);

/** The same dimension and mission cells come back in every plan of a batch (cells up to 1,000 characters kept). */
const TAXON_TEXTS = { maxLength: 1000 };

const splitCodeAndNameMemo = memoOfString(splitCodeAndNameOnce, TAXON_TEXTS);

export function splitCodeAndName(raw: string): { code: string | null; name: string } {
  const { code, name } = splitCodeAndNameMemo(raw);
  return { code, name };
}

function splitCodeAndNameOnce(raw: string): { code: string | null; name: string } {
  const text = normalizeText(raw).replace(PREFIX_RE, '');
  const m = CODE_RE.exec(text);
  const rest = m ? text.slice(m[0].length) : text;
  return { code: m ? normaliseCode(m[1]) : null, name: rest.replace(/^[\s.:)\-–—]+/, '').trim() };
}

/** The compared form: compact, the council's own name generalised, interchangeable words unified. */
function looseForm(name: string, councilNames: readonly string[] = []): string {
  let s = compactText(name);
  for (const c of councilNames.map(compactText).filter(Boolean).sort(byLengthDesc)) s = s.split(c).join(LOCAL_GOVERNMENT);
  s = s.replace(COUNCIL_TAIL_RE, `ของ${LOCAL_GOVERNMENT}`);
  for (const [variant, replacement] of INTERCHANGEABLE_WORDS) s = s.split(variant).join(replacement);
  return s;
}

const formsCache = new WeakMap<Taxon, string[]>();
function formsOf(t: Taxon): string[] {
  let forms = formsCache.get(t);
  if (!forms) formsCache.set(t, (forms = [t.name, ...t.aliases].map((n) => looseForm(n))));
  return forms;
}

/** One side starts with the other and the shorter is long enough to be a cut-off name, not a word. */
function isTruncation(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= MATCH_THRESHOLDS.truncatedMinLength && long.startsWith(short);
}

interface Score {
  code: string;
  score: number;
}

function scoreTaxon(written: string, t: Taxon): number {
  let best = 0;
  for (const form of formsOf(t)) {
    best = Math.max(best, compactSimilarity(written, form));
    // Dimension names are short; containment there would match generic phrases.
    if (t.level !== 'dimension' && isTruncation(written, form)) best = Math.max(best, MATCH_THRESHOLDS.truncatedScore);
  }
  return Math.round(best * 1000) / 1000;
}

/**
 * The scores of a written name against every taxon of a level. Fuzzy scoring is the costly part of
 * matching (an edit distance per taxon name and alias) and the same names come back in every plan of
 * a batch, the council's own name already generalised by looseForm, so the scores are kept per
 * framework (bounded: the cache is emptied when full). The arrays are shared: callers never mutate.
 */
const SCORE_CACHE = new WeakMap<Framework, Map<string, readonly Score[]>>();
const SCORE_CACHE_SIZE = 50_000;

function scoresFor(written: string, level: TaxonLevel, framework: Framework): readonly Score[] {
  let cache = SCORE_CACHE.get(framework);
  if (!cache) SCORE_CACHE.set(framework, (cache = new Map()));
  const key = `${level}\u0000${written}`;
  let scores = cache.get(key);
  if (!scores) {
    scores = taxaAt(framework, level).map((t) => ({ code: t.code, score: scoreTaxon(written, t) }));
    if (cache.size >= SCORE_CACHE_SIZE) cache.clear();
    cache.set(key, scores);
  }
  return scores;
}

/** Highest score; on a tie the preferred code (the written one) wins, else the first in framework order. */
function best(scores: readonly Score[], prefer?: string): Score | undefined {
  return scores.reduce<Score | undefined>((top, s) => {
    if (!top || s.score > top.score) return s;
    return s.score === top.score && s.code === prefer ? s : top;
  }, undefined);
}

/** x.y.z in a framework that predefines none (2566-2570) is free as long as its mission exists. */
function isFreeSubMission(framework: Framework, level: TaxonLevel, code: string): boolean {
  if (level !== 'sub-mission' || framework.subMissions.length > 0 || code.split('.').length !== 3) return false;
  return findTaxon(framework, 'mission', parentCode(code) ?? '') !== undefined;
}

type Base = Pick<TaxonMatch, 'writtenCode' | 'name'>;

function unknown(base: Base): TaxonMatch {
  return { ...base, code: null, match: 'unknown', nameCode: null, similarity: 0 };
}

function byCode(base: Base, own: Taxon, scores: readonly Score[]): TaxonMatch {
  if (compactText(base.name) === compactText(own.name)) {
    return { ...base, code: own.code, match: 'exact', nameCode: own.code, similarity: 1 };
  }
  const ownScore = scores.find((s) => s.code === own.code)?.score ?? 0;
  const other = best(scores.filter((s) => s.code !== own.code));
  if (other && other.score >= MATCH_THRESHOLDS.conflict && other.score - ownScore >= MATCH_THRESHOLDS.conflictMargin) {
    // Code first: the written code stands, nameCode tells which mission the name belongs to.
    return { ...base, code: own.code, match: 'conflict', nameCode: other.code, similarity: ownScore };
  }
  const near = best(scores, own.code);
  const nameCode = near && near.score >= MATCH_THRESHOLDS.nameOnly ? near.code : null;
  return { ...base, code: own.code, match: 'variant', nameCode, similarity: ownScore };
}

function byName(base: Base, scores: readonly Score[]): TaxonMatch {
  const [first, second] = [...scores].sort((a, b) => b.score - a.score);
  // Two taxa equally close (a prefix shared by 1.1 and 1.2, duplicated legacy names) is no answer.
  if (!first || first.score < MATCH_THRESHOLDS.nameOnly || (second && second.score === first.score)) return unknown(base);
  return { ...base, code: first.code, match: 'name-only', nameCode: first.code, similarity: first.score };
}

/**
 * Resolve written text to a taxon of `level`. Code first: an existing code stands even when the name
 * belongs elsewhere ('conflict'); the name alone is used only when the code is missing or unknown.
 * A sub-mission of a framework without predefined ones resolves by code ('code-only') if its mission exists.
 */
export function matchTaxon(raw: string, level: TaxonLevel, framework: Framework, opts: MatchOptions = {}): TaxonMatch {
  const { code: writtenCode, name } = splitCodeAndName(raw);
  const base: Base = { writtenCode, name };
  const own = writtenCode ? findTaxon(framework, level, writtenCode) : undefined;
  if (!own && writtenCode && isFreeSubMission(framework, level, writtenCode)) {
    return { ...base, code: writtenCode, match: 'code-only', nameCode: null, similarity: 0 };
  }
  if (!name) return own ? { ...base, code: own.code, match: 'code-only', nameCode: null, similarity: 0 } : unknown(base);
  const written = looseForm(name, opts.councilNames);
  const scores = scoresFor(written, level, framework);
  return own ? byCode(base, own, scores) : byName(base, scores);
}

/** matchTaxon in the schema's TaxonRef shape, for parsers that keep the source cell. */
export function taxonRef(raw: string, level: TaxonLevel, framework: Framework, source: Source, opts?: MatchOptions): TaxonRef {
  const { writtenCode, code, match, nameCode, similarity: sim } = matchTaxon(raw, level, framework, opts);
  return { level, raw, writtenCode, code, match, nameCode, similarity: sim, framework: framework.id, source };
}

/** Codes preceded by start, space or "(" and followed by space, dot, ")" or a Thai letter. */
const CODE_TOKEN_RE = /(^|[\s(])([0-9๐-๙]{1,2}(?:\.[0-9๐-๙]{1,2}){1,2})(?=[\s.)\u0E01-\u0E4F]|$)/g;
const PREFIX_BEFORE_RE = new RegExp(`${PREFIX}\\(?$`);

/** Where later taxa of the same parent start in `text` (the first code itself excluded). */
function cutPoints(text: string, first: string, depth: number): number[] {
  const parent = parentCode(first);
  const seen = new Set([first]);
  const cuts: number[] = [];
  for (const m of text.matchAll(CODE_TOKEN_RE)) {
    const code = normaliseCode(m[2]);
    if (!code || code.split('.').length !== depth || parentCode(code) !== parent || seen.has(code)) continue;
    seen.add(code);
    let at = (m.index ?? 0) + m[1].length;
    const prefix = PREFIX_BEFORE_RE.exec(text.slice(0, at));
    if (prefix) at = prefix.index; // keep "ภารกิจตามมิติ" with the code it introduces
    if (at > 0) cuts.push(at);
  }
  return cuts;
}

/**
 * A cell holding several missions ("3.2 … 3.3 …") → one string per mission. Splits only before codes
 * of the same depth and parent as the leading one, so numbers inside names stay put. One taxon → [raw].
 */
export function splitTaxa(raw: string, level: TaxonLevel): string[] {
  return SPLIT_TAXA[level](raw).slice();
}

/** One memo per level, keyed by the text itself (a key joining level and text is a new string to hash every call). */
const SPLIT_TAXA: Record<TaxonLevel, (raw: string) => string[]> = {
  dimension: memoOfString((raw) => splitTaxaOnce(raw, 'dimension'), TAXON_TEXTS),
  mission: memoOfString((raw) => splitTaxaOnce(raw, 'mission'), TAXON_TEXTS),
  'sub-mission': memoOfString((raw) => splitTaxaOnce(raw, 'sub-mission'), TAXON_TEXTS),
};

function splitTaxaOnce(raw: string, level: TaxonLevel): string[] {
  const depth = levelDepth(level);
  const text = normalizeText(raw);
  const first = splitCodeAndName(text).code;
  if (depth < 2 || !first || first.split('.').length !== depth) return [raw];
  const cuts = cutPoints(text, first, depth);
  if (!cuts.length) return [raw];
  const starts = [0, ...cuts];
  return starts.map((start, i) => text.slice(start, starts[i + 1]).trim()).filter(Boolean);
}

/** Mission codes that exist only in the legacy framework (2.4, 2.5, 4.4), derived from the data. */
const LEGACY_ONLY_MISSIONS = new Set(
  LEGACY_FRAMEWORK.missions.map((t) => t.code).filter((c) => !findTaxon(CURRENT_FRAMEWORK, 'mission', c)),
);

/** Legacy-only mission codes written with (a variant of) their legacy name. */
function legacyMissionCodes(text: string): string[] {
  return splitTaxa(text, 'mission').flatMap((piece) => {
    const code = splitCodeAndName(piece).code;
    if (!code || !LEGACY_ONLY_MISSIONS.has(code)) return [];
    const m = matchTaxon(piece, 'mission', LEGACY_FRAMEWORK);
    const named = (m.match === 'exact' || m.match === 'variant') && m.similarity >= MATCH_THRESHOLDS.nameOnly;
    return named ? [code] : [];
  });
}

/** Any signal phrase: one scan rules most texts out (includes() phrase by phrase is slow on Thai text). */
const ANY_SIGNAL = new RegExp(FRAMEWORK_SIGNALS.map((s) => escapeRe(s.phrase)).join('|'));

/** The framework signals one text holds, in the order detectFramework records them. */
const signalsOf = memoOfString((text): ReadonlyArray<readonly [string, FrameworkId]> => {
  const out: [string, FrameworkId][] = [];
  const c = compactText(text);
  if (ANY_SIGNAL.test(c)) {
    for (const s of FRAMEWORK_SIGNALS) {
      if (c.includes(s.phrase)) out.push([`${s.framework}: dimension ${s.dimension} name contains "${s.phrase}"`, s.framework]);
    }
  }
  for (const code of legacyMissionCodes(text)) out.push([`legacy: mission ${code} (legacy only) with its legacy name`, 'legacy']);
  return out;
}, TAXON_TEXTS);

/**
 * Which framework a document's texts (cells, headings) follow. Each distinct signal counts once; the
 * legacy framework needs more signals than the current one, so a stray phrase cannot flip a plan.
 */
export function detectFramework(texts: string[]): { framework: FrameworkId; evidence: string[] } {
  const found = new Map<string, FrameworkId>();
  for (const text of texts) for (const [evidence, id] of signalsOf(text)) found.set(evidence, id);
  const count = (id: FrameworkId): number => [...found.values()].filter((f) => f === id).length;
  const framework: FrameworkId = count('legacy') > count('current') ? 'legacy' : 'current';
  const evidence = [...found.keys()];
  return { framework, evidence: evidence.length ? evidence : ['no framework signal found: default current'] };
}
