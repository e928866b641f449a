import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeUtf8Bmp } from '../../../../pipeline/read/xlsx/utf8';
import { decodePart } from '../../../../pipeline/read/xlsx/xml';
import { SAMPLES } from '../../../helpers/samples';
const bytes = (...b: number[]) => Uint8Array.from(b);
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const textDecoder = (b: Uint8Array) => new TextDecoder('utf-8').decode(b);

describe('decodeUtf8Bmp', () => {
  it('decodes what TextDecoder decodes, for every sample table (the seed documents)', () => {
    const tables = fs.readdirSync(SAMPLES);
    expect(tables.length).toBeGreaterThanOrEqual(4);
    for (const f of tables) {
      const b = new Uint8Array(fs.readFileSync(path.join(SAMPLES, f)));
      expect(decodeUtf8Bmp(b)).toBe(textDecoder(b));
    }
  });

  it('decodes ASCII, Thai, two-byte letters and the last BMP characters', () => {
    for (const s of ['', '<c r="A1" t="s"><v>12</v></c>', 'โครงการส่งเสริมคุณธรรม ๒๕๖๗', 'é ß Ω – “ ” ₿ \uFFFD \uFFFF', 'ก\u0E4Dา น้ํา']) {
      expect(decodeUtf8Bmp(utf8(s))).toBe(s);
    }
  });

  it('decodes every sequence of the Thai block\'s lead bytes as TextDecoder does, and refuses a bad last byte', () => {
    for (const second of [0xb8, 0xb9]) {
      for (let third = 0x80; third <= 0xbf; third++) {
        const b = bytes(0x61, 0xe0, second, third, 0x62);
        expect(decodeUtf8Bmp(b)).toBe(textDecoder(b));
      }
      for (const third of [0x41, 0xc0, 0xe0]) expect(decodeUtf8Bmp(bytes(0xe0, second, third))).toBeNull();
      expect(decodeUtf8Bmp(bytes(0x61, 0xe0, second))).toBeNull();
    }
  });

  it('drops a UTF-8 byte order mark, as TextDecoder does', () => {
    expect(decodeUtf8Bmp(bytes(0xef, 0xbb, 0xbf, 0x3c, 0x61, 0x2f, 0x3e))).toBe('<a/>');
    expect(decodeUtf8Bmp(utf8('\uFEFFกข'))).toBe('กข');
  });

  it('leaves to TextDecoder what it does not take: four-byte characters, and every malformed sequence', () => {
    const refused = [
      utf8('กข 😀'), // outside the BMP
      bytes(0xe0, 0xb8), // cut short
      bytes(0x61, 0xe0, 0xb8, 0x41), // a continuation byte missing
      bytes(0xc0, 0xaf), // overlong '/'
      bytes(0xe0, 0x80, 0xaf), // overlong '/'
      bytes(0xed, 0xa0, 0x80), // a surrogate
      bytes(0x80), // a lone continuation byte
      bytes(0xff, 0x41),
    ];
    for (const b of refused) expect(decodeUtf8Bmp(b)).toBeNull();
    // decodePart then gives TextDecoder's reading, replacement characters included.
    for (const b of refused) expect(decodePart(b)).toBe(textDecoder(b));
  });

  it('reads a byte view where it starts, not its buffer', () => {
    const whole = utf8('xxกขyy');
    expect(decodeUtf8Bmp(whole.subarray(2, 8))).toBe('กข');
  });

  it('decodes a part larger than its scratch space (a megabyte), and a short one after it', () => {
    const big = 'ก'.repeat(400_000) + 'a'; // 1.2 MB
    expect(decodeUtf8Bmp(utf8(big))).toBe(big);
    expect(decodeUtf8Bmp(utf8('ขค'))).toBe('ขค');
  });

  it('decodes a part that fills most of its scratch space, and a shorter one after it', () => {
    const large = 'ก'.repeat(300_000) + 'a'; // 900 KB
    expect(decodeUtf8Bmp(utf8(large))).toBe(large);
    expect(decodeUtf8Bmp(utf8('ขคa'))).toBe('ขคa');
  });
});
