/**
 * The fast way to read a part: a strict scanner for the plain XML spreadsheet parts are made of,
 * with saxes (xml.ts) taking over whenever a part is anything more.
 */
import { ownCopy } from '../../../core/memo';
import { CLOSE, localName, MAX_XML_DEPTH, OPEN, READ_ALL, release, takeEvents, TEXT, tooDeep, type Events, type PartReading } from './xml-events';

// ---------------------------------------------------------------------------------------------
// The fast path. Spreadsheet parts are plain XML: elements, attributes, text and the five
// predefined entities. `scan` reads exactly that subset, strictly, into a list of events, and
// gives up (null) on anything else — a comment, CDATA, a DOCTYPE, a processing instruction after
// the prolog, a control character in an attribute value, a non-ASCII or odd name, an undefined
// entity, a disallowed character, a mismatched tag, text outside the root. Then saxes reads the
// part from the start, with its own well-formedness errors and the DOCTYPE refusal, so what is
// accepted and what is refused (and with which message) stays saxes's decision, for all of a part
// but what a PartReading passes over or leaves unread. Line ends are read as XML reads them (CR LF
// and CR as LF): Excel ends the declaration of every part it saves with CR LF, and while the
// scanner gave up on a CR, every workbook Excel saved went to saxes, at twice the cost of a read.
// Events are replayed to the handlers only once the part has scanned (as far as its reading
// goes), so a handler never sees half a part twice. Parts larger than FAST_MAX_CHARS go to saxes
// directly (the event list would double their memory).
// ---------------------------------------------------------------------------------------------

export const FAST_MAX_CHARS = 8 * 1024 * 1024;

/** The events of a part scanned whole (or as far as `reading` needs), or null when it is not of the subset; `release` them once replayed. */
export function scanPart(xml: string, part: string, reading: PartReading = READ_ALL): Events | null {
  const events = takeEvents();
  try {
    if (scan(xml, part, events, reading)) return events;
  } catch (err) {
    release(events);
    throw err;
  }
  release(events);
  return null;
}

/** Names of the subset: ASCII, at most one prefix. */
const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*(?::[A-Za-z_][A-Za-z0-9_.-]*)?$/;

/** A name of the subset as the scanner keeps it: a copy of its own (a cut would keep the part), and its local name. */
export interface KeptName {
  name: string;
  local: string;
}

/**
 * Names that passed NAME. A part uses a few dozen names thousands of times (row, c, v, r, s, t); a
 * lookup is cheaper than the pattern. Bounded: a part made up of many distinct names is only checked
 * the slower way.
 */
const KNOWN_NAMES = new Map<string, KeptName>();
const MAX_KNOWN_NAMES = 2000;

/** A name cut from the part, checked and kept; null for a name outside the subset. */
function checkedName(name: string): KeptName | null {
  const known = KNOWN_NAMES.get(name);
  if (known !== undefined) return known;
  if (!NAME.test(name)) return null;
  const own = ownCopy(name);
  const kept = { name: own, local: localName(own) };
  if (KNOWN_NAMES.size < MAX_KNOWN_NAMES) KNOWN_NAMES.set(own, kept);
  return kept;
}

/**
 * The one-letter names (c, v, r, s, t: a sheet's commonest) by character code: taken from here, not
 * cut from the part, they need no hashing to look up or to key an attribute.
 */
const ONE_LETTER: (KeptName | undefined)[] = [];
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_') ONE_LETTER[ch.charCodeAt(0)] = { name: ch, local: ch };

/**
 * The last name met per first letter and length (row, si, spans, x14ac:dyDescent). A name found where
 * it stands in the part is taken from here: neither cut out nor hashed.
 */
const LAST_SEEN: (KeptName | undefined)[] = new Array(128 * 32);

/** The name of `length` characters at `at` in the part; null outside the subset. */
export function nameAt(xml: string, at: number, length: number): KeptName | null {
  const first = xml.charCodeAt(at);
  if (length === 1) {
    const one = ONE_LETTER[first];
    if (one !== undefined) return one;
  }
  const slot = (first & 127) * 32 + (length & 31);
  const seen = LAST_SEEN[slot];
  if (seen !== undefined && seen.name.length === length && xml.startsWith(seen.name, at)) return seen;
  const checked = checkedName(xml.slice(at, at + length));
  if (checked !== null) LAST_SEEN[slot] = checked;
  return checked;
}

/**
 * Characters XML forbids, surrogates (saxes checks their pairing) and the "]]>" that char data may
 * not hold.
 */
const NOT_PLAIN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]|]]>/;
/** XML's end-of-line handling: CR LF and a lone CR are read as LF (a &#13; reference stays a CR). */
const CR_LINE_END = /\r\n?/g;
/** Whitespace only: what may stand before and after the root element. */
const SPACES_ONLY = /^[ \t\r\n]*$/;
/** Attribute values: the same, plus whitespace that XML would normalise and the '<' it forbids. */
const NOT_PLAIN_VALUE = /[\u0000-\u001F<\uD800-\uDFFF\uFFFE\uFFFF]/;
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const REFERENCE = /&([a-z]+|#[0-9]{1,7}|#x[0-9A-Fa-f]{1,6});/g;

/**
 * An attribute value, references decoded; null when it holds what NOT_PLAIN_VALUE finds or a
 * reference decodeRefs refuses. The short values most are ("B5", "3", "s") are checked by one loop
 * that also tells whether there is a reference to decode at all.
 */
export function attributeValue(raw: string): string | null {
  if (raw.length > 24) return NOT_PLAIN_VALUE.test(raw) ? null : decodeRefs(raw);
  let amp = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 0x20 || c === 0x3c || (c >= 0xd800 && c <= 0xdfff) || c === 0xfffe || c === 0xffff) return null;
    if (c === 0x26) amp = true;
  }
  return amp ? decodeRefs(raw) : raw;
}

/** Where the attribute readAttribute read stands: its name, and its value between the quotes. */
export const ATTRIBUTE = { nameEnd: 0, valueStart: 0, valueEnd: 0 };

/**
 * Reads `name S? = S? "value"` (or 'value') from `at`, the name's first character, before `to`, into
 * ATTRIBUTE; the index past the closing quote, or -1 when no attribute stands there. The name is
 * taken up to whitespace, '=', a quote or the tag's end, and is left to the caller to check (nameAt).
 */
export function readAttribute(xml: string, at: number, to: number): number {
  let nameEnd = at;
  while (nameEnd < to) {
    const c = xml.charCodeAt(nameEnd);
    if (c === 0x3d || isSpace(c) || c === 0x3e || c === 0x2f || c === 0x22 || c === 0x27) break;
    nameEnd++;
  }
  let j = nameEnd;
  while (j < to && isSpace(xml.charCodeAt(j))) j++;
  if (j >= to || xml.charCodeAt(j) !== 0x3d) return -1;
  j++;
  while (j < to && isSpace(xml.charCodeAt(j))) j++;
  if (j >= to) return -1;
  const q = xml.charCodeAt(j);
  if (q !== 0x22 && q !== 0x27) return -1;
  let close = j + 1;
  while (close < to && xml.charCodeAt(close) !== q) close++;
  if (close >= to) return -1;
  ATTRIBUTE.nameEnd = nameEnd;
  ATTRIBUTE.valueStart = j + 1;
  ATTRIBUTE.valueEnd = close;
  return close + 1;
}

/** Texts up to this long (a cell's number, a shared string's index) are checked by one loop. */
const SHORT_TEXT = 32;

/**
 * The text between two tags, line ends read as XML reads them and references decoded; null when it
 * holds what NOT_PLAIN_TEXT finds or a reference decodeRefs refuses. A short text with nothing that
 * could need more than a cut (a control character or CR, '&', ']', a surrogate, U+FFFE, U+FFFF) is
 * cut and kept as it stands.
 */
export function textBetween(xml: string, from: number, to: number): string | null {
  if (to - from <= SHORT_TEXT) {
    let k = from;
    for (; k < to; k++) {
      const c = xml.charCodeAt(k);
      if (c < 0x20 || c === 0x26 || c === 0x5d || (c >= 0xd800 && (c <= 0xdfff || c >= 0xfffe))) break;
    }
    if (k === to) return xml.slice(from, to);
  }
  const raw = xml.slice(from, to);
  if (NOT_PLAIN_TEXT.test(raw)) return null;
  return decodeRefs(raw.indexOf('\r') < 0 ? raw : raw.replace(CR_LINE_END, '\n'));
}

/** Where the text textToTag read ends: at its next '<', or at `to`. */
export const TEXT_TO_TAG = { end: 0 };

/**
 * The text from `from` to the next '<' (or `to`), as textBetween reads it, and where it ends
 * (TEXT_TO_TAG.end), in one pass: a text with nothing textBetween would do more with than cut it out
 * (a reference, a CR or other control character but tab and line feed, the ']' of a "]]>", a
 * surrogate, U+FFFE or U+FFFF) is cut out where it stands.
 */
export function textToTag(xml: string, from: number, to: number): string | null {
  let plain = true;
  let k = from;
  for (; k < to; k++) {
    const c = xml.charCodeAt(k);
    if (c === 0x3c) break;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a) || c === 0x26 || c === 0x5d || (c >= 0xd800 && (c <= 0xdfff || c >= 0xfffe))) plain = false;
  }
  TEXT_TO_TAG.end = k;
  return plain ? xml.slice(from, k) : textBetween(xml, from, k);
}

/** Entity and character references decoded; null for any other '&' or a code point XML does not allow. */
function decodeRefs(raw: string): string | null {
  let amps = 0;
  for (let at = raw.indexOf('&'); at >= 0; at = raw.indexOf('&', at + 1)) amps++;
  if (amps === 0) return raw;
  let refs = 0;
  let bad = false;
  const out = raw.replace(REFERENCE, (_m, body: string) => {
    refs++;
    if (body[0] !== '#') {
      const v = PREDEFINED[body];
      if (v === undefined) bad = true;
      return v ?? '';
    }
    const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    const ok = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
    if (!ok) bad = true;
    return ok ? String.fromCodePoint(code) : '';
  });
  return bad || refs !== amps ? null : out;
}

/** The XML declaration as the subset writes it; anything else is saxes's to judge. */
const DECLARATION = /^<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(["'])1\.[0-9]+\1(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(["'])[A-Za-z][A-Za-z0-9._-]*\2)?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(["'])(?:yes|no)\3)?[ \t\r\n]*\?>/;

/** XML's whitespace (S), as it may stand inside a tag. */
export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

/**
 * Where a passed-over element ends (just after its closing tag), its content starting at `from`; -1
 * where the search could be wrong (PartReading.skip): a comment, CDATA or processing instruction
 * (`<!`, `<?`) could hide a closing tag, and an element named alike could be closed by it.
 */
function endOfSkipped(xml: string, from: number, name: string): number {
  const close = xml.indexOf(`</${name}`, from);
  if (close < 0) return -1;
  // Searched within the content only (a slice is a view of the part, not a copy).
  const content = xml.slice(from, close);
  if (content.indexOf('<!') >= 0 || content.indexOf('<?') >= 0 || content.indexOf(`<${name}`) >= 0) return -1;
  let gt = close + 2 + name.length;
  while (isSpace(xml.charCodeAt(gt))) gt++;
  return xml.charCodeAt(gt) === 0x3e ? gt + 1 : -1;
}

/** Scans a part into `events`; false (and events to be cleared) when it is not of the subset. */
function scan(xml: string, part: string, events: Events, reading: PartReading): boolean {
  const { skip, stopAfter } = reading;
  const stack: string[] = [];
  /** The local names of `stack`'s elements. */
  const locals: string[] = [];
  const n = xml.length;
  let i = 0;
  let rootDone = false;
  if (xml.startsWith('<?')) {
    const decl = DECLARATION.exec(xml);
    if (!decl) return false;
    i = decl[0].length;
  }
  while (i < n) {
    // Loops, not indexOf: most searches here end a character or a few away (`><`, `r="B5"`), and a
    // call to indexOf cost more than the characters it passed over.
    let lt = i;
    while (lt < n && xml.charCodeAt(lt) !== 0x3c) lt++;
    const textEnd = lt;
    if (lt === n) lt = -1;
    if (textEnd > i) {
      if (stack.length === 0) {
        if (!SPACES_ONLY.test(xml.slice(i, textEnd))) return false;
      } else {
        const text = textBetween(xml, i, textEnd);
        if (text === null) return false;
        events.push(TEXT, text);
      }
    }
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x2f) {
      // </name S?>, name being the open element's: compared where it stands, not cut out first.
      const open = stack.pop();
      if (open === undefined || !xml.startsWith(open, lt + 2)) return false;
      let gt = lt + 2 + open.length;
      while (isSpace(xml.charCodeAt(gt))) gt++;
      if (xml.charCodeAt(gt) !== 0x3e) return false;
      const closed = locals.pop() as string;
      events.push(CLOSE, closed);
      if (closed === stopAfter) return true;
      if (stack.length === 0) rootDone = true;
      i = gt + 1;
      continue;
    }
    if (next === 0x21 || next === 0x3f || rootDone) return false; // <! <? or a second root
    // <name (S attr S? = S? "value")* S? /?>
    let j = lt + 1;
    while (j < n) {
      const c = xml.charCodeAt(j);
      if (isSpace(c) || c === 0x3e || c === 0x2f) break;
      j++;
    }
    const element = nameAt(xml, lt + 1, j - lt - 1);
    if (element === null) return false;
    const { name, local } = element;
    const attrsFrom = events.attrCount;
    let selfClosing = false;
    for (;;) {
      const start = j;
      while (j < n && isSpace(xml.charCodeAt(j))) j++;
      if (j >= n) return false;
      const c = xml.charCodeAt(j);
      if (c === 0x3e) {
        j++;
        break;
      }
      if (c === 0x2f) {
        if (xml.charCodeAt(j + 1) !== 0x3e) return false;
        selfClosing = true;
        j += 2;
        break;
      }
      if (j === start) return false; // no whitespace before an attribute
      const end = readAttribute(xml, j, n);
      if (end < 0) return false;
      const attr = nameAt(xml, j, ATTRIBUTE.nameEnd - j)?.name;
      if (attr === undefined) return false;
      const value = attributeValue(xml.slice(ATTRIBUTE.valueStart, ATTRIBUTE.valueEnd));
      if (value === null) return false;
      if (!events.attribute(attr, value, attrsFrom)) return false; // a second attribute of that name
      j = end;
    }
    events.push(OPEN, local);
    if (!selfClosing && skip?.has(local)) {
      j = endOfSkipped(xml, j, name);
      if (j < 0) return false;
      selfClosing = true; // as far as the handlers are told
    }
    if (selfClosing) {
      events.push(CLOSE, local);
      if (local === stopAfter) return true;
      if (stack.length === 0) rootDone = true;
    } else {
      if (stack.push(name) > MAX_XML_DEPTH) throw tooDeep(part);
      locals.push(local);
    }
    i = j;
  }
  return stack.length === 0 && rootDone;
}
