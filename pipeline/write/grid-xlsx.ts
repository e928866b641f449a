/**
 * Writes sheets exactly as given (values and merges, plain styling) to an xlsx: for samples and
 * test fixtures that must keep a real file's defects, which the official SheetPlan would mend.
 */
import ExcelJS from 'exceljs';
import { rangeA1, type Grid } from '../../core/grid';
import { METADATA_SHEET } from '../../core/metadata-sheet';

export async function gridsToXlsx(grids: Grid[], metadata?: Record<string, string>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'sujarit';
  wb.created = new Date(Date.UTC(2024, 0, 1));
  wb.modified = wb.created;
  for (const grid of grids) {
    const ws = wb.addWorksheet(grid.sheet);
    grid.rows.forEach((row, r) => {
      if (row.length) ws.getRow(r + 1).values = row.map((v) => (v === null ? undefined : v)) as ExcelJS.CellValue[];
    });
    for (const m of grid.merges) ws.mergeCells(rangeA1(m));
    ws.eachRow((row) => row.eachCell((cell) => (cell.font = { name: 'TH Sarabun New', size: 16 })));
  }
  if (metadata) {
    const ws = wb.addWorksheet(METADATA_SHEET);
    Object.entries(metadata).forEach(([k, v], i) => (ws.getRow(i + 1).values = [k, v]));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
