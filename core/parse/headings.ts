/**
 * Heading lines that name the dimension or mission of the table below them: results reports
 * ("มิติ ๑ …", "ภารกิจตามมิติ 1.1 …") and legacy plans ("มิติที่ 1. …" above each block).
 */
import type { Source } from '../schema';
import { compactText } from '../thai';
import { setDimension, setMission, type ParseState } from './state';

export function isDimensionHeading(text: string): boolean {
  return /^(มิติ|มติ)(ที่)?([0-9๐-๙]|[ก-๙])/.test(compactText(text)) && !/^(มิติ|มติ)$/.test(compactText(text));
}

export function isMissionHeading(text: string): boolean {
  return /^(ภารกิจ|การกิจ)(ตาม)?(มิติ|มติ)?(ที่)?[0-9๐-๙]/.test(compactText(text));
}

export function applyHeading(state: ParseState, text: string, source: Source): void {
  if (isMissionHeading(text)) setMission(state, text, source);
  else if (isDimensionHeading(text)) {
    setDimension(state, text, source);
    state.dimensionHeadings++;
  }
}
