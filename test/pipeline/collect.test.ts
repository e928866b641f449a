/**
 * collectInputs on real folders: which files a run reads, in what order, under what shown path, and
 * what it reports of entries it cannot look at. A folder's entries are looked at all at once and each
 * entry's shown path is made from its folder's: these pin that down against the path each file would
 * get on its own (path.relative to the working folder).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { collectInputs, displayPath } from '../../pipeline/collect';

let root: string;
const cwd = process.cwd();

beforeEach(() => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'sujarit-collect-')));
});

afterEach(() => {
  process.chdir(cwd);
  fs.rmSync(root, { recursive: true, force: true });
});

function put(rel: string, text = 'ก,ข\n'): string {
  const abs = path.join(root, rel);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, text);
  return abs;
}

/** The shown path of one file, worked out on its own: relative to the working folder inside it, else absolute. */
function expectedShown(abs: string): string {
  const rel = path.relative(process.cwd(), abs);
  return displayPath((rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs).split(path.sep).join('/'));
}

/** A province inbox as analysts keep one: folders per province, files of every kind, and what is not a submission. */
function inbox(): void {
  put('inbox/ขอนแก่น/อบต.หนองแวง-แผน2568.xlsx');
  put('inbox/ขอนแก่น/ทต.บ้านไผ่.csv');
  put('inbox/ขอนแก่น/~$อบต.หนองแวง-แผน2568.xlsx'); // Excel's lock file
  put('inbox/ขอนแก่น/.ซ่อน.xlsx'); // hidden
  put('inbox/ขอนแก่น/หนังสือนำส่ง.pdf'); // not a kind the run reads
  put('inbox/จ.เพชรบุรี/อำเภอท่ายาง/อบต.ท่าแลง.tsv');
  put('inbox/จ.เพชรบุรี/แผน.txt');
  put('inbox/กระบี่/แผน 2568 (ฉบับแก้ไข).xls');
  put('inbox/roster.csv');
  put('inbox/ผลลัพธ์/summary.csv'); // the run's own output folder
}

describe('collectInputs', () => {
  test('reads every submission under the folders, in the order of their shown paths, and skips the rest', async () => {
    inbox();
    process.chdir(root);
    const { files, problems } = await collectInputs(['inbox'], ['inbox/ผลลัพธ์', 'inbox/roster.csv']);
    expect(problems).toEqual([]);
    expect(files.map((f) => f.shown)).toEqual([
      'inbox/กระบี่/แผน 2568 (ฉบับแก้ไข).xls',
      'inbox/ขอนแก่น/ทต.บ้านไผ่.csv',
      'inbox/ขอนแก่น/อบต.หนองแวง-แผน2568.xlsx',
      'inbox/จ.เพชรบุรี/อำเภอท่ายาง/อบต.ท่าแลง.tsv',
      'inbox/จ.เพชรบุรี/แผน.txt',
    ]);
    for (const f of files) {
      expect(path.isAbsolute(f.abs)).toBe(true);
      expect(f.shown).toBe(expectedShown(f.abs));
    }
  });

  test('shows each file as it would be shown alone, wherever the working folder is', async () => {
    inbox();
    const odd = put('inbox/ขอนแก่น/ชื่อ\u0007มีอักขระควบคุม\u202e.csv');
    for (const [workIn, arg] of [
      [root, 'inbox'], // the folder named by a relative path
      [path.join(root, 'inbox'), '.'], // the working folder itself
      [path.join(root, 'inbox', 'ขอนแก่น'), '..'], // the working folder inside the one walked
      [os.tmpdir(), path.join(root, 'inbox')], // outside it: absolute paths
    ]) {
      process.chdir(workIn);
      const { files } = await collectInputs([arg]);
      expect(files).toHaveLength(8);
      for (const f of files) expect(f.shown).toBe(expectedShown(f.abs));
    }
    process.chdir(root);
    const { files } = await collectInputs(['inbox']);
    expect(files.find((f) => f.abs === odd)?.shown).toBe('inbox/ขอนแก่น/ชื่อ\\x07มีอักขระควบคุม\\u202e.csv');
  });

  test('a folder reached twice is listed once, and a file reached by two paths is read once, by its first', async () => {
    const plan = put('inbox/a/แผน.csv');
    fs.linkSync(plan, path.join(root, 'inbox', 'a', 'แผน-สำเนา.csv')); // a hard link
    fs.symlinkSync(path.join(root, 'inbox', 'a'), path.join(root, 'inbox', 'b')); // the same folder again
    fs.symlinkSync('..', path.join(root, 'inbox', 'a', 'ขึ้นไป')); // a loop
    process.chdir(root);
    const { files, problems } = await collectInputs(['inbox']);
    expect(files.map((f) => f.shown)).toEqual(['inbox/a/แผน-สำเนา.csv']);
    expect(problems).toEqual([]);
  });

  test('an entry that cannot be looked at: a file by its name is kept (reading reports it), anything else is a problem', async () => {
    put('inbox/แผน.csv');
    fs.symlinkSync('ไม่มีแล้ว.xlsx', path.join(root, 'inbox', 'หาย.xlsx')); // broken, named like a plan
    fs.symlinkSync('ไม่มีแล้ว', path.join(root, 'inbox', 'ทางลัดเสีย')); // broken, named like nothing
    fs.symlinkSync('วน', path.join(root, 'inbox', 'วน')); // loops on itself
    process.chdir(root);
    const { files, problems } = await collectInputs(['inbox']);
    expect(files.map((f) => f.shown)).toEqual(['inbox/หาย.xlsx', 'inbox/แผน.csv']);
    expect(problems).toEqual([
      { path: 'inbox/ทางลัดเสีย', reason: 'ENOENT' },
      { path: 'inbox/วน', reason: 'ELOOP' },
    ]);
  });

  test('files named on the command line are read whatever their names; a missing one is kept if it is named like a file to read', async () => {
    const hidden = put('.ซ่อน.csv');
    const other = put('ไฟล์.dat');
    process.chdir(root);
    const { files, problems } = await collectInputs([hidden, 'ไฟล์.dat', 'ไม่มี.xlsx', 'ไม่มี.doc']);
    expect(files.map((f) => f.abs).sort()).toEqual([hidden, other, path.join(root, 'ไม่มี.xlsx')].sort());
    expect(problems).toEqual([{ path: 'ไม่มี.doc', reason: 'ENOENT' }]);
  });

  test('lists a national inbox: every file of every province folder, each once', async () => {
    const names: string[] = [];
    for (let p = 0; p < 12; p++) {
      for (let c = 0; c < 40; c++) names.push(put(`inbox/จังหวัด${p}/อบต.${c}-แผน2568.xlsx`, ''));
    }
    process.chdir(root);
    const { files } = await collectInputs(['inbox']);
    expect(files.map((f) => f.abs).sort()).toEqual(names.sort());
    expect(new Set(files.map((f) => f.shown)).size).toBe(names.length);
    for (const f of files) expect(f.shown).toBe(expectedShown(f.abs));
  });
});
