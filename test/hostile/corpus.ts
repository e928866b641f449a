/**
 * The hostile corpus on disk: every kind of kinds.ts written into one inbox (and a roster beside
 * it), and the tools the suites check a run with: the hash of every input, the listing of a
 * folder tree, and what the xlsx reader can report.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { displayPath } from '../../pipeline/collect';
import { council, fullName } from './build';
import { KINDS, type HostileKind } from './kinds';

export function corpusOf(dir: string) {
  return {
    dir,
    put(rel: string, data: Uint8Array | string): string {
      const file = path.join(dir, rel);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, data);
      return file;
    },
  };
}

/** Writes the kinds (those run in the batch) into `inbox`, and a roster of their councils to `roster`. */
export function buildCorpus(inbox: string, roster: string, kinds: HostileKind[] = KINDS.filter((k) => !k.alone)): void {
  const c = corpusOf(inbox);
  fs.mkdirSync(inbox, { recursive: true });
  for (const k of kinds) k.make(c);
  const lines = ['council,district,province'];
  for (let i = 0; i < 30; i++) {
    const spec = council(i);
    lines.push([fullName(spec), spec.district, spec.province].join(','));
  }
  fs.writeFileSync(roster, `\ufeff${lines.join('\r\n')}\r\n`);
}

/** Calls `visit` for every entry under `dir`, depth first (links not followed, unreadable folders skipped); `visit` returns false to skip a folder. */
function walkTree(dir: string, visit: (p: string, e: fs.Dirent) => boolean | void): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (visit(p, e) !== false && e.isDirectory()) walkTree(p, visit);
  }
}

/** Every file under `dir` → its sha256. */
export function hashTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  walkTree(dir, (p, e) => {
    if (e.isFile()) out.set(p, createHash('sha256').update(fs.readFileSync(p)).digest('hex'));
  });
  return out;
}

/** Every path under `dir` (folders too), sorted, skipping the folders in `except`. */
export function listTree(dir: string, except: string[] = []): string[] {
  const out: string[] = [];
  walkTree(dir, (p) => {
    if (except.includes(p)) return false;
    out.push(path.relative(dir, p));
    return true;
  });
  return out.sort();
}

/** The file name as outputs show it (control characters escaped). */
export function shownName(file: string): string {
  return displayPath(file);
}
