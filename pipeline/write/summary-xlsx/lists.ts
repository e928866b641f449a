/**
 * The four list sheets of summary.xlsx: every item (flat, one header row, ready for a pivot
 * table), every finding, the councils that sent nothing, and every input file.
 */
import { UNKNOWN_PROVINCE, type ConsolidationRun, type ItemBlock } from '../../consolidate';
import { BudgetCursor } from '../../counted-plan';
import { compareText, districtLabel, textRanks, DOC_KIND_TH, FILE_STATUS_TH, IDENTIFIED_BY_TH, SEVERITY_TH } from './labels';
import { budgetColumns } from './overview';
import { FILL, type Column, type SheetWriter, type Value } from './table';

const text = (header: string): Column => ({ header, kind: 'text' });
const long = (header: string): Column => ({ header, kind: 'long' });
const count = (header: string): Column => ({ header, kind: 'count' });

export const ALL_SENT = 'ส่งครบทุกหน่วยงาน';

/**
 * The plans by province, district and council (compareText order); a stable sort, so a council's
 * plans keep their files' order, and each plan its items' order.
 */
function sortBlocks(blocks: readonly ItemBlock[]): ItemBlock[] {
  const province = textRanks(blocks.map((b) => b.province ?? UNKNOWN_PROVINCE));
  const district = textRanks(blocks.map((b) => b.district));
  const council = textRanks(blocks.map((b) => b.council));
  const keyed = blocks.map((block) => ({ block, p: province(block.province ?? UNKNOWN_PROVINCE), d: district(block.district), c: council(block.council) }));
  keyed.sort((a, b) => a.p - b.p || a.d - b.d || a.c - b.c);
  return keyed.map((k) => k.block);
}

export function writeItems(w: SheetWriter, run: ConsolidationRun, years: string[]): void {
  const blocks = sortBlocks(run.blocks);
  const yearNumbers = years.map(Number);
  w.table({
    columns: [
      text('จังหวัด'),
      text('อำเภอ'),
      long('หน่วยงาน'),
      text('ประเภทเอกสาร'),
      text('ลำดับ'),
      text('มิติ'),
      text('ภารกิจ'),
      text('ประเภทรายการ'),
      long('ชื่อโครงการ/กิจกรรม/มาตรการ'),
      // Every amount cell holds a number (0 where the item names no budget for the year), so a
      // pivot table sums the column instead of counting it.
      ...budgetColumns(years),
      long('ผู้รับผิดชอบ'),
      long('ไฟล์'),
      text('แผ่นงาน'),
      text('ช่อง'),
    ],
    // Made as they are measured and again as they are written, from the plans' columns: a national
    // run's 300,000 rows are never held as rows. One row is filled afresh for each item (Table.rows:
    // the writer is done with a row when it asks for the next).
    rows: function* () {
      const values: Value[] = [];
      const row = { values };
      for (const b of blocks) {
        const { rows } = b;
        const budgets = new BudgetCursor(rows.budgets);
        const place = [b.province ?? UNKNOWN_PROVINCE, districtLabel(b.district), b.council, DOC_KIND_TH[b.documentKind]];
        for (let i = 0; i < rows.ref.length; i++, budgets.next()) {
          let k = 0;
          values[k++] = place[0];
          values[k++] = place[1];
          values[k++] = place[2];
          values[k++] = place[3];
          values[k++] = rows.ref[i];
          values[k++] = rows.dimension[i];
          values[k++] = rows.mission[i];
          values[k++] = rows.kind[i];
          values[k++] = rows.title[i];
          for (const y of yearNumbers) values[k++] = budgets.amountIn(y) ?? 0;
          values[k++] = budgets.total();
          values[k++] = rows.responsible[i];
          values[k++] = b.file;
          values[k++] = rows.sheet[i];
          values[k++] = rows.cell[i];
          yield row;
        }
      }
    },
  });
}

export function writeFindings(w: SheetWriter, run: ConsolidationRun): void {
  const SEVERITY_COLUMN = 3;
  w.table({
    columns: [
      long('ไฟล์'),
      text('แผ่นงาน'),
      text('ช่อง'),
      text('ระดับ'),
      text('รหัส'),
      long('ข้อความ'),
      long('message (English)'),
      long('ค่าที่พบ'),
      long('ค่าที่ควรเป็น'),
    ],
    rows: run.summary.findings.map((f) => {
      const fill = f.severity === 'error' ? FILL.error : f.severity === 'warning' ? FILL.warning : undefined;
      return {
        fills: fill ? { [SEVERITY_COLUMN]: fill } : undefined,
        values: [f.file, f.sheet, f.cell, SEVERITY_TH[f.severity], f.code, f.message, f.messageEn, f.value, f.expected],
      };
    }),
  });
  if (run.summary.findings.length === 0) w.note('ไม่พบข้อผิดพลาด');
}

export function writeMissing(w: SheetWriter, run: ConsolidationRun): void {
  const missing = [...run.summary.missing].sort(
    (a, b) => compareText(a.province, b.province) || compareText(a.district, b.district) || compareText(a.name, b.name),
  );
  w.table({
    columns: [text('จังหวัด'), text('อำเภอ'), long('หน่วยงาน'), text('รหัส')],
    rows:
      missing.length > 0
        ? missing.map((m) => ({ values: [m.province, districtLabel(m.district), m.name, m.code] }))
        : [{ values: [ALL_SENT, null, null, null] }],
  });
}

export function writeFiles(w: SheetWriter, run: ConsolidationRun): void {
  const STATUS_COLUMN = 4;
  w.table({
    columns: [
      long('ไฟล์'),
      { header: 'sha256', kind: 'code' },
      count('ขนาด (ไบต์)'),
      text('รูปแบบ'),
      text('สถานะ'),
      long('ถูกแทนด้วย'),
      long('หน่วยงาน'),
      text('จังหวัด'),
      text('ประเภทเอกสาร'),
      text('ระบุหน่วยงานจาก'),
      count('ข้อผิดพลาด'),
      count('คำเตือน'),
      count('ข้อสังเกต'),
    ],
    rows: run.summary.files.map((f) => ({
      fills: f.status === 'rejected' ? { [STATUS_COLUMN]: FILL.error } : undefined,
      values: [
        f.path,
        f.sha256,
        f.bytes,
        f.format,
        FILE_STATUS_TH[f.status],
        f.supersededBy,
        f.council,
        f.province,
        f.kind ? DOC_KIND_TH[f.kind] : null,
        IDENTIFIED_BY_TH[f.identifiedBy],
        f.findings.error,
        f.findings.warning,
        f.findings.info,
      ],
    })),
  });
}
