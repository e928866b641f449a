/**
 * normalize-report.xlsx: the mapping report for a person to read and decide on. One sheet each:
 * สรุป (the totals and the accounting), ไฟล์ (per input document: layout, framework, columns, output),
 * รายการ (every item: source cell → target dimension and mission → output cell), เทียบภารกิจ (every
 * legacy mission with its certainty), ต้องตัดสินใจ (uncertain mappings), นำเข้าไม่ได้ (unmapped items),
 * ข้อผิดพลาด (the findings). Text cells stay text: nothing a user wrote becomes a formula.
 */
import ExcelJS from 'exceljs';
import type { ColumnLine, ItemLine, NormalizeReport } from './report-schema';

type Cell = string | number | null;

const FONT = { name: 'TH Sarabun New', size: 14 };

function sheet(wb: ExcelJS.Workbook, name: string, header: string[], rows: Cell[][], widths: number[]): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow(header);
  for (const r of rows) ws.addRow(r.map((v) => (v === null ? undefined : v)));
  header.forEach((_, i) => (ws.getColumn(i + 1).width = widths[i] ?? 16));
  ws.eachRow((row, n) =>
    row.eachCell((cell) => {
      cell.font = n === 1 ? { ...FONT, bold: true } : FONT;
      cell.alignment = { vertical: 'top', wrapText: true };
      if (n === 1) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    }),
  );
  if (rows.length > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
}

const STATUS_TH: Record<ItemLine['status'], string> = {
  kept: 'คงเดิม (kept)',
  mapped: 'เทียบแล้ว (mapped)',
  uncertain: 'ต้องตัดสินใจ (uncertain)',
  unmapped: 'นำเข้าไม่ได้ (unmapped)',
};

const place = (p: ItemLine['from'] | null, key: 'dimension' | 'mission' | 'subMission') => (p ? p[key] : null);

function itemRow(l: ItemLine): Cell[] {
  return [
    l.file, l.sheet, l.cell, l.ref, l.title, l.kind,
    l.from.framework, place(l.from, 'dimension'), place(l.from, 'mission'), place(l.from, 'subMission'),
    l.to?.framework ?? null, place(l.to, 'dimension'), place(l.to, 'mission'),
    STATUS_TH[l.status], l.certainty, l.alternative, [l.reason, ...l.notes].join('\n'),
    l.output?.file ?? null, l.output?.sheet ?? null, l.output?.cell ?? null,
  ];
}

const ITEM_HEADER = [
  'ไฟล์ (file)', 'แผ่นงาน (sheet)', 'ช่อง (cell)', 'ลำดับ (ref)', 'ชื่อโครงการ (title)', 'ประเภท (kind)',
  'กรอบเดิม (from framework)', 'มิติเดิม (from dimension)', 'ภารกิจเดิม (from mission)', 'ภารกิจย่อยเดิม (from sub-item)',
  'กรอบใหม่ (to framework)', 'มิติใหม่ (to dimension)', 'ภารกิจใหม่ (to mission)',
  'ผล (status)', 'ความแน่นอน (certainty)', 'ทางเลือกอื่น (alternative)', 'เหตุผล (reason)',
  'ไฟล์ที่เขียน (output)', 'แผ่นงานที่เขียน (output sheet)', 'ช่องที่เขียน (output cell)',
];
const ITEM_WIDTHS = [28, 16, 8, 10, 50, 10, 10, 10, 10, 12, 10, 10, 10, 20, 12, 12, 50, 40, 20, 10];

function columnsText(cols: ColumnLine[]): string {
  return cols.map((c) => `${c.column} ${c.header || '(ว่าง)'} → ${c.role ?? 'ไม่รู้จัก (not placed)'}${c.year ? ` ${c.year}` : ''}${c.q ? ` Q${c.q}` : ''}`).join('\n');
}

export async function normalizeReportXlsx(report: NormalizeReport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'sujarit';
  wb.created = new Date(0);
  wb.modified = wb.created;
  const t = report.totals;
  sheet(
    wb,
    'สรุป',
    ['รายการ (what)', 'จำนวน (count)'],
    [
      ['กรอบแผนที่เขียน (--framework)', report.framework],
      ['ไฟล์ที่อ่าน (input files)', t.files],
      ['เอกสาร (documents)', t.documents],
      ['เอกสารกรอบเดิม 2561-2564 (legacy documents)', t.legacyDocuments],
      ['ไฟล์ที่เขียน (workbooks written)', t.outputs],
      ['รายการที่อ่าน (items in)', t.itemsIn],
      ['รายการที่เขียน (items written)', t.itemsWritten],
      ['รายการที่นำเข้าไม่ได้ (items unmapped)', t.itemsUnmapped],
      ['รายการที่ต้องตัดสินใจ (uncertain, written at the proposed mission)', t.itemsUncertain],
      ['ตรวจยอด: อ่าน = เขียน + นำเข้าไม่ได้ (in = written + unmapped)', t.itemsIn === t.itemsWritten + t.itemsUnmapped ? 'ตรง (balanced)' : 'ไม่ตรง (NOT balanced)'],
    ],
    [60, 24],
  );
  sheet(
    wb,
    'ไฟล์',
    [
      'ไฟล์ (file)', 'รูปแบบ (format)', 'การเข้ารหัส (encoding)', 'สถานะ (status)', 'แผ่นงาน (sheet)', 'ประเภทเอกสาร (kind)',
      'รูปแบบตาราง (layouts)', 'กรอบแผนที่พบ (framework)', 'หลักฐาน (evidence)', 'เขียนเป็น (written as)',
      'หน่วยงาน (council)', 'อำเภอ (district)', 'จังหวัด (province)', 'ระบุจาก (identified by)', 'ปี (years)',
      'คอลัมน์ (columns)', 'คอลัมน์ที่ขาด (missing)', 'รายการ (items)', 'เขียน (written)', 'นำเข้าไม่ได้ (unmapped)', 'ต้องตัดสินใจ (uncertain)',
      'ไฟล์ที่เขียน (output)', 'หมายเหตุ (note)', 'ผิดพลาด (errors)', 'คำเตือน (warnings)',
    ],
    report.files.flatMap((f): Cell[][] => {
      const head: Cell[] = [f.path, f.format, f.encoding, f.status];
      const tail: Cell[] = [f.findings.error, f.findings.warning];
      if (f.documents.length === 0) return [[...head, ...new Array(19).fill(null), ...tail]];
      return f.documents.map((d) => [
        ...head, d.sheet, d.kind, [...new Set(d.layouts)].join(', '), d.framework, d.evidence.join('\n'), d.writtenAs,
        d.council, d.district, d.province, d.identifiedBy, d.years.join(', '),
        columnsText(d.columns), d.missing.join(', ') || null, d.items, d.written, d.unmapped, d.uncertain,
        d.output, d.note, ...tail,
      ]);
    }),
    [30, 8, 10, 14, 16, 14, 18, 10, 30, 10, 28, 14, 14, 10, 14, 40, 14, 8, 8, 8, 8, 40, 30, 8, 8],
  );
  sheet(wb, 'รายการ', ITEM_HEADER, report.items.map(itemRow), ITEM_WIDTHS);
  sheet(
    wb,
    'เทียบภารกิจ',
    ['ไฟล์ (file)', 'แผ่นงาน (sheet)', 'ภารกิจเดิม (legacy mission)', 'ภารกิจย่อย (sub-item)', 'ชื่อเดิม (legacy name)', 'ภารกิจใหม่ (2566-2570)', 'ชื่อใหม่ (name)', 'ทางเลือกอื่น (alternative)', 'ความแน่นอน (certainty)', 'รายการ (items)', 'เหตุผล (reason)'],
    report.missions.map((m) => [m.file, m.sheet, m.mission, m.subMission, m.name, m.target, m.targetName, m.alternative, m.certainty, m.items, m.reason]),
    [28, 16, 10, 10, 50, 10, 50, 10, 12, 8, 60],
  );
  sheet(wb, 'ต้องตัดสินใจ', ITEM_HEADER, report.toDecide.map(itemRow), ITEM_WIDTHS);
  sheet(wb, 'นำเข้าไม่ได้', ITEM_HEADER, report.unmapped.map(itemRow), ITEM_WIDTHS);
  sheet(
    wb,
    'ข้อผิดพลาด',
    ['ไฟล์ (file)', 'แผ่นงาน (sheet)', 'ช่อง (cell)', 'รหัส (code)', 'ระดับ (severity)', 'ข้อความ (message)', 'message', 'ค่าที่พบ (value)', 'ค่าที่ควรเป็น (expected)'],
    report.findings.map((f) => [f.file, f.sheet, f.cell, f.code, f.severity, f.message, f.messageEn, f.value, f.expected]),
    [28, 16, 8, 24, 10, 60, 60, 20, 20],
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}
