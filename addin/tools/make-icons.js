#!/usr/bin/env node
/**
 * Draws the add-in's icons (a checked plan sheet on Excel green) into addin/assets/ as PNGs:
 * icon-16/32/64/80/128 for the XML manifest and the ribbon, color-192 and a white outline-32 for
 * the unified manifest. Pure Node (zlib for the PNG's deflate), so the icons are made by code and
 * reviewed as code: `node addin/tools/make-icons.js`.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const OUT = path.join(__dirname, '..', 'assets');

// --- PNG -------------------------------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
/** RGBA pixels (Uint8Array, width*height*4) → PNG bytes. */
function png(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// --- Shapes in unit coordinates ----------------------------------------------------------------

function inRoundRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}
function nearSegment(x, y, ax, ay, bx, by, w) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= (w / 2) ** 2;
}

const GREEN = [16, 124, 65, 255];
const DARK = [11, 90, 47, 255];
const WHITE = [255, 255, 255, 255];
const LINE = [159, 211, 181, 255];
const CLEAR = [0, 0, 0, 0];

/** The colour icon: green tile, white sheet with ruled lines, a dark-green badge with a tick. */
function colorAt(x, y, small) {
  const badge = (x - 0.7) ** 2 + (y - 0.71) ** 2;
  const tick = nearSegment(x, y, 0.615, 0.715, 0.68, 0.78, small ? 0.07 : 0.055) || nearSegment(x, y, 0.68, 0.78, 0.795, 0.645, small ? 0.07 : 0.055);
  if (badge <= 0.19 ** 2) return tick ? WHITE : badge <= 0.16 ** 2 ? DARK : WHITE;
  if (!inRoundRect(x, y, 0.04, 0.04, 0.96, 0.96, 0.2)) return CLEAR;
  if (inRoundRect(x, y, 0.24, 0.17, 0.72, 0.83, 0.05)) {
    const ruled = [0.33, 0.45, 0.57].some((ly) => Math.abs(y - ly) <= (small ? 0.035 : 0.025) && x >= 0.32 && x <= (ly === 0.57 ? 0.5 : 0.64));
    return ruled ? LINE : WHITE;
  }
  return GREEN;
}

/** The outline icon for Teams-style hosts: white strokes on transparent. */
function outlineAt(x, y) {
  const w = 0.07;
  const sheet =
    inRoundRect(x, y, 0.2, 0.12, 0.74, 0.88, 0.06) && !inRoundRect(x, y, 0.2 + w, 0.12 + w, 0.74 - w, 0.88 - w, 0.02);
  const lines = [0.33, 0.47].some((ly) => Math.abs(y - ly) <= w / 2 && x >= 0.34 && x <= 0.6);
  const tick = nearSegment(x, y, 0.5, 0.68, 0.62, 0.8, w) || nearSegment(x, y, 0.62, 0.8, 0.9, 0.5, w);
  return sheet || lines || tick ? WHITE : CLEAR;
}

function render(size, shade) {
  const rgba = new Uint8Array(size * size * 4);
  const S = 4; // 4×4 samples a pixel
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const c = shade((px + (sx + 0.5) / S) / size, (py + (sy + 0.5) / S) / size);
          acc[0] += c[0] * c[3];
          acc[1] += c[1] * c[3];
          acc[2] += c[2] * c[3];
          acc[3] += c[3];
        }
      }
      const i = (py * size + px) * 4;
      const a = acc[3];
      rgba[i] = a ? Math.round(acc[0] / a) : 0;
      rgba[i + 1] = a ? Math.round(acc[1] / a) : 0;
      rgba[i + 2] = a ? Math.round(acc[2] / a) : 0;
      rgba[i + 3] = Math.round(a / (S * S));
    }
  }
  return png(size, size, rgba);
}

fs.mkdirSync(OUT, { recursive: true });
for (const size of [16, 32, 64, 80, 128]) {
  fs.writeFileSync(path.join(OUT, `icon-${size}.png`), render(size, (x, y) => colorAt(x, y, size <= 32)));
}
fs.writeFileSync(path.join(OUT, 'color-192.png'), render(192, (x, y) => colorAt(x, y, false)));
fs.writeFileSync(path.join(OUT, 'outline-32.png'), render(32, outlineAt));
console.log(`icons written to ${path.relative(process.cwd(), OUT)}`);
