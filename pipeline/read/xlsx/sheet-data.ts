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
import { ATTRIBUTE, attributeValue, isSpace, nameAt, readAttribute, textBetween, TEXT_TO_TAG, textToTag } from './xml-scan';

/** What the sheet's reader (sheet.ts) is told of <sheetData>'s content, in document order. */
export interface SheetCells {
  startRow(r: string | undefined): void;
  endRow(): void;
  startCell(t: string | undefined, s: string | undefined, r: string | undefined): void;
  /** A cell whose attributes quickCell read: its type, style and 0-based place (r valid, as the reader takes it). */
  startCellAt(t: QuickType | undefined, style: number, row: number, col: number): void;
  /** A <v>'s text ('' for an empty one); the last one of a cell counts. */
  cellValue(text: string): void;
  /** A <v> of digits alone (no leading zero), as the number they write: what cellValue's text would give. */
  cellDigits(n: number): void;
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
    const end = readAttribute(xml, j, to);
    if (end < 0) return false;
    const { nameEnd, valueStart, valueEnd } = ATTRIBUTE;
    // r, s and t (a cell's) by their one letter; other names as the general scanner takes them.
    const letter = nameEnd - j === 1 ? xml.charCodeAt(j) : 0;
    const name = letter === 0x72 ? 'r' : letter === 0x73 ? 's' : letter === 0x74 ? 't' : nameAt(xml, j, nameEnd - j)?.name;
    if (name === undefined) return false;
    for (let k = 0; k < count; k++) if (NAMES[k] === name) return false;
    NAMES[count++] = name;
    if (name === 'r' || name === 's' || name === 't') {
      const value = attributeValue(xml.slice(valueStart, valueEnd));
      if (value === null) return false;
      if (name === 'r') TAG.r = value;
      else if (name === 's') TAG.s = value;
      else TAG.t = value;
    } else if (!plainValue(xml, valueStart, valueEnd)) return false;
    j = end;
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

/** The next tag past the whitespace from `at`: where its `<` is, or -1 when text or the end comes first. */
function nextTag(xml: string, at: number, to: number): number {
  const i = skipSpace(xml, at, to);
  return i < to && xml.charCodeAt(i) === 0x3c ? i : -1;
}

/** Whether the start tag of an element named `name` stands at `at` (its `<`), read into TAG. */
function startTag(xml: string, at: number, to: number, name: string): boolean {
  if (xml.charCodeAt(at) !== 0x3c || !xml.startsWith(name, at + 1)) return false;
  const c = xml.charCodeAt(at + 1 + name.length);
  return (isSpace(c) || c === 0x3e || c === 0x2f) && readTag(xml, at + 1 + name.length, to);
}

/** The end of `</name S? >` at `at`, or -1 when the closing tag there is not that one. */
function closingTag(xml: string, at: number, to: number, name: string): number {
  if (xml.charCodeAt(at) !== 0x3c || xml.charCodeAt(at + 1) !== 0x2f || !xml.startsWith(name, at + 2)) return -1;
  const gt = skipSpace(xml, at + 2 + name.length, to);
  return gt < to && xml.charCodeAt(gt) === 0x3e ? gt + 1 : -1;
}

/** An element of text alone, and where it ends: TEXT.value ('' when empty or written `<name/>`) and TEXT.end. */
const TEXT = { value: '', end: 0 };

/** Reads the element named `name` whose `<` is at `at` (<v>, <f>, <t>) into TEXT; false when it is anything but text. */
function textElement(xml: string, at: number, to: number, name: string): boolean {
  if (!startTag(xml, at, to, name)) return false;
  if (TAG.empty) {
    TEXT.value = '';
    TEXT.end = TAG.end;
    return true;
  }
  const from = TAG.end;
  let lt = from;
  while (lt < to && xml.charCodeAt(lt) !== 0x3c) lt++;
  if (lt >= to) return false;
  const value = lt === from ? '' : textBetween(xml, from, lt);
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
    i = nextTag(xml, i, to);
    if (i < 0) return -1;
    const end = closingTag(xml, i, to, 'is');
    if (end >= 0) return end;
    if (!textElement(xml, i, to, 't')) return -1;
    if (TEXT.value !== '') sink.inlineText(TEXT.value);
    i = TEXT.end;
  }
}

/** A <c>'s content from `at`: its values to the sink; the end past `</c>`, or -1. */
function cellContent(xml: string, at: number, to: number, sink: SheetCells): number {
  let i = at;
  for (;;) {
    i = nextTag(xml, i, to);
    if (i < 0) return -1;
    const end = closingTag(xml, i, to, 'c');
    if (end >= 0) return end;
    if (textElement(xml, i, to, 'v')) sink.cellValue(TEXT.value);
    else if (textElement(xml, i, to, 'f')) sink.cellFormula(TEXT.value);
    else if (startTag(xml, i, to, 'is')) {
      sink.startInline();
      const inline = TAG.empty ? TAG.end : inlineString(xml, TAG.end, to, sink);
      if (inline < 0) return -1;
      sink.endInline();
      i = inline;
      continue;
    } else return -1;
    i = TEXT.end;
  }
}

/** The types of cell quickCell reads. */
export type QuickType = 's' | 'n' | 'inlineStr';

/**
 * What quickCell read: the cell's place, type and style, its <v>'s number (-1 when it has none) or
 * its inline text, and where the cell ends. One object, refilled.
 */
const CELL = { row: 0, col: 0, style: 0, type: undefined as QuickType | undefined, digits: -1, text: '', end: 0 };

/** The number quickDigits read. */
let DIGITS = 0;

/**
 * Reads 1 to `max` digits at `at`, with no leading zero (but a lone 0), followed by the character
 * `end`, into DIGITS; the index past `end`, or -1. Their number is what Number gives them (up to 15
 * digits, below 2^53), and String gives them back as written.
 */
function quickDigits(xml: string, at: number, max: number, end: number): number {
  let i = at;
  let n = 0;
  for (let c = xml.charCodeAt(i); c >= 0x30 && c <= 0x39 && i - at < max; c = xml.charCodeAt(++i)) n = n * 10 + (c - 0x30);
  if (i === at || xml.charCodeAt(i) !== end || (i - at > 1 && xml.charCodeAt(at) === 0x30)) return -1;
  DIGITS = n;
  return i + 1;
}

/** The value quickCell reads: `<v>` digits `</v></c>`, or `<is><t>` text `</t></is></c>` in a cell of INLINE_TYPE. */
const V_OPEN = '<v>';
const V_CLOSE = '</v></c>';
const INLINE_TYPE = 'inlineStr"';
const T_OPEN = '><is><t>';
const T_CLOSE = '</t></is></c>';

/**
 * An inline string of one run from `at` (the `>` of its cell's tag) into CELL.text, not empty: its
 * text as textBetween reads it (references decoded), and false where textBetween refuses it.
 */
function quickInline(xml: string, at: number, to: number): boolean {
  if (!xml.startsWith(T_OPEN, at)) return false;
  const text = textToTag(xml, at + T_OPEN.length, to);
  const lt = TEXT_TO_TAG.end;
  if (text === null || text === '' || !xml.startsWith(T_CLOSE, lt)) return false;
  CELL.text = text;
  CELL.end = lt + T_CLOSE.length;
  return CELL.end <= to;
}

/**
 * The cells Excel and the usual scripts write most, read in one pass: `<c r="B12" s="3" t="s"><v>41</v></c>`,
 * `<c r="B12" s="3"/>`, `<c r="B12" t="inlineStr"><is><t>โครงการ</t></is></c>`, with nothing but an
 * inline text cut out of the part. The general reading of a cell (startTag, readTag, textElement)
 * cut out each attribute value and the value's text, checked them and had the reader parse them
 * again: reading a bench corpus's workbooks takes a quarter less time without it (245 against 326 µs
 * a file). Anything else (other attributes or another order, a lower-case or long reference, a
 * leading zero, another type, whitespace, a formula, an inline string of other than one run of text)
 * answers false before the sink hears of the cell, and the cell is read the general way, which reads
 * these the same (the tests compare every corpus sheet both ways).
 */
function quickCell(xml: string, at: number, to: number): boolean {
  // <c r="
  if (
    xml.charCodeAt(at + 1) !== 0x63 || xml.charCodeAt(at + 2) !== 0x20 || xml.charCodeAt(at + 3) !== 0x72 ||
    xml.charCodeAt(at + 4) !== 0x3d || xml.charCodeAt(at + 5) !== 0x22
  ) {
    return false;
  }
  const letters = at + 6;
  let i = letters;
  let col = 0;
  for (let c = xml.charCodeAt(i); c >= 0x41 && c <= 0x5a && i - letters < 3; c = xml.charCodeAt(++i)) col = col * 26 + (c - 0x40);
  if (i === letters) return false;
  // A row number of up to 7 digits (Excel's rows go to 1,048,576), 1 or more.
  i = quickDigits(xml, i, 7, 0x22);
  if (i < 0 || DIGITS === 0) return false;
  CELL.row = DIGITS - 1;
  CELL.col = col - 1;
  CELL.style = 0;
  CELL.type = undefined;
  // s="…", then t="s" or t="n", each with one space before it.
  if (xml.charCodeAt(i) === 0x20 && xml.charCodeAt(i + 1) === 0x73 && xml.charCodeAt(i + 2) === 0x3d && xml.charCodeAt(i + 3) === 0x22) {
    i = quickDigits(xml, i + 4, 9, 0x22);
    if (i < 0) return false;
    CELL.style = DIGITS;
  }
  if (xml.charCodeAt(i) === 0x20 && xml.charCodeAt(i + 1) === 0x74 && xml.charCodeAt(i + 2) === 0x3d && xml.charCodeAt(i + 3) === 0x22) {
    const t = xml.charCodeAt(i + 4);
    if ((t === 0x73 || t === 0x6e) && xml.charCodeAt(i + 5) === 0x22) {
      CELL.type = t === 0x73 ? 's' : 'n';
      i += 6;
    } else if (xml.startsWith(INLINE_TYPE, i + 4)) {
      CELL.type = 'inlineStr';
      i += 4 + INLINE_TYPE.length;
    } else return false;
  }
  CELL.digits = -1;
  if (xml.charCodeAt(i) === 0x2f && xml.charCodeAt(i + 1) === 0x3e) {
    CELL.end = i + 2;
    return CELL.end <= to && CELL.type !== 'inlineStr';
  }
  if (CELL.type === 'inlineStr') return quickInline(xml, i, to);
  if (xml.charCodeAt(i) !== 0x3e || !xml.startsWith(V_OPEN, i + 1)) return false;
  i = quickDigits(xml, i + 1 + V_OPEN.length, 15, 0x3c);
  if (i < 0 || !xml.startsWith(V_CLOSE, i - 1)) return false;
  CELL.digits = DIGITS;
  CELL.end = i - 1 + V_CLOSE.length;
  return CELL.end <= to;
}

/**
 * Reads <sheetData>'s content, xml[from, to), into the sink; false (the sink to be thrown away) when
 * it holds anything but what is read here.
 */
export function scanSheetData(xml: string, from: number, to: number, sink: SheetCells): boolean {
  let i = skipSpace(xml, from, to);
  while (i < to) {
    if (!startTag(xml, i, to, 'row')) return false;
    sink.startRow(TAG.r);
    i = TAG.end;
    if (!TAG.empty) {
      for (;;) {
        i = nextTag(xml, i, to);
        if (i < 0) return false;
        const end = closingTag(xml, i, to, 'row');
        if (end >= 0) {
          i = end;
          break;
        }
        if (quickCell(xml, i, to)) {
          sink.startCellAt(CELL.type, CELL.style, CELL.row, CELL.col);
          if (CELL.type === 'inlineStr') {
            sink.startInline();
            sink.inlineText(CELL.text);
            sink.endInline();
          } else if (CELL.digits >= 0) sink.cellDigits(CELL.digits);
          sink.endCell();
          i = CELL.end;
          continue;
        }
        if (!startTag(xml, i, to, 'c')) return false;
        sink.startCell(TAG.t, TAG.s, TAG.r);
        i = TAG.empty ? TAG.end : cellContent(xml, TAG.end, to, sink);
        if (i < 0) return false;
        sink.endCell();
      }
    }
    sink.endRow();
    i = skipSpace(xml, i, to);
  }
  return true;
}
