/**
 * summary.xlsx: the consolidation as a workbook an analyst can send up the chain, styled like an
 * official Thai document (TH Sarabun New 16, bold headers on a light fill, thin borders, A4
 * landscape). Seven sheets, in this order: ภาพรวมจังหวัด, รายหน่วยงาน, รายอำเภอ, รายการโครงการ,
 * ข้อผิดพลาด, ยังไม่ส่ง, แหล่งข้อมูล. No formulas and no merged cells; text from the inputs is
 * written as plain strings with a leading = + - @ neutralised.
 *
 * Written as SpreadsheetML text sheet by sheet (summary-xlsx/ooxml.ts, table.ts) and deflated as it
 * is made (xlsx-zip.ts), not through a workbook object model: a national run lists some 300,000
 * items, which exceljs could not hold in memory. Byte-identical for identical runs: fixed document
 * dates and zip entry times, styles and shared strings numbered in the order they are first used.
 */
import type { ConsolidationRun } from '../consolidate';
import { budgetYears, runTitle, SHEET_NAMES } from './summary-xlsx/labels';
import { writeFiles, writeFindings, writeItems, writeMissing } from './summary-xlsx/lists';
import { appPropsXml, contentTypesXml, corePropsXml, rootRelsXml, SharedStrings, Styles, workbookRelsXml, workbookXml } from './summary-xlsx/ooxml';
import { writeCouncils, writeDistricts, writeProvinces } from './summary-xlsx/overview';
import { FONT_NAME, FONT_SIZE, SheetWriter } from './summary-xlsx/table';
import { ZipWriter } from './xlsx-zip';

export { ALL_SENT } from './summary-xlsx/lists';
export { SHEET_NAMES } from './summary-xlsx/labels';

/** The workbook's created / modified date: fixed, so the same run gives the same bytes. */
export const WORKBOOK_DATE = new Date(0);

const SHEETS: { name: string; subtitle: string | null; write: (w: SheetWriter, run: ConsolidationRun, years: string[]) => void }[] = [
  { name: SHEET_NAMES.provinces, subtitle: null, write: writeProvinces },
  { name: SHEET_NAMES.councils, subtitle: 'รายหน่วยงาน', write: writeCouncils },
  { name: SHEET_NAMES.districts, subtitle: 'รายอำเภอ', write: writeDistricts },
  { name: SHEET_NAMES.items, subtitle: 'รายการโครงการ/กิจกรรม/มาตรการ', write: writeItems },
  { name: SHEET_NAMES.findings, subtitle: 'ผลการตรวจ (ข้อผิดพลาด คำเตือน และข้อสังเกต)', write: (w, run) => writeFindings(w, run) },
  { name: SHEET_NAMES.missing, subtitle: 'หน่วยงานที่ยังไม่ส่งไฟล์', write: (w, run) => writeMissing(w, run) },
  { name: SHEET_NAMES.files, subtitle: 'แหล่งข้อมูล (ไฟล์ที่ได้รับ)', write: (w, run) => writeFiles(w, run) },
];

export async function writeSummaryXlsx(run: ConsolidationRun): Promise<Buffer> {
  const title = runTitle(run.summary);
  const years = budgetYears(run);
  const styles = new Styles(FONT_NAME, FONT_SIZE);
  const strings = new SharedStrings();
  const zip = new ZipWriter();
  const names = SHEETS.map((s) => s.name);
  await zip.add('[Content_Types].xml', contentTypesXml(SHEETS.length));
  await zip.add('_rels/.rels', rootRelsXml());
  await zip.add('docProps/app.xml', appPropsXml(names));
  await zip.add('docProps/core.xml', corePropsXml({ creator: 'sujarit', title, date: WORKBOOK_DATE }));
  const printTitles: (string | null)[] = [];
  for (const [i, sheet] of SHEETS.entries()) {
    // One sheet's rows are held at a time; row heights are left to Excel, which fits them to the
    // 16-point font and the wrapped text.
    const w = new SheetWriter(styles);
    w.title(sheet.subtitle ? `${title} : ${sheet.subtitle}` : title);
    sheet.write(w, run, years);
    await zip.add(`xl/worksheets/sheet${i + 1}.xml`, w.xml(strings));
    printTitles.push(w.printTitlesRow);
  }
  await zip.add('xl/workbook.xml', workbookXml(SHEETS.map((s, i) => ({ name: s.name, printTitlesRow: printTitles[i] }))));
  await zip.add('xl/_rels/workbook.xml.rels', workbookRelsXml(SHEETS.length));
  await zip.add('xl/styles.xml', styles.xml());
  await zip.add('xl/sharedStrings.xml', strings.xml());
  return zip.bytes();
}
