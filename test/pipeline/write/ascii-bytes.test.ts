import { AsciiBytes, ownBytes, PreparedBytes } from '../../../pipeline/write/ascii-bytes';

describe('AsciiBytes', () => {
  it('writes prepared bytes of every length, short ones in words and long ones in one copy, growing its buffer as it goes', () => {
    const out = new AsciiBytes(8);
    const pieces = [0, 1, 5, 31, 32, 33, 100, 4000].map((n) => new PreparedBytes('<c s="7" t="s"><v>'.repeat(n).slice(0, n)));
    let expected = '';
    for (const p of pieces) {
      out.prepared(p);
      out.ascii('|');
      expected += `${Buffer.from(p.bytes).toString('latin1')}|`;
    }
    expect(out.length).toBe(expected.length);
    expect(out.take().toString('latin1')).toBe(expected);
  });

  it('writes prepared bytes of every length as they are, four at a time and the rest one by one, into grown and fresh buffers', () => {
    // Every length up to the one-copy limit and past it, each written at every offset modulo 4 (the
    // separators shift them), into a buffer that starts too small, grows, and is taken midway.
    const markup = '<c s="17" t="s"><v>1234</v></c>'.repeat(200);
    const lengths = [...Array.from({ length: 40 }, (_, n) => n), 100, 4000];
    const out = new AsciiBytes(8);
    const pieces: Buffer[] = [];
    let expected = '';
    for (const n of lengths) {
      const text = markup.slice(0, n);
      const p = new PreparedBytes(text);
      for (const sep of ['', '|', '||', '|||']) {
        out.ascii(sep);
        out.prepared(p);
        expected += sep + text;
      }
      if (n === 20) pieces.push(out.take());
    }
    pieces.push(out.take());
    expect(Buffer.concat(pieces).toString('latin1')).toBe(expected);
  });

  it('prepares text as its UTF-8, in a buffer of its own', () => {
    const p = new PreparedBytes('"มิติที่ 1",');
    expect(Buffer.from(p.bytes).toString('utf8')).toBe('"มิติที่ 1",');
    expect(p.bytes.byteOffset).toBe(0);
    expect(p.view.byteLength).toBe(p.bytes.byteLength);
    const out = new AsciiBytes(4);
    out.prepared(p);
    expect(out.take().toString('utf8')).toBe('"มิติที่ 1",');
  });

  it('writes numbers as String() does, whole numbers two digits at a time and the rest through String()', () => {
    // Each power of ten and the numbers either side of it: every count of digits, where a pair starts and ends.
    const edges = Array.from({ length: 10 }, (_, k) => 10 ** k).flatMap((p) => [p - 1, p, p + 1, 2 * p + 3]);
    const numbers = [...edges, 7, 42, 12345, 900_009, 2_147_483_647, 2_147_483_648, -1, -0, 0.5, 1234.56, 1e21, Number.MAX_SAFE_INTEGER];
    const out = new AsciiBytes(4);
    for (const n of numbers) {
      out.number(n);
      out.ascii(',');
    }
    expect(out.take().toString('latin1')).toBe(numbers.map((n) => `${String(n)},`).join(''));
  });

  it('writes any text as UTF-8, and hands out each piece as a buffer of its own', () => {
    const out = new AsciiBytes(16);
    out.text('A1');
    out.text('ชื่อโครงการ "ทดสอบ"');
    const first = out.take();
    out.text('ข');
    const second = out.take();
    expect(first.toString('utf8')).toBe('A1ชื่อโครงการ "ทดสอบ"');
    expect(second.toString('utf8')).toBe('ข');
    expect(first.buffer === second.buffer && first.byteOffset === second.byteOffset).toBe(false);
  });
});

describe('ownBytes', () => {
  it('is the text as UTF-8, in a buffer of exactly its own bytes (not a slice of the pool)', () => {
    for (const text of ['', '</v></c>', 'แผนปฏิบัติการ 2567', '"มิติที่ 1, การสร้างสังคม"', 'x'.repeat(5000)]) {
      const bytes = ownBytes(text);
      expect(Buffer.from(bytes).equals(Buffer.from(text, 'utf8'))).toBe(true);
      expect(bytes.byteOffset).toBe(0);
      expect(bytes.buffer.byteLength).toBe(bytes.byteLength);
    }
  });

  it('gives each text a buffer of its own', () => {
    const a = ownBytes('<c s="7"><v>');
    const b = ownBytes('<c s="7"><v>');
    expect(a.buffer).not.toBe(b.buffer);
  });
});
