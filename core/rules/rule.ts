/**
 * What a validation rule is: its catalogue entry (code, severity, Thai and English title and
 * message) and the check that finds it, on one sheet or across a workbook's sheets.
 */
import type { FindingInput, RuleDef } from '../findings';
import type { Grid } from '../grid';
import type { PlanDocument } from '../schema';

export interface SheetContext {
  file: string;
  grid: Grid;
  doc: PlanDocument;
}

export interface WorkbookContext {
  file: string;
  sheets: SheetContext[];
}

export interface Rule extends RuleDef {
  /** Runs on every sheet that holds a plan table or detail section. */
  check?: (ctx: SheetContext) => FindingInput[];
  /** Runs once per workbook, across its sheets. */
  checkWorkbook?: (ctx: WorkbookContext) => FindingInput[];
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
