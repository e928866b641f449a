/**
 * Applies core's WorkbookPlan to an xlsx with exceljs: the same official layout the add-in
 * writes in Excel. Values go in as rows, formulas keep their cached results (a file opened in a
 * viewer that does not recalculate still shows the right totals), styles go by range.
 */
import ExcelJS from 'exceljs';
import { parseA1, parseRangeA1 } from '../../core/grid';
import type { CellStyle, SheetPlan, WorkbookPlan } from '../../core/sheet-plan';

const BORDER = (style: 'thin' | 'medium'): Partial<ExcelJS.Borders> => ({
  top: { style }, left: { style }, bottom: { style }, right: { style },
});

function styleCell(cell: ExcelJS.Cell, s: CellStyle, font: SheetPlan['font']): void {
  if (s.bold !== undefined || s.italic !== undefined || s.fontSize !== undefined) {
    cell.font = { ...(cell.font ?? { name: font.name, size: font.size }), ...(s.bold !== undefined ? { bold: s.bold } : {}), ...(s.italic !== undefined ? { italic: s.italic } : {}), ...(s.fontSize ? { size: s.fontSize } : {}) };
  }
  if (s.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${s.fill}` } };
  if (s.border) cell.border = BORDER(s.border);
  if (s.hAlign || s.vAlign || s.wrap !== undefined) {
    cell.alignment = { ...(cell.alignment ?? {}), ...(s.hAlign ? { horizontal: s.hAlign } : {}), ...(s.vAlign ? { vertical: s.vAlign } : {}), ...(s.wrap !== undefined ? { wrapText: s.wrap } : {}) };
  }
  if (s.numberFormat) cell.numFmt = s.numberFormat;
}

function applySheet(wb: ExcelJS.Workbook, plan: SheetPlan): void {
  const ws = wb.addWorksheet(plan.name, {
    views: [{ state: 'frozen', xSplit: plan.freeze.columns, ySplit: plan.freeze.rows }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: plan.print.repeatRows },
    headerFooter: plan.print.title ? { oddHeader: `&C${plan.print.title}`, oddFooter: '&Cหน้า &P / &N' } : { oddFooter: '&Cหน้า &P / &N' },
  });
  plan.columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  const font = { name: plan.font.name, size: plan.font.size };
  plan.values.forEach((row, r) => {
    const xr = ws.getRow(r + 1);
    row.forEach((v, c) => {
      const cell = xr.getCell(c + 1);
      if (v !== null) cell.value = v;
      cell.font = font;
    });
  });
  for (const f of plan.formulas) {
    const cell = ws.getCell(f.cell);
    const { row, col } = parseA1(f.cell);
    const result = plan.values[row]?.[col] ?? undefined;
    cell.value = { formula: f.formula.slice(1), result: result === null ? undefined : result } as ExcelJS.CellFormulaValue;
  }
  for (const m of plan.merges) ws.mergeCells(m);
  for (const { range, style } of plan.styles) {
    const r = parseRangeA1(range);
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) styleCell(ws.getCell(row + 1, col + 1), style, plan.font);
  }
  for (const v of plan.validations) {
    const r = parseRangeA1(v.range);
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) {
        ws.getCell(row + 1, col + 1).dataValidation = { type: 'list', allowBlank: true, formulae: [v.list.slice(1)], showErrorMessage: true, errorTitle: 'ค่าไม่อยู่ในรายการ', error: 'เลือกจากรายการของกรอบแผน' };
      }
    }
  }
}

export async function workbookPlanToXlsx(plan: WorkbookPlan): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'sujarit';
  wb.created = new Date(0);
  wb.modified = wb.created;
  for (const sheet of plan.sheets) applySheet(wb, sheet);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
