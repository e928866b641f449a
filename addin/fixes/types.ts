/**
 * A proposed fix is a list of cell changes, each with the value it replaces (kept in the log
 * sheet, because Excel's Ctrl+Z cannot undo an add-in's writes) and the reason, in Thai and English.
 */
import { z } from 'zod';
import { cellValueSchema } from '../../core/grid';

export const FIX_CATEGORIES = ['totals', 'amounts', 'digits', 'spaces', 'typos'] as const;
export const fixCategorySchema = z.enum(FIX_CATEGORIES);
export type FixCategory = z.infer<typeof fixCategorySchema>;

/** What a cell holds: its value (the cached result, for a formula) and its formula, if any. */
export const cellStateSchema = z.object({
  value: cellValueSchema,
  formula: z.string().nullable(),
});
export type CellState = z.infer<typeof cellStateSchema>;

export const cellChangeSchema = z.object({
  sheet: z.string(),
  cell: z.string(),
  /** 0-based. */
  row: z.number().int().nonnegative(),
  col: z.number().int().nonnegative(),
  categories: z.array(fixCategorySchema).min(1),
  before: cellStateSchema,
  /** For a formula, `value` is what it computes (shown in the preview). */
  after: cellStateSchema.extend({ numberFormat: z.string().optional() }),
  reason: z.object({ th: z.string(), en: z.string() }),
});
export type CellChange = z.infer<typeof cellChangeSchema>;

export interface SkippedFix {
  cell: string;
  reason: { th: string; en: string };
}

export interface FixPlan {
  sheet: string;
  changes: CellChange[];
  /** Places a fix was wanted but is not safe to make automatically. */
  skipped: SkippedFix[];
}

export interface FixOptions {
  categories: ReadonlySet<FixCategory>;
}

export const ALL_CATEGORIES: ReadonlySet<FixCategory> = new Set(FIX_CATEGORIES);
