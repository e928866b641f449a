/**
 * The mapping report of `sujarit normalize`, as written to normalize-report.json (schemaVersion 1)
 * and read by normalize-report.xlsx. Checked with zod before it is written.
 *
 * Accounting: every item read from an input has exactly one line in `items`; each line is written
 * (status kept / mapped / uncertain, with its output cell) or unmapped. So
 * totals.itemsIn === totals.itemsWritten + totals.itemsUnmapped.
 */
import { z } from 'zod';
import { columnRoleSchema, docKindSchema, findingSchema, frameworkIdSchema, itemKindSchema, orgTypeSchema } from '../../core/schema';

const count = z.number().int().nonnegative();
const severityCounts = z.object({ error: count, warning: count, info: count });
const certainty = z.enum(['high', 'medium', 'uncertain']);

export const placementSchema = z.object({
  framework: frameworkIdSchema,
  dimension: z.string().nullable(),
  mission: z.string().nullable(),
  subMission: z.string().nullable(),
});

export const itemLineSchema = z.object({
  /** The input file (as shown: relative to the working folder) and the item's source cell. */
  file: z.string(),
  sheet: z.string(),
  cell: z.string(),
  ref: z.string(),
  title: z.string(),
  kind: itemKindSchema,
  from: placementSchema,
  /** Where it was written; null when unmapped. */
  to: placementSchema.nullable(),
  status: z.enum(['kept', 'mapped', 'uncertain', 'unmapped']),
  /** The legacy mapping's certainty (legacy items only). */
  certainty: certainty.nullable(),
  alternative: z.string().nullable(),
  reason: z.string(),
  /** What of the item's source the official layout has no place for (a tick in a money cell, a legacy sub-item code). */
  notes: z.array(z.string()),
  /** The written workbook (a name inside the output folder), sheet and cell; null when unmapped. */
  output: z.object({ file: z.string(), sheet: z.string(), cell: z.string() }).nullable(),
});
export type ItemLine = z.infer<typeof itemLineSchema>;

export const missionLineSchema = z.object({
  file: z.string(),
  sheet: z.string(),
  /** The legacy mission, and the sub-item when the mapping table gives the sub-item its own row. */
  mission: z.string(),
  subMission: z.string().nullable(),
  name: z.string().nullable(),
  target: z.string().nullable(),
  targetName: z.string().nullable(),
  alternative: z.string().nullable(),
  certainty,
  reason: z.string(),
  items: count,
});
export type MissionLine = z.infer<typeof missionLineSchema>;

export const columnLineSchema = z.object({
  /** The table's header row (1-based) and the column letter. */
  headerRow: z.number().int().positive(),
  column: z.string(),
  header: z.string(),
  /** The role it was placed in; null for a column that could not be placed (reported, not carried over). */
  role: columnRoleSchema.nullable(),
  year: z.number().int().nullable(),
  q: z.number().int().nullable(),
});
export type ColumnLine = z.infer<typeof columnLineSchema>;

export const documentEntrySchema = z.object({
  sheet: z.string(),
  kind: docKindSchema.nullable(),
  /** Every table's layout, in order. */
  layouts: z.array(z.string()),
  /** The framework detected, and the signals it was detected by. */
  framework: frameworkIdSchema,
  evidence: z.array(z.string()),
  /** The framework the output is written in. */
  writtenAs: frameworkIdSchema,
  council: z.string().nullable(),
  type: orgTypeSchema.nullable(),
  district: z.string().nullable(),
  province: z.string().nullable(),
  identifiedBy: z.enum(['metadata', 'title', 'file-name', 'none']),
  years: z.array(z.number().int()),
  columns: z.array(columnLineSchema),
  /** Roles the layout needs that no column has. */
  missing: z.array(columnRoleSchema),
  items: count,
  written: count,
  unmapped: count,
  uncertain: count,
  /** The workbook written (a name inside the output folder); null when nothing could be written. */
  output: z.string().nullable(),
  note: z.string().nullable(),
});
export type DocumentEntry = z.infer<typeof documentEntrySchema>;

export const fileEntrySchema = z.object({
  path: z.string(),
  /** What the file really was: xlsx, xls (converted), csv, txt, … ; 'unknown' when unreadable. */
  format: z.string(),
  encoding: z.string().nullable(),
  /** normalised: every item written; partly-unmapped: some items could not be placed; no-items: tables without items; no-table; unreadable. */
  status: z.enum(['normalised', 'partly-unmapped', 'no-items', 'no-table', 'unreadable']),
  documents: z.array(documentEntrySchema),
  findings: severityCounts,
});
export type FileEntry = z.infer<typeof fileEntrySchema>;

export const normalizeReportSchema = z.object({
  schemaVersion: z.literal(1),
  /** --framework: 'current' maps legacy documents to 2566-2570; 'keep' writes every document in its own. */
  framework: z.enum(['current', 'keep']),
  totals: z.object({
    files: count,
    outputs: count,
    documents: count,
    legacyDocuments: count,
    itemsIn: count,
    itemsWritten: count,
    itemsUnmapped: count,
    itemsUncertain: count,
  }),
  files: z.array(fileEntrySchema),
  items: z.array(itemLineSchema),
  /** Every legacy mission the inputs use, mapped by meaning, with its certainty. */
  missions: z.array(missionLineSchema),
  /** The items that could not be placed (also in `items`). */
  unmapped: z.array(itemLineSchema),
  /** The items a person must decide on: written at the proposed target, flagged (also in `items`). */
  toDecide: z.array(itemLineSchema),
  findings: z.array(findingSchema),
});
export type NormalizeReport = z.infer<typeof normalizeReportSchema>;
