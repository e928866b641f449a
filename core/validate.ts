/**
 * Validation: parse every sheet, run the rule catalogue on each sheet and across the workbook,
 * and return the documents with their findings in reading order.
 */
import { withCellTexts } from './cell-texts';
import { makeFinding, sortFindings, type FindingInput } from './findings';
import { filterToObjects, mapToObjects } from './object-lists';
import type { Grid } from './grid';
import { parseGrid, type ParseOptions } from './parse';
import { RULES } from './rules';
import type { SheetContext, WorkbookContext } from './rules/rule';
import type { Finding, PlanDocument } from './schema';

export interface ValidationResult {
  file: string;
  /** Every sheet that holds a plan table or detail section. */
  documents: PlanDocument[];
  /** The sheet the file is about: its first plan, else its first document. */
  main: PlanDocument | null;
  findings: Finding[];
}

export function validateGrids(grids: Grid[], opts: ParseOptions & { file: string }): ValidationResult {
  // The cells' normalised texts are worked out once for the parse and the rules together.
  return withCellTexts(() => validateOnce(grids, opts));
}

const NO_INPUTS: readonly FindingInput[] = [];

function validateOnce(grids: Grid[], opts: ParseOptions & { file: string }): ValidationResult {
  // Lists made as packed lists of objects (core/object-lists.ts): the rules and the pipeline read them.
  // A sheet's context is a plain object. It had a getter for the sheet's totals, which no rule read: V8
  // keeps an object literal's getter in an accessor pair in the old generation, and through the getter's
  // closure that pair held every file's parsed document until the next full collection (README,
  // Performance): each file's parse was promoted, and young collections took ten times as long.
  const all: SheetContext[] = mapToObjects(grids, (grid) => ({ file: opts.file, grid, doc: parseGrid(grid, opts).doc }));
  const sheets = filterToObjects(all, (s) => s.doc.tables.length > 0 || s.doc.details.length > 0);
  const findings: Finding[] = [];
  const workbook: WorkbookContext = { file: opts.file, sheets: all };
  // Every rule, every file: plain loops, as most rules find nothing and the looping itself showed.
  for (const rule of RULES) {
    if (rule.check) {
      for (const ctx of sheets) {
        const inputs = rule.check(ctx) ?? NO_INPUTS;
        for (let i = 0; i < inputs.length; i++) findings.push(makeFinding(rule, opts.file, { sheet: ctx.grid.sheet, ...inputs[i] }));
      }
    }
    if (rule.checkWorkbook) {
      const inputs = rule.checkWorkbook(workbook) ?? NO_INPUTS;
      for (let i = 0; i < inputs.length; i++) findings.push(makeFinding(rule, opts.file, inputs[i]));
    }
  }
  const documents = mapToObjects(sheets, (s) => s.doc);
  const main = documents.find((d) => d.kind === 'plan-multi-year' || d.kind === 'plan-annual') ?? documents[0] ?? null;
  return { file: opts.file, documents, main, findings: sortFindings(findings) };
}

export function validateGrid(grid: Grid, opts: ParseOptions & { file: string }): ValidationResult {
  return validateGrids([grid], opts);
}
