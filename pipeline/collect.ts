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
import { stat, type Stats } from 'node:fs';
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

/**
 * What a folder's entries are shown as: the folder's own shown path and a slash, or nothing for the
 * working folder itself. An entry's name holds no separator, so its shown path is this and its name
 * (what shownPath gives it, without working out a relative path for each of a national inbox's
 * thousands of files).
 */
function shownPrefix(dir: string): string {
  return path.relative(process.cwd(), dir) === '' ? '' : `${shownPath(dir)}/`.replace(/\/+$/, '/');
}

function wanted(name: string): boolean {
  return !name.startsWith('.') && !name.startsWith('~$') && READABLE_EXTENSIONS.includes(path.extname(name).toLowerCase());
}

function errCode(err: unknown): string {
  return (err as NodeJS.ErrnoException).code ?? String(err);
}

type Looked = { stat: Stats } | { err: unknown };

/**
 * Each of `paths` looked at (fs.stat), all at once, in one promise (null: not looked at): a national
 * inbox's folders hold thousands of files, and a promise and an await for each was most of listing them.
 */
function lookAll(paths: (string | null)[]): Promise<(Looked | undefined)[]> {
  return new Promise((resolve) => {
    const out: (Looked | undefined)[] = new Array(paths.length);
    let waiting = paths.length;
    if (waiting === 0) resolve(out);
    paths.forEach((p, i) => {
      if (p === null) {
        if (--waiting === 0) resolve(out);
        return;
      }
      stat(p, (err, st) => {
        out[i] = err ? { err } : { stat: st };
        if (--waiting === 0) resolve(out);
      });
    });
  });
}

export async function collectInputs(paths: string[], exclude: string[] = []): Promise<Collected> {
  const found = new Map<string, InputFile>();
  const problems: Collected['problems'] = [];
  const skip = exclude.map((p) => path.resolve(p));
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();
  const skipped = (abs: string) => skip.some((s) => abs === s || abs.startsWith(s + path.sep));
  // `looked` is the entry's stat when the folder listing already asked for it, and `shown` its shown
  // path: a folder's entries are looked at all at once, then walked one by one in name order.
  const walk = async (abs: string, named: boolean, looked?: Looked, shown?: string): Promise<void> => {
    if (skipped(abs)) return;
    const result = looked ?? ((await lookAll([abs]))[0] as Looked);
    if ('err' in result) {
      const err = result.err;
      // A broken link or a name the system refuses: a file by its name is read (and reported) as one.
      if (named ? READABLE_EXTENSIONS.includes(path.extname(abs).toLowerCase()) : wanted(path.basename(abs))) {
        found.set(abs, { abs, shown: shown ?? shownPath(abs) });
      } else {
        problems.push({ path: shown ?? shownPath(abs), reason: errCode(err) });
      }
      return;
    }
    const { stat } = result;
    if (stat.isDirectory()) {
      const id = `${stat.dev}:${stat.ino}`;
      if (stat.ino !== 0 && seenDirs.has(id)) return;
      seenDirs.add(id);
      let entries: string[];
      try {
        entries = (await fs.readdir(abs)).sort();
      } catch (err) {
        problems.push({ path: shown ?? shownPath(abs), reason: errCode(err) });
        return;
      }
      const names = entries.filter((e) => !e.startsWith('.'));
      const children = names.map((e) => path.join(abs, e));
      const stats = await lookAll(children.map((c) => (skipped(c) ? null : c)));
      const prefix = shownPrefix(abs);
      for (let i = 0; i < children.length; i++) {
        const child = stats[i];
        const childShown = prefix + displayPath(names[i]);
        // A file is taken here and now; only a folder (or what could not be looked at) is walked.
        if (child && 'stat' in child && !child.stat.isDirectory()) takeFile(children[i], false, child.stat, childShown);
        else await walk(children[i], false, child, childShown);
      }
    } else takeFile(abs, named, stat, shown);
  };
  // An entry that is not a folder, looked at and not skipped: kept when it is a file a run reads.
  const takeFile = (abs: string, named: boolean, stat: Stats, shown?: string): void => {
    if (!stat.isFile() || !(named || wanted(path.basename(abs)))) return;
    const id = `${stat.dev}:${stat.ino}`;
    if (stat.ino !== 0 && seenFiles.has(id)) return;
    seenFiles.add(id);
    found.set(abs, { abs, shown: shown ?? shownPath(abs) });
  };
  for (const p of paths) await walk(path.resolve(p), true);
  const files = [...found.values()].sort((a, b) => byText(a.shown, b.shown) || byText(a.abs, b.abs));
  problems.sort((a, b) => byText(a.path, b.path));
  return { files, problems };
}
