/**
 * items.csv, plan by plan (consolidate.ts ItemBlock), written straight into UTF-8 bytes. A national
 * items.csv is some 300,000 lines and 165 MB: joined as strings, flattened and encoded again, its
 * lines were made and copied three times over on the main thread, where the outputs are written
 * alone. Each field is encoded once where it goes, and what a plan's lines share (the council's
 * place, the file) once per plan.
 */
import type { ItemBlock } from '../consolidate';
import { BudgetCursor } from '../counted-plan';
import { AsciiBytes } from './ascii-bytes';
import { csvChunks, csvField } from './csv';

/** items.csv's header: the item's place and fields, one budget column per year, then where it came from. */
export function itemsCsvHeader(years: readonly number[]): string[] {
  return [
    'จังหวัด (province)', 'อำเภอ (district)', 'หน่วยงาน (council)', 'ประเภทเอกสาร (document)', 'ลำดับ (ref)', 'มิติ (dimension)',
    'ภารกิจ (mission)', 'ประเภท (kind)', 'ชื่อโครงการ (title)', ...years.map((y) => `งบประมาณ ${y}`), 'ผู้รับผิดชอบ (responsible)',
    'ไฟล์ (file)', 'แผ่นงาน (sheet)', 'ช่อง (cell)',
  ];
}

/** Bytes handed to the file at a time. */
export const ITEMS_PIECE = 1 << 20;

const COMMA = ',';
const CRLF = '\r\n';

/** A plan's lines: a budget column is empty where the item names no budget for that year. */
function writePlan(out: AsciiBytes, block: ItemBlock, years: readonly number[]): void {
  const { rows } = block;
  const budgets = new BudgetCursor(rows.budgets);
  const place = Buffer.from(`${csvField(block.province)},${csvField(block.district)},${csvField(block.council)},${csvField(block.documentKind)},`, 'utf8');
  const file = Buffer.from(`,${csvField(block.file)},`, 'utf8');
  for (let i = 0; i < rows.ref.length; i++, budgets.next()) {
    out.raw(place);
    out.text(csvField(rows.ref[i]));
    out.ascii(COMMA);
    out.text(csvField(rows.dimension[i]));
    out.ascii(COMMA);
    out.text(csvField(rows.mission[i]));
    out.ascii(COMMA);
    out.text(csvField(rows.kind[i]));
    out.ascii(COMMA);
    out.text(csvField(rows.title[i]));
    for (const year of years) {
      out.ascii(COMMA);
      const amount = budgets.amountIn(year);
      // As csvField writes a number: String(n); nothing for one that is not finite, or none.
      if (amount !== undefined && Number.isFinite(amount)) out.number(amount);
    }
    out.ascii(COMMA);
    out.text(csvField(rows.responsible[i]));
    out.raw(file);
    out.text(csvField(rows.sheet[i]));
    out.ascii(COMMA);
    out.text(csvField(rows.cell[i]));
    out.ascii(CRLF);
  }
}

/** items.csv in pieces of about ITEMS_PIECE bytes: the BOM and header, then every plan's lines in the blocks' order. */
export function* itemsCsvPieces(blocks: readonly ItemBlock[], years: readonly number[]): Generator<Uint8Array> {
  const out = new AsciiBytes(ITEMS_PIECE + 64 * 1024);
  for (const head of csvChunks(itemsCsvHeader([...years]), [])) out.text(head);
  for (const block of blocks) {
    writePlan(out, block, years);
    if (out.length >= ITEMS_PIECE) yield out.take();
  }
  yield out.take();
}
