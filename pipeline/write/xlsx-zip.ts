/**
 * A zip archive written part by part, for xlsx outputs too large to hold as one XML string.
 *
 * Each part is given as a string or as an iterable of string chunks; the chunks are deflated as they
 * come (by zlib on libuv's thread pool, so the main thread goes on making the next chunk while the
 * last one is compressed) and only the compressed bytes are kept. Entry times are a fixed DOS date,
 * so the same parts always give the same bytes.
 *
 * zlib makes a gzip stream, not a raw deflate one: gzip's trailer holds the CRC-32 of the content,
 * which zip's headers need, worked out on the thread pool along with the compression. The zip takes
 * the deflate data between gzip's header and trailer, the same bytes a raw deflate stream of the same
 * level holds. Worked out on the main thread instead, the CRC of a national summary.xlsx's 210 MB of
 * XML took 60-110 ms of its writing (zlib.crc32 timed alone, and a run's profile).
 */
import { createGzip } from 'node:zlib';

/**
 * Deflate level. zlib's levels 1-3 look for matches the fast way, 4-9 the thorough way. A national
 * summary.xlsx (189 MB of item-sheet XML, 20 MB of shared strings) deflates in 0.5 s at 3 against
 * 1.5 s at 6, the level zip tools use, for a file of 10.6 MB against 8.4 MB: writing it took 0.9 s
 * less of a 7,850-council run (three alternating pairs). Level 4 is both slower and larger than 3.
 * The bytes are deterministic for a given level.
 */
export const ZIP_LEVEL = 3;

/** 1980-01-01 00:00 as DOS time and date fields: the earliest zip time, the same in every time zone. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/**
 * A part's content: text (UTF-8), bytes, or a sequence of either. Pieces that are only ASCII (a
 * sheet's rows: references, numbers and shared-string numbers) are best given as bytes made with
 * Buffer.from(text, 'latin1'), which is a copy where UTF-8 encoding is a transcoding.
 */
export type Piece = string | Uint8Array;
export type PartContent = Piece | Iterable<Piece> | AsyncIterable<Piece>;

interface Written {
  name: Buffer;
  crc: number;
  size: number;
  compressed: number;
  offset: number;
}

/** A gzip header as zlib writes it (RFC 1952): ID1 ID2 CM FLG, MTIME (4), XFL, OS; no optional fields. */
const GZIP_HEADER = 10;
/** A gzip trailer: the content's CRC-32 and its size mod 2^32, both little-endian. */
const GZIP_TRAILER = 8;

/**
 * The deflate data and the CRC-32 of a whole gzip stream given in pieces: the pieces less the header
 * and the trailer (a piece may hold part of either).
 */
export function unwrapGzip(pieces: Buffer[]): { data: Buffer[]; crc: number; compressed: number } {
  const total = pieces.reduce((n, b) => n + b.length, 0);
  if (total < GZIP_HEADER + GZIP_TRAILER) throw new Error('zlib gave a gzip stream too short to hold its header and trailer');
  const end = total - GZIP_TRAILER;
  const data: Buffer[] = [];
  const head = Buffer.alloc(GZIP_HEADER);
  const trailer = Buffer.alloc(GZIP_TRAILER);
  let at = 0;
  for (const b of pieces) {
    // The piece's bytes [from, to) are deflate data; those before are header, those after trailer.
    const from = Math.min(Math.max(GZIP_HEADER - at, 0), b.length);
    const to = Math.max(Math.min(end - at, b.length), from);
    if (from > 0) b.copy(head, at, 0, from);
    if (to > from) data.push(from === 0 && to === b.length ? b : b.subarray(from, to));
    if (to < b.length) b.copy(trailer, Math.max(at + to - end, 0), to);
    at += b.length;
  }
  if (head[0] !== 0x1f || head[1] !== 0x8b || head[2] !== 8 || head[3] !== 0) throw new Error('zlib gave a gzip header with optional fields or another method');
  return { data, crc: trailer.readUInt32LE(0), compressed: end - GZIP_HEADER };
}

function isAsync(x: PartContent): x is AsyncIterable<Piece> {
  return typeof (x as AsyncIterable<Piece>)[Symbol.asyncIterator] === 'function';
}

/** Bytes handed to zlib and not yet compressed before the XML waits for it. */
const MAX_QUEUED = 32 * 1024 * 1024;

/**
 * Pieces are joined up to about this many characters (or bytes) before they are deflated. A writer
 * that makes its own byte pieces (a sheet's rows) makes them this size, so they go to zlib as they
 * are, not copied into a larger one.
 */
export const ZIP_PIECE = 256 * 1024;

/** Deflates one part; resolves with its compressed bytes, CRC and size. */
async function deflatePart(content: PartContent, level: number): Promise<{ data: Buffer[]; crc: number; size: number; compressed: number }> {
  // Large output chunks: each one is a round trip from the thread pool to the event loop.
  const z = createGzip({ level, chunkSize: 1 << 20 });
  const out: Buffer[] = [];
  z.on('data', (b: Buffer) => out.push(b));
  const ended = new Promise<void>((resolve, reject) => {
    z.on('end', resolve);
    z.on('error', reject);
  });
  let size = 0;
  const write = async (bytes: Buffer) => {
    size += bytes.length;
    z.write(bytes);
    // Compression runs beside the XML being made; only a long queue (zlib slower than the XML) waits.
    if (z.writableLength > MAX_QUEUED) await new Promise<void>((r) => z.once('drain', r));
    // zlib hands its next piece to the thread pool from the event loop: let it run between pieces,
    // or compression would only start once the whole part is made.
    else await new Promise<void>((r) => setImmediate(r));
  };
  const bytesOf = (p: Uint8Array) => (Buffer.isBuffer(p) ? p : Buffer.from(p.buffer, p.byteOffset, p.byteLength));
  if (typeof content === 'string') await write(Buffer.from(content, 'utf8'));
  else if (content instanceof Uint8Array) await write(bytesOf(content));
  else {
    // Small pieces are gathered so that zlib is called on pieces of about ZIP_PIECE bytes.
    let pending: Piece[] = [];
    let length = 0;
    const flush = async () => {
      if (pending.length === 0) return;
      const parts = pending.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : bytesOf(p)));
      pending = [];
      length = 0;
      await write(parts.length === 1 ? parts[0] : Buffer.concat(parts));
    };
    const take = async (p: Piece) => {
      pending.push(p);
      length += p.length;
      if (length >= ZIP_PIECE) await flush();
    };
    if (isAsync(content)) for await (const p of content) await take(p);
    else for (const p of content) await take(p);
    await flush();
  }
  z.end();
  await ended;
  return { ...unwrapGzip(out), size };
}

/** A zip file made of parts added in order; `bytes()` gives the whole archive. */
export class ZipWriter {
  private readonly chunks: Buffer[] = [];
  private readonly entries: Written[] = [];
  private offset = 0;
  private closed = false;

  constructor(private readonly level = ZIP_LEVEL) {}

  async add(path: string, content: PartContent): Promise<void> {
    if (this.closed) throw new Error('the zip is already closed');
    const name = Buffer.from(path, 'utf8');
    const part = await deflatePart(content, this.level);
    if (part.size > 0xfffffffe || part.compressed > 0xfffffffe || this.offset > 0xfffffffe) throw new Error(`zip part ${path} is too large for a zip without zip64`);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    header.writeUInt16LE(0x0800, 6); // names are UTF-8
    header.writeUInt16LE(8, 8); // deflate
    header.writeUInt16LE(DOS_TIME, 10);
    header.writeUInt16LE(DOS_DATE, 12);
    header.writeUInt32LE(part.crc >>> 0, 14);
    header.writeUInt32LE(part.compressed, 18);
    header.writeUInt32LE(part.size, 22);
    header.writeUInt16LE(name.length, 26);
    header.writeUInt16LE(0, 28);
    this.entries.push({ name, crc: part.crc >>> 0, size: part.size, compressed: part.compressed, offset: this.offset });
    this.push(header);
    this.push(name);
    for (const b of part.data) this.push(b);
  }

  private push(b: Buffer): void {
    this.chunks.push(b);
    this.offset += b.length;
  }

  /** The archive: the parts, then the central directory. */
  bytes(): Buffer {
    if (this.closed) throw new Error('the zip is already closed');
    this.closed = true;
    const start = this.offset;
    for (const e of this.entries) {
      const h = Buffer.alloc(46);
      h.writeUInt32LE(0x02014b50, 0);
      h.writeUInt16LE(20, 4); // made by: 2.0
      h.writeUInt16LE(20, 6);
      h.writeUInt16LE(0x0800, 8);
      h.writeUInt16LE(8, 10);
      h.writeUInt16LE(DOS_TIME, 12);
      h.writeUInt16LE(DOS_DATE, 14);
      h.writeUInt32LE(e.crc, 16);
      h.writeUInt32LE(e.compressed, 20);
      h.writeUInt32LE(e.size, 24);
      h.writeUInt16LE(e.name.length, 28);
      h.writeUInt32LE(e.offset, 42);
      this.push(h);
      this.push(e.name);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    this.push(end);
    return Buffer.concat(this.chunks);
  }
}
