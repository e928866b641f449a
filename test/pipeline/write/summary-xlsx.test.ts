/**
 * summary.xlsx from a real run over the four sample tables, reopened with exceljs: the sheets,
 * the figures as numbers with '#,##0', the official styling, formula neutralising, the roster's
 * missing councils, and byte-identical output for the same run.
 */
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { consolidate, runItems, UNKNOWN_PROVINCE, type ConsolidationRun } from '../../../pipeline/consolidate';
import { processFile, type FileResult } from '../../../pipeline/process-file';
import type { RosterEntry } from '../../../pipeline/roster';
import { itemBudget } from '../../../pipeline/summary-schema';
import { writeSummaryXlsx } from '../../../pipeline/write/summary-xlsx';
import { runTitle } from '../../../pipeline/write/summary-xlsx/labels';

const FILES = ['phetchaburi-pao-plan-2566-2570.txt', 'nongchok-annual-plan-2567.txt', 'muangnoi-results-report-2568.txt', 'nongwaeng-ita-measures-2568.txt'];
const SHEETS = ['ภาพรวมจังหวัด', 'รายหน่วยงาน', 'รายอำเภอ', 'รายการโครงการ', 'ข้อผิดพลาด', 'ยังไม่ส่ง', 'แหล่งข้อมูล'];
const HEADER_ROW = 3;
const PAO = 'องค์การบริหารส่วนจังหวัดเพชรบุรี';

let results: FileResult[];
let run: ConsolidationRun;
let buffer: Buffer;
let wb: ExcelJS.Workbook;

async function load(b: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  // exceljs declares its own Buffer type, which today's @types/node Buffer does not satisfy.
  await book.xlsx.load(b as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  return book;
}

function sheet(book: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = book.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** The 1-based column whose header (row 3) is exactly `header`. */
function col(ws: ExcelJS.Worksheet, header: string): number {
  const values = ws.getRow(HEADER_ROW).values as ExcelJS.CellValue[];
  const i = values.findIndex((v) => v === header);
  if (i < 1) throw new Error(`no column "${header}" in ${ws.name}: ${values.join(' | ')}`);
  return i;
}

/** Data rows of the sheet's first table: from below the header to the first empty row. */
function dataRows(ws: ExcelJS.Worksheet): ExcelJS.Row[] {
  const rows: ExcelJS.Row[] = [];
  for (let r = HEADER_ROW + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (!row.hasValues) break;
    rows.push(row);
  }
  return rows;
}

function rowWhere(ws: ExcelJS.Worksheet, header: string, value: string): ExcelJS.Row {
  const c = col(ws, header);
  const row = dataRows(ws).find((r) => r.getCell(c).value === value);
  if (!row) throw new Error(`no row with ${header} = ${value} in ${ws.name}`);
  return row;
}

beforeAll(async () => {
  results = await Promise.all(FILES.map((f) => processFile(path.join('samples/tables', f), 'samples/tables/' + f)));
  run = consolidate(results, { roster: null, province: null });
  buffer = await writeSummaryXlsx(run);
  wb = await load(buffer);
}, 60000);

describe('writeSummaryXlsx', () => {
  it('reads every sample (the run is real)', () => {
    expect(run.summary.councils.map((c) => c.name)).toContain(PAO);
    expect(runItems(run).length).toBeGreaterThan(48);
  });

  it('has the seven sheets, in order', () => {
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(SHEETS);
  });

  it('titles each sheet from the data', () => {
    const title = sheet(wb, 'ภาพรวมจังหวัด').getCell('A1').value as string;
    expect(title).toMatch(/^สรุปแผนปฏิบัติการป้องกันการทุจริต จังหวัด/);
    expect(title).toContain('เพชรบุรี');
    expect(title).toContain('ปี 2566-2570');
    for (const name of SHEETS) expect(String(sheet(wb, name).getCell('A1').value)).toMatch(/^สรุปแผนปฏิบัติการป้องกันการทุจริต/);
  });

  it('shows the อบจ.เพชรบุรี plan with 48 items and 74,000 / 76,000 a year as numbers formatted #,##0', () => {
    const ws = sheet(wb, 'รายหน่วยงาน');
    const row = rowWhere(ws, 'หน่วยงาน', PAO);
    expect(row.getCell(col(ws, 'รวมรายการ')).value).toBe(48);
    expect(row.getCell(col(ws, 'ประเภทเอกสาร')).value).toBe('แผนปฏิบัติการหลายปี');
    expect(row.getCell(col(ws, 'สถานะ')).value).toBe('ผ่าน');
    const y2566 = row.getCell(col(ws, 'งบประมาณ ปี 2566 (บาท)'));
    const y2567 = row.getCell(col(ws, 'งบประมาณ ปี 2567 (บาท)'));
    expect(y2566.value).toBe(74000);
    expect(y2567.value).toBe(76000);
    expect(y2566.numFmt).toBe('#,##0');
    expect(y2567.numFmt).toBe('#,##0');
    expect(row.getCell(col(ws, 'รวมรายการ')).numFmt).toBe('#,##0');
    const dims = [1, 2, 3, 4].map((d) => row.getCell(col(ws, `มิติ ${d} (รายการ)`)).value as number);
    expect(dims.reduce((a, b) => a + b, 0)).toBe(48);
  });

  it('fills the status cell of a council with errors light red', () => {
    const ws = sheet(wb, 'รายหน่วยงาน');
    const withErrors = run.summary.councils.find((c) => c.status === 'errors');
    expect(withErrors).toBeDefined();
    const cell = rowWhere(ws, 'หน่วยงาน', withErrors!.name).getCell(col(ws, 'สถานะ'));
    expect(cell.value).toBe('มีข้อผิดพลาด');
    expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFDE9E7');
  });

  it('lists every item once, with numeric budget cells', () => {
    const ws = sheet(wb, 'รายการโครงการ');
    const rows = dataRows(ws);
    expect(rows).toHaveLength(runItems(run).length);
    expect(run.summary.years.length).toBeGreaterThan(0);
    const budgetCols = run.summary.years.map((y) => col(ws, `งบประมาณ ปี ${y} (บาท)`));
    for (const row of rows) {
      for (const c of budgetCols) {
        expect(typeof row.getCell(c).value).toBe('number');
        expect(row.getCell(c).numFmt).toMatch(/^#,##0/);
      }
    }
    const total = rows.reduce((n, r) => n + (r.getCell(col(ws, 'งบประมาณ ปี 2566 (บาท)')).value as number), 0);
    expect(total).toBe(runItems(run).reduce((n, i) => n + (itemBudget(i, 2566) ?? 0), 0));
    expect(ws.getCell(HEADER_ROW, 1).value).toBe('จังหวัด');
    expect((ws.model as { merges?: string[] }).merges ?? []).toHaveLength(0);
  });

  it('lists every finding', () => {
    const ws = sheet(wb, 'ข้อผิดพลาด');
    expect(run.summary.findings.length).toBeGreaterThan(0);
    expect(dataRows(ws)).toHaveLength(run.summary.findings.length);
    const first = run.summary.findings[0];
    const row = dataRows(ws)[0];
    expect(row.getCell(col(ws, 'รหัส')).value).toBe(first.code);
    expect(row.getCell(col(ws, 'ระดับ')).value).toBe({ error: 'ผิดพลาด', warning: 'คำเตือน', info: 'ข้อสังเกต' }[first.severity]);
  });

  it('lists every input file with its Thai status', () => {
    const ws = sheet(wb, 'แหล่งข้อมูล');
    expect(dataRows(ws)).toHaveLength(run.summary.files.length);
    const row = rowWhere(ws, 'ไฟล์', 'samples/tables/' + FILES[0]);
    expect(row.getCell(col(ws, 'สถานะ')).value).toBe('ใช้ข้อมูล');
    expect(row.getCell(col(ws, 'sha256')).value).toMatch(/^[0-9a-f]{64}$/);
    expect(typeof row.getCell(col(ws, 'ขนาด (ไบต์)')).value).toBe('number');
  });

  it('sums the provinces and adds a national row when there are several', () => {
    const ws = sheet(wb, 'ภาพรวมจังหวัด');
    const row = rowWhere(ws, 'จังหวัด', 'เพชรบุรี');
    const phetchaburi = run.summary.provinces.find((p) => p.name === 'เพชรบุรี')!;
    expect(row.getCell(col(ws, 'จำนวนรายการ')).value).toBe(phetchaburi.items);
    expect(row.getCell(col(ws, 'โครงการ')).value).toBe(phetchaburi.itemsByKind['โครงการ']);
    expect(row.getCell(col(ws, 'งบประมาณ ปี 2567 (บาท)')).value).toBe(phetchaburi.budgetByYear['2567']);
    const national = dataRows(ws).find((r) => String(r.getCell(1).value).startsWith('รวมทุกจังหวัด'));
    expect(national?.getCell(col(ws, 'จำนวนรายการ')).value).toBe(run.summary.national.items);
    const texts = ws.getColumn(2).values.filter((v): v is string => typeof v === 'string');
    expect(texts).toEqual(expect.arrayContaining(['มิติที่ 1', 'มิติที่ 4']));
  });

  it('writes in TH Sarabun New 16, headers bold on DCE6F1 with thin borders', () => {
    const ws = sheet(wb, 'รายการโครงการ');
    const data = ws.getCell(HEADER_ROW + 1, 1);
    expect(data.font?.name).toBe('TH Sarabun New');
    expect(data.font?.size).toBe(16);
    expect(data.border?.top?.style).toBe('thin');
    const header = ws.getCell(HEADER_ROW, 1);
    expect(header.font?.bold).toBe(true);
    expect((header.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFDCE6F1');
    expect(ws.getColumn(col(ws, 'ชื่อโครงการ/กิจกรรม/มาตรการ')).width).toBeGreaterThan(20);
    expect(ws.getCell(HEADER_ROW + 1, col(ws, 'ชื่อโครงการ/กิจกรรม/มาตรการ')).alignment?.wrapText).toBe(true);
  });

  it('freezes the header row, filters it and prints A4 landscape fit to width', () => {
    for (const name of SHEETS) {
      const ws = sheet(wb, name);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });
      expect(String(ws.autoFilter)).toMatch(/^A3:[A-Z]+\d+$/);
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    }
  });

  it('sets fixed document properties and gives the same bytes for the same run', async () => {
    expect(wb.creator).toBe('sujarit');
    expect(wb.created.getTime()).toBe(0);
    expect(wb.modified.getTime()).toBe(0);
    const again = await writeSummaryXlsx(run);
    expect(again.equals(buffer)).toBe(true);
  });

  it('writes a title that starts with "=" as text starting with "\'="', async () => {
    const evil = '=HYPERLINK("http://example.invalid","คลิก")';
    const [first, ...rest] = run.blocks;
    const edited: ConsolidationRun = { ...run, blocks: [{ ...first, rows: { ...first.rows, title: [evil, ...first.rows.title.slice(1)] } }, ...rest] };
    const book = await load(await writeSummaryXlsx(edited));
    const ws = sheet(book, 'รายการโครงการ');
    const cell = rowWhere(ws, 'ชื่อโครงการ/กิจกรรม/มาตรการ', `'${evil}`).getCell(col(ws, 'ชื่อโครงการ/กิจกรรม/มาตรการ'));
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeUndefined();
    expect(dataRows(ws).some((r) => r.getCell(col(ws, 'ชื่อโครงการ/กิจกรรม/มาตรการ')).value === evil)).toBe(false);
  });

  it('says ส่งครบทุกหน่วยงาน when no council is missing', () => {
    const rows = dataRows(sheet(wb, 'ยังไม่ส่ง'));
    expect(rows).toHaveLength(1);
    expect(rows[0].getCell(1).value).toBe('ส่งครบทุกหน่วยงาน');
  });
});

describe('the title', () => {
  it('names one province and one year, and leaves files without a province out', () => {
    const phetchaburi = run.summary.provinces.find((p) => p.name === 'เพชรบุรี')!;
    const unknown = { ...phetchaburi, name: UNKNOWN_PROVINCE };
    expect(runTitle({ ...run.summary, provinces: [phetchaburi, unknown], years: [2568] })).toBe('สรุปแผนปฏิบัติการป้องกันการทุจริต จังหวัดเพชรบุรี ปี 2568');
    expect(runTitle({ ...run.summary, provinces: [], years: [] })).toBe('สรุปแผนปฏิบัติการป้องกันการทุจริต');
  });

  it('writes a workbook for a run without any file', async () => {
    const book = await load(await writeSummaryXlsx(consolidate([], { roster: null, province: null })));
    expect(book.worksheets.map((ws) => ws.name)).toEqual(SHEETS);
    expect(dataRows(sheet(book, 'รายการโครงการ'))).toHaveLength(0);
  });
});

describe('writeSummaryXlsx with a roster', () => {
  const entry = (line: number, name: string, type: RosterEntry['type'], shortName: string, district: string | null, code: string): RosterEntry => ({
    name, type, shortName, district, province: 'เพชรบุรี', code, line,
  });
  const roster: RosterEntry[] = [
    entry(2, PAO, 'อบจ.', 'เพชรบุรี', null, '6760000'),
    entry(3, 'เทศบาลตำบลหนองจอก', 'ทต.', 'หนองจอก', 'ท่ายาง', '6761001'),
    entry(4, 'องค์การบริหารส่วนตำบลบางแก้ว', 'อบต.', 'บางแก้ว', 'บ้านแหลม', '6761002'),
  ];

  it('lists the council that sent nothing on ยังไม่ส่ง and counts it on ภาพรวมจังหวัด', async () => {
    const withRoster = consolidate(results, { roster, province: 'เพชรบุรี' });
    expect(withRoster.summary.missing.map((m) => m.name)).toEqual(['องค์การบริหารส่วนตำบลบางแก้ว']);
    const book = await load(await writeSummaryXlsx(withRoster));
    const ws = sheet(book, 'ยังไม่ส่ง');
    const rows = dataRows(ws);
    expect(rows).toHaveLength(1);
    expect(rows[0].getCell(col(ws, 'หน่วยงาน')).value).toBe('องค์การบริหารส่วนตำบลบางแก้ว');
    expect(rows[0].getCell(col(ws, 'อำเภอ')).value).toBe('บ้านแหลม');
    expect(rows[0].getCell(col(ws, 'จังหวัด')).value).toBe('เพชรบุรี');
    expect(rows[0].getCell(col(ws, 'รหัส')).value).toBe('6761002');
    const overview = sheet(book, 'ภาพรวมจังหวัด');
    const phetchaburi = rowWhere(overview, 'จังหวัด', 'เพชรบุรี');
    expect(phetchaburi.getCell(col(overview, 'ยังไม่ส่ง')).value).toBe(1);
    expect(phetchaburi.getCell(col(overview, 'หน่วยงานที่ต้องส่ง')).value).toBe(3);
  });
});
