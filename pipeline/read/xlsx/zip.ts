/**
 * The zip container of an xlsx, read defensively: the End Of Central Directory record and the
 * central directory are parsed here (no library) so that the entry count, the declared expanded
 * sizes and the compression ratios are checked BEFORE a single byte is inflated. Only the parts
 * the reader asks for are then inflated, and inflation stops as soon as an entry produces more
 * than its header declared (a lying header is a zip bomb too).
 */
import { inflateRawSync } from 'node:zlib';
import { UnreadableError } from '../unreadable';

export interface ZipLimits {
  /** Entries in the central directory. */
  maxEntries: number;
  /** Declared uncompressed bytes of all entries together. */
  maxTotalBytes: number;
  /** Uncompressed ÷ compressed, checked for entries over RATIO_MIN_BYTES. */
  maxRatio: number;
  /** Declared uncompressed bytes of one entry. */
  maxEntryBytes: number;
}

const MB = 1024 * 1024;

export const DEFAULT_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxTotalBytes: 200 * MB,
  maxRatio: 200,
  maxEntryBytes: 100 * MB,
};

/** Entries smaller than this are not ratio-checked: small XML parts legitimately compress 100:1+. */
export const RATIO_MIN_BYTES = 1 * MB;

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An OLE/CFB compound file: a password-encrypted workbook or an old .xls (possibly renamed). */
export function isCfb(bytes: Uint8Array): boolean {
  if (bytes.length < CFB_MAGIC.length) return false;
  return CFB_MAGIC.every((b, i) => bytes[i] === b);
}

const SAVE_AGAIN_TH = 'ให้เปิดไฟล์ใน Excel แล้วบันทึกไฟล์ใหม่เป็น Excel Workbook (.xlsx)';
const SAVE_AGAIN_EN = 'open it in Excel and save the file again as an Excel Workbook (.xlsx)';

export function saveAgain(th: string, en: string): UnreadableError {
  return new UnreadableError(`${th} ${SAVE_AGAIN_TH}`, `${en}; ${SAVE_AGAIN_EN}`);
}

export function cfbError(): UnreadableError {
  return new UnreadableError(
    'ไฟล์นี้ถูกเข้ารหัสด้วยรหัสผ่าน หรือเป็นไฟล์ Excel รุ่นเก่า (.xls) ให้เปิดใน Excel เอารหัสผ่านออก แล้วบันทึกไฟล์ใหม่เป็น Excel Workbook (.xlsx)',
    'the file is password-encrypted or in the old Excel 97-2003 format (.xls); open it in Excel, remove the password and save the file again as an Excel Workbook (.xlsx)',
  );
}

function notZip(): UnreadableError {
  return saveAgain('ไฟล์นี้ไม่ใช่ไฟล์ Excel Workbook (.xlsx)', 'the file is not an Excel workbook (.xlsx)');
}

export function damaged(detailEn = ''): UnreadableError {
  const suffix = detailEn ? ` (${detailEn})` : '';
  return saveAgain(
    `ไฟล์ไม่สมบูรณ์หรือเสียหาย (อาจดาวน์โหลดหรือคัดลอกมาไม่ครบ)${suffix}`,
    `the file is truncated or damaged (perhaps an incomplete download or copy)${suffix}`,
  );
}

function mb(n: number): string {
  return `${(n / MB).toFixed(n < 10 * MB ? 1 : 0)} MB`;
}

function bomb(th: string, en: string, detailTh: string, detailEn: string): UnreadableError {
  return new UnreadableError(
    `${th} (อาจเป็น zip bomb): ${detailTh} จึงไม่อ่านไฟล์นี้`,
    `${en} (a possible zip bomb): ${detailEn}; the file was not read`,
  );
}

/** Parses the central directory and checks every declared size before anything is inflated. */
export function readCentralDirectory(bytes: Uint8Array, limits: ZipLimits): Map<string, ZipEntry> {
  if (isCfb(bytes)) throw cfbError();
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const len = bytes.length;
  const looksLikeZip = len >= 4 && dv.getUint32(0, true) === 0x04034b50;
  if (len < 22) throw looksLikeZip ? damaged() : notZip();

  // The EOCD record sits in the last 22 + 65,535 (comment) bytes.
  let eocd = -1;
  for (let i = len - 22; i >= Math.max(0, len - 22 - 0xffff); i--) {
    if (bytes[i] === 0x50 && dv.getUint32(i, true) === 0x06054b50 && i + 22 + dv.getUint16(i + 20, true) <= len) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw looksLikeZip ? damaged('no end of central directory') : notZip();
  if (dv.getUint16(eocd + 4, true) !== 0 || dv.getUint16(eocd + 6, true) !== 0) throw damaged('multi-disk archive');
  let count = dv.getUint16(eocd + 10, true);
  let cdSize = dv.getUint32(eocd + 12, true);
  let cdOffset = dv.getUint32(eocd + 16, true);

  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    // Zip64: a locator just before the EOCD points at the zip64 EOCD record.
    const loc = eocd - 20;
    if (loc < 0 || dv.getUint32(loc, true) !== 0x07064b50) throw damaged('zip64 locator missing');
    const z = big(dv, loc + 8);
    if (z + 56 > len || dv.getUint32(z, true) !== 0x06064b50) throw damaged('zip64 record missing');
    count = big(dv, z + 32);
    cdSize = big(dv, z + 40);
    cdOffset = big(dv, z + 48);
  }

  if (count > limits.maxEntries) {
    throw bomb(
      'ไฟล์มีส่วนประกอบมากเกินไป',
      'the archive has too many entries',
      `มี ${count} ส่วน เกินกำหนด ${limits.maxEntries} ส่วน`,
      `${count}, the limit is ${limits.maxEntries}`,
    );
  }
  if (cdOffset + cdSize > len) throw damaged('central directory beyond the end of the file');

  const entries = new Map<string, ZipEntry>();
  const names = new TextDecoder('utf-8');
  let total = 0;
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > len || dv.getUint32(p, true) !== 0x02014b50) throw damaged('bad central directory entry');
    const flags = dv.getUint16(p + 8, true);
    const method = dv.getUint16(p + 10, true);
    let compressedSize = dv.getUint32(p + 20, true);
    let size = dv.getUint32(p + 24, true);
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    let localOffset = dv.getUint32(p + 42, true);
    const end = p + 46 + nameLen + extraLen + commentLen;
    if (end > len) throw damaged('bad central directory entry');
    const name = names.decode(bytes.subarray(p + 46, p + 46 + nameLen));

    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      // Zip64 extended information: only the fields that overflowed, in this order.
      let e = p + 46 + nameLen;
      const eEnd = e + extraLen;
      while (e + 4 <= eEnd) {
        const id = dv.getUint16(e, true);
        const sz = dv.getUint16(e + 2, true);
        if (id === 0x0001) {
          let q = e + 4;
          const take = (): number => {
            if (q + 8 > e + 4 + sz) throw damaged('bad zip64 field');
            const v = big(dv, q);
            q += 8;
            return v;
          };
          if (size === 0xffffffff) size = take();
          if (compressedSize === 0xffffffff) compressedSize = take();
          if (localOffset === 0xffffffff) localOffset = take();
          break;
        }
        e += 4 + sz;
      }
    }

    if (size > limits.maxEntryBytes) {
      throw bomb(
        'ไฟล์ขยายตัวเกินขนาดที่กำหนด',
        'the archive expands beyond the allowed size',
        `ส่วน ${name} ขยายเป็น ${mb(size)} เกินกำหนด ${mb(limits.maxEntryBytes)} ต่อส่วน`,
        `the entry ${name} expands to ${mb(size)}, more than the ${mb(limits.maxEntryBytes)} allowed per entry`,
      );
    }
    total += size;
    if (total > limits.maxTotalBytes) {
      throw bomb(
        'ไฟล์ขยายตัวเกินขนาดที่กำหนด',
        'the archive expands beyond the allowed size',
        `รวมเกิน ${mb(limits.maxTotalBytes)}`,
        `more than ${mb(limits.maxTotalBytes)} in all`,
      );
    }
    if (size > RATIO_MIN_BYTES && size > compressedSize * limits.maxRatio) {
      throw bomb(
        'ไฟล์มีอัตราการบีบอัดสูงผิดปกติ',
        'the archive has an abnormal compression ratio',
        `ส่วน ${name} ขนาด ${compressedSize} ไบต์ ขยายเป็น ${mb(size)} (เกิน ${limits.maxRatio} เท่า)`,
        `the entry ${name} of ${compressedSize} bytes expands to ${mb(size)} (more than ${limits.maxRatio} times)`,
      );
    }
    const key = name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
    if (!entries.has(key)) entries.set(key, { name, method, flags, compressedSize, size, localOffset });
    p = end;
  }
  return entries;
}

function big(dv: DataView, at: number): number {
  const v = dv.getBigUint64(at, true);
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw damaged('zip64 value out of range');
  return Number(v);
}

class Overflow extends Error {}

/** Compressed entries up to this size inflate in one call (see extractEntry). */
const ONE_SHOT_MAX_COMPRESSED = 64 * 1024;
/**
 * So do entries that declare up to this size, whatever they compress to: a styles part of 4 MB
 * (40,000 named styles, 200 KB compressed) took fflate 19 ms and zlib 4. zlib's pieces are joined
 * at the end, so such a part holds twice its size for a moment; larger ones go step by step.
 */
const ONE_SHOT_MAX_BYTES = 16 * MB;

/**
 * zlib's output buffer for a one-call inflate: the declared size and one byte, so an honest entry
 * comes out in one buffer with no copy (zlib's 16 KiB default cut a larger part into pieces to
 * join: 52 → 45 µs of inflating per workbook on the bench corpus). Capped, so that a size the
 * entry only claims never reserves much; zlib goes on in further buffers past it.
 */
function oneShotChunk(size: number): number {
  return Math.max(64, Math.min(size + 1, 1024 * 1024));
}

function overflowBomb(entry: ZipEntry): UnreadableError {
  return bomb(
    'ไฟล์ขยายตัวเกินขนาดที่ระบุไว้ในไฟล์',
    'the archive expands beyond its declared size',
    `ส่วน ${entry.name} ระบุไว้ ${entry.size} ไบต์ แต่ขยายได้มากกว่านั้น`,
    `the entry ${entry.name} declares ${entry.size} bytes but expands to more`,
  );
}

/**
 * An entry's stored (compressed) bytes, after the checks every read makes: a local header where the
 * directory says, no encryption, and all of it inside the file.
 */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || dv.getUint32(at, true) !== 0x04034b50) throw damaged(`no local header for ${entry.name}`);
  if (entry.flags & 1) {
    throw new UnreadableError(
      'ไฟล์ถูกเข้ารหัส ให้เปิดใน Excel เอารหัสผ่านออก แล้วบันทึกไฟล์ใหม่เป็น Excel Workbook (.xlsx)',
      'the archive is encrypted; open it in Excel, remove the password and save the file again as an Excel Workbook (.xlsx)',
    );
  }
  const start = at + 30 + dv.getUint16(at + 26, true) + dv.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw damaged(`${entry.name} is cut short`);
  return bytes.subarray(start, end);
}

/**
 * fflate, loaded when an entry first needs it: a usual workbook's parts never do, and loading it
 * (it builds its tables as it loads) cost every thread some 7 ms of its start.
 */
let fflateModule: typeof import('fflate') | undefined;
function fflate(): typeof import('fflate') {
  fflateModule ??= require('fflate') as typeof import('fflate');
  return fflateModule;
}

/** Inflates (or copies) one entry, refusing to produce more than its declared size. */
export function extractEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const data = entryData(bytes, entry);

  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw damaged(`${entry.name} has inconsistent sizes`);
    return data;
  }
  if (entry.method !== 8) {
    throw saveAgain(
      `ส่วน ${entry.name} ของไฟล์ใช้วิธีบีบอัดที่ไม่รองรับ (${entry.method})`,
      `the archive entry ${entry.name} uses an unsupported compression method (${entry.method})`,
    );
  }

  if (data.length <= ONE_SHOT_MAX_COMPRESSED || entry.size <= ONE_SHOT_MAX_BYTES) {
    // Small entries (every part of a usual workbook) inflate in one call of zlib's (native, twice as
    // fast as fflate on the bench corpus's parts), allowed one byte more than declared: reaching it
    // means the entry expands beyond its size. zlib stops there, so a lying entry costs at most
    // the work of its declared size (at most ONE_SHOT_MAX_BYTES) or of its deflate bound (1032 ×
    // 64 KiB), never more memory.
    if (data.length === 0) throw damaged(`${entry.name} is empty`);
    let whole: Uint8Array;
    try {
      whole = inflateRawSync(data, { maxOutputLength: entry.size + 1, chunkSize: oneShotChunk(entry.size) });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw overflowBomb(entry);
      throw damaged(`${entry.name}: ${(err as Error).message}`);
    }
    if (whole.length > entry.size) throw overflowBomb(entry);
    if (whole.length !== entry.size) throw damaged(`${entry.name} expands to ${whole.length} bytes, ${entry.size} declared`);
    return whole;
  }

  const out = new Uint8Array(entry.size);
  let produced = 0;
  const inflater = new (fflate()).Inflate((chunk) => {
    if (produced + chunk.length > entry.size) throw new Overflow();
    out.set(chunk, produced);
    produced += chunk.length;
  });
  try {
    // Feed the input in steps small enough that one step cannot expand (≤ 1032:1 for deflate)
    // far past what is still expected: a bomb is stopped after at most one step's overshoot.
    let off = 0;
    do {
      const step = Math.max(16 * 1024, Math.ceil((entry.size - produced) / 1024));
      const next = Math.min(data.length, off + step);
      inflater.push(data.subarray(off, next), next >= data.length);
      off = next;
    } while (off < data.length);
  } catch (err) {
    if (err instanceof Overflow) throw overflowBomb(entry);
    throw damaged(`${entry.name}: ${(err as Error).message}`);
  }
  if (produced !== entry.size) {
    throw damaged(`${entry.name} expands to ${produced} bytes, ${entry.size} declared`);
  }
  return out;
}
