/**
 * The zip writer of summary.xlsx: zlib's gzip stream unwrapped into zip's deflate data and CRC-32,
 * whatever pieces zlib hands it in, and archives whose every entry inflates to its part with the
 * CRC and sizes its headers declare.
 */
import { crc32, deflateRawSync, gzipSync, inflateRawSync } from 'node:zlib';
import { unwrapGzip, ZIP_LEVEL, ZipWriter } from '../../../pipeline/write/xlsx-zip';

/** Some XML of the item sheet's kind: Thai text, numbers, repeats and variety. */
function sheetXml(rows: number): string {
  const parts: string[] = [];
  for (let r = 1; r <= rows; r++) parts.push(`<row r="${r}"><c r="A${r}" s="7" t="s"><v>${(r * 7919) % 1013}</v></c><c s="9"><v>${r * 1250}</v></c><is><t>โครงการอบรมคุณธรรม ${r}</t></is></row>`);
  return parts.join('');
}

/** The bytes cut at the given offsets. */
function cut(bytes: Buffer, at: number[]): Buffer[] {
  const points = [0, ...at.filter((n) => n > 0 && n < bytes.length).sort((a, b) => a - b), bytes.length];
  const pieces: Buffer[] = [];
  for (let i = 1; i < points.length; i++) if (points[i] > points[i - 1]) pieces.push(bytes.subarray(points[i - 1], points[i]));
  return pieces;
}

describe('unwrapGzip', () => {
  const content = Buffer.from(sheetXml(3000), 'utf8');
  const gz = gzipSync(content, { level: ZIP_LEVEL });
  const raw = deflateRawSync(content, { level: ZIP_LEVEL });

  it.each([
    ['whole', []],
    ['cut inside the header', [1, 4, 9]],
    ['cut where the header ends', [10]],
    ['cut inside the trailer', [gz.length - 7, gz.length - 3]],
    ['cut where the trailer starts', [gz.length - 8]],
    ['cut into 1 MB-like pieces', [1000, 2000, 3000]],
    ['the header, the data and the trailer each split', [3, 10, 11, 500, gz.length - 9, gz.length - 8, gz.length - 1]],
  ])('gives the raw deflate data and the CRC-32 (%s)', (_name, at) => {
    const { data, crc, compressed } = unwrapGzip(cut(gz, at as number[]));
    const joined = Buffer.concat(data);
    expect(joined.equals(raw)).toBe(true);
    expect(compressed).toBe(raw.length);
    expect(crc).toBe(crc32(content));
    expect(inflateRawSync(joined).equals(content)).toBe(true);
  });

  it('gives the same from a stream handed over a byte at a time', () => {
    const small = Buffer.from(sheetXml(20), 'utf8');
    const z = gzipSync(small, { level: ZIP_LEVEL });
    const { data, crc } = unwrapGzip(cut(z, Array.from({ length: z.length }, (_, i) => i)));
    expect(Buffer.concat(data).equals(deflateRawSync(small, { level: ZIP_LEVEL }))).toBe(true);
    expect(crc).toBe(crc32(small));
  });

  it('unwraps an empty part', () => {
    const { data, crc, compressed } = unwrapGzip([gzipSync(Buffer.alloc(0), { level: ZIP_LEVEL })]);
    expect(inflateRawSync(Buffer.concat(data)).length).toBe(0);
    expect(crc).toBe(0);
    expect(compressed).toBe(Buffer.concat(data).length);
  });

  it('refuses a header with optional fields, and a stream too short for a header and a trailer', () => {
    const named = Buffer.from(gz);
    named[3] = 0x08; // FNAME: a file name would follow the ten bytes
    expect(() => unwrapGzip([named])).toThrow(/optional fields/);
    expect(() => unwrapGzip([gz.subarray(0, 17)])).toThrow(/too short/);
  });
});

/**
 * Every entry of an archive, from its central directory: name, CRC, sizes and the bytes it inflates to.
 * Read here rather than by the workbook reader (read/xlsx/zip.ts), which never looks at a CRC: the
 * writer's headers are checked against the zip format itself, not against our own reading of it.
 */
function entries(zip: Buffer): { name: string; crc: number; size: number; compressed: number; content: Buffer }[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const out = [];
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const crc = zip.readUInt32LE(at + 16);
    const compressed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    // The local header says the same, and the data follows it.
    expect(zip.readUInt32LE(local + 14)).toBe(crc);
    expect(zip.readUInt32LE(local + 18)).toBe(compressed);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    out.push({ name, crc, size, compressed, content: inflateRawSync(zip.subarray(start, start + compressed)) });
    at += 46 + nameLength;
  }
  return out;
}

describe('ZipWriter', () => {
  it('writes parts given as text, bytes and pieces, each entry inflating to its part with the CRC and sizes it declares', async () => {
    const big = sheetXml(20000);
    const parts: [string, string][] = [
      ['[Content_Types].xml', '<?xml version="1.0"?><Types/>'],
      ['xl/worksheets/sheet1.xml', big],
      ['xl/empty.xml', ''],
      ['xl/sharedStrings.xml', 'ภาพรวมจังหวัด '.repeat(5000)],
    ];
    const zip = new ZipWriter();
    await zip.add(parts[0][0], parts[0][1]);
    // In pieces, some of them bytes, as the sheets are given.
    const pieces = function* () {
      for (let i = 0; i < big.length; i += 70000) {
        const s = big.slice(i, i + 70000);
        yield i % 140000 === 0 ? s : Buffer.from(s, 'utf8');
      }
    };
    await zip.add(parts[1][0], pieces());
    await zip.add(parts[2][0], parts[2][1]);
    await zip.add(parts[3][0], new Uint8Array(Buffer.from(parts[3][1], 'utf8')));
    const read = entries(zip.bytes());
    expect(read.map((e) => e.name)).toEqual(parts.map(([name]) => name));
    for (const [i, e] of read.entries()) {
      const expected = Buffer.from(parts[i][1], 'utf8');
      expect(e.content.equals(expected)).toBe(true);
      expect(e.size).toBe(expected.length);
      expect(e.crc).toBe(crc32(expected));
    }
  });

  it('gives the same bytes for the same parts', async () => {
    const make = async () => {
      const zip = new ZipWriter();
      await zip.add('a.xml', sheetXml(500));
      await zip.add('b.xml', [sheetXml(10), Buffer.from(sheetXml(20), 'utf8')]);
      return zip.bytes();
    };
    expect((await make()).equals(await make())).toBe(true);
  });
});
