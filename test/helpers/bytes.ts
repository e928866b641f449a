/** Binary inputs the reader tests and the hostile suite make: OLE compound files and noise. */

/**
 * A small but well-formed OLE compound file (version 3, 512-byte sectors): sector 0 the FAT,
 * sector 1 the directory, then each stream (padded to at least 4096 bytes so none is a mini
 * stream). An old .xls holds a "Workbook" stream; an encrypted .xlsx "EncryptionInfo" and
 * "EncryptedPackage".
 */
export function compoundFile(streams: { name: string; data: Uint8Array }[]): Uint8Array {
  const S = 512;
  const padded = streams.map((s) => {
    const len = Math.ceil(Math.max(s.data.length, 4096) / S) * S;
    const d = new Uint8Array(len);
    d.set(s.data);
    return { name: s.name, data: d, size: Math.max(s.data.length, 4096) };
  });
  const total = 2 + padded.reduce((n, s) => n + s.data.length / S, 0);
  const out = new Uint8Array(S * (1 + total));
  const dv = new DataView(out.buffer);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  dv.setUint16(0x18, 0x3e, true);
  dv.setUint16(0x1a, 3, true);
  dv.setUint16(0x1c, 0xfffe, true);
  dv.setUint16(0x1e, 9, true);
  dv.setUint16(0x20, 6, true);
  dv.setUint32(0x2c, 1, true);
  dv.setUint32(0x30, 1, true);
  dv.setUint32(0x38, 4096, true);
  dv.setUint32(0x3c, 0xfffffffe, true);
  dv.setUint32(0x44, 0xfffffffe, true);
  for (let i = 0; i < 109; i++) dv.setUint32(0x4c + i * 4, i === 0 ? 0 : 0xffffffff, true);
  const fatAt = S;
  for (let i = 0; i < S / 4; i++) dv.setUint32(fatAt + i * 4, 0xffffffff, true);
  dv.setUint32(fatAt, 0xfffffffd, true);
  dv.setUint32(fatAt + 4, 0xfffffffe, true);
  const dirAt = 2 * S;
  const entry = (i: number, name: string, type: number, start: number, size: number, child: number, right: number): void => {
    const at = dirAt + i * 128;
    for (let c = 0; c < name.length; c++) dv.setUint16(at + c * 2, name.charCodeAt(c), true);
    dv.setUint16(at + 64, (name.length + 1) * 2, true);
    out[at + 66] = type;
    out[at + 67] = 1;
    dv.setUint32(at + 68, 0xffffffff, true);
    dv.setUint32(at + 72, right, true);
    dv.setUint32(at + 76, child, true);
    dv.setUint32(at + 116, start, true);
    dv.setUint32(at + 120, size, true);
  };
  entry(0, 'Root Entry', 5, 0xfffffffe, 0, padded.length ? 1 : 0xffffffff, 0xffffffff);
  let sector = 2;
  padded.forEach((s, i) => {
    const n = s.data.length / S;
    for (let k = 0; k < n; k++) dv.setUint32(fatAt + (sector + k) * 4, k === n - 1 ? 0xfffffffe : sector + k + 1, true);
    out.set(s.data, S * (1 + sector));
    entry(i + 1, s.name, 2, sector, s.size, 0xffffffff, i + 1 < padded.length ? i + 2 : 0xffffffff);
    sector += n;
  });
  return out;
}

/** Deterministic noise (an LCG): binary junk, encrypted-looking streams. */
export function junk(n: number, seed = 7): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}
