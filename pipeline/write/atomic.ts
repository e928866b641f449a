/**
 * Writing outputs so that readers see the old content or the new, never half:
 *
 * - writeFileAtomic: one file, through a temporary file in the same folder, flushed, then renamed
 *   over the target.
 * - writeFileSet: several files that belong together (a run's five outputs). Each is written and
 *   flushed into a fresh staging folder inside the target folder (the same file system, and
 *   nothing written outside it); only when all are complete are they renamed into place, one by
 *   one, the old ones kept as hard links until the last rename succeeds, so a failing rename puts
 *   every old file back. An AbortSignal is honoured until the renames start: the staging folder is
 *   removed and the target folder is left exactly as it was. The renames themselves take
 *   microseconds and are never abandoned halfway (the caller defers signals meanwhile).
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';

export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  await writeSynced(tmp, data);
  try {
    await fs.rename(tmp, target);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
}

/** The set was not written because the signal was aborted; the target folder is unchanged. */
export class WriteAborted extends Error {
  constructor(readonly reason: unknown) {
    super('writing the outputs was interrupted; nothing was changed');
  }
}

export type WriteStep = 'staging' | 'staged' | 'swapping' | 'renamed' | 'swapped';

export interface FileSetOptions {
  signal?: AbortSignal;
  /**
   * Called at each step (awaited): 'staging' before each file is written to the staging folder,
   * 'staged' when all are, 'swapping' right before the first rename (synchronously after the last
   * look at the signal: from here on the set is completed whatever happens), 'renamed' after each
   * rename, 'swapped' at the end.
   */
  onStep?: (step: WriteStep, name?: string) => void | Promise<void>;
}

/** The prefix of staging folders, so that an abandoned one (power cut, SIGKILL) is recognisable. */
export const STAGING_PREFIX = '.sujarit-staging-';

async function syncDir(dir: string): Promise<void> {
  // Makes the renames durable; folders cannot be opened for syncing everywhere (Windows): best effort.
  try {
    const h = await fs.open(dir, 'r');
    try {
      await h.sync();
    } finally {
      await h.close();
    }
  } catch {
    // not supported here
  }
}

/**
 * A file's content: whole, or as pieces made while the file is written (a national items.csv is
 * some 150 MB; it is never held as one string).
 */
export type FileContent = string | Uint8Array | Iterable<string | Uint8Array>;

/**
 * A file of a set: its content, or how to make it, called just before the file is written, so
 * that the set's large contents are not all held at once.
 */
export type FileSource = FileContent | (() => FileContent | Promise<FileContent>);

async function writeSynced(file: string, data: FileContent): Promise<void> {
  await (await writeUnflushed(file, data)).flushed;
}

/**
 * Writes a file's content and starts its flush (fsync, then close) without waiting for it: a set's
 * next file is made while the disk takes in the last one (a national items.csv takes some 80 ms to
 * flush here, and far longer on a USB drive or a network share). The caller awaits `flushed`.
 */
async function writeUnflushed(file: string, data: FileContent): Promise<{ flushed: Promise<void> }> {
  const handle = await fs.open(file, 'wx');
  try {
    await writeContent(handle, data);
  } catch (err) {
    await handle.close().catch(() => undefined);
    throw err;
  }
  const flushed = handle.sync().finally(() => handle.close());
  flushed.catch(() => undefined); // awaited by the caller; not an unhandled rejection meanwhile
  return { flushed };
}

async function writeContent(handle: fs.FileHandle, data: FileContent): Promise<void> {
  if (typeof data === 'string' || data instanceof Uint8Array) {
    await handle.writeFile(data);
    return;
  }
  const writeAll = async (bytes: Uint8Array) => {
    for (let at = 0; at < bytes.length; ) at += (await handle.write(bytes, at, bytes.length - at)).bytesWritten;
  };
  // The next piece is made while the last one is being written.
  let writing: Promise<void> = Promise.resolve();
  for (const piece of data) {
    const bytes = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
    await writing;
    writing = writeAll(bytes);
    writing.catch(() => undefined); // awaited on the next piece or below; not an unhandled rejection meanwhile
  }
  await writing;
}

/** Keeps the current file under `backup` (a hard link, or a copy where links are not possible). */
async function keep(current: string, backup: string): Promise<boolean> {
  try {
    await fs.link(current, backup);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
    try {
      await fs.copyFile(current, backup);
      return true;
    } catch (err2) {
      if ((err2 as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw err2;
    }
  }
}

/**
 * Writes `files` (name → content) into `dir` as one set: afterwards `dir` holds either all the old
 * files or all the new ones. Returns the paths written.
 */
export async function writeFileSet(dir: string, files: [string, FileSource][], opts: FileSetOptions = {}): Promise<string[]> {
  const { signal, onStep } = opts;
  const check = () => {
    if (signal?.aborted) throw new WriteAborted(signal.reason);
  };
  check();
  await fs.mkdir(dir, { recursive: true });
  const staging = await fs.mkdtemp(path.join(dir, STAGING_PREFIX));
  const oldDir = path.join(staging, 'old');
  const done: { name: string; kept: boolean }[] = [];
  // Each staged file's flush, which goes on while the next file is made; all are done before the renames.
  const flushes: Promise<void>[] = [];
  let swapping = false;
  try {
    await fs.mkdir(oldDir);
    for (const [name, data] of files) {
      check();
      await onStep?.('staging', name);
      check();
      flushes.push((await writeUnflushed(path.join(staging, name), typeof data === 'function' ? await data() : data)).flushed);
    }
    await Promise.all(flushes);
    await syncDir(staging);
    await onStep?.('staged');
    check();
    swapping = true;
    const announced = onStep?.('swapping');
    if (announced) await announced;
    for (const [name] of files) {
      const target = path.join(dir, name);
      const kept = await keep(target, path.join(oldDir, name));
      await fs.rename(path.join(staging, name), target);
      done.push({ name, kept });
      await onStep?.('renamed', name);
    }
    await syncDir(dir);
    await onStep?.('swapped');
    return files.map(([name]) => path.join(dir, name));
  } catch (err) {
    if (swapping) {
      // Put every old file back (or remove a new one that had no predecessor), newest first.
      for (const { name, kept } of done.reverse()) {
        const target = path.join(dir, name);
        try {
          if (kept) await fs.rename(path.join(oldDir, name), target);
          else await fs.rm(target, { force: true });
        } catch {
          // keep going: put back what can be put back
        }
      }
    }
    throw err;
  } finally {
    // No file of the staging folder is still open when it is removed (Windows would refuse).
    await Promise.allSettled(flushes);
    await fs.rm(staging, { recursive: true, force: true }).catch(() => undefined);
  }
}
