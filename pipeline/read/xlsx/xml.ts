/**
 * Streaming XML for xlsx parts (saxes events, no DOM): decoding, DOCTYPE refusal, and the small
 * parts around the sheets — the workbook, relationships, shared strings and the number formats.
 */
import { SaxesParser } from 'saxes';
import { UnreadableError } from '../unreadable';
import { isDateFormat } from './dates';
import { decodeUtf8Bmp } from './utf8';
import { localName, MAX_XML_DEPTH, READ_ALL, RecordAttributes, replay, StopParsing, tooDeep, type PartReading, type XmlHandlers } from './xml-events';
import { FAST_MAX_CHARS, scanPart } from './xml-scan';
import { saveAgain } from './zip';

export { MAX_XML_DEPTH, StopParsing, type Attributes, type PartReading, type XmlHandlers } from './xml-events';

/** Decodes a part once, whole: UTF-8 (BOM dropped), or UTF-16 when it starts with a UTF-16 BOM. */
export function decodePart(bytes: Uint8Array): string {
  let encoding = 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
  else {
    const text = decodeUtf8Bmp(bytes);
    if (text !== null) return text;
  }
  return new TextDecoder(encoding).decode(bytes);
}

/**
 * Reads a part into the handlers: by the fast scanner (xml-scan.ts) when the part is plain XML, else
 * by saxes. Either way the handlers see the same events, `reading` applied.
 */
export function parseXml(xml: string, part: string, h: XmlHandlers, reading?: PartReading): void {
  const events = xml.length <= FAST_MAX_CHARS ? scanPart(xml, part, reading) : null;
  if (events) {
    replay(events, h);
    return;
  }
  parseWithSaxes(xml, part, h, reading);
}

export function parseWithSaxes(xml: string, part: string, h: XmlHandlers, reading: PartReading = READ_ALL): void {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  parser.on('doctype', () => {
    throw new UnreadableError(
      `ส่วน ${part} ของไฟล์มีการประกาศ DOCTYPE/ENTITY ซึ่งไฟล์ Excel ไม่มี (อาจเป็นไฟล์ที่ถูกดัดแปลง) จึงไม่อ่านไฟล์นี้ ให้เปิดใน Excel แล้วบันทึกไฟล์ใหม่เป็น Excel Workbook (.xlsx)`,
      `the part ${part} declares a DOCTYPE/ENTITY, which Excel files never do (the file may have been tampered with); it was not read; open it in Excel and save the file again as an Excel Workbook (.xlsx)`,
    );
  });
  let depth = 0;
  /** The depth of the element passed over (PartReading.skip) while inside one, else 0. */
  let skipping = 0;
  parser.on('opentag', (tag) => {
    if (++depth > MAX_XML_DEPTH) throw tooDeep(part);
    if (skipping) return;
    const name = localName(tag.name);
    h.open?.(name, new RecordAttributes(tag.attributes));
    if (reading.skip?.has(name)) skipping = depth;
  });
  parser.on('closetag', (tag) => {
    const closing = depth--;
    if (skipping && closing > skipping) return;
    skipping = 0;
    const name = localName(tag.name);
    h.close?.(name);
    if (name === reading.stopAfter) throw new StopParsing();
  });
  if (h.text) {
    const text = (t: string) => {
      if (!skipping) h.text!(t);
    };
    parser.on('text', text);
    parser.on('cdata', text);
  }
  try {
    parser.write(xml).close();
  } catch (err) {
    if (err instanceof StopParsing) return;
    if (err instanceof UnreadableError) throw err;
    throw saveAgain(
      `ข้อมูลในส่วน ${part} ของไฟล์เสียหาย (${(err as Error).message})`,
      `the part ${part} is damaged (${(err as Error).message})`,
    );
  }
}

/** OOXML escapes characters XML cannot hold as `_xHHHH_` (e.g. `_x000D_` for a carriage return). */
export function unescapeXstring(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
}

export function parseRels(xml: string, part: string): Relationship[] {
  const rels: Relationship[] = [];
  parseXml(xml, part, {
    open(name, a) {
      if (name !== 'Relationship' || a.get('TargetMode') === 'External') return;
      rels.push({ id: a.get('Id') ?? '', type: a.get('Type') ?? '', target: a.get('Target') ?? '' });
    },
  });
  return rels;
}

/** The relationship part that belongs to a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * A relative target of plain names, as Excel writes every one ("worksheets/sheet1.xml"): nothing to
 * decode, no backslash, no "." or ".." to resolve.
 */
const PLAIN_TARGET = /^[A-Za-z0-9_-]+(?:\/[A-Za-z0-9_-]+)*\.[A-Za-z0-9]+$/;

/** Resolves a relationship target against the part that holds the relationship. */
export function resolveTarget(fromPart: string, target: string): string {
  // A plain target is the holder's folder and the target (the general way below took a microsecond).
  if (PLAIN_TARGET.test(target)) {
    const slash = fromPart.lastIndexOf('/');
    return slash < 0 ? target : `${fromPart.slice(0, slash)}/${target}`;
  }
  return resolveTargetGeneral(fromPart, target);
}

/** resolveTarget for any target: percent-decoded, backslashes as slashes, absolute, "." and "..". */
export function resolveTargetGeneral(fromPart: string, target: string): string {
  let t = target;
  try {
    t = decodeURIComponent(target);
  } catch {
    // keep the raw target
  }
  t = t.replace(/\\/g, '/');
  const base = t.startsWith('/') ? [] : fromPart.split('/').slice(0, -1);
  for (const seg of t.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') base.pop();
    else base.push(seg);
  }
  return base.join('/');
}

export interface SheetEntry {
  name: string;
  relId: string;
}

export interface WorkbookInfo {
  sheets: SheetEntry[];
  date1904: boolean;
}

export function parseWorkbook(xml: string, part: string): WorkbookInfo {
  const info: WorkbookInfo = { sheets: [], date1904: false };
  let inSheets = false;
  parseXml(xml, part, {
    open(name, a) {
      if (name === 'workbookPr') info.date1904 = a.get('date1904') === '1' || a.get('date1904') === 'true';
      else if (name === 'sheets') inSheets = true;
      else if (name === 'sheet' && inSheets) {
        const entries = a.entries();
        const id = entries.find(([k]) => k.endsWith(':id')) ?? entries.find(([k]) => k === 'id');
        info.sheets.push({ name: a.get('name') ?? '', relId: id?.[1] ?? '' });
      }
    },
    close(name) {
      if (name === 'sheets') inSheets = false;
    },
  });
  return info;
}

/**
 * What a styles part holds besides the number and cell formats: passed over unread. Fonts, fills,
 * borders and the named styles' formats come before cellXfs; the named styles, their differential
 * formats and the rest after it, where the reading stops.
 */
const STYLES_READING: PartReading = { skip: new Set(['fonts', 'fills', 'borders', 'cellStyleXfs']), stopAfter: 'cellXfs' };

/**
 * Which cell formats (cellXfs indexes) show dates. Reads only `numFmts` and `cellXfs`
 * (STYLES_READING): the thousands of named styles a part may have collected are passed over.
 */
export function parseDateStyles(xml: string, part: string): boolean[] {
  const codes = new Map<number, string>();
  const dateXf: boolean[] = [];
  let inNumFmts = false;
  let inCellXfs = false;
  parseXml(xml, part, {
    open(name, a) {
      if (name === 'numFmts') inNumFmts = true;
      else if (name === 'numFmt' && inNumFmts) codes.set(Number(a.get('numFmtId')), a.get('formatCode') ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(a.get('numFmtId') ?? 0);
        dateXf.push(isDateFormat(id, codes.get(id)));
      }
    },
    close(name) {
      if (name === 'numFmts') inNumFmts = false;
      else if (name === 'cellXfs') inCellXfs = false;
    },
  }, STYLES_READING);
  return dateXf;
}
