/**
 * Writes a run's five outputs into the output folder as one set (write/atomic.ts writeFileSet):
 * all five are written and flushed in a staging folder first, then renamed into place, so the
 * folder holds the previous complete outputs or the new complete ones, never half a file or a
 * mix, whether the run is interrupted or a write fails.
 */
import type { ConsolidationRun } from '../consolidate';
import { consolidationSchema } from '../summary-schema';
import { writeFileSet, type FileSetOptions } from './atomic';
import { toCsv } from './csv';
import { renderReportHtml } from './report-html';
import { writeSummaryXlsx } from './summary-xlsx';

export const OUTPUT_FILES = ['summary.json', 'items.csv', 'findings.csv', 'summary.xlsx', 'report.html'] as const;

export function itemsCsv(run: ConsolidationRun): string {
  const years = run.summary.years;
  const header = [
    'จังหวัด (province)', 'อำเภอ (district)', 'หน่วยงาน (council)', 'ประเภทเอกสาร (document)', 'ลำดับ (ref)', 'มิติ (dimension)',
    'ภารกิจ (mission)', 'ประเภท (kind)', 'ชื่อโครงการ (title)', ...years.map((y) => `งบประมาณ ${y}`), 'ผู้รับผิดชอบ (responsible)',
    'ไฟล์ (file)', 'แผ่นงาน (sheet)', 'ช่อง (cell)',
  ];
  const rows = run.items.map((i) => [
    i.province, i.district, i.council, i.documentKind, i.ref, i.dimension, i.mission, i.kind, i.title,
    ...years.map((y) => i.budgetByYear[String(y)] ?? null), i.responsible, i.file, i.sheet, i.cell,
  ]);
  return toCsv(header, rows);
}

export function findingsCsv(run: ConsolidationRun): string {
  const header = ['ไฟล์ (file)', 'แผ่นงาน (sheet)', 'ช่อง (cell)', 'แถว (row)', 'คอลัมน์ (column)', 'รหัส (code)', 'ระดับ (severity)', 'ข้อความ (message)', 'message', 'ค่าที่พบ (value)', 'ค่าที่ควรเป็น (expected)'];
  const rows = run.summary.findings.map((f) => [f.file, f.sheet, f.cell, f.row, f.column, f.code, f.severity, f.message, f.messageEn, f.value, f.expected]);
  return toCsv(header, rows);
}

export function summaryJson(run: ConsolidationRun): string {
  return `${JSON.stringify(consolidationSchema.parse(run.summary), null, 2)}\n`;
}

export async function writeOutputs(dir: string, run: ConsolidationRun, opts: FileSetOptions = {}): Promise<string[]> {
  const contents: [string, string | Uint8Array][] = [
    ['summary.json', summaryJson(run)],
    ['items.csv', itemsCsv(run)],
    ['findings.csv', findingsCsv(run)],
    ['summary.xlsx', await writeSummaryXlsx(run)],
    ['report.html', renderReportHtml(run)],
  ];
  return writeFileSet(dir, contents, opts);
}
