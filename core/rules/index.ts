/**
 * The rule catalogue: every finding code sujarit can report, with its checks. The README's
 * rule table and the CLI's `rules` command are generated from this list.
 */
import { columnMissing } from './column-missing';
import { columnUnrecognised } from './column-unrecognised';
import { countMismatch } from './count-mismatch';
import { detailMismatch } from './detail-mismatch';
import { duplicateItem } from './duplicate-item';
import { emptyDimension } from './empty-dimension';
import { headerNotFound } from './header-not-found';
import { invalidAmount } from './invalid-amount';
import { legacyMappingUncertain } from './legacy-mapping-uncertain';
import { missionCodeConflict } from './mission-code-conflict';
import { missionDimensionMismatch } from './mission-dimension-mismatch';
import { nameVariant } from './name-variant';
import { negativeAmount } from './negative-amount';
import { noQuarter } from './no-quarter';
import { orgMismatch } from './org-mismatch';
import { placeholderText } from './placeholder-text';
import type { Rule } from './rule';
import { summaryMissing } from './summary-missing';
import { tickOutsideQuarter } from './tick-outside-quarter';
import { totalMismatch } from './total-mismatch';
import { unknownDimension } from './unknown-dimension';
import { unknownMission } from './unknown-mission';
import { unreadableFile } from './unreadable-file';
import { yearMismatch } from './year-mismatch';
import { yearOutOfRange } from './year-out-of-range';

export const RULES: readonly Rule[] = [
  headerNotFound,
  columnMissing,
  columnUnrecognised,
  unknownDimension,
  unknownMission,
  missionDimensionMismatch,
  missionCodeConflict,
  nameVariant,
  invalidAmount,
  negativeAmount,
  tickOutsideQuarter,
  noQuarter,
  yearOutOfRange,
  yearMismatch,
  countMismatch,
  totalMismatch,
  summaryMissing,
  orgMismatch,
  detailMismatch,
  duplicateItem,
  placeholderText,
  emptyDimension,
  legacyMappingUncertain,
  unreadableFile,
];

export function ruleByCode(code: string): Rule {
  const rule = RULES.find((r) => r.code === code);
  if (!rule) throw new Error(`Unknown finding code: ${code}`);
  return rule;
}

export type { Rule, SheetContext, WorkbookContext } from './rule';
