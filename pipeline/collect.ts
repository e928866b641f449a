/**
 * The input files of a run: the files named and every readable file under the folders named,
 * in a stable order. Excel's lock files (~$…), hidden files and the output folder are skipped.
 *
 * Hostile trees are walked safely: a folder reached twice (a symbolic link to a parent, a loop)
 * is listed once, and a file reached by two paths (links) is read once. A folder that cannot be
 * listed is a problem of the run (reported as unreadable-folder); an entry that cannot even be
 * looked at (a broken link) is kept as a file when its name says it is one, so that reading it
 * reports it, and is a problem otherwise. Paths shown in outputs have their control characters
 * written as \xHH, so a file name cannot inject terminal escapes or break an output file.
 */
import type { Stats } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { byText } from '../core/order';
import { READABLE_EXTENSIONS } from './read';
import type { InputFile } from './pool';

export interface Collected {
  files: InputFile[];
  /** Paths that could not be listed (unreadable folders) or looked at, with the reason (an errno code). */
  problems: { path: string; reason: string }[];
}

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** A path as outputs show it: control characters written as \xHH / \uHHHH. */
export function displayPath(p: string): string {
  return p.replace(CONTROL, (ch) => {
    const code = ch.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

function shownPath(abs: string): string {
  const rel = path.relative(process.cwd(), abs);
  return displayPath((rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs).split(path.sep).join('/'));
}

function wanted(name: string): boolean {
  return !name.startsWith('.') && !name.startsWith('~$') && READABLE_EXTENSIONS.includes(path.extname(name).toLowerCase());
}

function errCode(err: unknown): string {
  return (err as NodeJS.ErrnoException).code ?? String(err);
}

export async function collectInputs(paths: string[], exclude: string[] = []): Promise<Collected> {
  const found = new Map<string, InputFile>();
  const problems: Collected['problems'] = [];
  const skip = exclude.map((p) => path.resolve(p));
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();
  const skipped = (abs: string) => skip.some((s) => abs === s || abs.startsWith(s + path.sep));
  const statOf = (abs: string): Promise<{ stat: Stats } | { err: unknown }> => fs.stat(abs).then((stat) => ({ stat }), (err: unknown) => ({ err }));
  // `looked` is the entry's stat when the folder listing already asked for it: a folder's entries are
  // looked at all at once (a national inbox has thousands), then walked one by one in name order.
  const walk = async (abs: string, named: boolean, looked?: { stat: Stats } | { err: unknown }): Promise<void> => {
    if (skipped(abs)) return;
    const result = looked ?? (await statOf(abs));
    if ('err' in result) {
      const err = result.err;
      // A broken link or a name the system refuses: a file by its name is read (and reported) as one.
      if (named ? READABLE_EXTENSIONS.includes(path.extname(abs).toLowerCase()) : wanted(path.basename(abs))) {
        found.set(abs, { abs, shown: shownPath(abs) });
      } else {
        problems.push({ path: shownPath(abs), reason: errCode(err) });
      }
      return;
    }
    const { stat } = result;
    const id = `${stat.dev}:${stat.ino}`;
    if (stat.isDirectory()) {
      if (stat.ino !== 0 && seenDirs.has(id)) return;
      seenDirs.add(id);
      let entries: string[];
      try {
        entries = (await fs.readdir(abs)).sort();
      } catch (err) {
        problems.push({ path: shownPath(abs), reason: errCode(err) });
        return;
      }
      const children = entries.filter((e) => !e.startsWith('.')).map((e) => path.join(abs, e));
      const stats = await Promise.all(children.map((c) => (skipped(c) ? undefined : statOf(c))));
      for (let i = 0; i < children.length; i++) await walk(children[i], false, stats[i]);
    } else if (stat.isFile() && (named || wanted(path.basename(abs)))) {
      if (stat.ino !== 0 && seenFiles.has(id)) return;
      seenFiles.add(id);
      found.set(abs, { abs, shown: shownPath(abs) });
    }
  };
  for (const p of paths) await walk(path.resolve(p), true);
  const files = [...found.values()].sort((a, b) => byText(a.shown, b.shown) || byText(a.abs, b.abs));
  problems.sort((a, b) => byText(a.path, b.path));
  return { files, problems };
}
