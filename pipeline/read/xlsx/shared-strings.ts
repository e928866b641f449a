/**
 * A workbook's shared strings (xl/sharedStrings.xml): the texts its cells point at by index. Read
 * straight from the XML when every string is what Excel writes for plain text, else every element
 * as an event (xml.ts), the general way.
 */
import { OPEN, release } from './xml-events';
import { parseXml, unescapeXstring } from './xml';
import { FAST_MAX_CHARS, isSpace, scanPart, TEXT_TO_TAG, textToTag } from './xml-scan';

/** Shared strings: plain `<t>`, rich runs `<r><t>` concatenated, phonetic `<rPh>` left out. */
export function parseSharedStrings(xml: string, part: string): string[] {
  return parseSharedStringsDirect(xml, part) ?? parseSharedStringsGeneral(xml, part);
}

/** The shared strings read the general way: every element of the part as an event to the handlers. */
export function parseSharedStringsGeneral(xml: string, part: string): string[] {
  const out: string[] = [];
  let inSi = false;
  let inT = false;
  let phonetic = 0;
  let buf = '';
  parseXml(xml, part, {
    open(name) {
      if (name === 'si') {
        inSi = true;
        buf = '';
      } else if (inSi && name === 'rPh') phonetic++;
      else if (inSi && name === 't' && phonetic === 0) inT = true;
    },
    close(name) {
      if (name === 't') inT = false;
      else if (name === 'rPh') phonetic = Math.max(0, phonetic - 1);
      else if (name === 'si') {
        out.push(unescapeXstring(buf));
        inSi = false;
      }
    },
    text(t) {
      if (inT) buf += t;
    },
  });
  return out;
}

/** XML's whitespace, or the character `c`. */
function isSpaceOr(code: number, c: number): boolean {
  return code === c || isSpace(code);
}

const SI_OPEN = '<si>';
const SI_CLOSE = '</t></si>';
const T_OPEN = '<t>';
const T_OPEN_PRESERVED = '<t xml:space="preserve">';

/**
 * The strings of the run of plain `<si>` elements from `at` (whitespace between them passed over)
 * into `out`; where the run stops: at the first thing that is not one (the root's end, or an <si>
 * of another form).
 */
function plainStrings(xml: string, at: number, out: string[]): number {
  const n = xml.length;
  let i = at;
  for (;;) {
    let j = i;
    while (isSpace(xml.charCodeAt(j))) j++;
    if (!xml.startsWith(SI_OPEN, j)) return i;
    let from = j + SI_OPEN.length;
    if (xml.startsWith(T_OPEN, from)) from += T_OPEN.length;
    else if (xml.startsWith(T_OPEN_PRESERVED, from)) from += T_OPEN_PRESERVED.length;
    else return i;
    const text = textToTag(xml, from, n);
    const lt = TEXT_TO_TAG.end;
    if (text === null || !xml.startsWith(SI_CLOSE, lt)) return i;
    out.push(unescapeXstring(text));
    i = lt + SI_CLOSE.length;
  }
}

/**
 * The shared strings read straight from the XML, or null for the general way. The general way made
 * five events of each string (<si>, <t>, its text, </t>, </si>) and replayed them: a tenth of reading
 * a plan's workbook. Here the root's run of plain strings is read where it stands, and the rest of the
 * part (the run cut out) is scanned as the general way scans it, so that what is accepted or refused
 * stays its decision; it must then hold nothing but its root element, or the strings could be more
 * than the run.
 */
export function parseSharedStringsDirect(xml: string, part: string): string[] | null {
  if (xml.length > FAST_MAX_CHARS) return null;
  const first = xml.indexOf(SI_OPEN);
  if (first < 0) return null;
  const out: string[] = [];
  const end = plainStrings(xml, first, out);
  // The cut joins the texts on either side of the run: only where they end and start at a tag or a
  // space, so that the join cannot make a reference ("&am" + "p;") or "]]>" the pieces do not hold.
  if (!(isSpaceOr(xml.charCodeAt(first - 1), 0x3e) && isSpaceOr(xml.charCodeAt(end), 0x3c))) return null;
  const events = scanPart(xml.slice(0, first) + xml.slice(end), part);
  if (events === null) return null;
  let elements = 0;
  for (let k = 0; k < events.count; k++) if (events.kinds[k] === OPEN) elements++;
  release(events);
  return elements === 1 ? out : null;
}
