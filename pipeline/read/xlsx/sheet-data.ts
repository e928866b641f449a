/**
 * A worksheet's cells read straight from its XML. The general scanner (xml-scan.ts) lists every
 * element, attribute and text of a part as events and replays them to the sheet's handlers, which
 * then look each attribute up by name: for the few hundred cells of a plan's <sheetData> that was
 * nearly half of reading a workbook. Here the rows and cells of <sheetData> go to the sheet's reader as
 * they are met, with their r, s and t attributes picked out where they stand.
 *
 * Only what Excel and the usual scripts write is read this way: rows of cells, each a value (<v>),
 * a formula (<f>) or an inline string of plain runs (<is><t>), with whitespace between elements.
 * Anything else (a comment, CDATA, another element, text outside a value, a prefixed name, rich or
 * phonetic inline text, too many attributes) makes scanSheetData answer false, and the part is read
 * the general way from its start; so what is accepted, refused or read is still decided there. What
 * is read here is checked as the general scanner checks it (names, attribute values, texts, their
 * references, duplicate attributes, matching closing tags), by the same functions.
 */
import { attributeValue, isSpace, nameAt, textBetween } from './xml-scan';

/** What the sheet's reader (sheet.ts) is told of <sheetData>'s content, in document order. */
export interface SheetCells {
  startRow(r: string | undefined): void;
  endRow(): void;
  startCell(t: string | undefined, s: string | undefined, r: string | undefined): void;
  /** A <v>'s text ('' for an empty one); the last one of a cell counts. */
  cellValue(text: string): void;
  /** An <f>'s text ('' for an empty one); the last one of a cell counts. */
  cellFormula(text: string): void;
  /** An <is> starts: the cell holds an inline string, made of its <t>s' texts. */
  startInline(): void;
  inlineText(text: string): void;
  endInline(): void;
  endCell(): void;
}

/** More than any row or cell Excel writes: an element with more is read the general way. */
const MAX_ATTRIBUTES = 16;

/**
 * The tag being read: its end, whether it closed itself, and its r, s and t attributes (references
 * decoded). One object, refilled, not one per cell.
 */
const TAG = {
  end: 0,
  empty: false,
  r: undefined as string | undefined,
  s: undefined as string | undefined,
  t: undefined as string | undefined,
};
/** The qualified names of the tag's attributes so far, to refuse a second of one name. */
const NAMES: string[] = [];

/**
 * Reads a start tag's attributes from `at` (just past its name) to its `>` or `/>` into TAG; false
 * when anything there is not as the general scanner would take it.
 */
function readTag(xml: string, at: number, to: number): boolean {
  TAG.r = TAG.s = TAG.t = undefined;
  let count = 0;
  let j = at;
  for (;;) {
    const start = j;
    while (j < to && isSpace(xml.charCodeAt(j))) j++;
    if (j >= to) return false;
    const c = xml.charCodeAt(j);
    if (c === 0x3e) {
      TAG.end = j + 1;
      TAG.empty = false;
      return true;
    }
    if (c === 0x2f) {
      if (xml.charCodeAt(j + 1) !== 0x3e) return false;
      TAG.end = j + 2;
      TAG.empty = true;
      return true;
    }
    if (j === start || count === MAX_ATTRIBUTES) return false; // no whitespace before an attribute
    let nameEnd = j;
    while (nameEnd < to) {
      const n = xml.charCodeAt(nameEnd);
      if (n === 0x3d || isSpace(n) || n === 0x3e || n === 0x2f || n === 0x22 || n === 0x27) break;
      nameEnd++;
    }
    // r, s and t (a cell's) by their one letter; other names as the general scanner takes them.
    const letter = nameEnd - j === 1 ? xml.charCodeAt(j) : 0;
    const name = letter === 0x72 ? 'r' : letter === 0x73 ? 's' : letter === 0x74 ? 't' : nameAt(xml, j, nameEnd - j)?.name;
    if (name === undefined) return false;
    j = nameEnd;
    while (j < to && isSpace(xml.charCodeAt(j))) j++;
    if (xml.charCodeAt(j) !== 0x3d) return false;
    j++;
    while (j < to && isSpace(xml.charCodeAt(j))) j++;
    const q = xml.charCodeAt(j);
    if (q !== 0x22 && q !== 0x27) return false;
    let close = j + 1;
    while (close < to && xml.charCodeAt(close) !== q) close++;
    if (close >= to) return false;
    for (let k = 0; k < count; k++) if (NAMES[k] === name) return false;
    NAMES[count++] = name;
    if (name === 'r' || name === 's' || name === 't') {
      const value = attributeValue(xml.slice(j + 1, close));
      if (value === null) return false;
      if (name === 'r') TAG.r = value;
      else if (name === 's') TAG.s = value;
      else TAG.t = value;
    } else if (!plainValue(xml, j + 1, close)) return false;
    j = close + 1;
  }
}

/**
 * Whether the attribute value xml[from, to) is one the general scanner takes (attributeValue), checked
 * where it stands: the values no reader here reads (spans, ht, x14ac:dyDescent) are not cut out.
 */
function plainValue(xml: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = xml.charCodeAt(k);
    if (c < 0x20 || c === 0x3c || (c >= 0xd800 && c <= 0xdfff) || c === 0xfffe || c === 0xffff) return false;
    if (c === 0x26) return attributeValue(xml.slice(from, to)) !== null;
  }
  return true;
}

/** Past the whitespace from `at`. */
function skipSpace(xml: string, at: number, to: number): number {
  while (at < to && isSpace(xml.charCodeAt(at))) at++;
  return at;
}

/** Whether an element named `name` starts at `at` (just past its `<`): the name, then whitespace, `>` or `/`. */
function startsElement(xml: string, at: number, name: string): boolean {
  if (!xml.startsWith(name, at)) return false;
  const c = xml.charCodeAt(at + name.length);
  return isSpace(c) || c === 0x3e || c === 0x2f;
}

/** The end of `</name S? >` at `at`, or -1 when the closing tag there is not that one. */
function closingTag(xml: string, at: number, to: number, name: string): number {
  if (xml.charCodeAt(at) !== 0x3c || xml.charCodeAt(at + 1) !== 0x2f || !xml.startsWith(name, at + 2)) return -1;
  let gt = skipSpace(xml, at + 2 + name.length, to);
  return gt < to && xml.charCodeAt(gt) === 0x3e ? gt + 1 : -1;
}

/**
 * The text of an element whose start tag ends at `at`, up to its closing tag `</name>`: TEXT.value,
 * and TEXT.end past the closing tag; false when anything else comes before it.
 */
const TEXT = { value: '', end: 0 };
function elementText(xml: string, at: number, to: number, name: string): boolean {
  let lt = at;
  while (lt < to && xml.charCodeAt(lt) !== 0x3c) lt++;
  if (lt >= to) return false;
  const value = lt === at ? '' : textBetween(xml, at, lt);
  if (value === null) return false;
  const end = closingTag(xml, lt, to, name);
  if (end < 0) return false;
  TEXT.value = value;
  TEXT.end = end;
  return true;
}

/** An <is>'s content from `at`: its <t>s to the sink; the end past `</is>`, or -1. */
function inlineString(xml: string, at: number, to: number, sink: SheetCells): number {
  let i = at;
  for (;;) {
    i = skipSpace(xml, i, to);
    if (i >= to || xml.charCodeAt(i) !== 0x3c) return -1;
    const end = closingTag(xml, i, to, 'is');
    if (end >= 0) return end;
    if (!startsElement(xml, i + 1, 't') || !readTag(xml, i + 2, to)) return -1;
    if (TAG.empty) {
      i = TAG.end;
      continue;
    }
    if (!elementText(xml, TAG.end, to, 't')) return -1;
    if (TEXT.value !== '') sink.inlineText(TEXT.value);
    i = TEXT.end;
  }
}

/** A <c>'s content from `at`: its values to the sink; the end past `</c>`, or -1. */
function cellContent(xml: string, at: number, to: number, sink: SheetCells): number {
  let i = at;
  for (;;) {
    i = skipSpace(xml, i, to);
    if (i >= to || xml.charCodeAt(i) !== 0x3c) return -1;
    const end = closingTag(xml, i, to, 'c');
    if (end >= 0) return end;
    const name = xml.charCodeAt(i + 1);
    if (name === 0x76 || name === 0x66) {
      // <v> or <f>
      const tag = name === 0x76 ? 'v' : 'f';
      if (!startsElement(xml, i + 1, tag) || !readTag(xml, i + 2, to)) return -1;
      let text = '';
      if (TAG.empty) i = TAG.end;
      else {
        if (!elementText(xml, TAG.end, to, tag)) return -1;
        text = TEXT.value;
        i = TEXT.end;
      }
      if (name === 0x76) sink.cellValue(text);
      else sink.cellFormula(text);
    } else if (startsElement(xml, i + 1, 'is')) {
      if (!readTag(xml, i + 3, to)) return -1;
      sink.startInline();
      if (TAG.empty) i = TAG.end;
      else {
        i = inlineString(xml, TAG.end, to, sink);
        if (i < 0) return -1;
      }
      sink.endInline();
    } else return -1;
  }
}

/**
 * Reads <sheetData>'s content, xml[from, to), into the sink; false (the sink to be thrown away) when
 * it holds anything but what is read here.
 */
export function scanSheetData(xml: string, from: number, to: number, sink: SheetCells): boolean {
  let i = from;
  for (;;) {
    i = skipSpace(xml, i, to);
    if (i >= to) return true;
    if (xml.charCodeAt(i) !== 0x3c || !startsElement(xml, i + 1, 'row') || !readTag(xml, i + 4, to)) return false;
    sink.startRow(TAG.r);
    i = TAG.end;
    if (!TAG.empty) {
      for (;;) {
        i = skipSpace(xml, i, to);
        if (i >= to || xml.charCodeAt(i) !== 0x3c) return false;
        const end = closingTag(xml, i, to, 'row');
        if (end >= 0) {
          i = end;
          break;
        }
        if (!startsElement(xml, i + 1, 'c') || !readTag(xml, i + 2, to)) return false;
        sink.startCell(TAG.t, TAG.s, TAG.r);
        i = TAG.end;
        if (!TAG.empty) {
          i = cellContent(xml, i, to, sink);
          if (i < 0) return false;
        }
        sink.endCell();
      }
    }
    sink.endRow();
  }
}
