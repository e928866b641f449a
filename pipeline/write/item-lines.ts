/**
 * items.csv, plan by plan (consolidate.ts ItemBlock), written straight into UTF-8 bytes. A national
 * items.csv is some 300,000 lines and 165 MB: joined as strings, flattened and encoded again, its
 * lines were made and copied three times over on the main thread, where the outputs are written
 * alone. Each field is encoded once where it goes, what a plan's lines share (the council's place,
 * the file) once per plan, and the texts the columns repeat (FieldBytes) once per file.
 */
import { memoOfString } from '../../core/memo';
import type { ItemBlock } from '../consolidate';
import { BudgetCursor } from '../counted-plan';
import { AsciiBytes, PreparedBytes } from './ascii-bytes';
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

/**
 * A column's fields as bytes, each text quoted and encoded once: an item's ref, dimension, mission,
 * kind, responsible unit, sheet and cell are a few hundred texts over a national run's 300,000
 * lines (at 4,000 councils: 147 refs, 12 missions, 11 units, 174 cells), and quoting and encoding
 * each field again was a good part of the file (23 % fewer instructions for it). Titles are not
 * kept: at 4,000 councils some 45,000 of 151,000 are different texts, too many to hold.
 */
class FieldBytes {
  // A bounded memo of its own per column (core/memo.ts: emptied when full, keys copied out of the
  // texts they were cut from).
  private readonly kept = memoOfString((text) => new PreparedBytes(csvField(text)), { size: 1024 });

  write(out: AsciiBytes, value: string | null): void {
    // An empty field writes nothing (csvField(null) is '').
    if (value !== null) out.prepared(this.kept(value));
  }
}

/** The columns whose fields are kept as bytes, for the whole file (plans repeat each other's texts too). */
const KEPT_COLUMNS = ['ref', 'dimension', 'mission', 'kind', 'responsible', 'sheet', 'cell'] as const;
type KeptFields = Record<(typeof KEPT_COLUMNS)[number], FieldBytes>;

/** A plan's lines: a budget column is empty where the item names no budget for that year. */
function writePlan(out: AsciiBytes, block: ItemBlock, years: readonly number[], kept: KeptFields): void {
  const { rows } = block;
  const budgets = new BudgetCursor(rows.budgets);
  const place = new PreparedBytes(`${csvField(block.province)},${csvField(block.district)},${csvField(block.council)},${csvField(block.documentKind)},`);
  const file = new PreparedBytes(`,${csvField(block.file)},`);
  for (let i = 0; i < rows.ref.length; i++, budgets.next()) {
    out.prepared(place);
    kept.ref.write(out, rows.ref[i]);
    out.ascii(COMMA);
    kept.dimension.write(out, rows.dimension[i]);
    out.ascii(COMMA);
    kept.mission.write(out, rows.mission[i]);
    out.ascii(COMMA);
    kept.kind.write(out, rows.kind[i]);
    out.ascii(COMMA);
    out.text(csvField(rows.title[i]));
    for (const year of years) {
      out.ascii(COMMA);
      const amount = budgets.amountIn(year);
      // As csvField writes a number: String(n); nothing for one that is not finite, or none.
      if (amount !== undefined && Number.isFinite(amount)) out.number(amount);
    }
    out.ascii(COMMA);
    kept.responsible.write(out, rows.responsible[i]);
    out.prepared(file);
    kept.sheet.write(out, rows.sheet[i]);
    out.ascii(COMMA);
    kept.cell.write(out, rows.cell[i]);
    out.ascii(CRLF);
  }
}

/** items.csv in pieces of about ITEMS_PIECE bytes: the BOM and header, then every plan's lines in the blocks' order. */
export function* itemsCsvPieces(blocks: readonly ItemBlock[], years: readonly number[]): Generator<Uint8Array> {
  const out = new AsciiBytes(ITEMS_PIECE + 64 * 1024);
  for (const head of csvChunks(itemsCsvHeader([...years]), [])) out.text(head);
  const kept = Object.fromEntries(KEPT_COLUMNS.map((c) => [c, new FieldBytes()])) as KeptFields;
  for (const block of blocks) {
    writePlan(out, block, years, kept);
    if (out.length >= ITEMS_PIECE) yield out.take();
  }
  yield out.take();
}
