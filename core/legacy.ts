/**
 * Bringing a parsed document into a target framework, item by item, with a line for every item
 * saying where it came from and where it goes. Pure: the document passed in is not changed.
 *
 * - A legacy (2561-2564) document mapped to 2566-2570 (`toCurrentFramework`): each item's mission
 *   is its legacy mapping's target (mapLegacy, by meaning, never by code: legacy 3.1 → 2.1), its
 *   dimension the target's. Uncertain mappings still give an item, at the proposed target, and a
 *   line flagged for a person to decide. Items with no target at all are unmapped: reported, not kept.
 * - A current document: items whose mission resolves stay where they are (their dimension follows
 *   the mission); an item whose mission cannot be resolved (an annual table without a มิติ column
 *   and a mission without a known code or name) is unmapped.
 * - `keepFramework`: nothing moves and nothing is unmapped.
 *
 * Years are the plan's own: a 2561-2564 plan stays 2561-2564.
 */
import { dimensionOf, findTaxon, frameworkById, LEGACY_MAPPING, mapLegacy, normaliseCode, parentCode } from './framework';
import { layoutById, type LayoutId } from './layouts';
import { planDocument, planMetadata } from './plan-document';
import type { FrameworkId, Item, ItemKind, LegacyMapping, PlanDocument, Source } from './schema';

/** What happened to one item. */
export type MappingStatus =
  /** The document's framework is the target's (or kept): the item stays where it is. */
  | 'kept'
  /** Mapped from the legacy framework with high or medium certainty. */
  | 'mapped'
  /** Mapped to the proposed target, but a person must decide (legacy-mapping-uncertain). */
  | 'uncertain'
  /** No place in the target framework: reported, not written. */
  | 'unmapped';

export interface Placement {
  framework: FrameworkId;
  dimension: string | null;
  mission: string | null;
  subMission: string | null;
}

export interface ItemMapping {
  /** The item's index in the source document's items. */
  index: number;
  ref: string;
  title: string;
  kind: ItemKind;
  source: Source;
  from: Placement;
  /** Where the item goes; null when unmapped. */
  to: Placement | null;
  status: MappingStatus;
  /** The legacy mapping's certainty; null for items that did not need one. */
  certainty: LegacyMapping['certainty'] | null;
  alternative: string | null;
  reason: string;
}

/** One legacy mission (or sub-item with its own mapping) as the document uses it, and where it goes. */
export interface MissionMapping {
  /** The legacy mission ("2.5"), and the sub-item when the mapping is the sub-item's own ("2.5.1"). */
  mission: string;
  subMission: string | null;
  target: string | null;
  alternative: string | null;
  certainty: LegacyMapping['certainty'];
  reason: string;
  /** How many of the document's items it carries (0: named in a cell or heading, no item under it). */
  items: number;
}

export interface FrameworkConversion {
  /** The document in the target framework: only the items that have a place there. */
  doc: PlanDocument;
  /** Every item of the source, in source order, each with its line. */
  mappings: ItemMapping[];
  /** The lines of the items left out (status 'unmapped'). */
  unmapped: ItemMapping[];
  /** Every legacy mission the source uses, mapped with its certainty (empty for a current document). */
  missions: MissionMapping[];
}

export interface ConversionOptions {
  /**
   * Keep unmapped items in the returned document with no dimension and no mission, instead of
   * leaving them out (consolidation: every item still counts, under "no dimension").
   */
  keepUnmapped?: boolean;
}

function placement(framework: FrameworkId, item: Pick<Item, 'dimension' | 'mission' | 'subMission'>): Placement {
  return { framework, dimension: item.dimension, mission: item.mission, subMission: item.subMission };
}

function baseLine(item: Item, index: number, framework: FrameworkId): Omit<ItemMapping, 'to' | 'status' | 'certainty' | 'alternative' | 'reason'> {
  return { index, ref: item.ref, title: item.title, kind: item.kind, source: item.source, from: placement(framework, item) };
}

/** Whether the document's items carry a taxonomy at all (the ITA measures report does not). */
function hasTaxonomy(doc: PlanDocument): boolean {
  const layouts = doc.tables.map((t) => layoutById(t.layout as LayoutId));
  return layouts.length === 0 ? doc.kind !== 'ita-measures' : layouts.some((l) => l.taxonomy);
}

/** The legacy mapping an item carries, or the one its codes give. */
function legacyOf(item: Item): LegacyMapping {
  return item.legacy ?? mapLegacy(item.mission, item.subMission, item.dimension);
}

function finish(source: PlanDocument, framework: FrameworkId, kept: Item[], mappings: ItemMapping[], missions: MissionMapping[]): FrameworkConversion {
  // Made by planDocument, as the parser makes its documents: one shape for the plans a worker counts.
  const doc = planDocument({
    ...source,
    framework,
    metadata: planMetadata({ ...source.metadata, years: [...source.metadata.years], mentions: [...source.metadata.mentions] }),
    items: kept,
    // The stated totals and the taxon cells describe the source's own framework; the items say the rest.
    summaries: framework === source.framework ? source.summaries : [],
    taxa: framework === source.framework ? source.taxa : [],
  });
  return { doc, mappings, unmapped: mappings.filter((m) => m.status === 'unmapped'), missions };
}

/** A current (2566-2570) document in its own framework: items whose mission does not resolve are unmapped. */
function currentInCurrent(doc: PlanDocument, opts: ConversionOptions): FrameworkConversion {
  const framework = frameworkById('current');
  const taxonomy = hasTaxonomy(doc);
  const kept: Item[] = [];
  const mappings = doc.items.map((item, index): ItemMapping => {
    const line = baseLine(item, index, doc.framework);
    if (!taxonomy) {
      kept.push({ ...item });
      return { ...line, to: line.from, status: 'kept', certainty: null, alternative: null, reason: 'This kind of document has no dimension or mission.' };
    }
    const mission = item.mission && findTaxon(framework, 'mission', item.mission) ? item.mission : null;
    if (!mission) {
      if (opts.keepUnmapped) kept.push({ ...item, dimension: null, mission: null, subMission: null });
      const why = item.dimension
        ? `The item's mission could not be resolved (dimension ${item.dimension} only); a person must place it.`
        : "The item's mission could not be resolved and no dimension is written; a person must place it.";
      return { ...line, to: null, status: 'unmapped', certainty: null, alternative: null, reason: why };
    }
    const dimension = dimensionOf(mission);
    const moved = item.dimension !== null && item.dimension !== dimension;
    const to = { framework: 'current' as const, dimension, mission, subMission: item.subMission };
    kept.push({ ...item, dimension, mission });
    const reason = moved
      ? `Written under dimension ${item.dimension}; mission ${mission} belongs to dimension ${dimension}, which it is placed under.`
      : item.dimension === null
        ? `Dimension ${dimension} given by the mission's code (no dimension written).`
        : 'Already in the 2566-2570 framework.';
    return { ...line, to, status: 'kept', certainty: null, alternative: null, reason };
  });
  return finish(doc, 'current', kept, mappings, []);
}

/** The mapping table's own key for a legacy item: its sub-item where the table overrides it, else its mission. */
function missionKey(m: LegacyMapping, item: Item): { mission: string; subMission: string | null } | null {
  if (!m.mission) return null;
  const sub = normaliseCode(item.subMission);
  const override = sub !== null && parentCode(sub) === m.mission && LEGACY_MAPPING[sub] !== undefined;
  return { mission: m.mission, subMission: override ? sub : null };
}

/** A legacy (2561-2564) document mapped by meaning to 2566-2570. */
function legacyToCurrent(doc: PlanDocument, opts: ConversionOptions): FrameworkConversion {
  const kept: Item[] = [];
  const missions = new Map<string, MissionMapping>();
  const mappings = doc.items.map((item, index): ItemMapping => {
    const line = baseLine(item, index, 'legacy');
    const m = legacyOf(item);
    const key = missionKey(m, item);
    if (key) {
      const id = `${key.mission}|${key.subMission ?? ''}`;
      // Fields written out, not spread from the key: counting the items of an entry made by a spread
      // changed its shape in V8's runtime, once per legacy plan (some 500 times in a 1,000-council
      // run, --trace-generalization); none now.
      const entry = missions.get(id) ?? { mission: key.mission, subMission: key.subMission, target: m.target, alternative: m.alternative, certainty: m.certainty, reason: m.reason, items: 0 };
      entry.items++;
      missions.set(id, entry);
    }
    if (!m.target) {
      if (opts.keepUnmapped) kept.push({ ...item, dimension: null, mission: null, subMission: null, legacy: m });
      return { ...line, to: null, status: 'unmapped', certainty: m.certainty, alternative: m.alternative, reason: m.reason };
    }
    const to: Placement = { framework: 'current', dimension: dimensionOf(m.target), mission: m.target, subMission: null };
    // The legacy sub-item codes mean nothing in 2566-2570; the item keeps its mapping in `legacy`.
    kept.push({ ...item, dimension: to.dimension, mission: to.mission, subMission: null, legacy: m });
    const status: MappingStatus = m.certainty === 'uncertain' ? 'uncertain' : 'mapped';
    return { ...line, to, status, certainty: m.certainty, alternative: m.alternative, reason: m.reason };
  });
  // Missions named in the document's cells and headings that no item sits under: mapped all the same.
  for (const t of doc.taxa) {
    if (t.level !== 'mission' || !t.code || t.framework !== 'legacy') continue;
    if ([...missions.values()].some((x) => x.mission === t.code)) continue;
    const m = mapLegacy(t.code, null, null);
    missions.set(`${t.code}|`, { mission: t.code, subMission: null, target: m.target, alternative: m.alternative, certainty: m.certainty, reason: m.reason, items: 0 });
  }
  const ordered = [...missions.values()].sort((a, b) => compareCodes(a.subMission ?? a.mission, b.subMission ?? b.mission));
  return finish(doc, 'current', kept, mappings, ordered);
}

function compareCodes(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The document in the 2566-2570 framework, with a line per item. A legacy document is mapped by
 * meaning; a current one is checked (an item whose mission does not resolve is unmapped).
 */
export function toCurrentFramework(doc: PlanDocument, opts: ConversionOptions = {}): FrameworkConversion {
  return doc.framework === 'legacy' && hasTaxonomy(doc) ? legacyToCurrent(doc, opts) : currentInCurrent(doc, opts);
}

/** The document in its own framework, as written: every item kept, nothing unmapped. */
export function keepFramework(doc: PlanDocument): FrameworkConversion {
  // A legacy document kept as it is still shows where its missions would go.
  const missions = doc.framework === 'legacy' ? legacyToCurrent(doc, {}).missions : [];
  const mappings = doc.items.map((item, index): ItemMapping => {
    const line = baseLine(item, index, doc.framework);
    return { ...line, to: line.from, status: 'kept', certainty: null, alternative: null, reason: `Kept in the ${doc.framework} framework as written.` };
  });
  return finish(doc, doc.framework, doc.items.map((i) => ({ ...i })), mappings, missions);
}
