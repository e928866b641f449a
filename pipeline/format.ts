/**
 * The readable findings table a person sees in a terminal: one block per file with its figures,
 * then one line per finding with the cell it names, in Thai and English.
 */
import { DOC_KIND_TH } from '../core/doc-kinds';
import { countBySeverity } from '../core/findings';
import { provinceHeading } from '../core/places';
import type { DocumentSummary } from '../core/report';
import { formatNumber } from '../core/thai';

const SEVERITY_TH = { error: 'ผิดพลาด', warning: 'คำเตือน', info: 'ข้อสังเกต' } as const;

export function formatSummary(s: DocumentSummary): string {
  const lines: string[] = [];
  lines.push(`== ${s.path}`);
  if (s.kind) {
    const where = [s.council, s.district && `อ.${s.district}`, s.province && provinceHeading(s.province, 'short')].filter(Boolean).join(' ');
    lines.push(`   ${DOC_KIND_TH[s.kind]} (${s.kind}) · ${where || 'ไม่ทราบหน่วยงาน / unknown council'} · ปี ${s.years.join(', ') || '-'} · กรอบ ${s.framework}`);
    const kinds = Object.entries(s.itemsByKind).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`).join(' / ');
    lines.push(`   รายการ ${s.items} (${kinds || '-'}) · items by dimension: ${Object.entries(s.byDimension).map(([d, v]) => `${d}:${v.items}`).join(' ') || '-'}`);
    const budget = Object.entries(s.budgetByYear).map(([y, v]) => `${y}: ${formatNumber(v)}`).join(' · ');
    if (budget) lines.push(`   งบประมาณ (บาท) ${budget}`);
  }
  const c = countBySeverity(s.findings);
  lines.push(`   ผิดพลาด ${c.error} · คำเตือน ${c.warning} · ข้อสังเกต ${c.info}  (errors ${c.error}, warnings ${c.warning}, info ${c.info})`);
  for (const f of s.findings) {
    const where = f.cell ? `${f.sheet ?? ''}!${f.cell}` : f.sheet ?? '';
    lines.push(`   ${SEVERITY_TH[f.severity].padEnd(9)} ${f.code.padEnd(27)} ${where.padEnd(16)} ${f.message}`);
    lines.push(`   ${''.padEnd(9)} ${''.padEnd(27)} ${''.padEnd(16)} ${f.messageEn}`);
  }
  return lines.join('\n');
}
