/**
 * Reading an input file's bytes once, and telling whether the file changed while it was read (the
 * bytes hashed are the bytes parsed). What the bytes hold is read/index.ts's business.
 */
import { constants as fsConstants } from 'node:fs';
import * as fs from 'node:fs/promises';
import { MAX_INPUT_BYTES, UnreadableError } from './index';

function mb(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

export function tooLarge(size: number | null, maxBytes: number): UnreadableError {
  return size === null
    ? new UnreadableError(`ไฟล์ใหญ่เกินไป (เกินขนาดที่รับได้ ${mb(maxBytes)}) จึงไม่อ่านไฟล์นี้`, `the file is too large (over the ${mb(maxBytes)} limit); it was not read`)
    : new UnreadableError(
        `ไฟล์ใหญ่เกินไป (${mb(size)} เกินขนาดที่รับได้ ${mb(maxBytes)}) จึงไม่อ่านไฟล์นี้`,
        `the file is too large (${mb(size)}, over the ${mb(maxBytes)} limit); it was not read`,
      );
}

function notAFile(): UnreadableError {
  return new UnreadableError('ไม่ใช่ไฟล์ (อาจเป็นโฟลเดอร์)', 'not a regular file (perhaps a folder)');
}

/** One read of a file, and whether it stayed the same file while it was read. */
export interface FileSnapshot {
  /** The bytes read: the ones to hash and the ones to parse. */
  bytes: Uint8Array;
  /** The file's modification time when it was opened. */
  mtimeMs: number;
  /**
   * Set when the file changed while it was read (its size, time or identity differ between before
   * and after, or more or fewer bytes came than it said it held): the bytes may be half old, half new.
   */
  changed: { before: string; after: string } | null;
}

export interface ReadFileOptions {
  /** Default MAX_INPUT_BYTES. */
  maxBytes?: number;
  /** Runs after the bytes are read and before the file is looked at again (tests change the file here). */
  afterRead?: () => Promise<void> | void;
}

const CHUNK = 1024 * 1024;

/**
 * Reads to the end, refusing more than maxBytes even when the file grows while it is read: into
 * one buffer of the size the file said it had, plus one byte to notice growth. A regular file's
 * read that comes back short has reached the end, so a file that kept its size costs one read
 * (each read is a round trip to libuv's thread pool, and a national run reads 8,000 files);
 * one that grew is read on in chunks.
 */
async function readAll(handle: fs.FileHandle, maxBytes: number, sizeHint: number): Promise<Uint8Array> {
  const first = new Uint8Array(Math.min(sizeHint, maxBytes) + 1);
  let filled = 0;
  while (filled < first.length) {
    const { bytesRead } = await handle.read(first, filled, first.length - filled, null);
    filled += bytesRead;
    if (bytesRead === 0 || filled < first.length) return first.subarray(0, filled);
  }
  const chunks: Uint8Array[] = [first];
  let total = filled;
  for (;;) {
    if (total > maxBytes) throw tooLarge(null, maxBytes);
    const buf = new Uint8Array(CHUNK);
    const { bytesRead } = await handle.read(buf, 0, buf.length, null);
    if (bytesRead === 0) break;
    total += bytesRead;
    chunks.push(buf.subarray(0, bytesRead));
  }
  if (total > maxBytes) throw tooLarge(null, maxBytes);
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function describe(st: { size: number; mtimeMs: number } | null): string {
  if (!st) return 'ไม่พบไฟล์ (ถูกลบหรือย้าย) / the file is gone (deleted or moved)';
  const when = Number.isFinite(st.mtimeMs) ? new Date(st.mtimeMs).toISOString() : '?';
  return `${st.size} bytes, ${when}`;
}

/**
 * Reads a file once into memory (never more than maxBytes), for hashing and parsing the same
 * bytes, and tells whether it changed while it was read: the path's size, time and inode are taken
 * before it is opened and again after it is closed, and the bytes read must be as many as it
 * said it held. A file changed in place shows a new size or time; one replaced by a rename (or
 * between the first look and the open) shows another inode. A FIFO or device named like a
 * spreadsheet is refused before it is opened (opening a FIFO waits for a writer); the open is
 * non-blocking besides. Five round trips to the disk's thread pool in all: stat, open, read,
 * close, stat.
 */
export async function readFileOnce(filePath: string, opts: ReadFileOptions = {}): Promise<FileSnapshot> {
  const maxBytes = opts.maxBytes ?? MAX_INPUT_BYTES;
  let handle: fs.FileHandle | undefined;
  try {
    const first = await fs.stat(filePath);
    if (!first.isFile()) throw notAFile();
    if (first.size > maxBytes) throw tooLarge(first.size, maxBytes);
    handle = await fs.open(filePath, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
    const bytes = await readAll(handle, maxBytes, first.size);
    await opts.afterRead?.();
    await handle.close().catch(() => undefined);
    handle = undefined;
    const after = await fs.stat(filePath).catch(() => null);
    const same =
      after !== null &&
      (first.ino === 0 || after.ino === 0 || (first.ino === after.ino && first.dev === after.dev)) &&
      after.size === first.size &&
      after.mtimeMs === first.mtimeMs &&
      bytes.length === first.size;
    const changed = same ? null : { before: describe(first), after: describe(after) };
    if (changed && after && after.size === first.size && after.mtimeMs === first.mtimeMs && bytes.length !== first.size) {
      changed.after = `${describe(after)}; ${bytes.length} bytes read`;
    }
    return { bytes, mtimeMs: first.mtimeMs, changed };
  } catch (err) {
    if (err instanceof UnreadableError) throw err;
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    throw new UnreadableError(`อ่านไฟล์ไม่ได้ (${code})`, `the file could not be opened (${code})`);
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
