/**
 * What a part's XML is read into: the handlers' events (open, close, text), how much of a part its
 * reader needs (PartReading), and the lists a scanned part's events wait in until they are handed
 * to the handlers (replay). The fast scanner (xml-scan.ts) fills the lists; saxes (xml.ts) calls the
 * handlers itself.
 */
import { UnreadableError } from '../unreadable';

/**
 * An element's attributes, by qualified name. Read them during the open() call they come with: the
 * scanner's path hands one object to every element of a part, pointed at that element's attributes
 * (an object of their own per element was a tenth of the scan, and most of its garbage).
 */
export interface Attributes {
  get(name: string): string | undefined;
  /** [qualified name, value] of each, in the order written. */
  entries(): [string, string][];
}

export interface XmlHandlers {
  /** Local names (prefix dropped: `x:c` → `c`); attributes keep their qualified names. */
  open?(name: string, attrs: Attributes): void;
  close?(name: string): void;
  text?(text: string): void;
}

/** Thrown by a handler to stop reading a part early (the rest is not needed). */
export class StopParsing extends Error {}

/**
 * How much of a part its reader needs, so that a part bloated with what no handler reads costs little:
 * a styles part may carry tens of thousands of named styles (workbooks copied from one another for
 * years collect them), and all the reader wants of it is the number formats and cell formats.
 */
export interface PartReading {
  /**
   * Elements (local names) passed over: the handlers get them as empty elements, and their content
   * is neither read nor checked. The scanner finds the end of one with a search for its closing tag,
   * and leaves the part to saxes where that search could be wrong: a comment, CDATA or processing
   * instruction anywhere in the content, or an element there whose name starts with the same name.
   */
  skip?: ReadonlySet<string>;
  /** The element (local name) after whose end nothing more of the part is read or checked, as a handler's StopParsing would leave it. */
  stopAfter?: string;
}

/** A part read whole. */
export const READ_ALL: PartReading = {};

export function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

/**
 * Deeper than any part Excel writes (a rich-text cell is 5 levels down a sheet). A hand-made part
 * nested 200,000 deep would cost memory in any parser that keeps its open tags, so it is refused.
 */
export const MAX_XML_DEPTH = 64;

export function tooDeep(part: string): UnreadableError {
  return new UnreadableError(
    `ข้อมูลในส่วน ${part} ซ้อนกันลึกเกินกว่าที่ไฟล์ Excel มี (เกิน ${MAX_XML_DEPTH} ชั้น อาจถูกดัดแปลง) จึงไม่อ่านไฟล์นี้ ให้เปิดใน Excel แล้วบันทึกไฟล์ใหม่เป็น Excel Workbook (.xlsx)`,
    `the part ${part} is nested deeper than any Excel file (over ${MAX_XML_DEPTH} levels; it may have been tampered with), so it was not read; open it in Excel and save the file again as an Excel Workbook (.xlsx)`,
  );
}

/** More attributes than any element of a workbook has (a cell has three): an element with more goes to saxes. */
export const MAX_SCANNED_ATTRIBUTES = 64;

/** The kinds of event, as Events lists them. */
export const OPEN = 0;
export const CLOSE = 1;
export const TEXT = 2;

/**
 * Lists that held more events (or attributes) than this are not kept: a part of millions of cells
 * (up to FAST_MAX_CHARS, xml-scan.ts) would leave them tens of megabytes long for the rest of the
 * worker's files.
 */
const MAX_KEPT_EVENTS = 1 << 16;

/**
 * A part's events, in columns, and how many there are; the attributes of every element in two more
 * lists (names, values), each open event holding where its element's attributes end. One set is kept
 * from part to part (each worker reads its files' parts one after another): made afresh, the lists
 * were grown step by step through every part, some 150 KB of a file's 730 KB of garbage. Emptied once
 * replayed, so that they keep nothing of the part's text alive. Made as long as a kept set may be
 * (MAX_KEPT_EVENTS, 320 KB): grown in a worker's first files, as they had been from 4,096, the lists
 * were new arrays in fields V8 had compiled the scanner and replay to take as fixed, and both were
 * compiled again in every worker, some 120 ms of compiling each (1,000 councils).
 */
export class Events {
  count = 0;
  kinds = new Uint8Array(MAX_KEPT_EVENTS);
  /** Local name (open, close) or decoded text. */
  readonly values: string[] = [];
  /** Per open event, the end of its attributes in attrNames (they start where the previous open's end). */
  attrEnds = new Int32Array(MAX_KEPT_EVENTS);
  attrCount = 0;
  readonly attrNames: string[] = [];
  readonly attrValues: string[] = [];

  /**
   * An attribute of the element whose open event comes next (its attributes listed from `from`); false
   * if the element already has one of that name, or already MAX_SCANNED_ATTRIBUTES of them (each is
   * compared with those before it: saxes reads such an element instead).
   */
  attribute(name: string, value: string, from: number): boolean {
    if (this.attrCount - from >= MAX_SCANNED_ATTRIBUTES) return false;
    const names = this.attrNames;
    for (let k = from; k < this.attrCount; k++) if (names[k] === name) return false;
    names[this.attrCount] = name;
    this.attrValues[this.attrCount++] = value;
    return true;
  }

  push(kind: number, value: string): void {
    const at = this.count++;
    if (at === this.kinds.length) {
      const grown = new Uint8Array(at * 2);
      grown.set(this.kinds);
      this.kinds = grown;
      const ends = new Int32Array(at * 2);
      ends.set(this.attrEnds);
      this.attrEnds = ends;
    }
    this.kinds[at] = kind;
    this.values[at] = value;
    this.attrEnds[at] = this.attrCount;
  }

  clear(): void {
    for (let k = 0; k < this.count; k++) this.values[k] = '';
    for (let k = 0; k < this.attrCount; k++) this.attrNames[k] = this.attrValues[k] = '';
    this.count = 0;
    this.attrCount = 0;
  }
}

/** One element's attributes in a part's Events, as replay hands them to a handler. */
class EventAttributes implements Attributes {
  from = 0;
  to = 0;

  constructor(private readonly events: Events) {}

  get(name: string): string | undefined {
    const names = this.events.attrNames;
    for (let k = this.from; k < this.to; k++) if (names[k] === name) return this.events.attrValues[k];
    return undefined;
  }

  entries(): [string, string][] {
    const out: [string, string][] = [];
    for (let k = this.from; k < this.to; k++) out.push([this.events.attrNames[k], this.events.attrValues[k]]);
    return out;
  }
}

/** A record of attributes (saxes's) as Attributes. */
export class RecordAttributes implements Attributes {
  constructor(private readonly record: Record<string, string>) {}

  get(name: string): string | undefined {
    return Object.prototype.hasOwnProperty.call(this.record, name) ? this.record[name] : undefined;
  }

  entries(): [string, string][] {
    return Object.entries(this.record);
  }
}

/** The kept set, while no part is being replayed from it (a handler that read another part would need a set of its own). */
let spare: Events | null = new Events();

/** The kept set (or new lists while it is in use), for a part about to be scanned; `release` them after. */
export function takeEvents(): Events {
  const events = spare ?? new Events();
  spare = null;
  return events;
}

export function release(events: Events): void {
  const large = events.count > MAX_KEPT_EVENTS || events.attrCount > MAX_KEPT_EVENTS;
  events.clear();
  spare = large ? null : events;
}

/** Hands a scanned part's events to the handlers, in order; a handler's StopParsing ends it. The events are released after. */
export function replay(events: Events, h: XmlHandlers): void {
  const { count, kinds, values, attrEnds } = events;
  const attrs = new EventAttributes(events);
  try {
    // Called as methods: a handler may be a class instance (xlsx/sheet.ts).
    for (let k = 0; k < count; k++) {
      const kind = kinds[k];
      if (kind === OPEN) {
        attrs.from = attrs.to;
        attrs.to = attrEnds[k];
        h.open?.(values[k], attrs);
      } else if (kind === CLOSE) h.close?.(values[k]);
      else h.text?.(values[k]);
    }
  } catch (err) {
    if (err instanceof StopParsing) return;
    throw err;
  } finally {
    release(events);
  }
}
