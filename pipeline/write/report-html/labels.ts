/** Thai labels for the report: document kinds, statuses, severities, dimensions, finding codes. */
import { findTaxon, frameworkById } from '../../../core/framework';
import { RULES } from '../../../core/rules';
import { byText } from '../../../core/order';
import type { DocKind, FrameworkId, Severity } from '../../../core/schema';
import type { CouncilEntry } from '../../summary-schema';

export const TITLE = 'สรุปแผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส';

export { DOC_KIND_TH } from '../../../core/doc-kinds';

/** For narrow table cells. */
export const DOC_KIND_SHORT_TH: Record<DocKind, string> = {
  'plan-multi-year': 'แผนหลายปี',
  'plan-annual': 'แผนประจำปี',
  'results-report': 'รายงานผล',
  'ita-measures': 'มาตรการ ITA',
  'project-detail': 'รายละเอียดโครงการ',
};

export type CouncilStatus = CouncilEntry['status'] | 'missing';
export const STATUS_ORDER: CouncilStatus[] = ['valid', 'warnings', 'errors', 'missing'];
export const STATUS_TH: Record<CouncilStatus, string> = {
  valid: 'ผ่าน',
  warnings: 'มีข้อควรระวัง',
  errors: 'มีข้อผิดพลาด',
  missing: 'ยังไม่ส่ง',
};
/** The status chart's row labels: whether the council sent, and how its file checked out. */
export const STATUS_CHART_TH: Record<CouncilStatus, string> = {
  valid: 'ส่งแล้ว ผ่านการตรวจ',
  warnings: 'ส่งแล้ว มีข้อควรระวัง',
  errors: 'ส่งแล้ว มีข้อผิดพลาด',
  missing: 'ยังไม่ส่ง',
};
export const STATUS_COLOR: Record<CouncilStatus, string> = {
  valid: '#2e7d4f',
  warnings: '#c98a00',
  errors: '#b3261e',
  missing: '#8a9099',
};

export const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info'];
export const SEVERITY_TH: Record<Severity, string> = { error: 'ผิดพลาด', warning: 'คำเตือน', info: 'ข้อสังเกต' };
export const SEVERITY_COLOR: Record<Severity, string> = { error: '#b3261e', warning: '#c98a00', info: '#4f7fbf' };

export const FILE_STATUS_TH = { accepted: 'ใช้ในการสรุป', superseded: 'ฉบับเก่า (มีฉบับใหม่กว่า)', rejected: 'อ่านไม่ได้' } as const;

/** Colour-blind-safe palette for dimensions 1-4 (then more), grey for an item with no dimension. */
const DIMENSION_COLORS = ['#1f5fa8', '#e07b1a', '#2a9d6f', '#8e4fb0', '#b5495b', '#6b8e23'];
export const UNKNOWN_DIMENSION_COLOR = '#9aa0a6';

/** Dimension codes in their natural order ("1" < "2" < "10"), "?" (no dimension) last. */
export function sortDimensions(codes: string[]): string[] {
  const key = (c: string) => (c === '?' ? Number.MAX_SAFE_INTEGER : Number.parseFloat(c) || 0);
  return [...codes].sort((a, b) => key(a) - key(b) || byText(a, b));
}

export function dimensionColor(code: string, index: number): string {
  return code === '?' ? UNKNOWN_DIMENSION_COLOR : DIMENSION_COLORS[index % DIMENSION_COLORS.length];
}

/**
 * "มิติที่ 1 การสร้างวัฒนธรรมสุจริต": the name from the framework the plans use; the code alone when
 * the run mixes the 2561-2564 and 2566-2570 frameworks (their dimension 1 is not the same).
 */
export function dimensionLabel(code: string, framework: FrameworkId | null): string {
  if (code === '?') return 'ไม่ระบุมิติ';
  const taxon = framework ? findTaxon(frameworkById(framework), 'dimension', code) : undefined;
  return taxon ? `มิติที่ ${code} ${taxon.name}` : `มิติที่ ${code}`;
}

/** The one framework every plan in the list follows, or null when they differ or there is none. */
export function commonFramework(councils: CouncilEntry[]): FrameworkId | null {
  // A legacy plan mapped on the fly is counted in the current framework's dimensions.
  const ids = new Set(councils.filter((c) => c.kind === 'plan-multi-year' || c.kind === 'plan-annual').map((c) => (c.mappedFrom === 'legacy' ? 'current' : c.framework)));
  return ids.size === 1 ? [...ids][0] : null;
}

/** The rule catalogue's Thai title for a finding code, or null for a code it does not know. */
export function ruleTitle(code: string): string | null {
  return RULES.find((r) => r.code === code)?.title.th ?? null;
}
