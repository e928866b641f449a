/**
 * ASCII text written straight into bytes, for output that is mostly markup and numbers (a sheet's
 * rows: every text lives in the shared strings), and any text as UTF-8 (items.csv's fields). Writing
 * bytes avoids building millions of small strings only to join and encode them again; whole numbers
 * are written digit by digit.
 *
 * Pieces are handed out with take() as fresh buffers (the zip deflates them later, so a buffer is
 * never written to again once taken).
 */
/**
 * A text's UTF-8 in a buffer of its own, never a slice of Node's 8 KB buffer pool: bytes kept for a
 * while (prepared once and written many times) or moved to another thread would otherwise hold, or
 * take, the pool's whole slab with them.
 */
export function ownBytes(text: string): Uint8Array {
  const bytes = new Uint8Array(Buffer.byteLength(text, 'utf8'));
  Buffer.from(bytes.buffer).write(text, 0, 'utf8');
  return bytes;
}

/**
 * Bytes written many times over (a cell's opening tag, a field kept as bytes, a plan's place in each
 * of its lines), in a buffer of their own (ownBytes) with a view of them: AsciiBytes.prepared copies
 * them four bytes at a time. A national item sheet writes some fourteen million such runs of 8 to 20
 * bytes, and copying them byte by byte (each a bounds-checked load and store) was a sixth of making
 * the sheet.
 */
export class PreparedBytes {
  readonly bytes: Uint8Array;
  readonly view: DataView;

  constructor(text: string) {
    this.bytes = ownBytes(text);
    this.view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
  }
}

export class AsciiBytes {
  private buf: Buffer;
  /** A view of `buf`, made anew with it. */
  private view: DataView;
  private pos = 0;

  constructor(private readonly size = 64 * 1024) {
    this.buf = Buffer.allocUnsafe(size);
    this.view = viewOf(this.buf);
  }

  get length(): number {
    return this.pos;
  }

  private room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + n));
    this.buf.copy(bigger, 0, 0, this.pos);
    this.buf = bigger;
    this.view = viewOf(bigger);
  }

  /** Text that is only ASCII (the caller's promise: markup, references, numbers). */
  ascii(s: string): void {
    const n = s.length;
    this.room(n);
    const buf = this.buf;
    let p = this.pos;
    if (n > 32) {
      p += buf.write(s, p, 'latin1');
    } else {
      for (let i = 0; i < n; i++) buf[p++] = s.charCodeAt(i);
    }
    this.pos = p;
  }

  /** Any text, as UTF-8. */
  text(s: string): void {
    const n = s.length;
    // Short texts that turn out ASCII (a cell reference, a code) without a call into Node's encoder.
    if (n <= 16) {
      this.room(n);
      const buf = this.buf;
      const p = this.pos;
      let i = 0;
      for (; i < n; i++) {
        const c = s.charCodeAt(i);
        if (c > 0x7f) break;
        buf[p + i] = c;
      }
      if (i === n) {
        this.pos = p + n;
        return;
      }
    }
    this.room(3 * n);
    this.pos += this.buf.write(s, this.pos, 'utf8');
  }

  /**
   * Bytes prepared to be written many times: short ones four at a time through the two views (the
   * same byte order on both sides, so the bytes land as they are), long ones in one copy.
   */
  prepared(p: PreparedBytes): void {
    const n = p.bytes.length;
    this.room(n);
    const at = this.pos;
    this.pos = at + n;
    if (n > 32) {
      this.buf.set(p.bytes, at);
      return;
    }
    const from = p.view;
    const to = this.view;
    let i = 0;
    for (; i + 4 <= n; i += 4) to.setUint32(at + i, from.getUint32(i, true), true);
    for (; i < n; i++) to.setUint8(at + i, from.getUint8(i));
  }

  /**
   * A number as JavaScript writes it (String(n)); whole numbers below 2^31 without making a string,
   * two digits at a time. A national run's outputs write some nine million numbers (rows, shared-
   * string numbers, amounts): 9 ns a number against 16 ns one digit at a time.
   */
  number(n: number): void {
    if (!(n >= 0 && n <= 0x7fffffff && (n | 0) === n)) {
      // Negative, fractional, large or -0: rare in a sheet's rows; String(n) is exact for all of them.
      this.ascii(String(n));
      return;
    }
    this.room(10);
    const buf = this.buf;
    let p = this.pos + digitCount(n);
    this.pos = p;
    let m = n;
    while (m >= 100) {
      const q = (m / 100) | 0;
      const pair = (m - q * 100) << 1;
      buf[--p] = DIGIT_PAIRS[pair + 1];
      buf[--p] = DIGIT_PAIRS[pair];
      m = q;
    }
    if (m >= 10) {
      buf[--p] = DIGIT_PAIRS[(m << 1) + 1];
      buf[--p] = DIGIT_PAIRS[m << 1];
    } else buf[--p] = 48 + m;
  }

  /** The bytes written so far, as a buffer of their own; writing starts afresh. */
  take(): Buffer {
    const out = this.buf.subarray(0, this.pos);
    this.buf = Buffer.allocUnsafe(this.size);
    this.view = viewOf(this.buf);
    this.pos = 0;
    return out;
  }
}

/** "00" to "99" as ASCII, two bytes each. */
const DIGIT_PAIRS = new Uint8Array(200);
for (let i = 0; i < 100; i++) {
  DIGIT_PAIRS[2 * i] = 48 + ((i / 10) | 0);
  DIGIT_PAIRS[2 * i + 1] = 48 + (i % 10);
}

/** The decimal digits of a whole number from 0 to 2^31 - 1. */
function digitCount(n: number): number {
  if (n < 100000) return n < 100 ? (n < 10 ? 1 : 2) : n < 1000 ? 3 : n < 10000 ? 4 : 5;
  return n < 10000000 ? (n < 1000000 ? 6 : 7) : n < 100000000 ? 8 : n < 1000000000 ? 9 : 10;
}

function viewOf(buf: Buffer): DataView {
  return new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
}
