/**
 * Reading an input file's bytes once, and telling whether the file changed while it was read (the
 * bytes hashed are the bytes parsed). What the bytes hold is read/index.ts's business.
 */
import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import { MAX_INPUT_BYTES, UnreadableError } from './unreadable';

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
 * read that comes back short has reached the end, so a file that kept its size costs one read; one
 * that grew is read on in chunks. It only says which buffer to fill next and takes what came, so
 * the asynchronous reader and the synchronous one (the pool's reading thread) read alike.
 */
class Gather {
  private readonly first: Uint8Array;
  private filled = 0;
  private chunks: Uint8Array[] | null = null;
  private total = 0;
  private pending: Uint8Array | null = null;
  private done = false;

  constructor(
    private readonly maxBytes: number,
    sizeHint: number,
  ) {
    this.first = new Uint8Array(Math.min(sizeHint, maxBytes) + 1);
  }

  /** The buffer to read into next, or null at the end of the file. */
  next(): Uint8Array | null {
    if (this.done) return null;
    if (this.chunks === null) return (this.pending = this.first.subarray(this.filled));
    if (this.total > this.maxBytes) throw tooLarge(null, this.maxBytes);
    return (this.pending = new Uint8Array(CHUNK));
  }

  /** n bytes came into the buffer next() gave. */
  got(n: number): void {
    if (this.chunks === null) {
      this.filled += n;
      if (n === 0 || this.filled < this.first.length) this.done = true;
      else {
        this.chunks = [this.first];
        this.total = this.filled;
      }
      return;
    }
    if (n === 0) {
      this.done = true;
      return;
    }
    this.total += n;
    this.chunks.push(this.pending!.subarray(0, n));
  }

  bytes(): Uint8Array {
    if (this.chunks === null) return this.first.subarray(0, this.filled);
    if (this.total > this.maxBytes) throw tooLarge(null, this.maxBytes);
    const out = new Uint8Array(this.total);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

function describe(st: { size: number; mtimeMs: number } | null): string {
  if (!st) return 'ไม่พบไฟล์ (ถูกลบหรือย้าย) / the file is gone (deleted or moved)';
  const when = Number.isFinite(st.mtimeMs) ? new Date(st.mtimeMs).toISOString() : '?';
  return `${st.size} bytes, ${when}`;
}

type Look = Pick<fs.Stats, 'ino' | 'dev' | 'size' | 'mtimeMs'>;

/** Refuses what is not a regular file (a FIFO would wait for a writer) or too large, before opening it. */
function checkFirstLook(first: fs.Stats, maxBytes: number): void {
  if (!first.isFile()) throw notAFile();
  if (first.size > maxBytes) throw tooLarge(first.size, maxBytes);
}

/** The bytes and whether the file stayed the same file, of the same size and time, while it was read. */
function snapshotOf(bytes: Uint8Array, first: Look, after: Look | null): FileSnapshot {
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
}

function unreadable(err: unknown): UnreadableError {
  if (err instanceof UnreadableError) return err;
  const code = (err as NodeJS.ErrnoException).code ?? 'error';
  return new UnreadableError(`อ่านไฟล์ไม่ได้ (${code})`, `the file could not be opened (${code})`);
}

const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

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
  let handle: fsp.FileHandle | undefined;
  try {
    const first = await fsp.stat(filePath);
    checkFirstLook(first, maxBytes);
    handle = await fsp.open(filePath, OPEN_FLAGS);
    const gather = new Gather(maxBytes, first.size);
    for (let buf = gather.next(); buf; buf = gather.next()) gather.got((await handle.read(buf, 0, buf.length, null)).bytesRead);
    const bytes = gather.bytes();
    await opts.afterRead?.();
    await handle.close().catch(() => undefined);
    handle = undefined;
    return snapshotOf(bytes, first, await fsp.stat(filePath).catch(() => null));
  } catch (err) {
    throw unreadable(err);
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** What readFileOnceSync takes: afterRead must be synchronous there. */
export interface ReadFileSyncOptions {
  maxBytes?: number;
  afterRead?: () => void;
}

/**
 * readFileOnce with blocking calls, the same steps and the same answers, for the pool's reading
 * thread (pipeline/reader.ts), which does nothing else: each call is one system call there, where
 * an asynchronous one is a round trip to libuv's thread pool and back to the worker.
 */
export function readFileOnceSync(filePath: string, opts: ReadFileSyncOptions = {}): FileSnapshot {
  const maxBytes = opts.maxBytes ?? MAX_INPUT_BYTES;
  let fd: number | undefined;
  try {
    const first = fs.statSync(filePath);
    checkFirstLook(first, maxBytes);
    fd = fs.openSync(filePath, OPEN_FLAGS);
    const gather = new Gather(maxBytes, first.size);
    for (let buf = gather.next(); buf; buf = gather.next()) gather.got(fs.readSync(fd, buf, 0, buf.length, null));
    const bytes = gather.bytes();
    opts.afterRead?.();
    closeQuietly(fd);
    fd = undefined;
    return snapshotOf(bytes, first, statOrNull(filePath));
  } catch (err) {
    throw unreadable(err);
  } finally {
    if (fd !== undefined) closeQuietly(fd);
  }
}

/** The path's look after the read, or null when it is gone or cannot be looked at (as readFileOnce's catch). */
function statOrNull(filePath: string): fs.Stats | null {
  try {
    return fs.statSync(filePath);
  } catch {
    return null;
  }
}

function closeQuietly(fd: number): void {
  try {
    fs.closeSync(fd);
  } catch {
    // Closing a descriptor only read from loses nothing.
  }
}
