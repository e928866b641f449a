/**
 * What each button of the pane does, from the clerk's click to the result it shows: the glue
 * between core (validate, parse, sheet plans), the add-in's pure modules (form, fixes, highlights,
 * readiness) and excel-host (the only one that touches Excel). No DOM here and no Excel API: each
 * action is one `host.run` batch, so its syncs are the ones excel-host counts.
 */
import { blankWorkbookPlan } from '../core/sheet-plan';
import type { Finding } from '../core/schema';
import { validateGrids } from '../core/validate';
import {
  applyCellChanges,
  applySheetFormat,
  clearHighlights,
  insertWorkbookPlan,
  readSheet,
  readWorkbook,
  replaceHighlights,
  selectCell,
  SheetChangedError,
  UndoConflictError,
  undoLastFix,
  type ApplyResult,
  type ExcelContext,
  type ExcelHost,
  type Extra,
  type InsertResult,
  type UndoResult,
} from './excel-host';
import { LOG_SHEET } from './fix-log';
import { ALL_CATEGORIES, planFixes, type FixCategory, type FixPlan } from './fixes';
import { planSheetFormat } from './format-plan';
import { highlightRules } from './highlight';
import { errorText, isPayloadTooLarge } from './host-convert';
import type { MessageKey, Params } from './i18n';
import { formFromMetadata, validateForm, withVersion, type FieldMessage, type PlanForm } from './plan-form';
import { readiness, type Readiness } from './ready';

/** A failure the pane can explain in the clerk's language. */
export class ActionError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Params = {},
  ) {
    super(key);
    this.name = 'ActionError';
  }
}

/** Office.js errors → messages the pane shows. */
export function explain(error: unknown): ActionError {
  if (error instanceof ActionError) return error;
  if (error instanceof SheetChangedError) return new ActionError('sheetChanged', { cells: error.cells.slice(0, 8).join(', ') });
  if (error instanceof UndoConflictError) return new ActionError('undoConflict', { cells: error.cells.slice(0, 8).join(', ') });
  if (isPayloadTooLarge(error)) return new ActionError('errTooLarge');
  return new ActionError('errExcel', { message: errorText(error) });
}

const FILE = 'workbook';

export type InsertOutcome =
  | { ok: false; errors: Partial<Record<keyof PlanForm, FieldMessage>> }
  | ({ ok: true; notes: FieldMessage[] } & InsertResult);

export interface FormatOutcome {
  sheet: string;
  found: { layout: { th: string; en: string }; from: number; to: number } | null;
  missing: Extra[];
}

export interface ValidateOutcome {
  sheet: string;
  /** False when the sheet holds no plan table at all. */
  hasTable: boolean;
  findings: Finding[];
  /** Cells the Fix tab would change (its findings get a hint). */
  fixableCells: string[];
  highlighted: number;
  mergesRead: boolean;
}

export interface FixPreview {
  sheet: string;
  plan: FixPlan;
}

export class Actions {
  constructor(
    private readonly host: ExcelHost,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private async run<T>(batch: (context: ExcelContext) => Promise<T>): Promise<T> {
    try {
      return await this.host.run(batch);
    } catch (error) {
      throw explain(error);
    }
  }

  /** The form filled in from the workbook's metadata sheet, if it has one. */
  async prefill(base: PlanForm): Promise<PlanForm | null> {
    const read = await this.run((context) => readSheet(context, this.host.caps));
    return read.metadata ? formFromMetadata(read.metadata, base) : null;
  }

  async insert(form: PlanForm): Promise<InsertOutcome> {
    const checked = validateForm(form);
    if (!checked.ok) return checked;
    const plan = withVersion(blankWorkbookPlan(checked.options), checked.version);
    const result = await this.run((context) => insertWorkbookPlan(context, this.host.caps, plan));
    return { ok: true, notes: checked.notes, ...result };
  }

  async format(): Promise<FormatOutcome> {
    return this.run(async (context) => {
      const read = await readSheet(context, this.host.caps);
      const planned = planSheetFormat(read.grid);
      if (!planned) return { sheet: read.sheet, found: null, missing: [] };
      const missing = await applySheetFormat(context, this.host.caps, planned.format);
      return { sheet: read.sheet, found: { layout: planned.layout.name, from: planned.from, to: planned.to }, missing };
    });
  }

  /**
   * Validates the active sheet: one sync to read it; with `highlight` (or highlights to take
   * away), one more to replace the add-in's highlights on it.
   */
  async validate(opts: { highlight: boolean }): Promise<ValidateOutcome> {
    return this.run(async (context) => {
      const read = await readSheet(context, this.host.caps);
      const grids = read.metadata && read.sheet !== read.metadata.sheet ? [read.grid, read.metadata] : [read.grid];
      const result = validateGrids(grids, { file: FILE });
      const findings = result.findings.filter((f) => f.sheet === null || f.sheet === read.sheet);
      const hasTable = result.documents.some((d) => d.sheet === read.sheet);
      const fixableCells = hasTable ? planFixes(read.grid, { categories: ALL_CATEGORIES }).changes.map((c) => c.cell) : [];
      let highlighted = 0;
      if (this.host.caps.conditionalFormats && (opts.highlight || read.highlights > 0)) {
        const rules = opts.highlight ? highlightRules(findings, read.sheet).rules : [];
        highlighted = await replaceHighlights(context, this.host.caps, read, rules);
      }
      return { sheet: read.sheet, hasTable, findings, fixableCells, highlighted, mergesRead: read.mergesRead };
    });
  }

  async select(sheet: string, cell: string): Promise<void> {
    await this.run((context) => selectCell(context, sheet, cell));
  }

  async clearHighlights(): Promise<number> {
    return this.run((context) => clearHighlights(context, this.host.caps));
  }

  async previewFixes(categories: ReadonlySet<FixCategory>): Promise<FixPreview> {
    const read = await this.run((context) => readSheet(context, this.host.caps));
    return { sheet: read.sheet, plan: planFixes(read.grid, { categories }) };
  }

  async applyFixes(plan: FixPlan): Promise<ApplyResult> {
    return this.run((context) => applyCellChanges(context, this.host.caps, plan.sheet, plan.changes, this.now()));
  }

  async undo(): Promise<UndoResult | null> {
    return this.run((context) => undoLastFix(context, this.host.caps));
  }

  async readiness(): Promise<Readiness> {
    const read = await this.run((context) => readWorkbook(context, this.host.caps));
    const validation = validateGrids(read.grids, { file: FILE });
    return readiness({ grids: read.grids, validation, highlights: read.highlights });
  }
}

export { LOG_SHEET };
