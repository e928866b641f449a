/**
 * The work done for one input file, in a worker thread or in-process: read it, validate every
 * sheet, and return what consolidation needs (plain data: it crosses threads by structured clone).
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { makeFinding } from '../core/findings';
import { ruleByCode } from '../core/rules';
import type { Finding, PlanDocument } from '../core/schema';
import { validateGrids } from '../core/validate';
import { readInput, UnreadableError } from './read';

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
  findings: Finding[];
}

async function fingerprint(absPath: string): Promise<{ sha256: string; bytes: number; mtimeMs: number }> {
  const [data, stat] = await Promise.all([fs.readFile(absPath), fs.stat(absPath)]);
  return { sha256: createHash('sha256').update(data).digest('hex'), bytes: data.length, mtimeMs: stat.mtimeMs };
}

export async function processFile(absPath: string, shownPath: string): Promise<FileResult> {
  let print = { sha256: '0'.repeat(64), bytes: 0, mtimeMs: 0 };
  try {
    print = await fingerprint(absPath);
    const input = await readInput(absPath);
    const result = validateGrids(input.grids, { file: shownPath });
    return { path: shownPath, ...print, format: input.format, pairs: input.metadata, doc: result.main, findings: result.findings };
  } catch (err) {
    const reason = err instanceof UnreadableError ? err : new UnreadableError(`เกิดข้อผิดพลาดขณะอ่านไฟล์: ${(err as Error).message}`, `reading the file failed: ${(err as Error).message}`);
    const finding = makeFinding(ruleByCode('unreadable-file'), shownPath, { value: shownPath, params: { reason: reason.reason, reasonEn: reason.reasonEn } });
    return { path: shownPath, ...print, format: 'unknown', pairs: null, doc: null, findings: [finding] };
  }
}
