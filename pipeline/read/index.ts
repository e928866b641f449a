/**
 * Reads one input file into the Grids of its sheets. The file is read once into memory (capped),
 * its real format is sniffed from its bytes (sniff.ts: a renamed file is read as what it is), and
 * the bytes go to the reader for that format:
 *
 *   zip (.xlsx/.xlsm)          → readXlsx
 *   delimited text (.csv)      → readCsv (also text files named .xlsx/.xls)
 *   tab-separated (.txt/.tsv)  → readTxt's grid
 *   OLE compound file          → an old .xls or a password-protected workbook: LibreOffice converts
 *                                it to .xlsx in a temporary folder (removed afterwards), then readXlsx;
 *                                without LibreOffice, or when it cannot (password), an UnreadableError
 *   HTML / Excel 2003 XML      → the same LibreOffice route (web systems' ".xls" exports)
 *   PDF, anything else         → UnreadableError
 *
 * Formats this build cannot read give an UnreadableError (Thai reason + English reason) that the
 * caller turns into an unreadable-file finding. Input files are never written to.
 */
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Grid } from '../../core/grid';
import { readCsvDetailed } from './csv';
import { decodeText } from './decode';
import { convertWithSoffice, findSoffice } from './soffice';
import { compoundFileKind, sniffFormat, sniffMarkup } from './sniff';
import { textToGrid } from './txt';
import { readXlsx } from './xlsx';

export class UnreadableError extends Error {
  constructor(
    readonly reason: string,
    readonly reasonEn: string,
  ) {
    super(reasonEn);
  }
}

export const READABLE_EXTENSIONS = ['.xlsx', '.xlsm', '.xls', '.csv', '.txt', '.tsv'];

/** Files larger than this are refused before being read. */
export const MAX_INPUT_BYTES = 200 * 1024 * 1024;

export interface InputRead {
  grids: Grid[];
  /** The add-in's metadata sheet (ข้อมูลหน่วยงาน) as key → text; null when absent or not a workbook. */
  metadata: Record<string, string> | null;
  /** What the file really was: 'xlsx', 'xls' (converted), 'html' / 'xml' (converted), 'csv', 'txt'. */
  format: string;
  /** The text encoding found, for csv and txt: 'utf-8', 'utf-16le', 'utf-16be', 'windows-874'. */
  encoding?: string;
}

export interface ReadInputOptions {
  /** Default MAX_INPUT_BYTES. */
  maxBytes?: number;
  /** How long LibreOffice may take to convert one file; default 120 s. */
  sofficeTimeoutMs?: number;
}

const SAVE_AS_XLSX_TH = 'กรุณาเปิดใน Excel แล้วบันทึกเป็น Excel Workbook (.xlsx) โดยไม่ตั้งรหัสผ่าน';
const SAVE_AS_XLSX_EN = 'open it in Excel and save it as an Excel Workbook (.xlsx) without a password';

export function oldOrProtectedError(): UnreadableError {
  return new UnreadableError(
    `ไฟล์นี้เป็น Excel รุ่นเก่า (.xls) หรือมีรหัสผ่าน ${SAVE_AS_XLSX_TH}`,
    `this file is an old Excel 97-2003 workbook (.xls) or is password-protected; ${SAVE_AS_XLSX_EN}`,
  );
}

export function passwordProtectedError(): UnreadableError {
  return new UnreadableError(
    'ไฟล์นี้มีรหัสผ่าน (เข้ารหัสไว้) จึงเปิดอ่านไม่ได้ กรุณาเปิดใน Excel เอารหัสผ่านออก (ไฟล์ > ข้อมูล > ป้องกันเวิร์กบุ๊ก > เข้ารหัสด้วยรหัสผ่าน แล้วลบรหัสผ่าน) แล้วบันทึกเป็น Excel Workbook (.xlsx)',
    'this file is password-protected (encrypted) and cannot be read; open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, clear it) and save it as an Excel Workbook (.xlsx)',
  );
}

function pdfError(): UnreadableError {
  return new UnreadableError(
    'ไฟล์นี้เป็นไฟล์ PDF (.pdf) ซึ่งอ่านตารางในไฟล์ไม่ได้ กรุณาส่งไฟล์ Excel (.xlsx) ของแผนแทนไฟล์ PDF',
    'this is a PDF file (.pdf), whose tables cannot be read; please send the plan as its Excel file (.xlsx) instead of the PDF',
  );
}

function unknownError(ext: string): UnreadableError {
  const shown = ext || '(ไม่มีนามสกุล)';
  const shownEn = ext || '(none)';
  if (READABLE_EXTENSIONS.includes(ext)) {
    const what = ext === '.csv' || ext === '.txt' || ext === '.tsv' ? ['ข้อความ', 'text'] : ['ไฟล์ Excel', 'an Excel file'];
    return new UnreadableError(
      `ไฟล์นี้มีนามสกุล ${shown} แต่เนื้อในไม่ใช่${what[0]} (อาจเปลี่ยนชื่อมาจากไฟล์ชนิดอื่นหรือเสียหาย) กรุณาเปิดใน Excel แล้วบันทึกเป็น Excel Workbook (.xlsx)`,
      `the file is named ${shownEn} but its content is not ${what[1]} (perhaps renamed from another type, or damaged); open it in Excel and save it as an Excel Workbook (.xlsx)`,
    );
  }
  return new UnreadableError(
    `ไม่รองรับไฟล์ชนิด ${shown} กรุณาส่งไฟล์ Excel (.xlsx) หรือ CSV (.csv)`,
    `files of type ${shownEn} are not supported; please send an Excel workbook (.xlsx) or a CSV file (.csv)`,
  );
}

function mb(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

async function readBytes(filePath: string, maxBytes: number): Promise<Uint8Array> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(filePath, 'r');
    const stat = await handle.stat();
    if (!stat.isFile()) {
      throw new UnreadableError('ไม่ใช่ไฟล์ (อาจเป็นโฟลเดอร์)', 'not a regular file (perhaps a folder)');
    }
    if (stat.size > maxBytes) {
      throw new UnreadableError(
        `ไฟล์ใหญ่เกินไป (${mb(stat.size)} เกินขนาดที่รับได้ ${mb(maxBytes)}) จึงไม่อ่านไฟล์นี้`,
        `the file is too large (${mb(stat.size)}, over the ${mb(maxBytes)} limit); it was not read`,
      );
    }
    const data = await handle.readFile();
    if (data.length > maxBytes) {
      throw new UnreadableError(
        `ไฟล์ใหญ่เกินไป (เกินขนาดที่รับได้ ${mb(maxBytes)}) จึงไม่อ่านไฟล์นี้`,
        `the file is too large (over the ${mb(maxBytes)} limit); it was not read`,
      );
    }
    return data;
  } catch (err) {
    if (err instanceof UnreadableError) throw err;
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    throw new UnreadableError(`อ่านไฟล์ไม่ได้ (${code})`, `the file could not be opened (${code})`);
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

type ConvertKind = 'encrypted-ooxml' | 'encrypted-xls' | 'xls' | 'xls95' | 'other' | 'html' | 'spreadsheetml';

const CONVERT: Record<ConvertKind, { ext: string; filter: string; format: string }> = {
  'encrypted-ooxml': { ext: '.xlsx', filter: 'Calc MS Excel 2007 XML', format: 'xlsx' },
  'encrypted-xls': { ext: '.xls', filter: 'MS Excel 97', format: 'xls' },
  xls: { ext: '.xls', filter: 'MS Excel 97', format: 'xls' },
  xls95: { ext: '.xls', filter: 'MS Excel 95', format: 'xls' },
  other: { ext: '.xls', filter: 'MS Excel 97', format: 'xls' },
  html: { ext: '.html', filter: 'HTML (StarCalc)', format: 'html' },
  spreadsheetml: { ext: '.xml', filter: 'MS Excel 2003 XML', format: 'xml' },
};

function noSofficeError(kind: ConvertKind): UnreadableError {
  if (kind === 'html' || kind === 'spreadsheetml') {
    const [th, en] = kind === 'html' ? ['หน้าเว็บ (HTML)', 'a web page (HTML)'] : ['Excel 2003 XML', 'Excel 2003 XML'];
    return new UnreadableError(
      `ไฟล์นี้เป็น${th} ที่ตั้งชื่อเป็นไฟล์ Excel ${SAVE_AS_XLSX_TH}`,
      `this file is ${en} under an Excel name; ${SAVE_AS_XLSX_EN}`,
    );
  }
  return oldOrProtectedError();
}

/** Old .xls, encrypted workbooks, HTML/XML tables: LibreOffice → .xlsx in a temporary folder → readXlsx. */
async function readViaSoffice(bytes: Uint8Array, kind: ConvertKind, timeoutMs: number | undefined): Promise<InputRead> {
  if (!findSoffice()) throw noSofficeError(kind);
  const plan = CONVERT[kind];
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'sujarit-read-'));
  try {
    const input = path.join(tmp, `input${plan.ext}`);
    await fs.writeFile(input, bytes);
    let converted: string;
    try {
      converted = await convertWithSoffice(input, path.join(tmp, 'out'), timeoutMs, { inFilter: plan.filter });
    } catch (err) {
      // An encrypted workbook fails to open in LibreOffice for want of its password (one encrypted
      // with Excel's default password, for "protect workbook", converts fine).
      if ((kind === 'encrypted-ooxml' || kind === 'encrypted-xls') && err instanceof UnreadableError) throw passwordProtectedError();
      throw err;
    }
    const result = readXlsx(await fs.readFile(converted));
    return { grids: result.grids, metadata: result.metadata, format: plan.format };
  } finally {
    await fs.rm(tmp, { recursive: true, force: true }).catch(() => undefined);
  }
}

export async function readInput(filePath: string, opts: ReadInputOptions = {}): Promise<InputRead> {
  const ext = path.extname(filePath).toLowerCase();
  const sheet = path.basename(filePath).replace(/\.[^.]+$/, '');
  const bytes = await readBytes(filePath, opts.maxBytes ?? MAX_INPUT_BYTES);
  if (bytes.length === 0) throw new UnreadableError('ไฟล์ว่างเปล่า (0 ไบต์)', 'the file is empty (0 bytes)');

  switch (sniffFormat(bytes, ext)) {
    case 'xlsx': {
      const result = readXlsx(bytes);
      return { grids: result.grids, metadata: result.metadata, format: 'xlsx' };
    }
    case 'csv': {
      const { grid, encoding } = readCsvDetailed(bytes, sheet);
      return { grids: [grid], metadata: null, format: 'csv', encoding };
    }
    case 'txt': {
      const { text, encoding } = decodeText(bytes);
      return { grids: [textToGrid(text, sheet)], metadata: null, format: 'txt', encoding };
    }
    case 'cfb':
      return readViaSoffice(bytes, compoundFileKind(bytes), opts.sofficeTimeoutMs);
    case 'pdf':
      throw pdfError();
    case 'unknown': {
      const markup = sniffMarkup(bytes);
      if (markup) return readViaSoffice(bytes, markup, opts.sofficeTimeoutMs);
      throw unknownError(ext);
    }
  }
}

/** The grids only (the validate command and others that do not need the metadata or format). */
export async function readGrids(filePath: string): Promise<Grid[]> {
  return (await readInput(filePath)).grids;
}
