/**
 * What a file really is, from its first bytes, before trusting its extension: clerks rename files
 * (a CSV saved as ".xlsx", a workbook mailed as ".csv"), web systems export HTML tables named ".xls",
 * and an encrypted ".xlsx" is not a zip at all but an OLE compound file.
 *
 * Pure functions over bytes: no file system, no decoding beyond what the decision needs.
 */
export type SniffedFormat = 'xlsx' | 'cfb' | 'csv' | 'txt' | 'pdf' | 'unknown';

/** How much of the start of a file the text/markup checks look at. */
const HEAD = 8192;

function startsWith(bytes: Uint8Array, magic: number[], at = 0): boolean {
  if (bytes.length < at + magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[at + i] !== magic[i]) return false;
  return true;
}

/** PK\x03\x04 (a local file header) or PK\x05\x06 (an empty archive's end record). */
export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);
}

/** OLE/CFB header D0 CF 11 E0 A1 B1 1A E1: an old .xls, or an encrypted (password-protected) workbook. */
export function isCompoundFile(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
}

/** "%PDF-" at the start, or (as readers allow) within the first 1024 bytes. */
export function isPdf(bytes: Uint8Array): boolean {
  const magic = [0x25, 0x50, 0x44, 0x46, 0x2d];
  const end = Math.min(bytes.length - magic.length, 1024);
  for (let i = 0; i <= end; i++) if (startsWith(bytes, magic, i)) return true;
  return false;
}

/**
 * Text, not binary: a UTF-16 BOM, or no NUL byte and almost no control characters in the first 8 KB.
 * Bytes 0x80-0xFF are fine (UTF-8 and windows-874 Thai both live there).
 */
export function looksLikeText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  const n = Math.min(bytes.length, HEAD);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1a) control++;
  }
  return control <= n / 100;
}

/**
 * UTF-16 text without a byte-order mark (some exporters write it; decodeText needs the mark): in
 * the first 8 KB almost every pair of bytes is a character of the ASCII, Thai or punctuation
 * blocks (high byte 0x00, 0x0E or 0x20), with at least one ASCII delimiter or line break. Text in
 * an 8-bit encoding never has the NUL or 0x0E bytes this needs. Null when it is not that.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return null;
  const n = Math.min(bytes.length, HEAD) & ~1;
  for (const [hiAt, loAt, name] of [[1, 0, 'utf-16le'], [0, 1, 'utf-16be']] as const) {
    let textual = 0;
    let delimiters = 0;
    for (let i = 0; i < n; i += 2) {
      const hi = bytes[i + hiAt];
      const lo = bytes[i + loAt];
      if ((hi === 0x00 && lo !== 0x00) || hi === 0x0e || (hi === 0x20 && lo < 0x70)) textual++;
      if (hi === 0x00 && (lo === 0x0a || lo === 0x2c || lo === 0x09 || lo === 0x3b)) delimiters++;
    }
    if (delimiters > 0 && textual >= (n / 2) * 0.95) return name;
  }
  return null;
}

/** The start of a text file as lower-case ASCII-ish text (BOMs and leading blanks skipped). */
function textHead(bytes: Uint8Array): string {
  let head = bytes.subarray(0, Math.min(bytes.length, HEAD));
  let text: string;
  if (startsWith(head, [0xff, 0xfe])) text = new TextDecoder('utf-16le').decode(head.subarray(2));
  else if (startsWith(head, [0xfe, 0xff])) text = new TextDecoder('utf-16be').decode(head.subarray(2));
  else {
    if (startsWith(head, [0xef, 0xbb, 0xbf])) head = head.subarray(3);
    text = new TextDecoder('latin1').decode(head);
  }
  return text.replace(/^[\s\u0000]+/, '').toLowerCase();
}

/**
 * Markup that Excel opens but that is no table of delimited text: an HTML page (what many web
 * systems export as ".xls") or Excel 2003 XML (SpreadsheetML). Null for anything else.
 */
export function sniffMarkup(bytes: Uint8Array): 'html' | 'spreadsheetml' | null {
  if (!looksLikeText(bytes)) return null;
  const head = textHead(bytes);
  if (!head.startsWith('<')) return null;
  if (head.includes('urn:schemas-microsoft-com:office:spreadsheet') && /<(ss:)?workbook\b/.test(head)) return 'spreadsheetml';
  if (/^<(!doctype\s+html|html\b|head\b|body\b|table\b|meta\b|style\b)/.test(head) || /<html\b/.test(head) || /<table\b/.test(head)) return 'html';
  return null;
}

/**
 * The file's format: magic bytes first (zip → xlsx, CFB → cfb, %PDF → pdf), then the extension
 * (with or without its dot, any case). UTF-16 text without its byte-order mark counts as text. A `.xlsx`/`.xlsm`/`.xls` that is really delimited text is
 * read as CSV (the CSV reader sniffs tabs too); a `.csv`/`.txt`/`.tsv` that is binary, or markup
 * (see sniffMarkup), or any other extension, is 'unknown'.
 */
export function sniffFormat(bytes: Uint8Array, ext: string): SniffedFormat {
  if (isZip(bytes)) return 'xlsx';
  if (isCompoundFile(bytes)) return 'cfb';
  if (isPdf(bytes)) return 'pdf';
  const e = ext.toLowerCase().replace(/^\.?/, '.');
  const text = (looksLikeText(bytes) && sniffMarkup(bytes) === null) || utf16WithoutBom(bytes) !== null;
  if (!text) return 'unknown';
  switch (e) {
    case '.csv':
    case '.xlsx':
    case '.xlsm':
    case '.xls':
      return 'csv';
    case '.txt':
    case '.tsv':
      return 'txt';
    default:
      return 'unknown';
  }
}

const END = 0xfffffffa; // sector numbers from here up are markers (free, end of chain, FAT, DIFAT)

export interface CompoundEntry {
  name: string;
  /** 1 storage, 2 stream, 5 root. */
  type: number;
  start: number;
  size: number;
}

/**
 * A minimal reader of an OLE compound file's directory (MS-CFB): the FAT from the header's DIFAT
 * and the DIFAT chain, the directory chain, and the first bytes of a stream (regular or mini).
 * Null when the structure does not hold together. Every loop is bounded by the file's size.
 */
function openCompound(bytes: Uint8Array): { entries: CompoundEntry[]; head(entry: CompoundEntry, n: number): Uint8Array | null } | null {
  if (!isCompoundFile(bytes) || bytes.length < 512) return null;
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = dv.getUint16(0x1e, true);
  const miniShift = dv.getUint16(0x20, true);
  if ((shift !== 9 && shift !== 12) || miniShift !== 6) return null;
  const size = 1 << shift;
  const sectors = Math.floor((bytes.length - size) / size) + 1;
  const offsetOf = (s: number): number => (s + 1) * size;
  const u32 = (at: number): number => (at + 4 <= bytes.length ? dv.getUint32(at, true) : END);

  const fatSectors: number[] = [];
  const numFat = dv.getUint32(0x2c, true);
  for (let i = 0; i < 109 && fatSectors.length < numFat; i++) fatSectors.push(u32(0x4c + i * 4));
  let difat = dv.getUint32(0x44, true);
  for (let guard = 0; difat < END && fatSectors.length < numFat && guard < sectors; guard++) {
    const base = offsetOf(difat);
    for (let i = 0; i < size / 4 - 1 && fatSectors.length < numFat; i++) fatSectors.push(u32(base + i * 4));
    difat = u32(base + size - 4);
  }
  const fat: number[] = [];
  for (const s of fatSectors) {
    if (s >= END || offsetOf(s) + size > bytes.length) return null;
    for (let i = 0; i < size / 4; i++) fat.push(dv.getUint32(offsetOf(s) + i * 4, true));
  }
  const chain = (start: number): number[] => {
    const out: number[] = [];
    for (let s = start; s < END && s < fat.length && out.length < sectors; s = fat[s]) out.push(s);
    return out;
  };

  const entries: CompoundEntry[] = [];
  for (const s of chain(dv.getUint32(0x30, true))) {
    for (let at = offsetOf(s); at + 128 <= Math.min(offsetOf(s) + size, bytes.length); at += 128) {
      const nameLen = dv.getUint16(at + 64, true);
      const type = bytes[at + 66];
      if (type === 0 || nameLen < 2 || nameLen > 64) continue;
      let name = '';
      for (let i = 0; i < nameLen - 2; i += 2) name += String.fromCharCode(dv.getUint16(at + i, true));
      entries.push({ name, type, start: dv.getUint32(at + 116, true), size: dv.getUint32(at + 120, true) });
    }
  }
  const root = entries.find((e) => e.type === 5);
  if (!root) return null;
  const cutoff = dv.getUint32(0x38, true);
  const miniFat: number[] = [];
  for (const s of chain(dv.getUint32(0x3c, true))) for (let i = 0; i < size / 4; i++) miniFat.push(u32(offsetOf(s) + i * 4));
  let miniStream: number[] | null = null;

  const head = (entry: CompoundEntry, n: number): Uint8Array | null => {
    const want = Math.min(n, entry.size);
    if (entry.start >= END) return null;
    if (entry.size >= cutoff) {
      const at = offsetOf(entry.start);
      return at + want <= bytes.length ? bytes.subarray(at, at + Math.min(want, size)) : null;
    }
    // In the mini stream (64-byte sectors inside the root entry's chain).
    miniStream ??= chain(root.start);
    if (entry.start >= miniFat.length && miniFat.length > 0) return null;
    const miniOffset = entry.start * 64;
    const sector = miniStream[Math.floor(miniOffset / size)];
    if (sector === undefined) return null;
    const at = offsetOf(sector) + (miniOffset % size);
    return at + Math.min(want, 64) <= bytes.length ? bytes.subarray(at, at + Math.min(want, 64)) : null;
  };
  return { entries, head };
}

/** The streams and storages of a compound file by lower-cased name (empty when it is not one, or broken). */
export function compoundFileEntries(bytes: Uint8Array): Map<string, CompoundEntry> {
  const map = new Map<string, CompoundEntry>();
  for (const e of openCompound(bytes)?.entries ?? []) if (!map.has(e.name.toLowerCase())) map.set(e.name.toLowerCase(), e);
  return map;
}

export function compoundFileNames(bytes: Uint8Array): Set<string> {
  return new Set(compoundFileEntries(bytes).keys());
}

/** Whether an Excel 97-2003 Workbook stream starts BOF, FILEPASS: the workbook is encrypted. */
function xlsEncrypted(head: Uint8Array | null): boolean {
  if (!head || head.length < 8) return false;
  const dv = new DataView(head.buffer, head.byteOffset, head.byteLength);
  if (dv.getUint16(0, true) !== 0x0809) return false;
  const next = 4 + dv.getUint16(2, true);
  return next + 2 <= head.length && dv.getUint16(next, true) === 0x002f;
}

/**
 * What an OLE compound file holds: an encrypted OOXML workbook (EncryptionInfo + EncryptedPackage
 * streams: a password-protected .xlsx/.xlsm), an encrypted Excel 97-2003 workbook (FILEPASS), an
 * Excel 97-2003 workbook (a Workbook stream), an Excel 5/95 workbook (a Book stream), or something
 * else (a Word file, a damaged file).
 */
export function compoundFileKind(bytes: Uint8Array): 'encrypted-ooxml' | 'encrypted-xls' | 'xls' | 'xls95' | 'other' {
  const cfb = openCompound(bytes);
  if (!cfb) return 'other';
  const find = (name: string): CompoundEntry | undefined => cfb.entries.find((e) => e.type === 2 && e.name.toLowerCase() === name);
  if (find('encryptedpackage')) return 'encrypted-ooxml';
  const workbook = find('workbook');
  if (workbook) return xlsEncrypted(cfb.head(workbook, 64)) ? 'encrypted-xls' : 'xls';
  if (find('book')) return 'xls95';
  return 'other';
}
