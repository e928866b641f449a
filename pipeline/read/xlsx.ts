/**
 * .xlsx / .xlsm bytes → the Grids of their worksheets, synchronously and without the file system.
 *
 * Not exceljs (see docs/architecture.md: it corrupts Thai at chunk boundaries, ignores merges and
 * misses sheet parts not named sheetN.xml). Instead: our own zip central-directory reader with
 * caps checked before anything is inflated (xlsx/zip.ts), zlib (fflate, step by step, for a part
 * too large to inflate in one call) to inflate only the parts needed, and the events of a strict
 * scanner (saxes for anything outside its subset) over each part decoded once as a whole
 * (xlsx/xml.ts, xlsx/sheet.ts).
 *
 * What comes out:
 * - one Grid per worksheet, in workbook order, named as in the workbook (hidden sheets included,
 *   chartsheets and dialog/macro sheets left out);
 * - cell values: shared and inline strings (rich runs joined, phonetic runs dropped), numbers,
 *   booleans, error texts ("#REF!"), formula results (cached values); dates stay serial numbers
 *   (1904-system workbooks are shifted to the 1900 system so a serial means the same day);
 *   empty strings are null, gaps are null, trailing empties are trimmed, empty rows are [];
 * - `formulas` by A1 address, written as Excel shows them ("=SUM(D3:D5)"); shared-formula followers
 *   that carry no text are left out;
 * - merged ranges as in the file; no value is copied into the covered cells.
 * - `metadata`: the add-in's metadata sheet (ข้อมูลหน่วยงาน) as key → text, or null.
 * - `dateCells`: per sheet, the A1 addresses of numbers formatted as dates (Excel stores 1 ตุลาคม
 *   2566 as 45200, which must not be read as baht);
 * - `issues`: cells whose content the file lost (a shared-string index past the end of the table),
 *   read as empty, as Excel's repair would leave them.
 *
 * Anything that cannot be read safely throws UnreadableError (Thai reason + English reason).
 * Content beyond the sheet limits (DEFAULT_SHEET_LIMITS) is refused rather than cut off silently:
 * the reason names the cell so the user can clear it.
 */
import { a1, cellText, type Grid } from '../../core/grid';
import { METADATA_SHEET } from '../../core/metadata-sheet';
import { serialToIso } from './xlsx/dates';
import { parseSharedStrings } from './xlsx/shared-strings';
import { DEFAULT_SHEET_LIMITS, parseSheet, type SheetLimits } from './xlsx/sheet';
import {
  decodePart,
  parseDateStyles,
  parseRels,
  parseWorkbook,
  relsPathOf,
  resolveTarget,
  type Relationship,
} from './xlsx/xml';
import { DEFAULT_LIMITS, entryData, extractEntry, readCentralDirectory, saveAgain, type ZipEntry, type ZipLimits } from './xlsx/zip';

export { DEFAULT_LIMITS, RATIO_MIN_BYTES, isCfb, type ZipLimits } from './xlsx/zip';
export { DEFAULT_SHEET_LIMITS, type SheetLimits } from './xlsx/sheet';
export { isDateFormat, serialToIso } from './xlsx/dates';

export interface XlsxIssue {
  kind: 'shared-string-missing';
  sheet: string;
  cell: string;
  value: string;
}

export interface XlsxReadResult {
  grids: Grid[];
  metadata: Record<string, string> | null;
  dateCells: Record<string, string[]>;
  issues: XlsxIssue[];
}

export interface XlsxReadOptions {
  limits?: Partial<ZipLimits>;
  /** Sheet names to read (exact), in any order; grids still come in workbook order. Default 'all'. */
  sheets?: 'all' | string[];
  sheetLimits?: Partial<SheetLimits>;
}

const REL = {
  officeDocument: '/officeDocument',
  worksheet: '/worksheet',
  sharedStrings: '/sharedStrings',
  styles: '/styles',
};

function relOfType(rels: Relationship[], suffix: string): Relationship | undefined {
  return rels.find((r) => r.type.endsWith(suffix));
}

/**
 * Parts that workbooks made from one template share byte for byte (relationships, the workbook
 * part, the styles), parsed once per batch: keyed by what parsed them and by the entry's method,
 * declared size and stored bytes, so a part is reused only when its bytes are the very same (and
 * were read without error before). Small parts only; results are read, never changed.
 */
const SHARED_PARTS = new Map<string, unknown>();
const SHARED_PART_MAX_BYTES = 16 * 1024;
const SHARED_PARTS_MAX = 2_000;

function sharedPart<T>(bytes: Uint8Array, entry: ZipEntry, kind: string, parse: (xml: string) => T): T {
  if (entry.compressedSize > SHARED_PART_MAX_BYTES) return parse(decodePart(extractEntry(bytes, entry)));
  const stored = entryData(bytes, entry);
  const key = `${kind}\u0000${entry.method}\u0000${entry.size}\u0000${Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength).toString('latin1')}`;
  const kept = SHARED_PARTS.get(key);
  if (kept !== undefined) return kept as T;
  const parsed = parse(decodePart(extractEntry(bytes, entry)));
  if (SHARED_PARTS.size >= SHARED_PARTS_MAX) SHARED_PARTS.clear();
  SHARED_PARTS.set(key, parsed);
  return parsed;
}

export function readXlsx(bytes: Uint8Array, opts: XlsxReadOptions = {}): XlsxReadResult {
  const limits: ZipLimits = { ...DEFAULT_LIMITS, ...opts.limits };
  const sheetLimits: SheetLimits = { ...DEFAULT_SHEET_LIMITS, ...opts.sheetLimits };
  const entries = readCentralDirectory(bytes, limits);

  const find = (part: string): ZipEntry | undefined => entries.get(part.toLowerCase());
  const text = (part: string): string | null => {
    const entry = find(part);
    return entry ? decodePart(extractEntry(bytes, entry)) : null;
  };

  // The workbook part: where the package relationships say, else the usual place.
  /** A small part parsed by `parse`, shared with earlier workbooks that hold the same bytes; null when absent. */
  const parsed = <T>(part: string, kind: string, parse: (xml: string) => T): T | null => {
    const entry = find(part);
    return entry ? sharedPart(bytes, entry, kind, parse) : null;
  };

  const rootRels = parsed('_rels/.rels', 'rels', (xml) => parseRels(xml, '_rels/.rels'));
  const rootRel = rootRels ? relOfType(rootRels, REL.officeDocument) : undefined;
  let workbookPart = rootRel ? resolveTarget('', rootRel.target) : 'xl/workbook.xml';
  if (!find(workbookPart)) workbookPart = 'xl/workbook.xml';
  const workbook = parsed(workbookPart, 'workbook', (xml) => parseWorkbook(xml, workbookPart));
  if (workbook === null) {
    if (find('xl/workbook.bin')) {
      throw saveAgain('ไฟล์นี้เป็น Excel Binary Workbook (.xlsb) ซึ่งยังอ่านไม่ได้', 'the file is an Excel Binary Workbook (.xlsb), which cannot be read');
    }
    throw saveAgain('ไม่พบสมุดงาน (xl/workbook.xml) ในไฟล์', 'the archive holds no workbook (xl/workbook.xml)');
  }
  const relsPart = relsPathOf(workbookPart);
  const rels = parsed(relsPart, 'rels', (xml) => parseRels(xml, relsPart)) ?? [];
  const relById = new Map(rels.map((r) => [r.id, r]));

  const partOf = (suffix: string, fallback: string): string => {
    const rel = relOfType(rels, suffix);
    return rel ? resolveTarget(workbookPart, rel.target) : fallback;
  };
  const sstPart = partOf(REL.sharedStrings, 'xl/sharedStrings.xml');
  const sstXml = text(sstPart);
  const sharedStrings = sstXml ? parseSharedStrings(sstXml, sstPart) : [];
  const stylesPart = partOf(REL.styles, 'xl/styles.xml');
  const dateXf = parsed(stylesPart, 'styles', (xml) => parseDateStyles(xml, stylesPart)) ?? [];

  const wanted = opts.sheets && opts.sheets !== 'all' ? new Set(opts.sheets) : null;
  const budget = { cells: 0 };
  const grids: Grid[] = [];
  let metadata: Record<string, string> | null = null;
  const dateCellsBySheet: Record<string, string[]> = {};
  const issues: XlsxIssue[] = [];

  for (const sheet of workbook.sheets) {
    const isMeta = sheet.name === METADATA_SHEET;
    if (wanted && !wanted.has(sheet.name) && !isMeta) continue;
    const rel = relById.get(sheet.relId);
    if (!rel) throw saveAgain(`ไม่พบแผ่นงาน "${sheet.name}" ในไฟล์`, `the sheet "${sheet.name}" is missing from the archive`);
    if (!rel.type.endsWith(REL.worksheet)) continue; // chartsheet, dialogsheet, macro sheet
    const part = resolveTarget(workbookPart, rel.target);
    const xml = text(part);
    if (xml === null) throw saveAgain(`ไม่พบแผ่นงาน "${sheet.name}" (${part}) ในไฟล์`, `the sheet "${sheet.name}" (${part}) is missing from the archive`);
    const { grid, dateCells, issues: lost } = parseSheet(xml, {
      sheet: sheet.name,
      part,
      sharedStrings,
      dateXf,
      date1904: workbook.date1904,
      limits: sheetLimits,
      budget,
    });
    if (isMeta && metadata === null) metadata = metadataPairs(grid, new Set(dateCells));
    if (wanted && !wanted.has(sheet.name)) continue;
    grids.push(grid);
    if (dateCells.length > 0) dateCellsBySheet[sheet.name] = dateCells;
    for (const i of lost) issues.push({ ...i, sheet: sheet.name });
  }
  return { grids, metadata, dateCells: dateCellsBySheet, issues };
}

/** The metadata sheet's first two columns: key → value as text (date cells as ISO dates). */
function metadataPairs(grid: Grid, dateCells: Set<string>): Record<string, string> {
  const out = new Map<string, string>();
  grid.rows.forEach((row, r) => {
    const key = cellText(row[0] ?? null).trim();
    if (key === '' || out.has(key)) return; // the first row with a key wins
    const value = row[1] ?? null;
    out.set(key, typeof value === 'number' && dateCells.has(a1(r, 1)) ? serialToIso(value) : cellText(value));
  });
  return Object.fromEntries(out);
}
