/**
 * The input files of a run: the files named and every readable file under the folders named,
 * in a stable order. Excel's lock files (~$…), hidden files and the output folder are skipped.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { READABLE_EXTENSIONS } from './read';
import type { InputFile } from './pool';

export interface Collected {
  files: InputFile[];
  /** Paths that could not be listed (unreadable folders), with the reason. */
  problems: { path: string; reason: string }[];
}

function shownPath(abs: string): string {
  const rel = path.relative(process.cwd(), abs);
  return (rel && !rel.startsWith('..') ? rel : abs).split(path.sep).join('/');
}

function wanted(name: string): boolean {
  return !name.startsWith('.') && !name.startsWith('~$') && READABLE_EXTENSIONS.includes(path.extname(name).toLowerCase());
}

export async function collectInputs(paths: string[], exclude: string[] = []): Promise<Collected> {
  const found = new Map<string, InputFile>();
  const problems: Collected['problems'] = [];
  const skip = exclude.map((p) => path.resolve(p));
  const walk = async (abs: string, named: boolean): Promise<void> => {
    if (skip.some((s) => abs === s || abs.startsWith(s + path.sep))) return;
    let stat;
    try {
      stat = await fs.stat(abs);
    } catch (err) {
      problems.push({ path: shownPath(abs), reason: (err as NodeJS.ErrnoException).code ?? String(err) });
      return;
    }
    if (stat.isDirectory()) {
      let entries: string[];
      try {
        entries = (await fs.readdir(abs)).sort();
      } catch (err) {
        problems.push({ path: shownPath(abs), reason: (err as NodeJS.ErrnoException).code ?? String(err) });
        return;
      }
      for (const e of entries) if (!e.startsWith('.')) await walk(path.join(abs, e), false);
    } else if (stat.isFile() && (named || wanted(path.basename(abs)))) {
      found.set(abs, { abs, shown: shownPath(abs) });
    }
  };
  for (const p of paths) await walk(path.resolve(p), true);
  const files = [...found.values()].sort((a, b) => (a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0));
  return { files, problems };
}
