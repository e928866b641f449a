/**
 * The log sheet (บันทึกการแก้ไข): one row per cell the add-in changed, with the value it had, so
 * that a fix can be checked, explained to a supervisor, and undone (Excel's Ctrl+Z cannot undo an
 * add-in's writes). Rows are written as plain cells and read back through a zod schema: the sheet
 * is the clerk's to edit, so what comes back is checked, not trusted.
 */
import { z } from 'zod';
import { cellValueSchema, parseA1, type CellValue } from '../core/grid';
import { formatNumber } from '../core/thai';
import type { CellChange, CellState } from './fixes/types';

export const LOG_SHEET = 'บันทึกการแก้ไข';

export const LOG_HEADER = ['ครั้งที่', 'วันเวลา', 'แผ่นงาน', 'เซลล์', 'ค่าเดิม', 'ชนิดค่าเดิม', 'ค่าใหม่', 'เหตุผล', 'สถานะ', 'รูปแบบตัวเลขเดิม'] as const;
export const LOG_WIDTHS = [8, 18, 24, 8, 30, 10, 30, 60, 12, 18] as const;

/** How the old value is stored, so that undo writes back a formula as a formula and a number as a number. */
export const OLD_KIND = { formula: 'สูตร', value: 'ค่า', empty: 'ว่าง' } as const;
export const STATUS = { applied: 'แก้แล้ว', undone: 'ย้อนแล้ว' } as const;

/** "2568-05-14 09:30" in local time: what a clerk reads, with a Buddhist-era year. */
export function logTime(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear() + 543}-${p(date.getMonth() + 1)}-${p(date.getDate())} ${p(date.getHours())}:${p(date.getMinutes())}`;
}

function stateText(state: CellState): CellValue {
  if (state.formula) return state.formula;
  return state.value;
}

function oldKind(state: CellState): string {
  if (state.formula) return OLD_KIND.formula;
  return state.value === null ? OLD_KIND.empty : OLD_KIND.value;
}

/**
 * The rows a batch of changes adds to the log. `oldFormats[i]` is the number format change i
 * replaces: kept only where the fix sets one, so that undo can put the cell back exactly.
 */
export function logRows(batch: number, when: Date, changes: CellChange[], oldFormats: (string | null)[] = []): CellValue[][] {
  return changes.map((c, i) => [
    batch,
    logTime(when),
    c.sheet,
    c.cell,
    stateText(c.before),
    oldKind(c.before),
    stateText(c.after),
    c.reason.th,
    STATUS.applied,
    c.after.numberFormat ? (oldFormats[i] ?? 'General') : null,
  ]);
}

const logRowSchema = z.tuple([
  z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]),
  cellValueSchema,
  z.string().min(1),
  z.string().regex(/^\$?[A-Z]{1,3}\$?\d+$/),
  cellValueSchema,
  z.string(),
  cellValueSchema,
  cellValueSchema,
  cellValueSchema,
  // The old number format: absent from logs written before it was kept (read as "not set").
  cellValueSchema,
]);

export interface LogEntry {
  /** 0-based row on the log sheet. */
  logRow: number;
  batch: number;
  sheet: string;
  cell: string;
  /** What undo writes back. */
  old: CellState;
  /** What the fix wrote (the formula, or the value). */
  written: CellValue;
  /** The number format undo puts back, where the fix set one. */
  oldNumberFormat: string | null;
  undone: boolean;
}

/** The log's entries; rows that do not read as entries (the header, the clerk's notes) are skipped. */
export function parseLog(values: CellValue[][]): LogEntry[] {
  const out: LogEntry[] = [];
  values.forEach((row, logRow) => {
    const padded = Array.from({ length: LOG_HEADER.length }, (_, i) => (row[i] === undefined ? null : row[i]));
    const parsed = logRowSchema.safeParse(padded);
    if (!parsed.success) return;
    const [batch, , sheet, cell, oldValue, kind, written, , status, oldFormat] = parsed.data;
    const old: CellState =
      kind === OLD_KIND.formula && typeof oldValue === 'string' && oldValue.startsWith('=')
        ? { value: null, formula: oldValue }
        : { value: kind === OLD_KIND.empty ? null : oldValue, formula: null };
    const oldNumberFormat = oldFormat === null || oldFormat === '' ? null : String(oldFormat);
    out.push({ logRow, batch, sheet, cell: cell.replace(/\$/g, ''), old, written, oldNumberFormat, undone: status === STATUS.undone });
  });
  return out;
}

export function nextBatch(entries: LogEntry[]): number {
  return entries.reduce((max, e) => Math.max(max, e.batch), 0) + 1;
}

/** The most recent batch not yet undone, if any. */
export function lastBatch(entries: LogEntry[]): { batch: number; entries: LogEntry[] } | null {
  const open = entries.filter((e) => !e.undone);
  if (open.length === 0) return null;
  const batch = Math.max(...open.map((e) => e.batch));
  return { batch, entries: open.filter((e) => e.batch === batch) };
}

/** Whether a cell still holds what a fix wrote (undo must not overwrite later typing). */
export function stillWritten(entry: LogEntry, current: { value: CellValue; formula: string | null }): boolean {
  const written = entry.written;
  if (typeof written === 'string' && written.startsWith('=')) return current.formula === written;
  if (current.formula) return false;
  if (typeof written === 'number' && typeof current.value === 'number') return Math.abs(written - current.value) < 1e-9;
  return (written ?? null) === (current.value ?? null) || String(written ?? '') === String(current.value ?? '');
}

/** The position of an entry's cell, 0-based. */
export function entryPosition(entry: LogEntry): { row: number; col: number } {
  return parseA1(entry.cell);
}

/** A value for the log's text columns as the preview shows it. */
export function showValue(v: CellValue): string {
  if (v === null) return '';
  return typeof v === 'number' ? formatNumber(v) : String(v);
}
