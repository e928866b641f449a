/**
 * Output file names for `sujarit normalize`: `<council>-<kind>-<years>.xlsx`, safe on every
 * file system the files travel to (no path separators, no `..`, no control or invisible characters,
 * none of Windows' reserved characters or names, at most 150 bytes), unique within a run
 * (case-insensitively: -2, -3 … on a collision), and always inside the output folder.
 */
import * as path from 'node:path';

export const MAX_NAME_BYTES = 150;

/** Windows refuses these as file names, with any extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/** Cuts a string to at most `max` UTF-8 bytes, at a character boundary. */
export function truncateBytes(s: string, max: number): string {
  if (Buffer.byteLength(s, 'utf8') <= max) return s;
  let out = '';
  let bytes = 0;
  for (const ch of s) {
    const n = Buffer.byteLength(ch, 'utf8');
    if (bytes + n > max) break;
    out += ch;
    bytes += n;
  }
  return out;
}

/**
 * A file name's stem made safe: control and invisible characters dropped, path separators and
 * Windows' reserved characters turned into "-", runs of dots collapsed (no ".."), no leading dot,
 * spaces and dots trimmed at the ends; '' when nothing is left.
 */
export function safeStem(raw: string): string {
  let s = raw.normalize('NFC').replace(/[\t\n\v\f\r]/g, ' ');
  s = s.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/g, '');
  s = s.replace(/[/\\:*?"<>|]/g, '-');
  s = s.replace(/\s+/g, ' ');
  s = s.replace(/\.{2,}/g, '.');
  s = s.replace(/-{2,}/g, '-');
  s = s.replace(/^[\s.\-]+|[\s.]+$/g, '');
  if (RESERVED.test(s.split('.')[0] ?? '')) s = `_${s}`;
  return s;
}

/** `<stem><suffix><ext>` within MAX_NAME_BYTES, the stem cut (and re-trimmed) to fit. */
function fit(stem: string, suffix: string, ext: string): string {
  const room = MAX_NAME_BYTES - Buffer.byteLength(suffix + ext, 'utf8');
  const cut = safeStem(truncateBytes(stem, room)) || 'plan';
  return `${cut}${suffix}${ext}`;
}

/** Hands out unique, safe names inside one output folder. */
export class NameAllocator {
  private readonly taken = new Set<string>();

  constructor(reserved: readonly string[] = []) {
    for (const r of reserved) this.taken.add(r.toLowerCase());
  }

  /** A unique safe name for the stem ("องค์การบริหารส่วนตำบลหนองแวง-plan-multi-year-2561-2564"). */
  allocate(stem: string, ext = '.xlsx'): string {
    const clean = safeStem(stem) || 'plan';
    for (let n = 1; ; n++) {
      const name = fit(clean, n === 1 ? '' : `-${n}`, ext);
      if (!this.taken.has(name.toLowerCase())) {
        this.taken.add(name.toLowerCase());
        return name;
      }
    }
  }
}

/** The absolute path of `name` inside `dir`; throws when it would land anywhere else. */
export function insideDir(dir: string, name: string): string {
  const root = path.resolve(dir);
  const target = path.resolve(root, name);
  const rel = path.relative(root, target);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel) || rel.includes(path.sep) || rel.includes('/') || rel.includes('\\')) {
    throw new Error(`refusing to write outside the output folder: ${JSON.stringify(name)}`);
  }
  return target;
}
