/** The XML parts of the workbooks under a folder, decoded, for the reader tests that compare two ways of reading them. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureCorpus } from '../../bench/corpus';
import { buildSamples } from '../../samples/build';
import { DEFAULT_LIMITS, extractEntry, readCentralDirectory } from '../../pipeline/read/xlsx/zip';
import { decodePart } from '../../pipeline/read/xlsx/xml';

export function xlsxFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? xlsxFiles(p) : p.endsWith('.xlsx') ? [p] : [];
  });
}

/** Every part whose name `wanted` takes, with its name, of each of `files` that opens (a damaged workbook, there on purpose, is passed over). */
export function namedXmlParts(files: string[], wanted: (name: string) => boolean): { name: string; xml: string }[] {
  const out: { name: string; xml: string }[] = [];
  for (const file of files) {
    const bytes = new Uint8Array(fs.readFileSync(file));
    let entries;
    try {
      entries = readCentralDirectory(bytes, DEFAULT_LIMITS);
    } catch {
      continue;
    }
    for (const [name, entry] of entries) if (wanted(name)) out.push({ name, xml: decodePart(extractEntry(bytes, entry)) });
  }
  return out;
}

/** The parts `wanted` takes of every workbook under `dir`. */
export function xmlParts(dir: string, wanted: (name: string) => boolean): string[] {
  return namedXmlParts(xlsxFiles(dir), wanted).map((p) => p.xml);
}

/**
 * The workbooks of the sample province and of a 120-council bench corpus, made in a folder of the
 * calling test file's own before its tests and removed after them (the hooks are registered here).
 * The function returned gives their parts that `wanted` takes (names as the zip keeps them: lower case).
 */
export function sampleAndCorpusParts(): (wanted: (name: string) => boolean) => string[] {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sujarit-parts-'));
  beforeAll(async () => {
    await buildSamples(path.join(tmp, 'samples'));
    ensureCorpus(120, path.join(tmp, 'corpus'));
  }, 120000);
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
  return (wanted) => [...xmlParts(path.join(tmp, 'samples'), wanted), ...xmlParts(path.join(tmp, 'corpus'), wanted)];
}
