/**
 * Heading lines that name the dimension or mission of the table below them: results reports
 * ("มิติ ๑ …", "ภารกิจตามมิติ 1.1 …") and legacy plans ("มิติที่ 1. …" above each block).
 */
import type { Source } from '../schema';
import { compactText, leadingCode } from '../thai/text';
import { setDimension, setMission, type ParseState } from './state';

export function isDimensionHeading(text: string): boolean {
  // Most texts are ruled out by their first letter, without their compact form (see leadingCode).
  const lead = leadingCode(text);
  if (lead !== null && lead !== MO_MA) return false;
  return DIMENSION_HEADING.test(compactText(text)) && !DIMENSION_WORD.test(compactText(text));
}

// Constants: a regexp literal in a function is a new object at every call, and every row may be asked.
const MO_MA = 'ม'.charCodeAt(0);
const PHO_SAMPHAO = 'ภ'.charCodeAt(0);
const KO_KAI = 'ก'.charCodeAt(0);
const DIMENSION_HEADING = /^(มิติ|มติ)(ที่)?([0-9๐-๙]|[ก-๙])/;
const DIMENSION_WORD = /^(มิติ|มติ)$/;
const MISSION_HEADING = /^(ภารกิจ|การกิจ)(ตาม)?(มิติ|มติ)?(ที่)?[0-9๐-๙]/;

export function isMissionHeading(text: string): boolean {
  const lead = leadingCode(text);
  if (lead !== null && lead !== PHO_SAMPHAO && lead !== KO_KAI) return false;
  return MISSION_HEADING.test(compactText(text));
}

export function applyHeading(state: ParseState, text: string, source: Source): void {
  if (isMissionHeading(text)) setMission(state, text, source);
  else if (isDimensionHeading(text)) {
    setDimension(state, text, source);
    state.dimensionHeadings++;
  }
}
