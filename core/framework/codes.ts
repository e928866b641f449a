/** Taxon codes: "๒.๓." / "(2)" / " 2.3 " → "2.3", and what a code says about its place in the tree. */
import { toArabicDigits } from '../thai/digits';
import type { Framework, Taxon, TaxonLevel } from './types';

/** Arabic digits, no spaces, parentheses or trailing dot; null for empty or non-code input. */
export function normaliseCode(code: string | null | undefined): string | null {
  if (code == null) return null;
  const c = toArabicDigits(code).replace(/[\s()]/g, '').replace(/\.+$/, '');
  return /^\d+(\.\d+)*$/.test(c) ? c : null;
}

/** "2.3" → "2", "2.3.1" → "2". */
export function dimensionOf(code: string): string {
  const c = normaliseCode(code) ?? toArabicDigits(code).trim();
  return c.split('.')[0];
}

/** "2.3.1" → "2.3", "2.3" → "2", "2" → null. */
export function parentCode(code: string): string | null {
  const parts = (normaliseCode(code) ?? '').split('.');
  return parts.length > 1 ? parts.slice(0, -1).join('.') : null;
}

const DEPTH: Record<TaxonLevel, number> = { dimension: 1, mission: 2, 'sub-mission': 3 };

export function levelDepth(level: TaxonLevel): number {
  return DEPTH[level];
}

export function taxaAt(framework: Framework, level: TaxonLevel): Taxon[] {
  if (level === 'dimension') return framework.dimensions;
  return level === 'mission' ? framework.missions : framework.subMissions;
}

export function findTaxon(framework: Framework, level: TaxonLevel, code: string): Taxon | undefined {
  const c = normaliseCode(code);
  return c == null ? undefined : taxaAt(framework, level).find((t) => t.code === c);
}

/** [code, canonical name, aliases] rows → Taxon objects of one level (keeps the data tables terse). */
export function defineTaxa(level: TaxonLevel, rows: ReadonlyArray<readonly [string, string, string[]?]>): Taxon[] {
  return rows.map(([code, name, aliases]) => ({ code, name, aliases: aliases ?? [], level }));
}
