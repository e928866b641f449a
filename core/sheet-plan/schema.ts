/**
 * The SheetPlan: a host-neutral description of one worksheet, applied by the Excel add-in (through
 * the Office JavaScript API) and by the pipeline's xlsx writer (exceljs). Built to be applied in
 * bulk: every value in one 2-D array, styles by range areas (never per cell), a handful of merges.
 */
import { z } from 'zod';
import { cellValueSchema } from '../grid';

/** "C12", "$C$12". */
const A1_CELL = /^\$?[A-Z]{1,3}\$?[1-9]\d*$/;
/** "C12" or "A6:A14". */
const A1_RANGE = /^\$?[A-Z]{1,3}\$?[1-9]\d*(?::\$?[A-Z]{1,3}\$?[1-9]\d*)?$/;

export const a1CellSchema = z.string().regex(A1_CELL, 'an A1 cell address such as "C12"');
export const a1RangeSchema = z.string().regex(A1_RANGE, 'an A1 range such as "A6:A14"');

/** Excel's rules for a sheet name: 1-31 characters, none of []:*?/\, no apostrophe at either end. */
export const sheetNameSchema = z
  .string()
  .min(1)
  .max(31)
  .refine((s) => !/[[\]:*?/\\]/.test(s), 'a sheet name cannot hold []:*?/\\')
  .refine((s) => !s.startsWith("'") && !s.endsWith("'"), 'a sheet name cannot start or end with an apostrophe');

/**
 * The formatting one range receives. Styles apply in order; each sets only the properties it
 * names, so a later, smaller range refines an earlier, larger one.
 */
export const cellStyleSchema = z
  .object({
    bold: z.boolean().optional(),
    italic: z.boolean().optional(),
    fontSize: z.number().positive().optional(),
    /** RGB hex without "#": "DCE6F1". */
    fill: z.string().regex(/^[0-9A-F]{6}$/).optional(),
    /** All four edges of every cell in the range. */
    border: z.enum(['thin', 'medium']).optional(),
    hAlign: z.enum(['left', 'center', 'right']).optional(),
    vAlign: z.enum(['top', 'middle']).optional(),
    wrap: z.boolean().optional(),
    /** Excel number format code: '#,##0', '"จำนวน "#,##0" บาท"', '@'. */
    numberFormat: z.string().optional(),
  })
  .strict();
export type CellStyle = z.infer<typeof cellStyleSchema>;

export const SHEET_FONT = { name: 'TH Sarabun New', size: 16 } as const;

export const sheetPlanSchema = z
  .object({
    name: sheetNameSchema,
    /** Every cell's value, row by row, all rows as wide as the sheet; formula cells hold their cached value. */
    values: z.array(z.array(cellValueSchema)),
    /** English function names, comma separators, leading "=". */
    formulas: z.array(z.object({ cell: a1CellSchema, formula: z.string().startsWith('=') })),
    merges: z.array(a1RangeSchema),
    styles: z.array(z.object({ range: a1RangeSchema, style: cellStyleSchema })),
    font: z.object({ name: z.literal(SHEET_FONT.name), size: z.literal(SHEET_FONT.size) }),
    columns: z.array(z.object({ width: z.number().positive() })),
    /** Rows and columns frozen at the top-left (0 = none). */
    freeze: z.object({ rows: z.number().int().nonnegative(), columns: z.number().int().nonnegative() }),
    /** List validations; `list` is a formula reference ("='ข้อมูลหน่วยงาน'!$H$2:$H$5"), never a literal list. */
    validations: z.array(z.object({ range: a1RangeSchema, list: z.string().startsWith('=') })),
    print: z.object({
      orientation: z.literal('landscape'),
      paperSize: z.literal('A4'),
      fitToWidth: z.literal(true),
      /** Rows repeated at the top of every printed page: "4:5". */
      repeatRows: z.string().regex(/^[1-9]\d*:[1-9]\d*$/),
      /** Text for the page header, when the host supports one. */
      title: z.string().optional(),
    }),
    /** 1-based first and last header rows of the table. */
    headerRows: z.object({ top: z.number().int().positive(), bottom: z.number().int().positive() }),
  })
  .superRefine((plan, ctx) => {
    const width = plan.columns.length;
    plan.values.forEach((row, r) => {
      if (row.length !== width) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['values', r], message: `row ${r + 1} has ${row.length} cells, the sheet ${width} columns` });
      }
    });
    if (plan.headerRows.bottom < plan.headerRows.top) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['headerRows'], message: 'the header ends above its start' });
    }
  });
export type SheetPlan = z.infer<typeof sheetPlanSchema>;

export const workbookPlanSchema = z
  .object({ sheets: z.array(sheetPlanSchema).min(1) })
  .refine((wb) => new Set(wb.sheets.map((s) => s.name.toLowerCase())).size === wb.sheets.length, 'sheet names must differ');
export type WorkbookPlan = z.infer<typeof workbookPlanSchema>;

/** Colours of the official form. */
export const FILLS = { header: 'DCE6F1', summary: 'F2F2F2' } as const;

/** Number formats of the official form. */
export const NUMBER_FORMATS = {
  amount: '#,##0',
  /** A year column's total in a รวม row: 34000 shows as "จำนวน 34,000 บาท". */
  statedAmount: '"จำนวน "#,##0" บาท"',
  text: '@',
} as const;
