/**
 * A file read once, asynchronously (readFileOnce, in-process runs) or with blocking calls
 * (readFileOnceSync, the pool's reading thread): the same bytes, the same word on whether the file
 * changed while it was read, the same reasons for a file that cannot be read.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readFileOnce, readFileOnceSync, type FileSnapshot } from '../../../pipeline/read/file';
import { UnreadableError } from '../../../pipeline/read/unreadable';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sujarit-file-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const put = (name: string, bytes: Uint8Array | string): string => {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, bytes);
  return p;
};

/** Both readers on the same file (set up again before each by `make`), with the same hook after the read. */
async function both(make: () => string, opts: { maxBytes?: number; afterRead?: (p: string) => void } = {}): Promise<[FileSnapshot | UnreadableError, FileSnapshot | UnreadableError]> {
  const run = async (sync: boolean): Promise<FileSnapshot | UnreadableError> => {
    const p = make();
    const o = { maxBytes: opts.maxBytes, afterRead: opts.afterRead && (() => opts.afterRead!(p)) };
    try {
      return sync ? readFileOnceSync(p, o) : await readFileOnce(p, o);
    } catch (err) {
      return err as UnreadableError;
    }
  };
  return [await run(false), await run(true)];
}

const plan = Buffer.from('ลำดับ\tชื่อโครงการ\tงบประมาณ\n1.1.(1)\tโครงการส่งเสริมคุณธรรม\t50,000\n'.repeat(40), 'utf8');

describe('readFileOnce and readFileOnceSync', () => {
  it('read every byte of a file that stays the same, and say nothing changed', async () => {
    const [a, s] = await both(() => put('แผน.txt', plan));
    for (const r of [a, s] as FileSnapshot[]) {
      expect(Buffer.from(r.bytes).equals(plan)).toBe(true);
      expect(r.changed).toBeNull();
    }
    // The file was written again for the second reader: its time is the file's time now.
    expect((s as FileSnapshot).mtimeMs).toBe(fs.statSync(path.join(tmp, 'แผน.txt')).mtimeMs);
  });

  it('read an empty file as no bytes', async () => {
    const [a, s] = await both(() => put('ว่าง.csv', ''));
    expect((a as FileSnapshot).bytes.length).toBe(0);
    expect((s as FileSnapshot).bytes.length).toBe(0);
    expect((s as FileSnapshot).changed).toBeNull();
  });

  it('tell a file that grew while it was read, with both sizes, and keep the bytes that were read', async () => {
    const grow = (p: string) => fs.appendFileSync(p, Buffer.alloc(4096, 0x20));
    const [a, s] = (await both(() => put('โต.txt', plan), { afterRead: grow })) as FileSnapshot[];
    for (const r of [a, s]) {
      expect(r.bytes.length).toBe(plan.length);
      expect(r.changed?.before).toContain(`${plan.length} bytes`);
      expect(r.changed?.after).toContain(`${plan.length + 4096} bytes`);
    }
  });

  it('tell a file replaced by a rename of the same size while it was read (another inode)', async () => {
    const swap = (p: string) => {
      fs.writeFileSync(`${p}.new`, Buffer.alloc(plan.length, 0x41));
      fs.utimesSync(`${p}.new`, fs.statSync(p).atime, fs.statSync(p).mtime);
      fs.renameSync(`${p}.new`, p);
    };
    const [a, s] = (await both(() => put('แทน.txt', plan), { afterRead: swap })) as FileSnapshot[];
    expect(a.changed).not.toBeNull();
    expect(s.changed).not.toBeNull();
    expect(Buffer.from(s.bytes).equals(plan)).toBe(true);
  });

  it('tell a file removed while it was read as gone', async () => {
    const [a, s] = (await both(() => put('ลบ.txt', plan), { afterRead: (p) => fs.rmSync(p) })) as FileSnapshot[];
    expect(a.changed?.after).toMatch(/the file is gone/);
    expect(s.changed?.after).toBe(a.changed?.after);
  });

  it('read a file larger than its first chunk whole (a megabyte and more)', async () => {
    const big = Buffer.alloc(3 * 1024 * 1024 + 17, 0x31);
    const [a, s] = (await both(() => put('ใหญ่.csv', big))) as FileSnapshot[];
    expect(a.bytes.length).toBe(big.length);
    expect(Buffer.from(s.bytes).equals(big)).toBe(true);
  });

  it('refuse, with the same reasons, a file over the limit, a folder and a missing file', async () => {
    const cases: [() => string, number | undefined, RegExp][] = [
      [() => put('เกิน.csv', 'a,b\n'.repeat(1000)), 1000, /too large \(0\.0 MB, over the 0\.0 MB limit\)/],
      [() => fs.mkdtempSync(path.join(tmp, 'โฟลเดอร์-')), undefined, /not a regular file/],
      [() => path.join(tmp, 'ไม่มี.xlsx'), undefined, /could not be opened \(ENOENT\)/],
    ];
    for (const [make, maxBytes, reason] of cases) {
      const [a, s] = await both(make, { maxBytes });
      expect(a).toBeInstanceOf(UnreadableError);
      expect(s).toBeInstanceOf(UnreadableError);
      expect((s as UnreadableError).reasonEn).toMatch(reason);
      expect((s as UnreadableError).reason).toBe((a as UnreadableError).reason);
      expect((s as UnreadableError).reasonEn).toBe((a as UnreadableError).reasonEn);
    }
  });

  const withFifo = process.platform === 'win32' ? it.skip : it;
  withFifo('refuse a FIFO named like a spreadsheet without opening it (opening would wait for a writer)', async () => {
    const fifo = path.join(tmp, 'ท่อ.xlsx');
    execFileSync('mkfifo', [fifo]);
    const [a, s] = await both(() => fifo);
    expect((a as UnreadableError).reasonEn).toMatch(/not a regular file/);
    expect((s as UnreadableError).reasonEn).toMatch(/not a regular file/);
  });
});
