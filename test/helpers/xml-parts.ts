/** The XML parts of the workbooks under a folder, decoded, for the reader tests that compare two ways of reading them. */
import * as fs from 'node:fs';
import * as path from 'node:path';
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
