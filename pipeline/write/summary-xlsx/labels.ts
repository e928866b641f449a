/**
 * The Thai words summary.xlsx shows for the run's codes (document kinds, statuses, severities),
 * the title built from the data, and the stable orders the sheets list things in.
 */
import { CURRENT_FRAMEWORK, frameworkById } from '../../../core/framework';
import { byText } from '../../../core/order';
import { provincesPhrase } from '../../../core/places';
import type { FrameworkId, Severity } from '../../../core/schema';
import { UNKNOWN_PROVINCE, type ConsolidationRun } from '../../consolidate';
import { BudgetCursor } from '../../counted-plan';
import type { Consolidation, FileEntry } from '../../summary-schema';

export const SHEET_NAMES = {
  provinces: 'ภาพรวมจังหวัด',
  councils: 'รายหน่วยงาน',
  districts: 'รายอำเภอ',
  items: 'รายการโครงการ',
  findings: 'ข้อผิดพลาด',
  missing: 'ยังไม่ส่ง',
  files: 'แหล่งข้อมูล',
} as const;

export { DOC_KIND_TH } from '../../../core/doc-kinds';

export const COUNCIL_STATUS_TH = { valid: 'ผ่าน', warnings: 'มีคำเตือน', errors: 'มีข้อผิดพลาด' } as const;
export const SEVERITY_TH: Record<Severity, string> = { error: 'ผิดพลาด', warning: 'คำเตือน', info: 'ข้อสังเกต' };
export const FILE_STATUS_TH: Record<FileEntry['status'], string> = {
  accepted: 'ใช้ข้อมูล',
  superseded: 'ถูกแทนด้วยฉบับใหม่',
  rejected: 'อ่านไม่ได้',
};
export const IDENTIFIED_BY_TH: Record<FileEntry['identifiedBy'], string> = {
  metadata: 'แผ่นข้อมูลหน่วยงาน',
  title: 'หัวเอกสาร',
  'file-name': 'ชื่อไฟล์',
  none: 'ระบุไม่ได้',
};

/** consolidate() files councils without a district under "-". */
export const NO_DISTRICT = '(ไม่ระบุอำเภอ)';
export const NO_DISTRICT_KEY = '-';
export const NO_DIMENSION = 'ไม่ระบุมิติ';
export const DIMENSIONS = ['1', '2', '3', '4'] as const;

export function districtLabel(d: string | null): string {
  return d === null || d === NO_DISTRICT_KEY ? NO_DISTRICT : d;
}

export function frameworkLabel(id: FrameworkId): string {
  return frameworkById(id)?.label ?? id;
}

export function dimensionLabel(code: string): string {
  const taxon = CURRENT_FRAMEWORK.dimensions.find((d) => d.code === code);
  return taxon ? `มิติที่ ${code} ${taxon.name}` : code === '?' ? NO_DIMENSION : `มิติ ${code}`;
}

const collator = new Intl.Collator('th', { numeric: true });
/** Thai dictionary order (เพชรบุรี under พ), then code points, so the order never depends on the input's. */
export function compareText(a: string | null, b: string | null): number {
  const x = a ?? '\uFFFF';
  const y = b ?? '\uFFFF';
  return collator.compare(x, y) || byText(x, y);
}

/**
 * compareText as numbers: each distinct text's rank in compareText order (null ranks as compareText
 * reads it, '\uFFFF'). Sorting by ranks gives exactly the order compareText gives, with one
 * collation per distinct text instead of one per comparison (a national item list has 300,000 rows
 * and a few thousand councils).
 */
export function textRanks(texts: Iterable<string | null>): (t: string | null) => number {
  const distinct = [...new Set([...texts].map((t) => t ?? '\uFFFF'))].sort(compareText);
  const rank = new Map(distinct.map((t, i) => [t, i]));
  return (t) => rank.get(t ?? '\uFFFF') as number;
}

/** The budget columns: the run's years plus any year a budget names outside them, ascending. */
export function budgetYears(run: ConsolidationRun): string[] {
  const s = run.summary;
  const years = new Set(s.years.map(String));
  const add = (r: Record<string, number>) => Object.keys(r).forEach((y) => years.add(y));
  s.councils.forEach((c) => add(c.budgetByYear));
  s.districts.forEach((d) => add(d.budgetByYear));
  s.provinces.forEach((p) => add(p.budgetByYear));
  const named = new Set<number>();
  for (const b of run.blocks) {
    const budgets = new BudgetCursor(b.rows.budgets);
    for (let i = 0; i < b.rows.ref.length; i++, budgets.next()) budgets.addYears(named);
  }
  for (const y of named) years.add(String(y));
  return [...years].sort();
}

export const budgetHeader = (year: string) => `งบประมาณ ปี ${year} (บาท)`;
export const BUDGET_TOTAL = 'งบประมาณรวม (บาท)';

function yearsPhrase(years: number[]): string {
  if (years.length === 0) return '';
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  return lo === hi ? `ปี ${lo}` : `ปี ${lo}-${hi}`;
}

/** "สรุปแผนปฏิบัติการป้องกันการทุจริต จังหวัดเพชรบุรี ปี 2566-2570" (files with no province are left out of it). */
export function runTitle(summary: Consolidation): string {
  const names = summary.provinces.map((p) => p.name).filter((n) => n !== UNKNOWN_PROVINCE).sort(compareText);
  return ['สรุปแผนปฏิบัติการป้องกันการทุจริต', provincesPhrase(names), yearsPhrase(summary.years)].filter(Boolean).join(' ');
}
