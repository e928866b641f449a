/**
 * summary.xlsx: the consolidation as a workbook an analyst can send up the chain, styled like an
 * official Thai document (TH Sarabun New 16, bold headers on a light fill, thin borders, A4
 * landscape). Seven sheets, in this order: ภาพรวมจังหวัด, รายหน่วยงาน, รายอำเภอ, รายการโครงการ,
 * ข้อผิดพลาด, ยังไม่ส่ง, แหล่งข้อมูล. No formulas and no merged cells; text from the inputs is
 * written as plain strings with a leading = + - @ neutralised.
 *
 * Byte-identical for identical runs: fixed document dates, and the package is re-zipped with
 * fixed entry times (exceljs's zip stamps every entry with the current time).
 */
import * as ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { ConsolidationRun } from '../consolidate';
import { budgetYears, runTitle, SHEET_NAMES } from './summary-xlsx/labels';
import { writeFiles, writeFindings, writeItems, writeMissing } from './summary-xlsx/lists';
import { writeCouncils, writeDistricts, writeProvinces } from './summary-xlsx/overview';
import { FONT_NAME, FONT_SIZE, SheetWriter } from './summary-xlsx/table';

export { ALL_SENT } from './summary-xlsx/lists';
export { SHEET_NAMES } from './summary-xlsx/labels';

/** The workbook's created / modified date: fixed, so the same run gives the same bytes. */
export const WORKBOOK_DATE = new Date(0);
/** Zip entry times cannot go before 1980 (DOS dates); local time, so every time zone writes the same bytes. */
const ZIP_ENTRY_TIME = new Date(1980, 0, 1);

const SHEETS: { name: string; subtitle: string | null; write: (w: SheetWriter, run: ConsolidationRun, years: string[]) => void }[] = [
  { name: SHEET_NAMES.provinces, subtitle: null, write: writeProvinces },
  { name: SHEET_NAMES.councils, subtitle: 'รายหน่วยงาน', write: writeCouncils },
  { name: SHEET_NAMES.districts, subtitle: 'รายอำเภอ', write: writeDistricts },
  { name: SHEET_NAMES.items, subtitle: 'รายการโครงการ/กิจกรรม/มาตรการ', write: writeItems },
  { name: SHEET_NAMES.findings, subtitle: 'ผลการตรวจ (ข้อผิดพลาด คำเตือน และข้อสังเกต)', write: (w, run) => writeFindings(w, run) },
  { name: SHEET_NAMES.missing, subtitle: 'หน่วยงานที่ยังไม่ส่งไฟล์', write: (w, run) => writeMissing(w, run) },
  { name: SHEET_NAMES.files, subtitle: 'แหล่งข้อมูล (ไฟล์ที่ได้รับ)', write: (w, run) => writeFiles(w, run) },
];

export function buildSummaryWorkbook(run: ConsolidationRun): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const title = runTitle(run.summary);
  wb.creator = 'sujarit';
  wb.lastModifiedBy = 'sujarit';
  wb.created = WORKBOOK_DATE;
  wb.modified = WORKBOOK_DATE;
  wb.title = title;
  const years = budgetYears(run);
  for (const sheet of SHEETS) {
    // Row heights are left to Excel, which fits them to the 16-point font and the wrapped text.
    const w = new SheetWriter(wb.addWorksheet(sheet.name));
    w.title(sheet.subtitle ? `${title} : ${sheet.subtitle}` : title);
    sheet.write(w, run, years);
    w.finish();
  }
  return wb;
}

const STYLES = 'xl/styles.xml';
const FIRST_FONT = /(<fonts\b[^>]*>)<font>(?:(?!<\/font>).)*<\/font>/s;

/**
 * exceljs always writes Calibri 11 as the workbook's Normal style. Make it TH Sarabun New 16, as in
 * the official templates: empty cells, new rows and Excel's column-width unit then follow the Thai font.
 */
export function thaiNormalFont(stylesXml: string): string {
  return stylesXml.replace(FIRST_FONT, `$1<font><sz val="${FONT_SIZE}"/><name val="${FONT_NAME}"/><family val="2"/><charset val="222"/></font>`);
}

/** Same entries, same order, fixed times: the zip's bytes depend on the contents only. */
function repack(zip: Uint8Array): Uint8Array {
  const entries = unzipSync(zip);
  const files: Zippable = {};
  for (const [name, data] of Object.entries(entries)) {
    files[name] = name === STYLES ? strToU8(thaiNormalFont(strFromU8(data))) : data;
  }
  return zipSync(files, { level: 6, mtime: ZIP_ENTRY_TIME });
}

export async function writeSummaryXlsx(run: ConsolidationRun): Promise<Buffer> {
  const wb = buildSummaryWorkbook(run);
  const written = await wb.xlsx.writeBuffer();
  return Buffer.from(repack(new Uint8Array(written as ArrayBuffer)));
}
