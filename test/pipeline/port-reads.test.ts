/**
 * The pool's reading thread and a worker's side of it (port-reads.ts), over a real MessageChannel:
 * here both ends are in one thread, which changes nothing for the messages. And the compiled pool
 * with its reading thread: the same results as files read in-process.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MessageChannel, Worker } from 'node:worker_threads';
import { processAll, workerScript } from '../../pipeline/pool';
import { answerRead, PortReader, serveReads } from '../../pipeline/port-reads';
import { processFile, type FileRead } from '../../pipeline/process-file';
import { UnreadableError } from '../../pipeline/read/unreadable';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sujarit-port-reads-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const put = (name: string, text: string): string => {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, text);
  return p;
};

const bytesOf = (r: FileRead): string => ('snap' in r ? Buffer.from(r.snap.bytes).toString('utf8') : `error: ${(r.error as UnreadableError).reasonEn}`);

describe('answerRead', () => {
  it('moves the bytes read (their buffer is listed to move), and gives a reason, not an Error, for a file it cannot read', () => {
    const file = put('แผน.csv', 'ลำดับ,ชื่อโครงการ\n1,โครงการ\n');
    const ok = answerRead({ n: 7, abs: file });
    expect(ok.reply.n).toBe(7);
    expect('snap' in ok.reply && Buffer.from(ok.reply.snap.bytes).toString('utf8')).toBe('ลำดับ,ชื่อโครงการ\n1,โครงการ\n');
    expect(ok.moved).toHaveLength(1);
    expect('snap' in ok.reply && ok.moved[0]).toBe('snap' in ok.reply && ok.reply.snap.bytes.buffer);
    const gone = answerRead({ n: 8, abs: path.join(tmp, 'ไม่มี.xlsx') });
    expect(gone).toEqual({ reply: { n: 8, reason: 'อ่านไฟล์ไม่ได้ (ENOENT)', reasonEn: 'the file could not be opened (ENOENT)' }, moved: [] });
  });
});

describe('PortReader', () => {
  it('gets each file its own bytes, in whatever order they were asked for, and an UnreadableError with both reasons', async () => {
    const { port1, port2 } = new MessageChannel();
    serveReads(port1);
    const reader = new PortReader(port2, () => Promise.reject(new Error('not read here while the port is open')));
    const names = Array.from({ length: 12 }, (_, i) => put(`ทต.${i}.csv`, `ไฟล์ที่ ${i}\n`));
    const reads = await Promise.all([...names, path.join(tmp, 'ไม่มี.csv')].map((n) => reader.read(n)));
    expect(reads.slice(0, 12).map(bytesOf)).toEqual(names.map((_, i) => `ไฟล์ที่ ${i}\n`));
    const last = reads[12];
    expect('error' in last && last.error).toBeInstanceOf(UnreadableError);
    expect('error' in last && (last.error as UnreadableError).reason).toBe('อ่านไฟล์ไม่ได้ (ENOENT)');
    port1.close();
    reader.close();
  });

  it('reads here, once the reading thread is gone, the files it was waiting for and every one after', async () => {
    const { port1, port2 } = new MessageChannel();
    // Nobody answers on port1: the reading thread stopped before it read anything.
    const here: string[] = [];
    const reader = new PortReader(port2, async (abs) => {
      here.push(path.basename(abs));
      return { snap: { bytes: new Uint8Array(fs.readFileSync(abs)), mtimeMs: 0, changed: null } };
    });
    const a = put('ก.csv', 'ก\n');
    const b = put('ข.csv', 'ข\n');
    const waiting = reader.read(a);
    port1.close();
    expect(bytesOf(await waiting)).toBe('ก\n');
    expect(bytesOf(await reader.read(b))).toBe('ข\n');
    expect(here).toEqual(['ก.csv', 'ข.csv']);
  });
});

describe('the compiled reading thread', () => {
  it('answers a worker\'s port, and once it is stopped the port closes and the files are read here', async () => {
    const script = workerScript('reader');
    expect(script).not.toBeNull(); // compiled by `npm ci` (prepare)
    const thread = new Worker(script!);
    const { port1, port2 } = new MessageChannel();
    thread.postMessage({ port: port1 }, [port1]);
    const here: string[] = [];
    const reader = new PortReader(port2, async (abs) => {
      here.push(path.basename(abs));
      return { snap: { bytes: new Uint8Array(fs.readFileSync(abs)), mtimeMs: 0, changed: null } };
    });
    const a = put('ค.csv', 'ค\n');
    expect(bytesOf(await reader.read(a))).toBe('ค\n');
    expect(here).toEqual([]);
    await thread.terminate();
    // The port's close reaches this side on the event loop's next turns.
    for (let i = 0; i < 50 && here.length === 0; i++) {
      const r = await reader.read(a);
      expect(bytesOf(r)).toBe('ค\n');
      await new Promise((done) => setTimeout(done, 10));
    }
    expect(here.length).toBeGreaterThan(0);
    reader.close();
  }, 30000);
});

describe('the pool with its reading thread', () => {
  it('gives every file the result it gets in-process: the same hash, bytes and findings', async () => {
    expect(workerScript('reader')).not.toBeNull(); // compiled by `npm ci` (prepare)
    const files = [
      put('ทต.หนึ่ง.csv', 'ลำดับ,ชื่อโครงการ,งบประมาณ\n1,โครงการส่งเสริมคุณธรรม,"5,000"\n'),
      put('เสีย.xlsx', 'PK\u0003\u0004 ไม่ครบ'),
      path.join(tmp, 'ไม่มี.xlsx'),
    ].map((abs) => ({ abs, shown: path.basename(abs) }));
    const pooled = await processAll(files, 2, () => {}, { isolate: true });
    const here = await Promise.all(files.map((f) => processFile(f.abs, f.shown)));
    const strip = (r: (typeof here)[number]) => ({ path: r.path, sha256: r.sha256, bytes: r.bytes, format: r.format, codes: r.findings.map((f) => `${f.code} ${f.messageEn}`) });
    expect(pooled.map(strip)).toEqual(here.map(strip));
    expect(pooled[2].findings.map((f) => f.messageEn).join()).toMatch(/ENOENT/);
  }, 30000);
});
