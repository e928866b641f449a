/**
 * The work done for one input file, in a worker thread or in-process: read it, validate every
 * sheet, and return what consolidation needs (plain data: it crosses threads by structured clone).
 *
 * The file is read once: the bytes hashed are the bytes parsed, and the file's size and time are
 * compared before and after the read (a file still being copied or saved gets a file-changed
 * finding). What the reader cleaned or noticed (control characters, over-long text, damaged
 * cells, malformed CSV rows, date-formatted amounts) becomes findings with their cells, and so
 * does a submission with a table but no item (no-items). Amounts
 * the findings call implausible or dates are left out of the figures. No code more than
 * MAX_FINDINGS_PER_CODE times per file: the rest is counted in one too-many-findings finding.
 */
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { makeFinding, sortFindings } from '../core/findings';
import { a1, parseA1 } from '../core/grid';
import { byText } from '../core/order';
import { ruleByCode } from '../core/rules';
import { headerStart } from '../core/rules/column-missing';
import { IMPLAUSIBLE_BAHT } from '../core/rules/implausible-amount';
import type { Finding, PlanDocument, Source } from '../core/schema';
import { formatNumber } from '../core/thai';
import { validateGrids, type ValidationResult } from '../core/validate';
import { countPlan, type CountedPlan } from './counted-plan';
import { MAX_CELL_CHARS, readFileOnce, readInputBytes, UnreadableError, type FileSnapshot, type InputRead, type InputIssue, type ReadInputOptions } from './read';
import { serialToIso } from './read/xlsx';

export interface FileResult {
  /** The path as shown in outputs (relative to the working folder, forward slashes). */
  path: string;
  sha256: string;
  bytes: number;
  mtimeMs: number;
  format: string;
  /** The add-in's metadata sheet, key → value. */
  pairs: Record<string, string> | null;
  /** The file's main document (its plan, else its report); null when unreadable or no table. */
  doc: PlanDocument | null;
  /** The document as the province figures count it (counted-plan.ts); null without a document. */
  counted: CountedPlan | null;
  findings: Finding[];
}

export interface ProcessOptions {
  read?: ReadInputOptions;
  /** Runs after the file's bytes are read and before it is looked at again (tests change the file here). */
  afterRead?: () => Promise<void> | void;
}

/** Findings of one code kept per file; the rest are counted in a too-many-findings finding. */
export const MAX_FINDINGS_PER_CODE = 500;

export const NO_HASH = '0'.repeat(64);

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Test hook, active only when SUJARIT_TEST_CRASH_ON names this file (its base name): a worker
 * thread exits (as if it crashed), or with "oom:<name>" fills its heap until V8 stops it; on the
 * main thread (no worker to lose) it throws instead.
 */
function testCrash(absPath: string): void {
  const spec = process.env.SUJARIT_TEST_CRASH_ON;
  if (!spec) return;
  const oom = spec.startsWith('oom:');
  if ((oom ? spec.slice(4) : spec) !== path.basename(absPath)) return;
  if (isMainThread) throw new Error('SUJARIT_TEST_CRASH_ON');
  if (oom) {
    const hog: string[][] = [];
    for (;;) hog.push(new Array(1_000_000).fill('x'.repeat(16) + hog.length));
  }
  process.exit(1);
}

function sourceOf(sheet: string, row: number | null, column: number | null): { source?: Source; sheet: string } {
  if (row === null || column === null) return { sheet };
  return { sheet, source: { sheet, cell: a1(row, column), row: row + 1, column: column + 1 } };
}

function issueFinding(file: string, issue: InputIssue): Finding {
  const at = sourceOf(issue.sheet, issue.row, issue.column);
  const p = issue.params ?? {};
  switch (issue.code) {
    case 'text-too-long':
      return makeFinding(ruleByCode('text-too-long'), file, { ...at, value: issue.value, expected: String(MAX_CELL_CHARS), params: { length: formatNumber(Number(p.length ?? 0)), max: formatNumber(MAX_CELL_CHARS) } });
    case 'control-characters':
      return makeFinding(ruleByCode('control-characters'), file, { ...at, value: issue.value, params: { count: p.count } });
    case 'damaged-cell':
      return makeFinding(ruleByCode('damaged-cell'), file, { ...at, value: issue.value });
    case 'malformed-csv': {
      const ragged = p.kind === 'ragged-row';
      const row = (issue.row ?? 0) + 1;
      return makeFinding(ruleByCode('malformed-csv'), file, {
        ...at,
        value: issue.value,
        expected: ragged ? `${p.common}` : null,
        params: ragged
          ? {
              what: `แถวที่ ${row} มี ${p.width} ช่อง มากกว่าแถวอื่นในไฟล์ (${p.common} ช่อง) อาจมีเครื่องหมายจุลภาค (,) ในตัวเลขหรือข้อความที่ไม่ได้อยู่ในเครื่องหมายคำพูด ทำให้ค่าตั้งแต่ช่องนี้เลื่อนไปอยู่คอลัมน์อื่น ตรวจแถวนี้แล้วบันทึก CSV จาก Excel ใหม่`,
              whatEn: `Row ${row} has ${p.width} cells, more than the file's other rows (${p.common}); a comma in a number or text that was not quoted may have shifted the cells from here on into other columns; check the row and save the CSV from Excel again`,
            }
          : {
              what: `ช่องนี้มีเครื่องหมายคำพูด (") ที่เปิดแล้วไม่ได้ปิด จึงอ่านเป็นตัวอักษรธรรมดา ตรวจว่าข้อความในช่องนี้และแถวถัดไปถูกต้อง`,
              whatEn: 'This cell has a quote (") that opens and never closes, so it was read as a plain character; check this cell and the rows after it',
            },
      });
    }
  }
}

/** Budgets in cells the file formats as dates: a day number, not baht. */
function dateFindings(file: string, input: InputRead, result: ValidationResult): { findings: Finding[]; cells: Set<string> } {
  const findings: Finding[] = [];
  const cells = new Set<string>();
  if (!input.dateCells) return { findings, cells };
  const dated = new Map(Object.entries(input.dateCells).map(([sheet, list]) => [sheet, new Set(list)]));
  for (const doc of result.documents) {
    for (const item of doc.items) {
      for (const b of item.budgets) {
        if (b.status !== 'amount' || !dated.get(b.source.sheet)?.has(b.source.cell)) continue;
        cells.add(`${b.source.sheet}!${b.source.cell}`);
        findings.push(makeFinding(ruleByCode('date-in-amount'), file, { source: b.source, value: String(b.amount), params: { ref: item.ref, date: serialToIso(b.amount) } }));
      }
    }
  }
  return { findings, cells };
}

/** A submission whose tables hold not one item: the blank form was sent. */
function noItemsFindings(file: string, result: ValidationResult): Finding[] {
  if (result.documents.length === 0 || result.documents.some((d) => d.items.length > 0 || d.details.length > 0)) return [];
  return result.documents
    .filter((d) => d.tables.length > 0)
    .map((d) => makeFinding(ruleByCode('no-items'), file, { source: headerStart(d.sheet, d.tables[0]), value: d.sheet }));
}

/** Leaves implausible amounts and dates out of every figure made from the documents (their findings say so). */
function leaveOut(result: ValidationResult, dateCells: Set<string>): void {
  for (const doc of result.documents) {
    for (const item of doc.items) {
      for (const b of item.budgets) {
        if (b.status !== 'amount') continue;
        if (Math.abs(b.amount) >= IMPLAUSIBLE_BAHT || !Number.isFinite(b.amount) || dateCells.has(`${b.source.sheet}!${b.source.cell}`)) {
          b.status = 'invalid';
          b.amount = 0;
        }
      }
    }
    for (const d of doc.details) {
      if (d.budget && d.budget.status === 'amount' && (Math.abs(d.budget.amount) >= IMPLAUSIBLE_BAHT || !Number.isFinite(d.budget.amount))) {
        d.budget.status = 'invalid';
        d.budget.amount = 0;
      }
    }
  }
}

/** At most MAX_FINDINGS_PER_CODE of each code (in reading order), and a too-many-findings for the rest. */
export function capFindings(file: string, findings: Finding[], max = MAX_FINDINGS_PER_CODE): Finding[] {
  const seen = new Map<string, number>();
  const kept: Finding[] = [];
  for (const f of findings) {
    const n = (seen.get(f.code) ?? 0) + 1;
    seen.set(f.code, n);
    if (n <= max) kept.push(f);
  }
  for (const [code, n] of [...seen].sort(([a], [b]) => byText(a, b))) {
    if (n > max) kept.push(makeFinding(ruleByCode('too-many-findings'), file, { value: code, params: { count: formatNumber(n - max), shown: formatNumber(max) } }));
  }
  return kept;
}

function unreadableFinding(file: string, err: UnreadableError): Finding {
  let source: Source | undefined;
  if (err.where?.cell) {
    try {
      const { row, col } = parseA1(err.where.cell);
      source = { sheet: err.where.sheet, cell: a1(row, col), row: row + 1, column: col + 1 };
    } catch {
      source = undefined;
    }
  }
  return makeFinding(ruleByCode('unreadable-file'), file, {
    source,
    sheet: err.where?.sheet ?? null,
    value: file,
    params: { reason: err.reason, reasonEn: err.reasonEn },
  });
}

/**
 * A file's bytes as read (or why they could not be), before anything is made of them. The pool's
 * workers read the next file this way while they still check the current one, so the disk and the
 * CPU are busy at the same time; processFile is both steps in a row.
 */
export type FileRead = { snap: FileSnapshot } | { error: unknown };

export async function readForProcessing(absPath: string, opts: ProcessOptions = {}): Promise<FileRead> {
  try {
    return { snap: await readFileOnce(absPath, { maxBytes: opts.read?.maxBytes, afterRead: opts.afterRead }) };
  } catch (error) {
    return { error };
  }
}

export async function processFile(absPath: string, shownPath: string, opts: ProcessOptions = {}): Promise<FileResult> {
  // The test hook runs before the file is read, as it always has.
  try {
    testCrash(absPath);
  } catch (err) {
    return processRead(absPath, shownPath, { error: err }, opts);
  }
  return processRead(absPath, shownPath, await readForProcessing(absPath, opts), opts);
}

/** What a file holds, from its bytes read by readForProcessing. */
export async function processRead(absPath: string, shownPath: string, read: FileRead, opts: ProcessOptions = {}): Promise<FileResult> {
  let print = { sha256: NO_HASH, bytes: 0, mtimeMs: 0 };
  const host: Finding[] = [];
  try {
    if ('error' in read) throw read.error;
    const { snap } = read;
    print = { sha256: sha256(snap.bytes), bytes: snap.bytes.length, mtimeMs: snap.mtimeMs };
    if (snap.changed) host.push(makeFinding(ruleByCode('file-changed'), shownPath, { value: snap.changed.before, expected: snap.changed.after }));
    const input = await readInputBytes(snap.bytes, absPath, opts.read);
    const result = validateGrids(input.grids, { file: shownPath });
    for (const issue of input.issues ?? []) host.push(issueFinding(shownPath, issue));
    host.push(...noItemsFindings(shownPath, result));
    const dates = dateFindings(shownPath, input, result);
    host.push(...dates.findings);
    leaveOut(result, dates.cells);
    const findings = capFindings(shownPath, sortFindings([...result.findings, ...host]));
    return { path: shownPath, ...print, format: input.format, pairs: input.metadata, doc: result.main, counted: result.main ? countPlan(result.main) : null, findings };
  } catch (err) {
    const reason = err instanceof UnreadableError ? err : new UnreadableError(`เกิดข้อผิดพลาดขณะอ่านไฟล์: ${(err as Error).message}`, `reading the file failed: ${(err as Error).message}`);
    const findings = sortFindings([unreadableFinding(shownPath, reason), ...host]);
    return { path: shownPath, ...print, format: 'unknown', pairs: null, doc: null, counted: null, findings };
  }
}

/** In a worker: the test hook first (it may end the thread), then the file's content from its read. */
export function processInWorker(absPath: string, shownPath: string, read: Promise<FileRead>): Promise<FileResult> {
  try {
    testCrash(absPath);
  } catch (err) {
    return processRead(absPath, shownPath, { error: err });
  }
  return read.then((r) => processRead(absPath, shownPath, r));
}
