/**
 * The rule catalogue: every finding code sujarit can report, with its checks. The README's
 * rule table and the CLI's `rules` command are generated from this list.
 */
import { columnMissing } from './column-missing';
import { columnUnrecognised } from './column-unrecognised';
import { controlCharacters } from './control-characters';
import { countMismatch } from './count-mismatch';
import { damagedCell } from './damaged-cell';
import { dateInAmount } from './date-in-amount';
import { detailMismatch } from './detail-mismatch';
import { duplicateItem } from './duplicate-item';
import { duplicateSubmission } from './duplicate-submission';
import { emptyDimension } from './empty-dimension';
import { emptyWorkbook } from './empty-workbook';
import { fileChanged } from './file-changed';
import { formulaError } from './formula-error';
import { formulaLikeText } from './formula-like-text';
import { headerNotFound } from './header-not-found';
import { implausibleAmount } from './implausible-amount';
import { invalidAmount } from './invalid-amount';
import { legacyMappingUncertain } from './legacy-mapping-uncertain';
import { malformedCsv } from './malformed-csv';
import { mergeOverlap } from './merge-overlap';
import { missionCodeConflict } from './mission-code-conflict';
import { missionDimensionMismatch } from './mission-dimension-mismatch';
import { nameVariant } from './name-variant';
import { negativeAmount } from './negative-amount';
import { noItems } from './no-items';
import { noQuarter } from './no-quarter';
import { orgMismatch } from './org-mismatch';
import { placeholderText } from './placeholder-text';
import type { Rule } from './rule';
import { summaryMissing } from './summary-missing';
import { textTooLong } from './text-too-long';
import { tickOutsideQuarter } from './tick-outside-quarter';
import { tooManyFindings } from './too-many-findings';
import { totalMismatch } from './total-mismatch';
import { unknownDimension } from './unknown-dimension';
import { unknownMission } from './unknown-mission';
import { unreadableFile } from './unreadable-file';
import { unreadableFolder } from './unreadable-folder';
import { yearMismatch } from './year-mismatch';
import { yearOutOfRange } from './year-out-of-range';

export const RULES: readonly Rule[] = [
  headerNotFound,
  emptyWorkbook,
  noItems,
  columnMissing,
  columnUnrecognised,
  unknownDimension,
  unknownMission,
  missionDimensionMismatch,
  missionCodeConflict,
  nameVariant,
  invalidAmount,
  negativeAmount,
  implausibleAmount,
  dateInAmount,
  formulaError,
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
  formulaLikeText,
  mergeOverlap,
  emptyDimension,
  legacyMappingUncertain,
  unreadableFile,
  damagedCell,
  textTooLong,
  controlCharacters,
  malformedCsv,
  fileChanged,
  duplicateSubmission,
  unreadableFolder,
  tooManyFindings,
];

export function ruleByCode(code: string): Rule {
  const rule = RULES.find((r) => r.code === code);
  if (!rule) throw new Error(`Unknown finding code: ${code}`);
  return rule;
}

export type { Rule, SheetContext, WorkbookContext } from './rule';
