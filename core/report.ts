/**
 * The per-document figures every output shows (validate --json, the pipeline's summaries):
 * counts and budgets recomputed from the items, never copied from the stated totals.
 */
import { z } from 'zod';
import { docKindSchema, findingSchema, frameworkIdSchema, ITEM_KINDS, orgTypeSchema, type ItemKind, type PlanDocument } from './schema';
import { computeTotals, type Tally } from './totals';

const kindCounts = z.object(Object.fromEntries(ITEM_KINDS.map((k) => [k, z.number().int()])) as Record<ItemKind, z.ZodNumber>);
const budgetByYear = z.record(z.string().regex(/^\d{4}$/), z.number());

export const documentSummarySchema = z.object({
  path: z.string(),
  sheet: z.string().nullable(),
  kind: docKindSchema.nullable(),
  framework: frameworkIdSchema.nullable(),
  council: z.string().nullable(),
  type: orgTypeSchema.nullable(),
  district: z.string().nullable(),
  province: z.string().nullable(),
  years: z.array(z.number().int()),
  items: z.number().int(),
  itemsByKind: kindCounts,
  budgetByYear,
  byDimension: z.record(z.string(), z.object({ items: z.number().int(), budgetByYear })),
  findings: z.array(findingSchema),
});
export type DocumentSummary = z.infer<typeof documentSummarySchema>;

export const validateReportSchema = z.object({ files: z.array(documentSummarySchema) });
export type ValidateReport = z.infer<typeof validateReportSchema>;

const FOUR_DIGITS = /^\d{4}$/;

/**
 * Budgets keyed by Buddhist-era year, for the document's years (0 where nothing is planned), in
 * ascending order: a year's key ("2566") is an array index, and an object lists those in ascending
 * order whatever order they were set in, so they need no sorting (a sort and two copies of the
 * entries had been a good part of counting a plan, made for the plan and each of its dimensions).
 */
function budgets(t: Tally, years: number[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const y of years) out[String(y)] = t.budgetByYear[String(y)] ?? 0;
  for (const k in t.budgetByYear) if (!(k in out) && FOUR_DIGITS.test(k)) out[k] = t.budgetByYear[k];
  return out;
}

export function summarizeDocument(path: string, doc: PlanDocument | null, findings: DocumentSummary['findings']): DocumentSummary {
  const empty = { 'โครงการ': 0, 'มาตรการ': 0, 'กิจกรรม': 0, 'อื่น': 0 };
  if (!doc) {
    return {
      path, sheet: null, kind: null, framework: null, council: null, type: null, district: null, province: null,
      years: [], items: 0, itemsByKind: empty, budgetByYear: {}, byDimension: {}, findings,
    };
  }
  const totals = computeTotals(doc);
  const years = doc.metadata.years;
  const byDimension: DocumentSummary['byDimension'] = {};
  for (const [code, t] of Object.entries(totals.byDimension).sort(([a], [b]) => a.localeCompare(b))) {
    byDimension[code] = { items: t.items, budgetByYear: budgets(t, years) };
  }
  return {
    path,
    sheet: doc.sheet,
    kind: doc.kind,
    framework: doc.framework,
    council: doc.metadata.council,
    type: doc.metadata.type,
    district: doc.metadata.district,
    province: doc.metadata.province,
    years,
    items: totals.grand.items,
    itemsByKind: totals.grand.byKind,
    budgetByYear: budgets(totals.grand, years),
    byDimension,
    findings,
  };
}
