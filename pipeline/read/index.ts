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
import { parseA1, type Grid } from '../../core/grid';
import { decodeCsvText, readCsvDetailed } from './csv';
import { convertWithSoffice, findSoffice } from './soffice';
import { compoundFileKind, sniffFormat, sniffMarkup } from './sniff';
import { textToGrid } from './txt';
import { readFileOnce, tooLarge } from './file';
import { readXlsx, type SheetLimits, type XlsxReadResult, type ZipLimits } from './xlsx';
import { MAX_INPUT_BYTES, UnreadableError } from './unreadable';

export { readFileOnce, readFileOnceSync, type FileSnapshot, type ReadFileOptions, type ReadFileSyncOptions } from './file';
export { MAX_INPUT_BYTES, UnreadableError, type UnreadableWhere } from './unreadable';

export const READABLE_EXTENSIONS = ['.xlsx', '.xlsm', '.xls', '.csv', '.txt', '.tsv'];

/** Excel keeps at most this many characters in a cell; longer text is cut here (and reported). */
export const MAX_CELL_CHARS = 32_767;

/**
 * Something the reader noticed in a file it could read, for the host to report as a finding:
 * text cut at MAX_CELL_CHARS, control characters removed, a cell whose content the file lost
 * (a shared-string index past the end of the table), a malformed CSV row or stray quote.
 * Rows and columns are 0-based; null when the issue is about the sheet itself (its name).
 */
export interface InputIssue {
  code: 'text-too-long' | 'control-characters' | 'damaged-cell' | 'malformed-csv';
  sheet: string;
  row: number | null;
  column: number | null;
  value: string | null;
  params?: Record<string, string | number>;
}

export interface InputRead {
  grids: Grid[];
  /** The add-in's metadata sheet (ข้อมูลหน่วยงาน) as key → text; null when absent or not a workbook. */
  metadata: Record<string, string> | null;
  /** What the file really was: 'xlsx', 'xls' (converted), 'html' / 'xml' (converted), 'csv', 'txt'. */
  format: string;
  /** The text encoding found, for csv and txt: 'utf-8', 'utf-16le', 'utf-16be', 'windows-874'. */
  encoding?: string;
  /** What the reader cleaned or noticed (see InputIssue); present only when there is something. */
  issues?: InputIssue[];
  /** Cells shown as dates (A1 addresses by sheet), where the file says so (xlsx); present only when there are some. */
  dateCells?: Record<string, string[]>;
}

export interface ReadInputOptions {
  /** Default MAX_INPUT_BYTES. */
  maxBytes?: number;
  /** How long LibreOffice may take to convert one file; default 120 s. */
  sofficeTimeoutMs?: number;
  /** The xlsx reader's caps (default DEFAULT_LIMITS / DEFAULT_SHEET_LIMITS). */
  zipLimits?: Partial<ZipLimits>;
  sheetLimits?: Partial<SheetLimits>;
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
async function readViaSoffice(bytes: Uint8Array, kind: ConvertKind, opts: ReadInputOptions): Promise<InputRead> {
  if (!findSoffice()) throw noSofficeError(kind);
  const plan = CONVERT[kind];
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'sujarit-read-'));
  try {
    const input = path.join(tmp, `input${plan.ext}`);
    await fs.writeFile(input, bytes);
    let converted: string;
    try {
      converted = await convertWithSoffice(input, path.join(tmp, 'out'), opts.sofficeTimeoutMs, { inFilter: plan.filter });
    } catch (err) {
      // An encrypted workbook fails to open in LibreOffice for want of its password (one encrypted
      // with Excel's default password, for "protect workbook", converts fine).
      if ((kind === 'encrypted-ooxml' || kind === 'encrypted-xls') && err instanceof UnreadableError) throw passwordProtectedError();
      throw err;
    }
    return fromXlsx(readXlsx(await fs.readFile(converted), { limits: opts.zipLimits, sheetLimits: opts.sheetLimits }), plan.format);
  } finally {
    await fs.rm(tmp, { recursive: true, force: true }).catch(() => undefined);
  }
}

function fromXlsx(result: XlsxReadResult, format: string): InputRead {
  const out: InputRead = { grids: result.grids, metadata: result.metadata, format };
  if (result.issues.length > 0) {
    out.issues = result.issues.map((i): InputIssue => {
      const at = parseA1(i.cell);
      return { code: 'damaged-cell', sheet: i.sheet, row: at.row, column: at.col, value: i.value, params: { kind: i.kind } };
    });
  }
  if (Object.keys(result.dateCells).length > 0) out.dateCells = result.dateCells;
  return out;
}

/**
 * Reads bytes already in memory (the host read the file once, hashed these bytes and parses the
 * same ones). `filePath` gives the extension and the sheet name of a text file; it is not opened.
 */
export async function readInputBytes(bytes: Uint8Array, filePath: string, opts: ReadInputOptions = {}): Promise<InputRead> {
  const ext = path.extname(filePath).toLowerCase();
  const sheet = path.basename(filePath).replace(/\.[^.]+$/, '');
  if (bytes.length === 0) throw new UnreadableError('ไฟล์ว่างเปล่า (0 ไบต์)', 'the file is empty (0 bytes)');
  if (bytes.length > (opts.maxBytes ?? MAX_INPUT_BYTES)) throw tooLarge(bytes.length, opts.maxBytes ?? MAX_INPUT_BYTES);
  return cleanInput(await readByFormat(bytes, ext, sheet, opts));
}

async function readByFormat(bytes: Uint8Array, ext: string, sheet: string, opts: ReadInputOptions): Promise<InputRead> {
  switch (sniffFormat(bytes, ext)) {
    case 'xlsx':
      return fromXlsx(readXlsx(bytes, { limits: opts.zipLimits, sheetLimits: opts.sheetLimits }), 'xlsx');
    case 'csv': {
      const { grid, encoding, issues } = readCsvDetailed(bytes, sheet);
      const read: InputRead = { grids: [grid], metadata: null, format: 'csv', encoding };
      if (issues) {
        read.issues = issues.map((i): InputIssue => ({
          code: 'malformed-csv',
          sheet,
          row: i.row,
          column: i.column,
          value: i.value,
          params: i.kind === 'ragged-row' ? { kind: i.kind, width: i.width ?? 0, common: i.common ?? 0 } : { kind: String(i.kind) },
        }));
      }
      return read;
    }
    case 'txt': {
      const { text, encoding } = decodeCsvText(bytes);
      return { grids: [textToGrid(text, sheet)], metadata: null, format: 'txt', encoding };
    }
    case 'cfb':
      return readViaSoffice(bytes, compoundFileKind(bytes), opts);
    case 'pdf':
      throw pdfError();
    case 'unknown': {
      const markup = sniffMarkup(bytes);
      if (markup) return readViaSoffice(bytes, markup, opts);
      throw unknownError(ext);
    }
  }
}

export async function readInput(filePath: string, opts: ReadInputOptions = {}): Promise<InputRead> {
  const { bytes } = await readFileOnce(filePath, { maxBytes: opts.maxBytes });
  return readInputBytes(bytes, filePath, opts);
}

/**
 * Characters no plan needs and that harm whatever shows the text later: C0 and C1 control
 * characters (not TAB, LF, CR), DEL, the bidirectional overrides and isolates (which make text
 * display in another order than it is stored: "Trojan Source"), and halves of surrogate pairs
 * (not text at all). XML 1.0, and so every .xlsx, cannot hold most of them; a terminal runs ESC
 * sequences. Vertical tab and form feed (Word's line and page breaks) become line breaks.
 */
const UNSAFE = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const UNSAFE_TEST = new RegExp(UNSAFE.source);
const BREAKS = /[\u000B\u000C]/g;
/**
 * Every character cleanText may change (UNSAFE, BREAKS, any surrogate) in one class: a cell without
 * any, nearly every cell, is left with one scan and no lookaround.
 */
const MAY_CHANGE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]/;

/** Text without UNSAFE characters (lone surrogates become U+FFFD); `removed` counts what went. */
export function cleanText(s: string): { text: string; removed: number } {
  if (!MAY_CHANGE.test(s)) return { text: s, removed: 0 };
  let text = s.indexOf('\u000B') >= 0 || s.indexOf('\u000C') >= 0 ? s.replace(BREAKS, '\n') : s;
  if (!UNSAFE_TEST.test(text)) return { text, removed: 0 };
  let removed = 0;
  text = text.replace(UNSAFE, (ch) => {
    removed++;
    return ch.charCodeAt(0) >= 0xd800 && ch.charCodeAt(0) <= 0xdfff ? '\uFFFD' : '';
  });
  return { text, removed };
}

/** Cuts text at MAX_CELL_CHARS without splitting a surrogate pair. */
function cut(s: string): string {
  let end = MAX_CELL_CHARS;
  const last = s.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return s.slice(0, end);
}

function preview(s: string): string {
  return s.length > 80 ? `${s.slice(0, 80)}…` : s;
}

/**
 * Makes what was read safe to show anywhere, and says where it changed anything: UNSAFE characters
 * are removed from sheet names, cells and the metadata sheet's values, and text longer than Excel
 * keeps in a cell is cut at MAX_CELL_CHARS (a longer cell cannot come from Excel; without the cut
 * a few such cells would take minutes to check). Every change is an InputIssue with its cell.
 */
export function cleanInput(read: InputRead): InputRead {
  const issues: InputIssue[] = [...(read.issues ?? [])];
  for (const grid of read.grids) {
    const name = cleanText(grid.sheet);
    if (name.removed > 0) {
      issues.push({ code: 'control-characters', sheet: name.text, row: null, column: null, value: preview(name.text), params: { count: name.removed } });
      grid.sheet = name.text;
    }
    for (let r = 0; r < grid.rows.length; r++) {
      const row = grid.rows[r];
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (typeof v !== 'string') continue;
        let text = v;
        const cleaned = MAY_CHANGE.test(text) ? cleanText(text) : null;
        if (cleaned) {
          text = cleaned.text;
          if (cleaned.removed > 0) issues.push({ code: 'control-characters', sheet: grid.sheet, row: r, column: c, value: preview(text), params: { count: cleaned.removed } });
        }
        if (text.length > MAX_CELL_CHARS) {
          issues.push({ code: 'text-too-long', sheet: grid.sheet, row: r, column: c, value: preview(text), params: { length: text.length } });
          text = cut(text);
        }
        if (text !== v) row[c] = text === '' ? null : text;
      }
    }
  }
  let metadata = read.metadata;
  if (metadata) {
    metadata = Object.fromEntries(
      Object.entries(metadata).map(([k, v]) => {
        const value = cleanText(v).text;
        return [cleanText(k).text, value.length > MAX_CELL_CHARS ? cut(value) : value];
      }),
    );
  }
  const out: InputRead = { ...read, metadata };
  if (issues.length > 0) out.issues = issues;
  else delete out.issues;
  return out;
}

/** The grids only (the validate command and others that do not need the metadata or format). */
export async function readGrids(filePath: string): Promise<Grid[]> {
  return (await readInput(filePath)).grids;
}
