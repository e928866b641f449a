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
import { computeTotals, type DocTotals } from './totals';

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
  const all: SheetContext[] = mapToObjects(grids, (grid) => new SheetCheck(opts.file, grid, parseGrid(grid, opts).doc));
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

/**
 * A sheet as the rules see it. Its totals are worked out when a rule first reads them: the rules of
 * the catalogue tally their own segments (rules/segments.ts), and tallying every sheet of every file
 * for nothing was a good part of a check.
 *
 * A class, not an object literal with a getter: V8 gives each such literal's getter an accessor pair
 * in the old generation, which held the getter's closure, and with it the sheet's whole parsed
 * document, through every young-generation collection until the next full one. Each file's parse
 * was promoted to the old generation (some 7 % of all a worker allocated), young collections took
 * ten times as long, and the object's properties were kept in a dictionary.
 */
class SheetCheck implements SheetContext {
  private computed: DocTotals | undefined = undefined;

  constructor(
    readonly file: string,
    readonly grid: Grid,
    readonly doc: PlanDocument,
  ) {}

  get totals(): DocTotals {
    return (this.computed ??= computeTotals(this.doc));
  }
}

export function validateGrid(grid: Grid, opts: ParseOptions & { file: string }): ValidationResult {
  return validateGrids([grid], opts);
}
