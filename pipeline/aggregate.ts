/**
 * The figures of a group of councils (a district, a province, the nation): councils expected, sent,
 * valid, items and budgets per year, by dimension and by kind of document, one plan per council.
 */
import { countBySeverity } from '../core/findings';
import { byText } from '../core/order';
import type { DocKind, Finding, ItemKind } from '../core/schema';
import { ITEM_KINDS } from '../core/schema';
import type { CouncilEntry, ProvinceEntry } from './summary-schema';

const PLAN_KINDS: DocKind[] = ['plan-multi-year', 'plan-annual'];

/**
 * Baht per year while councils are added up: a Map, as an object keyed by years is a dictionary to
 * V8 (a year is an array index) and slow to update; it becomes a record, years in order, at the end.
 */
type YearSums = Map<string, number>;

function addBudgets(into: YearSums, from: Record<string, number>): void {
  for (const y in from) into.set(y, (into.get(y) ?? 0) + from[y]);
}

function yearRecord(sums: YearSums): Record<string, number> {
  return Object.fromEntries([...sums].sort(([a], [b]) => byText(a, b)));
}

function sortedRecord<T>(r: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(r).sort(([a], [b]) => byText(a, b)));
}

function emptyKinds(): Record<ItemKind, number> {
  return Object.fromEntries(ITEM_KINDS.map((k) => [k, 0])) as Record<ItemKind, number>;
}

/** Who sent something: a council whose only files could not be read still submitted (but nothing valid). */
export interface Sender {
  name: string;
  district: string | null;
  province: string | null;
}

/**
 * A council by its province, district and name: councils of one name in districts of one name are
 * found in several provinces, and only the province tells them apart in the nation's figures.
 */
export const senderKey = (c: Sender): string => `${c.province}|${c.district}|${c.name}`;

/** One plan per council (the multi-year plan where a council sent both kinds), so no budget counts twice. */
function planPerCouncil(councils: CouncilEntry[]): CouncilEntry[] {
  const chosen = new Map<string, CouncilEntry>();
  for (const c of councils.filter((x) => PLAN_KINDS.includes(x.kind))) {
    const key = senderKey(c);
    const held = chosen.get(key);
    if (!held || (held.kind === 'plan-annual' && c.kind === 'plan-multi-year')) chosen.set(key, c);
  }
  return [...chosen.values()];
}

export function aggregate(name: string, councils: CouncilEntry[], expected: number, missing: string[], findings: Finding[], unread: Sender[] = []): ProvinceEntry {
  const plans = planPerCouncil(councils);
  const itemsByKind = emptyKinds();
  const budgetByYear: YearSums = new Map();
  const byDimension = new Map<string, { items: number; budgetByYear: YearSums }>();
  for (const c of plans) {
    for (const k of ITEM_KINDS) itemsByKind[k] += c.itemsByKind[k];
    addBudgets(budgetByYear, c.budgetByYear);
    for (const d in c.byDimension) {
      const v = c.byDimension[d];
      let into = byDimension.get(d);
      if (!into) byDimension.set(d, (into = { items: 0, budgetByYear: new Map() }));
      into.items += v.items;
      addBudgets(into.budgetByYear, v.budgetByYear);
    }
  }
  const byDocumentKind = new Map<string, { councils: number; items: number; budgetByYear: YearSums }>();
  for (const c of councils) {
    let into = byDocumentKind.get(c.kind);
    if (!into) byDocumentKind.set(c.kind, (into = { councils: 0, items: 0, budgetByYear: new Map() }));
    into.councils++;
    into.items += c.items;
    addBudgets(into.budgetByYear, c.budgetByYear);
  }
  const names = new Set([...councils, ...unread].map(senderKey));
  const valid = new Set(councils.filter((c) => c.status !== 'errors').map(senderKey));
  return {
    name,
    councilsExpected: Math.max(expected, names.size),
    councilsSubmitted: names.size,
    councilsValid: valid.size,
    missing,
    items: plans.reduce((n, c) => n + c.items, 0),
    itemsByKind,
    budgetByYear: yearRecord(budgetByYear),
    byDimension: sortedRecord(Object.fromEntries([...byDimension].map(([d, v]) => [d, { items: v.items, budgetByYear: yearRecord(v.budgetByYear) }]))),
    byDocumentKind: sortedRecord(Object.fromEntries([...byDocumentKind].map(([k, v]) => [k, { councils: v.councils, items: v.items, budgetByYear: yearRecord(v.budgetByYear) }]))),
    findings: countBySeverity(findings),
  };
}
