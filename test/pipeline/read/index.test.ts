import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { READABLE_EXTENSIONS, readGrids, readInput, UnreadableError } from '../../../pipeline/read/index';
import * as soffice from '../../../pipeline/read/soffice';
import { compoundFileKind, compoundFileNames, sniffFormat, sniffMarkup } from '../../../pipeline/read/sniff';
import { compoundFile, junk } from '../../helpers/bytes';

const SOFFICE = soffice.findSoffice();
const withSoffice = SOFFICE ? it : it.skip;
const SLOW = 180_000;

const OLD_OR_PROTECTED_TH =
  'ไฟล์นี้เป็น Excel รุ่นเก่า (.xls) หรือมีรหัสผ่าน กรุณาเปิดใน Excel แล้วบันทึกเป็น Excel Workbook (.xlsx) โดยไม่ตั้งรหัสผ่าน';

/** windows-874 for Thai text and ASCII: U+0E01-U+0E5B sit at 0xA1-0xFB. */
function tis620(text: string): Uint8Array {
  return Uint8Array.from([...text].map((ch) => {
    const code = ch.charCodeAt(0);
    return code >= 0x0e01 && code <= 0x0e5b ? code - 0x0e01 + 0xa1 : code;
  }));
}

async function xlsxBytes(rows: (string | number)[][], sheet = 'แผน'): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A password-protected .xlsx as Excel writes it: a compound file holding EncryptionInfo + EncryptedPackage. */
const encryptedXlsx = (): Uint8Array =>
  compoundFile([
    { name: 'EncryptionInfo', data: Uint8Array.from([4, 0, 4, 0, 0x40, 0, 0, 0, ...junk(200, 1)]) },
    { name: 'EncryptedPackage', data: junk(6000, 2) },
  ]);

/** An encrypted Excel 97-2003 workbook: its Workbook stream starts BOF, FILEPASS. */
const encryptedXls = (): Uint8Array => {
  const bof = [0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00, ...new Array<number>(12).fill(0)];
  const filepass = [0x2f, 0x00, 0x36, 0x00, 0x01, 0x00, 0x01, 0x00, 0x01, 0x00, ...junk(48, 3)];
  return compoundFile([{ name: 'Workbook', data: Uint8Array.from([...bof, ...filepass, ...junk(5000, 4)]) }]);
};

let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sujarit-read-test-'));
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

afterEach(() => {
  jest.restoreAllMocks();
});

function put(name: string, bytes: Uint8Array | string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

async function unreadable(p: Promise<unknown>): Promise<UnreadableError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(UnreadableError);
    const e = err as UnreadableError;
    expect(e.reason).toMatch(/[\u0E00-\u0E7F]/);
    expect(e.reasonEn).toMatch(/[a-z]/);
    return e;
  }
  throw new Error('expected an UnreadableError');
}

describe('sniffFormat: magic bytes first, then the extension', () => {
  const zip = zipSync({ 'a.txt': strToU8('x') });
  const cfb = compoundFile([{ name: 'Workbook', data: junk(100) }]);
  const pdf = strToU8('%PDF-1.7\n%âãÏÓ\n1 0 obj\n');
  const csv = strToU8('มิติ,โครงการ\n๑,ก\n');

  it('reads each magic whatever the extension says', () => {
    for (const ext of ['.xlsx', '.csv', '.pdf', '']) {
      expect(sniffFormat(zip, ext)).toBe('xlsx');
      expect(sniffFormat(cfb, ext)).toBe('cfb');
      expect(sniffFormat(pdf, ext)).toBe('pdf');
    }
    expect(sniffFormat(Uint8Array.from([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]), '.csv')).toBe('xlsx');
  });

  it('reads text as text: a .xlsx/.xls that is really CSV, a .txt/.tsv as tab-separated text', () => {
    expect(sniffFormat(csv, '.csv')).toBe('csv');
    expect(sniffFormat(csv, '.XLSX')).toBe('csv');
    expect(sniffFormat(csv, 'xls')).toBe('csv');
    expect(sniffFormat(tis620('มิติ\tโครงการ\n'), '.txt')).toBe('txt');
    expect(sniffFormat(csv, '.tsv')).toBe('txt');
    expect(sniffFormat(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a\tb', 'utf16le')]), '.xls')).toBe('csv');
  });

  it('calls binary under a text name, markup, and other extensions unknown', () => {
    expect(sniffFormat(Uint8Array.from([1, 2, 0, 4, 5]), '.csv')).toBe('unknown');
    expect(sniffFormat(csv, '.docx')).toBe('unknown');
    expect(sniffFormat(csv, '')).toBe('unknown');
    const html = strToU8('\ufeff<html><body><table><tr><td>ก</td></tr></table></body></html>');
    expect(sniffFormat(html, '.xls')).toBe('unknown');
    expect(sniffMarkup(html)).toBe('html');
    expect(sniffMarkup(strToU8('<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'))).toBe('spreadsheetml');
    expect(sniffMarkup(csv)).toBeNull();
  });

  it('tells what a compound file holds', () => {
    expect(compoundFileKind(encryptedXlsx())).toBe('encrypted-ooxml');
    expect(compoundFileNames(encryptedXlsx())).toEqual(new Set(['root entry', 'encryptioninfo', 'encryptedpackage']));
    expect(compoundFileKind(encryptedXls())).toBe('encrypted-xls');
    expect(compoundFileKind(cfb)).toBe('xls');
    expect(compoundFileKind(compoundFile([{ name: 'Book', data: junk(10) }]))).toBe('xls95');
    expect(compoundFileKind(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...junk(3000)]))).toBe('other');
  });
});

describe('readInput: text formats', () => {
  it('lists the extensions it reads', () => {
    expect(READABLE_EXTENSIONS).toEqual(['.xlsx', '.xlsm', '.xls', '.csv', '.txt', '.tsv']);
  });

  it('reads a .txt (tab-separated) and names the sheet after the file', async () => {
    const file = put('อบต.หนองแวง.txt', tis620('๑) โครงการเวทีประชาคม\t๒๐,๐๐๐\n'));
    expect(await readInput(file)).toEqual({
      grids: [{ sheet: 'อบต.หนองแวง', rows: [['๑) โครงการเวทีประชาคม', '๒๐,๐๐๐']], merges: [] }],
      metadata: null,
      format: 'txt',
      encoding: 'windows-874',
    });
  });

  it('reads a .tsv', async () => {
    const r = await readInput(put('plan.tsv', 'มิติ\tโครงการ\n\t๑) ก\n'));
    expect(r.format).toBe('txt');
    expect(r.encoding).toBe('utf-8');
    expect(r.grids[0].rows).toEqual([['มิติ', 'โครงการ'], [null, '๑) ก']]);
  });

  it('reads a windows-874 .csv with quoted amounts', async () => {
    const r = await readInput(put('ทต.บางแก้ว.csv', tis620('มิติ,โครงการ,ปี ๒๕๖๖\r\n,๑) โครงการ ก,"10,000"\r\n')));
    expect(r).toEqual({
      grids: [{ sheet: 'ทต.บางแก้ว', rows: [['มิติ', 'โครงการ', 'ปี ๒๕๖๖'], [null, '๑) โครงการ ก', '10,000']], merges: [] }],
      metadata: null,
      format: 'csv',
      encoding: 'windows-874',
    });
    expect(await readGrids(path.join(dir, 'ทต.บางแก้ว.csv'))).toEqual(r.grids);
  });

  it('reads a CSV saved under a .xlsx name as CSV', async () => {
    const r = await readInput(put('renamed.xlsx', 'a;b;c\n1;2;3\n'));
    expect(r.format).toBe('csv');
    expect(r.grids[0].rows).toEqual([['a', 'b', 'c'], ['1', '2', '3']]);
  });
});

describe('readInput: workbooks', () => {
  it('reads an .xlsx, and a workbook saved under a .csv name as a workbook', async () => {
    const bytes = await xlsxBytes([['โครงการ', 'งบประมาณ'], ['๑) ก', 10000]]);
    const r = await readInput(put('plan.xlsx', bytes));
    expect(r.format).toBe('xlsx');
    expect(r.metadata).toBeNull();
    expect(r.grids.map((g) => [g.sheet, g.rows])).toEqual([['แผน', [['โครงการ', 'งบประมาณ'], ['๑) ก', 10000]]]]);
    const renamed = await readInput(put('workbook.csv', bytes));
    expect(renamed.format).toBe('xlsx');
    expect(renamed.grids[0].rows).toEqual(r.grids[0].rows);
  });

  it('without LibreOffice, refuses an old .xls or an encrypted workbook with the Thai advice', async () => {
    jest.spyOn(soffice, 'findSoffice').mockReturnValue(null);
    const fake = put('old.xls', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...junk(4000)]));
    const e = await unreadable(readInput(fake));
    expect(e.reason).toBe(OLD_OR_PROTECTED_TH);
    expect(e.reasonEn).toMatch(/old Excel 97-2003 workbook \(\.xls\) or is password-protected/);
    expect((await unreadable(readInput(put('locked-noso.xlsx', encryptedXlsx())))).reason).toBe(OLD_OR_PROTECTED_TH);
  });

  withSoffice(
    'with LibreOffice, a junk .xls gives a clean UnreadableError (not a sheet of garbage)',
    async () => {
      const before = fs.readdirSync(dir).sort();
      const e = await unreadable(readInput(put('junk.xls', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...junk(4000)]))));
      expect(e.reasonEn).toMatch(/could not convert/);
      expect(fs.readdirSync(dir).sort()).toEqual([...before, 'junk.xls'].sort());
    },
    SLOW,
  );

  withSoffice(
    'with LibreOffice, an encrypted .xlsx or .xls is reported as password-protected',
    async () => {
      const ooxml = await unreadable(readInput(put('locked.xlsx', encryptedXlsx())));
      expect(ooxml.reason).toMatch(/มีรหัสผ่าน/);
      expect(ooxml.reasonEn).toMatch(/password-protected/);
      const xls = await unreadable(readInput(put('locked.xls', encryptedXls())));
      expect(xls.reasonEn).toMatch(/password-protected/);
    },
    SLOW,
  );

  withSoffice(
    'with LibreOffice, converts a real .xls and reads its values, leaving the input untouched',
    async () => {
      const src = put('เพื่อแปลง.xlsx', await xlsxBytes([['มิติ', 'โครงการ', 'ปี ๒๕๖๖'], ['๑. การสร้างวัฒนธรรมสุจริต', '๑) โครงการ ก', 2000]]));
      const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sujarit-xls-'));
      try {
        const profile = pathToFileURL(path.join(work, 'profile')).href;
        execFileSync(SOFFICE as string, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'xls', '--outdir', work, src], {
          stdio: 'ignore',
          timeout: SLOW - 30_000,
        });
        const xls = put('แผนเก่า.xls', fs.readFileSync(path.join(work, 'เพื่อแปลง.xls')));
        const before = fs.readFileSync(xls);
        const listing = fs.readdirSync(dir).sort();
        expect(compoundFileKind(before)).toBe('xls');

        const r = await readInput(xls);
        expect(r.format).toBe('xls');
        expect(r.grids[0].sheet).toBe('แผน');
        expect(r.grids[0].rows).toEqual([['มิติ', 'โครงการ', 'ปี ๒๕๖๖'], ['๑. การสร้างวัฒนธรรมสุจริต', '๑) โครงการ ก', 2000]]);
        expect(fs.readFileSync(xls).equals(before)).toBe(true);
        expect(fs.readdirSync(dir).sort()).toEqual(listing);
      } finally {
        fs.rmSync(work, { recursive: true, force: true });
      }
    },
    SLOW,
  );

  withSoffice(
    'with LibreOffice, reads an HTML table saved as .xls (web-system exports)',
    async () => {
      const html = '<html><head><meta charset="utf-8"></head><body><table><tr><td>โครงการ</td><td>งบประมาณ</td></tr><tr><td>๑) ก</td><td>๒,๐๐๐</td></tr></table></body></html>';
      const r = await readInput(put('export.xls', html));
      expect(r.format).toBe('html');
      expect(r.grids[0].rows[0]).toEqual(['โครงการ', 'งบประมาณ']);
      expect(r.grids[0].rows[1][0]).toBe('๑) ก');
    },
    SLOW,
  );
});

describe('convertWithSoffice', () => {
  withSoffice(
    'kills LibreOffice and gives an UnreadableError when it runs past its time',
    async () => {
      const src = put('slow.xlsx', await xlsxBytes([['ก']]));
      const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sujarit-out-'));
      try {
        const e = await unreadable(soffice.convertWithSoffice(src, out, 50));
        expect(e.reasonEn).toMatch(/did not finish converting the file within/);
        expect(fs.readdirSync(out)).toEqual([]);
      } finally {
        fs.rmSync(out, { recursive: true, force: true });
      }
    },
    SLOW,
  );
});

describe('readInput: what it refuses', () => {
  it('a PDF: send the Excel file instead', async () => {
    const e = await unreadable(readInput(put('plan.pdf', '%PDF-1.4\n1 0 obj\n')));
    expect(e.reason).toMatch(/PDF/);
    expect(e.reasonEn).toMatch(/Excel file \(\.xlsx\) instead of the PDF/);
  });

  it('an unknown type, naming its extension', async () => {
    const e = await unreadable(readInput(put('plan.docx.bak', 'abc')));
    expect(e.reason).toContain('.bak');
    expect(e.reasonEn).toContain('.bak');
    const bin = await unreadable(readInput(put('binary.csv', Uint8Array.from([0, 1, 2, 3, 0, 0]))));
    expect(bin.reasonEn).toMatch(/named \.csv but its content is not text/);
  });

  it('an empty file, a file over the size cap, a missing file', async () => {
    expect((await unreadable(readInput(put('empty.csv', '')))).reasonEn).toMatch(/empty/);
    expect((await unreadable(readInput(put('big.csv', 'a,b\n'.repeat(1000)), { maxBytes: 1000 }))).reasonEn).toMatch(/too large/);
    expect((await unreadable(readInput(path.join(dir, 'missing.xlsx')))).reasonEn).toMatch(/ENOENT/);
  });
});
