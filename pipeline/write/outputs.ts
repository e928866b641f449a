/**
 * Writes a run's five outputs into the output folder as one set (write/atomic.ts writeFileSet):
 * all five are written and flushed in a staging folder first, then renamed into place, so the
 * folder holds the previous complete outputs or the new complete ones, never half a file or a
 * mix, whether the run is interrupted or a write fails.
 */
import type { ConsolidationRun } from '../consolidate';
import { writeFileSet, type FileSetOptions, type FileSource } from './atomic';
import { csvChunks, toCsv, type CsvValue } from './csv';
import { itemsCsvPieces } from './item-lines';
import { summaryOutputs } from './summary-texts';
import { writeSummaryXlsx } from './summary-xlsx';

export const OUTPUT_FILES = ['summary.json', 'items.csv', 'findings.csv', 'summary.xlsx', 'report.html'] as const;

function findingsTable(run: ConsolidationRun): { header: string[]; rows: CsvValue[][] } {
  const header = ['ไฟล์ (file)', 'แผ่นงาน (sheet)', 'ช่อง (cell)', 'แถว (row)', 'คอลัมน์ (column)', 'รหัส (code)', 'ระดับ (severity)', 'ข้อความ (message)', 'message', 'ค่าที่พบ (value)', 'ค่าที่ควรเป็น (expected)'];
  const rows = run.summary.findings.map((f) => [f.file, f.sheet, f.cell, f.row, f.column, f.code, f.severity, f.message, f.messageEn, f.value, f.expected]);
  return { header, rows };
}

export function itemsCsv(run: ConsolidationRun): string {
  return Buffer.concat([...itemsCsvPieces(run.blocks, run.summary.years)]).toString('utf8');
}

export function findingsCsv(run: ConsolidationRun): string {
  const { header, rows } = findingsTable(run);
  return toCsv(header, rows);
}

export { summaryJson } from './summary-texts';

export async function writeOutputs(dir: string, run: ConsolidationRun, opts: FileSetOptions = {}): Promise<string[]> {
  // Made from the summary alone, on a worker thread while the item outputs are made here: written last.
  const fromSummary = summaryOutputs(run);
  // The two CSV files are written piece by piece as they are made, never held whole.
  const findings = findingsTable(run);
  // Each made just before it is written, so a national run never holds all five at once.
  const contents: [string, FileSource][] = [
    ['items.csv', itemsCsvPieces(run.blocks, run.summary.years)],
    ['findings.csv', csvChunks(findings.header, findings.rows)],
    ['summary.xlsx', () => writeSummaryXlsx(run)],
    ['summary.json', fromSummary.json],
    ['report.html', fromSummary.html],
  ];
  try {
    return await writeFileSet(dir, contents, opts);
  } finally {
    await fromSummary.close();
  }
}
