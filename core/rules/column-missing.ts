import { a1 } from '../grid';
import type { Table } from '../schema';
import { defineRule } from './rule';

/** The table's first header cell: its leftmost column (column A is often an empty margin). */
export function headerStart(sheet: string, t: Table) {
  const column = Math.min(...t.columns.map((c) => c.column), ...t.unplaced.map((u) => u.column));
  return { sheet, cell: a1(t.headerTop - 1, column - 1), row: t.headerTop, column };
}

const ROLE_TH: Record<string, string> = {
  dimension: 'มิติ', mission: 'ภารกิจตามมิติ', title: 'โครงการ/กิจกรรม/มาตรการ', 'year-budget': 'งบประมาณรายปี',
  quarter: 'ไตรมาส 1-4', budget: 'งบประมาณ (บาท)', 'target-group': 'เป้าหมาย', outputs: 'ผลผลิต', outcomes: 'ผลลัพธ์',
  period: 'ระยะเวลาดำเนินการ', remark: 'หมายเหตุ', steps: 'ขั้นตอน/วิธีการปฏิบัติ', responsible: 'ผู้รับผิดชอบ', number: 'ลำดับที่',
};

/** A table that lacks a column its layout requires. */
export const columnMissing = defineRule({
  code: 'column-missing',
  severity: 'error',
  title: { th: 'ไม่มีคอลัมน์ที่จำเป็น', en: 'Required column missing' },
  message: {
    th: 'ตารางไม่มีคอลัมน์ "{label}"',
    en: 'The table has no "{value}" column ("{label}")',
  },
  check: ({ doc }) =>
    doc.tables.flatMap((t) =>
      t.missing.map((role) => ({
        source: headerStart(doc.sheet, t),
        value: role,
        params: { label: ROLE_TH[role] ?? role },
      })),
    ),
});
