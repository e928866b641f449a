/**
 * Reads one input file into the Grids of its sheets, by file type. Formats this build cannot
 * read give an UnreadableError that the caller turns into an unreadable-file finding.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { Grid } from '../../core/grid';
import { readTxt } from './txt';

export class UnreadableError extends Error {
  constructor(
    readonly reason: string,
    readonly reasonEn: string,
  ) {
    super(reasonEn);
  }
}

export const READABLE_EXTENSIONS = ['.txt', '.tsv'];

export async function readGrids(filePath: string): Promise<Grid[]> {
  const ext = path.extname(filePath).toLowerCase();
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(filePath);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    throw new UnreadableError(`อ่านไฟล์ไม่ได้ (${code})`, `the file could not be opened (${code})`);
  }
  if (ext === '.txt' || ext === '.tsv') return [readTxt(bytes, filePath)];
  throw new UnreadableError(
    `ยังไม่รองรับไฟล์ชนิด ${ext || '(ไม่มีนามสกุล)'} ให้บันทึกตารางเป็นข้อความคั่นด้วยแท็บ (.txt)`,
    `files of type ${ext || '(none)'} are not supported yet; save the table as tab-separated text (.txt)`,
  );
}
