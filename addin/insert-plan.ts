/**
 * Fitting a new WorkbookPlan into a workbook that already has sheets: the plan sheet gets a name
 * no other sheet has ("แผนปฏิบัติการ 2566-2570 (2)"), the metadata sheet is replaced in place
 * (a workbook has one), and the clerk is told where to start typing.
 */
import { columnLetter } from '../core/grid';
import { METADATA_SHEET, type WorkbookPlan } from '../core/sheet-plan';

export interface InsertPlan {
  plan: WorkbookPlan;
  /** Sheets that exist already and are rewritten (cleared first). */
  replace: string[];
  /** The plan sheet's new name when its own was taken. */
  renamed: string | null;
}

const sameName = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();

/** "name", "name (2)", "name (3)" … within Excel's 31 characters. */
export function uniqueSheetName(name: string, existing: readonly string[]): string {
  if (!existing.some((e) => sameName(e, name))) return name;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${name.slice(0, 31 - suffix.length).trimEnd()}${suffix}`;
    if (!existing.some((e) => sameName(e, candidate))) return candidate;
  }
}

export function prepareInsert(plan: WorkbookPlan, existing: readonly string[]): InsertPlan {
  const replace: string[] = [];
  let renamed: string | null = null;
  const taken = [...existing];
  const sheets = plan.sheets.map((sheet) => {
    if (sheet.name === METADATA_SHEET) {
      const found = existing.find((e) => sameName(e, METADATA_SHEET));
      if (found) replace.push(found);
      return sheet;
    }
    const name = uniqueSheetName(sheet.name, taken);
    taken.push(name);
    if (name !== sheet.name) renamed = name;
    return name === sheet.name ? sheet : { ...sheet, name };
  });
  return { plan: { sheets }, replace, renamed };
}

/** Where the clerk types the first item: the title column's first row under the header. */
export function firstEntryCell(plan: WorkbookPlan): { sheet: string; cell: string; column: string } {
  const sheet = plan.sheets[0];
  const headerRow = sheet.values[sheet.headerRows.top - 1] ?? [];
  const titleCol = Math.max(0, headerRow.findIndex((v) => typeof v === 'string' && /โครงการ|มาตรการ/.test(v)));
  const column = columnLetter(titleCol);
  return { sheet: sheet.name, cell: `${column}${sheet.headerRows.bottom + 1}`, column };
}
