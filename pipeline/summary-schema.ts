/**
 * The consolidation's result, as written to summary.json (schemaVersion 1) and read by every
 * other output (summary.xlsx, report.html, the CSV files). Checked with zod before it is written.
 */
import { z } from 'zod';
import { docKindSchema, findingSchema, frameworkIdSchema, ITEM_KINDS, orgTypeSchema, type ItemKind } from '../core/schema';

const count = z.number().int().nonnegative();
const budgetByYear = z.record(z.string().regex(/^\d{4}$/), z.number());
const itemsByKind = z.object(Object.fromEntries(ITEM_KINDS.map((k) => [k, count])) as Record<ItemKind, typeof count>);
const byDimension = z.record(z.string(), z.object({ items: count, budgetByYear }));
const severityCounts = z.object({ error: count, warning: count, info: count });

export const fileEntrySchema = z.object({
  path: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: count,
  format: z.string(),
  status: z.enum(['accepted', 'superseded', 'rejected']),
  supersededBy: z.string().nullable(),
  council: z.string().nullable(),
  province: z.string().nullable(),
  kind: docKindSchema.nullable(),
  /** Where the council was read from: the add-in's metadata sheet, the title rows or the file name. */
  identifiedBy: z.enum(['metadata', 'title', 'file-name', 'none']),
  findings: severityCounts,
});
export type FileEntry = z.infer<typeof fileEntrySchema>;

export const councilEntrySchema = z.object({
  name: z.string(),
  type: orgTypeSchema.nullable(),
  district: z.string().nullable(),
  province: z.string().nullable(),
  code: z.string().nullable(),
  kind: docKindSchema,
  /** The framework the council's document is written in. */
  framework: frameworkIdSchema,
  /**
   * 'legacy' when the document was written in the 2561-2564 framework and its figures (byDimension,
   * items.csv's dimension and mission) were mapped on the fly to 2566-2570; null otherwise.
   * Added within schemaVersion 1: a summary.json written before it reads as null.
   */
  mappedFrom: z.enum(['legacy']).nullable().default(null),
  years: z.array(z.number().int()),
  items: count,
  itemsByKind,
  budgetByYear,
  byDimension,
  status: z.enum(['valid', 'warnings', 'errors']),
  findings: severityCounts,
  file: z.string(),
  sheet: z.string(),
});
export type CouncilEntry = z.infer<typeof councilEntrySchema>;

export const districtEntrySchema = z.object({
  province: z.string(),
  name: z.string(),
  councilsExpected: count,
  councilsSubmitted: count,
  councilsValid: count,
  items: count,
  budgetByYear,
});
export type DistrictEntry = z.infer<typeof districtEntrySchema>;

export const provinceEntrySchema = z.object({
  name: z.string(),
  councilsExpected: count,
  councilsSubmitted: count,
  councilsValid: count,
  missing: z.array(z.string()),
  /** Plan figures, one plan per council (the multi-year plan where a council sent both kinds). */
  items: count,
  itemsByKind,
  budgetByYear,
  byDimension,
  byDocumentKind: z.record(docKindSchema, z.object({ councils: count, items: count, budgetByYear })),
  findings: severityCounts,
});
export type ProvinceEntry = z.infer<typeof provinceEntrySchema>;

export const missingEntrySchema = z.object({
  name: z.string(),
  district: z.string().nullable(),
  province: z.string(),
  code: z.string().nullable(),
});

export const itemRowSchema = z.object({
  province: z.string().nullable(),
  district: z.string().nullable(),
  council: z.string(),
  documentKind: docKindSchema,
  ref: z.string(),
  dimension: z.string().nullable(),
  mission: z.string().nullable(),
  kind: z.enum(ITEM_KINDS),
  title: z.string(),
  /**
   * The item's budgets per year as two parallel lists, years ascending (what an object keyed by
   * year would hold, in the order it would list them). Not a record: a year is an array index to
   * V8, so an object keyed by years is a dictionary, three times larger and slower to make, and a
   * national run has 300,000 items. itemBudget and itemBudgetTotal read them.
   */
  budgetYears: z.array(z.number().int()),
  budgetAmounts: z.array(z.number()),
  responsible: z.string().nullable(),
  file: z.string(),
  sheet: z.string(),
  cell: z.string(),
});
export type ItemRow = z.infer<typeof itemRowSchema>;

/** The item's budget for a year; undefined when it names none. */
export function itemBudget(item: ItemRow, year: number): number | undefined {
  const i = item.budgetYears.indexOf(year);
  return i < 0 ? undefined : item.budgetAmounts[i];
}

/** The item's budgets summed over its years, ascending (as Object.values of a record by year would). */
export function itemBudgetTotal(item: ItemRow): number {
  let total = 0;
  for (const v of item.budgetAmounts) total += v;
  return total;
}

export const consolidationSchema = z.object({
  schemaVersion: z.literal(1),
  /** The years the figures cover, ascending (the union of the councils' years). */
  years: z.array(z.number().int()),
  files: z.array(fileEntrySchema),
  councils: z.array(councilEntrySchema),
  districts: z.array(districtEntrySchema),
  provinces: z.array(provinceEntrySchema),
  national: provinceEntrySchema.omit({ name: true }).extend({ provinces: count }),
  missing: z.array(missingEntrySchema),
  findings: z.array(findingSchema),
});
export type Consolidation = z.infer<typeof consolidationSchema>;
