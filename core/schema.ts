/**
 * The plan model's shapes, as zod schemas: the parsed document and the findings about it.
 * Types are inferred from these schemas; nothing here is written twice.
 */
import { z } from 'zod';

/** Where a value came from: the sheet and the 1-based row/column of its cell. */
export const sourceSchema = z.object({
  sheet: z.string(),
  cell: z.string(),
  row: z.number().int().positive(),
  column: z.number().int().positive(),
});
export type Source = z.infer<typeof sourceSchema>;

export const docKindSchema = z.enum([
  'plan-multi-year',
  'plan-annual',
  'results-report',
  'ita-measures',
  'project-detail',
]);
export type DocKind = z.infer<typeof docKindSchema>;

export const frameworkIdSchema = z.enum(['current', 'legacy']);
export type FrameworkId = z.infer<typeof frameworkIdSchema>;

export const ITEM_KINDS = ['โครงการ', 'มาตรการ', 'กิจกรรม', 'อื่น'] as const;
export const itemKindSchema = z.enum(ITEM_KINDS);
export type ItemKind = z.infer<typeof itemKindSchema>;

export const ORG_TYPES = ['อบจ.', 'ทน.', 'ทม.', 'ทต.', 'อบต.'] as const;
export const orgTypeSchema = z.enum(ORG_TYPES);
export type OrgType = z.infer<typeof orgTypeSchema>;

/** How a money cell reads: an amount, a no-budget phrase (0 baht, runs), not planned (`-`), … */
export const amountStatusSchema = z.enum([
  'amount',
  'no-budget',
  'not-planned',
  'empty',
  'invalid',
  'placeholder',
  'tick',
]);
export type AmountStatus = z.infer<typeof amountStatusSchema>;

export const budgetSchema = z.object({
  /** Buddhist-era year of the column, null when the layout has a single undated budget column. */
  year: z.number().int().nullable(),
  raw: z.string(),
  status: amountStatusSchema,
  /** Baht; 0 for no-budget, not-planned, empty, invalid, placeholder and tick cells. */
  amount: z.number(),
  usesBudget: z.boolean(),
  notPlanned: z.boolean(),
  source: sourceSchema,
});
export type Budget = z.infer<typeof budgetSchema>;

export const quarterSchema = z.object({
  q: z.number().int().min(1).max(4),
  ticked: z.boolean(),
  raw: z.string(),
  source: sourceSchema,
});
export type Quarter = z.infer<typeof quarterSchema>;

export const legacyMappingSchema = z.object({
  /** The legacy (2561-2564) codes as the item carried them. */
  dimension: z.string().nullable(),
  mission: z.string().nullable(),
  /** The 2566-2570 mission it maps to, or null when nothing fits. */
  target: z.string().nullable(),
  alternative: z.string().nullable(),
  certainty: z.enum(['high', 'medium', 'uncertain']),
  reason: z.string(),
});
export type LegacyMapping = z.infer<typeof legacyMappingSchema>;

export const itemSchema = z.object({
  /** "6" for a plan numbered 1..N, "1.1.(6)" for one numbered (n) inside each mission. */
  ref: z.string(),
  number: z.number().int().nullable(),
  numberRaw: z.string().nullable(),
  dimension: z.string().nullable(),
  mission: z.string().nullable(),
  subMission: z.string().nullable(),
  kind: itemKindSchema,
  title: z.string(),
  source: sourceSchema,
  /** Set when the item was split out of a cell holding several numbered items. */
  splitIndex: z.number().int().nullable(),
  budgets: z.array(budgetSchema),
  quarters: z.array(quarterSchema),
  /** Tick marks found in columns that are not quarter columns. */
  strayTicks: z.array(z.object({ raw: z.string(), source: sourceSchema })),
  responsible: z.string().nullable(),
  targetGroup: z.string().nullable(),
  outputs: z.string().nullable(),
  outcomes: z.string().nullable(),
  period: z.string().nullable(),
  remark: z.string().nullable(),
  legacy: legacyMappingSchema.nullable(),
});
export type Item = z.infer<typeof itemSchema>;

/** A dimension / mission / sub-mission as written in a cell or heading, and what it matched. */
export const taxonRefSchema = z.object({
  level: z.enum(['dimension', 'mission', 'sub-mission']),
  raw: z.string(),
  /** The code as written ("๒.๓" → "2.3"), if any. */
  writtenCode: z.string().nullable(),
  /** The framework code it resolved to (code first, then name). */
  code: z.string().nullable(),
  match: z.enum(['exact', 'variant', 'code-only', 'name-only', 'conflict', 'unknown']),
  /** The code whose canonical name the written name is closest to. */
  nameCode: z.string().nullable(),
  similarity: z.number(),
  framework: frameworkIdSchema,
  source: sourceSchema,
});
export type TaxonRef = z.infer<typeof taxonRefSchema>;

export const statedNumberSchema = z.object({
  raw: z.string(),
  value: z.number().nullable(),
  source: sourceSchema,
});
export type StatedNumber = z.infer<typeof statedNumberSchema>;

export const summarySchema = z.object({
  scope: z.enum(['dimension', 'grand']),
  /** The dimension the row closes (null for the grand total). */
  dimension: z.string().nullable(),
  label: z.string(),
  source: sourceSchema,
  count: z
    .object({
      raw: z.string(),
      total: z.number().nullable(),
      byKind: z.record(itemKindSchema, z.number()).nullable(),
      source: sourceSchema,
    })
    .nullable(),
  years: z.array(statedNumberSchema.extend({ year: z.number().int() })),
  quarters: z.array(statedNumberSchema.extend({ q: z.number().int().min(1).max(4) })),
  budget: statedNumberSchema.nullable(),
  /** True when the row has a label but no stated figure at all. */
  empty: z.boolean(),
});
export type Summary = z.infer<typeof summarySchema>;

export const columnRoleSchema = z.enum([
  'dimension',
  'mission',
  'title',
  'year-budget',
  'quarter',
  'budget',
  'target-group',
  'outputs',
  'outcomes',
  'period',
  'remark',
  'steps',
  'responsible',
  'number',
  'rationale',
  'objectives',
  'method',
]);
export type ColumnRole = z.infer<typeof columnRoleSchema>;

export const tableSchema = z.object({
  layout: z.string(),
  kind: docKindSchema,
  /** 1-based rows of the header block and of the data below it. */
  headerTop: z.number().int(),
  headerBottom: z.number().int(),
  firstRow: z.number().int(),
  lastRow: z.number().int(),
  columns: z.array(
    z.object({
      role: columnRoleSchema,
      column: z.number().int().positive(),
      header: z.string(),
      year: z.number().int().nullable(),
      q: z.number().int().nullable(),
    }),
  ),
  missing: z.array(columnRoleSchema),
  unplaced: z.array(z.object({ column: z.number().int().positive(), header: z.string() })),
  /** The years the header names (Buddhist era), with the cell that names them. */
  years: z.array(z.object({ year: z.number().int(), source: sourceSchema })),
  /** Heading lines above the table naming its dimension / mission (results reports, legacy plans). */
  headings: z.array(z.string()),
});
export type Table = z.infer<typeof tableSchema>;

export const mentionSchema = z.object({
  kind: z.enum(['council', 'district', 'province']),
  value: z.string(),
  source: sourceSchema,
});
export type Mention = z.infer<typeof mentionSchema>;

export const metadataSchema = z.object({
  council: z.string().nullable(),
  councilName: z.string().nullable(),
  type: orgTypeSchema.nullable(),
  district: z.string().nullable(),
  province: z.string().nullable(),
  /** Plan years (Buddhist era): the span of a multi-year plan, or the one fiscal year. */
  years: z.array(z.number().int()),
  /** Where the years were read: the title rows (what the document claims) or the table's header. */
  yearsFrom: z.enum(['title', 'table', 'none']),
  fiscalYear: z.number().int().nullable(),
  title: z.string().nullable(),
  mentions: z.array(mentionSchema),
});
export type Metadata = z.infer<typeof metadataSchema>;

export const detailItemSchema = z.object({
  ref: z.string(),
  mission: z.string().nullable(),
  number: z.number().int().nullable(),
  title: z.string(),
  source: sourceSchema,
  budget: z
    .object({ raw: z.string(), status: amountStatusSchema, amount: z.number(), source: sourceSchema })
    .nullable(),
  period: z.string().nullable(),
  responsible: z.string().nullable(),
  targetGroup: z.string().nullable(),
});
export type DetailItem = z.infer<typeof detailItemSchema>;

export const planDocumentSchema = z.object({
  file: z.string(),
  sheet: z.string(),
  kind: docKindSchema.nullable(),
  framework: frameworkIdSchema,
  metadata: metadataSchema,
  tables: z.array(tableSchema),
  items: z.array(itemSchema),
  summaries: z.array(summarySchema),
  taxa: z.array(taxonRefSchema),
  details: z.array(detailItemSchema),
});
export type PlanDocument = z.infer<typeof planDocumentSchema>;

export const severitySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof severitySchema>;

/** A finding, shaped like a Frictionless report error plus the sheet, the A1 cell and Thai text. */
export const findingSchema = z.object({
  code: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
  severity: severitySchema,
  file: z.string(),
  sheet: z.string().nullable(),
  cell: z.string().nullable(),
  row: z.number().int().nullable(),
  column: z.number().int().nullable(),
  value: z.string().nullable(),
  expected: z.string().nullable(),
  message: z.string(),
  messageEn: z.string(),
});
export type Finding = z.infer<typeof findingSchema>;
