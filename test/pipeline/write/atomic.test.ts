/**
 * writeFileSet on a real folder: the set lands whole or not at all, and each staged file's flush goes
 * on while the next file is made but is over before the first rename.
 */
import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { STAGING_PREFIX, WriteAborted, writeFileAtomic, writeFileSet, type FileSource } from '../../../pipeline/write/atomic';

let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sujarit-atomic-'));
});

afterEach(() => {
  jest.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

const read = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8');
const listing = () => fs.readdirSync(dir).sort();

/** The prototype of the handles fs/promises opens, whose sync() the tests watch. */
async function handlePrototype(): Promise<{ sync: () => Promise<void> }> {
  const h = await fsp.open(path.join(dir, '.probe'), 'w');
  await h.close();
  fs.rmSync(path.join(dir, '.probe'));
  return Object.getPrototypeOf(h);
}

const OLD: [string, string][] = [
  ['items.csv', 'old items'],
  ['summary.json', '{"old":true}'],
  ['report.html', '<p>old</p>'],
];

function writeOld(): void {
  for (const [name, text] of OLD) fs.writeFileSync(path.join(dir, name), text);
}

function expectOldUntouched(): void {
  for (const [name, text] of OLD) expect(read(name)).toBe(text);
  expect(listing()).toEqual(OLD.map(([n]) => n).sort());
}

describe('writeFileSet', () => {
  test('writes every file of the set, whole, strings, bytes and pieces alike, and leaves no staging folder', async () => {
    writeOld();
    const pieces = function* () {
      yield 'a,b\r\n';
      yield Buffer.from('ก,ข\r\n', 'utf8');
    };
    const written = await writeFileSet(dir, [
      ['items.csv', pieces()],
      ['summary.json', () => '{"new":true}'],
      ['report.html', async () => new Uint8Array(Buffer.from('<p>ใหม่</p>', 'utf8'))],
    ]);
    expect(written).toEqual(['items.csv', 'summary.json', 'report.html'].map((n) => path.join(dir, n)));
    expect(read('items.csv')).toBe('a,b\r\nก,ข\r\n');
    expect(read('summary.json')).toBe('{"new":true}');
    expect(read('report.html')).toBe('<p>ใหม่</p>');
    expect(listing().filter((n) => n.startsWith(STAGING_PREFIX))).toEqual([]);
  });

  test("makes the next file while the last one's flush goes on, and renames only once every flush is over", async () => {
    writeOld();
    const events: string[] = [];
    const proto = await handlePrototype();
    const realSync = proto.sync;
    let flushes = 0;
    jest.spyOn(proto, 'sync').mockImplementation(async function (this: unknown) {
      const n = ++flushes;
      events.push(`flush ${n} starts`);
      // A slow disk: the flush takes longer than making the next file.
      await new Promise((r) => setTimeout(r, 40));
      await realSync.call(this);
      events.push(`flush ${n} ends`);
    });
    const made = (name: string, text: string): FileSource => () => {
      events.push(`make ${name}`);
      return text;
    };
    await writeFileSet(
      dir,
      [
        ['items.csv', made('items.csv', 'new items')],
        ['summary.json', made('summary.json', '{"new":true}')],
        ['report.html', made('report.html', '<p>new</p>')],
      ],
      { onStep: (step, name) => void events.push(name ? `${step} ${name}` : step) },
    );
    // The second file is made before the first one's flush is over.
    expect(events.indexOf('make summary.json')).toBeLessThan(events.indexOf('flush 1 ends'));
    // Nothing is renamed before every staged file is flushed.
    const lastFileFlush = Math.max(...[1, 2, 3].map((n) => events.indexOf(`flush ${n} ends`)));
    expect(events.indexOf('flush 3 ends')).toBeGreaterThan(-1);
    expect(events.indexOf('staged')).toBeGreaterThan(lastFileFlush);
    expect(events.indexOf('renamed items.csv')).toBeGreaterThan(lastFileFlush);
    expect(read('items.csv')).toBe('new items');
    expect(read('report.html')).toBe('<p>new</p>');
  });

  test('a file that cannot be made leaves the folder as it was, after the files before it are flushed and closed', async () => {
    writeOld();
    const proto = await handlePrototype();
    const realSync = proto.sync;
    const pending: string[] = [];
    jest.spyOn(proto, 'sync').mockImplementation(async function (this: unknown) {
      pending.push('flush');
      await new Promise((r) => setTimeout(r, 30));
      await realSync.call(this);
      pending.pop();
    });
    await expect(
      writeFileSet(dir, [
        ['items.csv', 'new items'],
        ['summary.json', () => { throw new Error('the summary could not be made'); }],
        ['report.html', '<p>new</p>'],
      ]),
    ).rejects.toThrow('the summary could not be made');
    // The staging folder went only after the first file's flush was over.
    expect(pending).toEqual([]);
    expectOldUntouched();
  });

  test('a flush that fails stops the set before any rename', async () => {
    writeOld();
    const proto = await handlePrototype();
    let flushes = 0;
    jest.spyOn(proto, 'sync').mockImplementation(async () => {
      if (++flushes === 1) throw Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' });
    });
    await expect(
      writeFileSet(dir, [
        ['items.csv', 'new items'],
        ['summary.json', '{"new":true}'],
        ['report.html', '<p>new</p>'],
      ]),
    ).rejects.toThrow('EIO');
    expectOldUntouched();
  });

  test('an abort while the set is staged: WriteAborted, and the folder as it was', async () => {
    writeOld();
    const controller = new AbortController();
    await expect(
      writeFileSet(
        dir,
        [
          ['items.csv', 'new items'],
          ['summary.json', () => {
            controller.abort('SIGTERM');
            return '{"new":true}';
          }],
          ['report.html', '<p>new</p>'],
        ],
        { signal: controller.signal },
      ),
    ).rejects.toBeInstanceOf(WriteAborted);
    expectOldUntouched();
  });
});

describe('writeFileAtomic', () => {
  test('replaces a file through a flushed temporary one, and leaves nothing else', async () => {
    const target = path.join(dir, 'summary.json');
    fs.writeFileSync(target, 'old');
    const proto = await handlePrototype();
    const sync = jest.spyOn(proto, 'sync');
    await writeFileAtomic(target, '{"new":true}');
    expect(sync).toHaveBeenCalledTimes(1);
    expect(read('summary.json')).toBe('{"new":true}');
    expect(listing()).toEqual(['summary.json']);
  });
});
