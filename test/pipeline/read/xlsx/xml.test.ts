/**
 * The XML fast path (a scanner for the plain subset spreadsheet parts use) must hand the handlers
 * exactly what saxes would, and leave to saxes everything outside that subset, so that what is
 * accepted, what is refused and the message stay saxes's.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseDateStyles, parseWithSaxes, parseXml, resolveTarget, resolveTargetGeneral, StopParsing, type PartReading, type XmlHandlers } from '../../../../pipeline/read/xlsx/xml';
import { replay } from '../../../../pipeline/read/xlsx/xml-events';
import { scanPart } from '../../../../pipeline/read/xlsx/xml-scan';
import { buildSamples } from '../../../../samples/build';
import { namedXmlParts, xlsxFiles, xmlParts } from '../../../helpers/xml-parts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sujarit-xml-'));

beforeAll(async () => {
  await buildSamples(tmp);
}, 60000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/**
 * What the handlers see inside the root element, as one list, or the error thrown. (Saxes also
 * reports the line breaks around the root as text; the fast path leaves them out, and no handler
 * reads text outside an element.)
 */
function events(parse: (xml: string, part: string, h: XmlHandlers, reading?: PartReading) => void, xml: string, reading?: PartReading): string[] {
  const out: string[] = [];
  let depth = 0;
  try {
    parse(xml, 'xl/worksheets/sheet1.xml', {
      open: (name, attrs) => {
        depth++;
        out.push(`<${name} ${JSON.stringify(attrs.entries())}`);
      },
      close: (name) => {
        depth--;
        out.push(`</${name}`);
      },
      text: (t) => {
        if (depth > 0) out.push(`"${t}"`);
      },
    }, reading);
  } catch (err) {
    out.push(`! ${(err as Error).message}`);
  }
  return out;
}

describe('parseXml', () => {
  it("gives saxes's events for every XML part of the sample province's workbooks", () => {
    let parts = 0;
    for (const xml of xmlParts(tmp, (name) => name.endsWith('.xml') || name.endsWith('.rels'))) {
      expect(events(parseXml, xml)).toEqual(events(parseWithSaxes, xml));
      parts++;
    }
    expect(parts).toBeGreaterThan(40);
  });

  it.each([
    ['a plain sheet row', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="3"><v>12.5</v></c></row></sheetData></worksheet>'],
    ['prefixed names', '<x:worksheet xmlns:x="urn:x"><x:c r="A1"><x:v>1</x:v></x:c></x:worksheet>'],
    ['spaces before a closing >', '<a><b >t</b ><c\n/></a\t>'],
    ['single quotes and references', `<a t='x &amp; y &#x0E01;&#3585;'>&lt;&gt;&quot;&apos;</a>`],
    ['Thai text and inline strings', '<c t="inlineStr"><is><t xml:space="preserve"> โครงการ ๑ </t></is></c>'],
    ['one-letter and longer names side by side', '<r><rPr><b/></rPr><t>x</t><r/></r>'],
    ['a closing tag that only starts like the open one', '<ab><a></ab></a>'],
    ['a closing tag naming another element', '<a><b></c></a>'],
    ['a closing tag with a space inside its name', '<a><b></b c></a>'],
    ['a closing tag with nothing open', '<a/></a>'],
    ['a closing tag left unfinished', '<a><b></b'],
    ['a closing tag with no name', '<a></ ></a>'],
    ['an element not closed', '<a><b>'],
    ['a second root', '<a/><b/>'],
    ['text outside the root', 'x<a/>'],
    ['a duplicate attribute', '<a r="1" r="2"/>'],
    ['an attribute with no value', '<a r/>'],
    ['an undefined entity', '<a>&nbsp;</a>'],
    ['a reference to a character XML does not allow', '<a>&#1;</a>'],
    ['line ends of CR LF and a lone CR in text', '<a>x\r\ny\rz\r\r\nw</a>'],
    ['a CR written as a reference (kept: line ends are read before references)', '<a>x&#13;&#xD;\r\ny</a>'],
    ['CR LF between attributes and before a closing >', '<a\r\n  r="1"\r\n  s="2"\r\n><b\r\n/></a\r\n>'],
    ['a declaration written with CR LF inside', '<?xml\r\nversion="1.0"\r\nencoding="UTF-8"?>\r\n<a/>\r\n'],
    ['a CR in an attribute value', '<a r="x\r\ny"/>'],
    ['a comment and CDATA', '<a><!-- c --><![CDATA[<x>]]></a>'],
    ['"]]>" in text', '<a>x]]>y</a>'],
    ['a DOCTYPE', '<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>'],
    ['an odd name', '<1a/>'],
    ['a control character in an attribute', '<a r="\u0001"/>'],
    ['a lone surrogate in text', '<a>\uD800</a>'],
    ['short texts with a tab, a line end, a bracket, a pair of surrogates', '<a><b>x\ty</b><b>1\n2</b><b>[1]</b><b>\uD83D\uDE00</b></a>'],
    ['a short text of U+FFFE', '<a>\uFFFE</a>'],
    ['a long text with references', `<a>${'โครงการ '.repeat(6)}&amp;&#3585;</a>`],
    ['short attribute values with and without references', '<a r="&amp;" s="&lt;1" t="1"/>'],
    ['a short attribute value with an undefined entity', '<a r="&x;"/>'],
    ['names alike in first letter and length, one after another', '<row><rPr/><rxx spans="1" spanz="2"/><rPr/><row/></row>'],
    ['a name outside the subset after one alike in first letter and length', '<ab><ab/><a$/></ab>'],
    ['attributes named like the built-in properties of an object', '<a toString="1" __proto__="2" constructor="3"/>'],
  ])('gives what saxes gives for %s', (_what, xml) => {
    expect(events(parseXml, xml)).toEqual(events(parseWithSaxes, xml));
  });

  it('reads short texts, short values and names alike on the fast path (each check has a quick way for them)', () => {
    for (const xml of [
      '<a><b>x\ty</b><b>1\n2</b><b>[1]</b><b>12.5</b></a>',
      `<a>${'โครงการ '.repeat(6)}&amp;&#3585;</a>`,
      '<a r="&amp;" s="&lt;1" t="1"/>',
      '<row><rPr/><rxx spans="1" spanz="2"/><rPr/><row/></row>',
      '<a toString="1" __proto__="2" constructor="3"/>',
    ]) {
      const fast = scanPart(xml, 'p');
      expect(fast).not.toBeNull();
      if (fast) replay(fast, {});
      expect(events(parseXml, xml)).toEqual(events(parseWithSaxes, xml));
    }
  });

  it('scans an element of up to 64 attributes, and leaves one of more to saxes (each is compared with those before it)', () => {
    const element = (n: number) => `<a>${'<b/>'.repeat(3)}<c ${Array.from({ length: n }, (_, k) => `x${k}="${k}"`).join(' ')}/></a>`;
    const fast = scanPart(element(64), 'p');
    expect(fast).not.toBeNull();
    if (fast) replay(fast, {});
    expect(scanPart(element(65), 'p')).toBeNull();
    // 100,000 attributes: read once by saxes, not compared pair by pair.
    const huge = element(100_000);
    expect(events(parseXml, huge)).toEqual(events(parseWithSaxes, huge));
    const last: string[] = [];
    parseXml(huge, 'p', { open: (name, attrs) => name === 'c' && last.push(attrs.get('x99999') ?? '') });
    expect(last).toEqual(['99999']);
  });

  it('hands each element its own attributes, by name, on either path', () => {
    const xml = '<a r="1" s="2"><b/><c t="s" x:id="rId1"/><d toString="1"/></a>';
    for (const parse of [parseXml, parseWithSaxes]) {
      const seen: string[] = [];
      parse(xml, 'p', {
        open: (name, attrs) => seen.push(`${name}:${attrs.get('r')},${attrs.get('t')},${attrs.get('x:id')},${attrs.get('toString')},${attrs.get('valueOf')}`),
      });
      expect(seen).toEqual(['a:1,undefined,undefined,undefined,undefined', 'b:undefined,undefined,undefined,undefined,undefined', 'c:undefined,s,rId1,undefined,undefined', 'd:undefined,undefined,undefined,1,undefined']);
    }
  });

  it('reads the parts Excel saves (CR LF after the declaration, pretty-printed with CR LF) on the fast path, as saxes would', () => {
    const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
    const parts = [
      `${declaration}<worksheet xmlns="urn:x"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="3"><v>12.5</v></c></row></sheetData></worksheet>`,
      `${declaration}<sst xmlns="urn:x" count="1"><si><t xml:space="preserve">โครงการ\r\n๑</t></si></sst>\r\n`,
      `${declaration}<Relationships xmlns="urn:x">\r\n  <Relationship Id="rId1"\r\n    Type="t" Target="xl/workbook.xml"/>\r\n</Relationships>`,
    ];
    for (const xml of parts) {
      const fast = scanPart(xml, 'p');
      expect(fast).not.toBeNull();
      replay(fast!, {});
      expect(events(parseXml, xml)).toEqual(events(parseWithSaxes, xml));
    }
    expect(events(parseXml, parts[1])).toContain('"โครงการ\n๑"');
  });

  it("gives saxes's events for the sample workbooks' parts with CR LF, CR and LF put in wherever XML allows a line end", () => {
    let state = 7;
    const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const ends = ['\r\n', '\r', '\n', '\r\r\n', ' \r\n\t'];
    let parts = 0;
    for (const { name, xml } of namedXmlParts(xlsxFiles(tmp).slice(0, 4), (part) => part.endsWith('.xml') || part.endsWith('.rels'))) {
      // After the declaration and between elements, before a tag's > or />, between attributes, and in text.
      const prolog = xml.startsWith('<?') ? xml.indexOf('?>') + 2 : 0;
      const body = xml.slice(prolog).replace(/>(?=<)|(?<!\/)(?=\/?>)|" (?=[A-Za-z])|(?<=>[^<&]{2})(?=[^<])/g, (m) => (next() < 0.3 ? `${m}${ends[Math.floor(next() * ends.length)]}` : m));
      const spaced = `${xml.slice(0, prolog)}\r\n${body}`;
      expect(spaced).toContain('\r');
      const fast = scanPart(spaced, 'p');
      expect([name, fast !== null]).toEqual([name, true]);
      replay(fast!, {});
      expect(events(parseXml, spaced)).toEqual(events(parseWithSaxes, spaced));
      parts++;
    }
    expect(parts).toBeGreaterThan(10);
  });

  it('refuses a part nested deeper than any workbook, on either path', () => {
    const deep = `${'<a>'.repeat(100)}${'</a>'.repeat(100)}`;
    expect(events(parseXml, deep).at(-1)).toMatch(/^! .*nested deeper/);
    expect(events(parseWithSaxes, deep).at(-1)).toMatch(/^! .*nested deeper/);
  });
});

describe('the fast path\'s kept event lists', () => {
  const row = (r: number) => `<row r="${r}"><c r="A${r}" t="s"><v>${r}</v></c><c r="B${r}"><v>${r * 1000}</v></c></row>`;
  const sheet = (rows: number) => `<worksheet><sheetData>${Array.from({ length: rows }, (_, i) => row(i + 1)).join('')}</sheetData></worksheet>`;

  it('give each part its own events: a short part after a long one (the lists grew past 4,096 events), after one given up halfway, after a handler stopped', () => {
    const long = sheet(1200);
    expect(events(parseXml, long)).toEqual(events(parseWithSaxes, long));
    const short = sheet(2);
    expect(events(parseXml, short)).toEqual(events(parseWithSaxes, short));
    // Plain for 300 rows, then a comment: the scan gives up there, and saxes reads it all from the start.
    const halfway = `<worksheet><sheetData>${Array.from({ length: 300 }, (_, i) => row(i + 1)).join('')}<!-- x --></sheetData></worksheet>`;
    expect(events(parseXml, halfway)).toEqual(events(parseWithSaxes, halfway));
    expect(events(parseXml, short)).toEqual(events(parseWithSaxes, short));
    let seen = 0;
    parseXml(long, 'xl/worksheets/sheet1.xml', {
      open: () => {
        if (++seen === 50) throw new StopParsing();
      },
    });
    expect(seen).toBe(50);
    expect(events(parseXml, short)).toEqual(events(parseWithSaxes, short));
  });

  it('give a part read by a handler while another is replayed events of its own, and the outer part goes on', () => {
    const inner = sheet(3);
    const outer: string[] = [];
    let innerEvents: string[] = [];
    parseXml(sheet(20), 'xl/worksheets/sheet1.xml', {
      open: (name, attrs) => {
        outer.push(`${name} ${attrs.get('r') ?? ''}`);
        if (attrs.get('r') === 'A10') innerEvents = events(parseXml, inner);
      },
    });
    expect(innerEvents).toEqual(events(parseWithSaxes, inner));
    expect(outer).toHaveLength(1 + 1 + 20 * 5);
    expect(outer.at(-1)).toBe('v ');
    expect(outer.filter((o) => o.startsWith('row ')).map((o) => o.slice(4))).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1)));
  });

  it('keep nothing of a part once it is replayed (no text, no attributes), or once the scan gives it up', () => {
    const events = scanPart(sheet(40), 'xl/worksheets/sheet1.xml')!;
    const count = events.count;
    expect(count).toBe(2 + 2 + 40 * 12);
    expect(events.values.slice(0, count)).toContain('40000');
    replay(events, {});
    expect(events.count).toBe(0);
    expect(events.values.slice(0, count).every((v) => v === '')).toBe(true);
    expect(events.attrCount).toBe(0);
    expect([...events.attrNames, ...events.attrValues].every((v) => v === '')).toBe(true);
    expect(scanPart('<a>x<!-- c --></a>', 'p')).toBeNull();
    const again = scanPart('<a/>', 'p')!;
    expect(again).toBe(events); // the same lists, handed out again
    expect(again.count).toBe(2);
    replay(again, {});
  });

  it('are not kept once a part has filled them with more than 65,536 attributes', () => {
    const small = scanPart(sheet(2), 'p')!;
    replay(small, {});
    const many = `<a>${Array.from({ length: 2000 }, (_, i) => `<b ${Array.from({ length: 40 }, (_, k) => `x${k}="${i}"`).join(' ')}/>`).join('')}</a>`;
    const scanned = scanPart(many, 'p')!;
    expect(scanned).toBe(small);
    expect(scanned.attrCount).toBe(80_000);
    replay(scanned, {});
    const next = scanPart(sheet(2), 'p')!;
    expect(next).not.toBe(scanned);
    replay(next, {});
  });

  it('are not kept once a part has filled them with more than 65,536 events (a huge part would leave them megabytes long)', () => {
    const small = scanPart(sheet(2), 'p')!;
    replay(small, {});
    const huge = scanPart(sheet(6000), 'p')!; // 72,004 events
    expect(huge).toBe(small);
    expect(huge.count).toBe(2 + 2 + 6000 * 12);
    replay(huge, {});
    const next = scanPart(sheet(2), 'p')!;
    expect(next).not.toBe(huge);
    expect(next.kinds.length).toBe(65_536);
    replay(next, {});
    const kept = scanPart(sheet(1), 'p')!;
    expect(kept).toBe(next);
    replay(kept, {});
  });

  it('are made as long as a kept set may be, so that no part that leaves them kept grows them', () => {
    const first = scanPart(sheet(1), 'p')!;
    const { kinds, attrEnds } = first;
    expect(kinds.length).toBe(65_536);
    replay(first, {});
    const large = scanPart(sheet(5000), 'p')!; // 60,004 events
    expect(large).toBe(first);
    expect(large.count).toBe(2 + 2 + 5000 * 12);
    expect(large.kinds).toBe(kinds);
    expect(large.attrEnds).toBe(attrEnds);
    replay(large, {});
    expect(scanPart(sheet(1), 'p')).toBe(first);
    replay(first, {});
  });
});

describe('reading only what a part is read for (PartReading)', () => {
  const reading: PartReading = { skip: new Set(['fonts', 'cellStyleXfs']), stopAfter: 'cellXfs' };
  const fonts = '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/></font></fonts>';
  const named = (n: number) => `<cellStyleXfs count="${n}">${'<xf numFmtId="0" fontId="0"/>'.repeat(n)}</cellStyleXfs>`;
  const styles = (before: string, after = '<cellStyles count="1"><cellStyle name="Normal" xfId="0"/></cellStyles>') =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<styleSheet xmlns="urn:x"><numFmts count="1"><numFmt numFmtId="164" formatCode="d/m/yyyy"/></numFmts>${before}<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="3"/><xf numFmtId="14"/></cellXfs>${after}</styleSheet>`;

  it('hands passed-over elements to the handlers empty, and nothing after the last element read, on either path', () => {
    const xml = styles(fonts + named(3));
    const fast = events(parseXml, xml, reading);
    expect(scanPart(xml, 'p', reading)).not.toBeNull();
    expect(fast).toEqual(events(parseWithSaxes, xml, reading));
    expect(fast.filter((e) => /fonts|cellStyleXfs|font |sz|cellStyle /.test(e))).toEqual(['<fonts [["count","2"]]', '</fonts', '<cellStyleXfs [["count","3"]]', '</cellStyleXfs']);
    expect(fast.at(-1)).toBe('</cellXfs');
    expect(fast.filter((e) => e.startsWith('<xf'))).toHaveLength(4);
  });

  it('reads a styles part of 40,000 named styles for its number and cell formats alone, as it reads a plain one', () => {
    const bloated = styles(
      fonts + named(40_000),
      `<cellStyles count="40000">${Array.from({ length: 40_000 }, (_, i) => `<cellStyle name="ปกติ ${i}" xfId="${i}"/>`).join('')}</cellStyles><dxfs count="0"/>`,
    );
    expect(parseDateStyles(bloated, 'xl/styles.xml')).toEqual([false, true, false, true]);
    expect(parseDateStyles(styles(''), 'xl/styles.xml')).toEqual([false, true, false, true]);
  });

  it('leaves the part to saxes where the search for a closing tag could be misled, with the same events', () => {
    for (const misleading of [
      '<fonts><!-- </fonts> --></fonts>',
      '<fonts><![CDATA[</fonts>]]></fonts>',
      '<fonts><?pi </fonts>?></fonts>',
      '<fonts><fonts/></fonts>',
      '<fonts><fontsX/></fonts>',
    ]) {
      const xml = styles(misleading);
      expect(scanPart(xml, 'p', reading)).toBeNull();
      expect(events(parseXml, xml, reading)).toEqual(events(parseWithSaxes, xml, reading));
    }
  });

  it('takes a closing tag with spaces before its >, and a passed-over element written empty', () => {
    for (const xml of [styles('<fonts count="0">x</fonts \r\n>'), styles('<fonts count="0"/>')]) {
      expect(scanPart(xml, 'p', reading)).not.toBeNull();
      expect(events(parseXml, xml, reading)).toEqual(events(parseWithSaxes, xml, reading));
    }
  });

  it('neither reads nor checks what follows the last element read (as a handler that stops would leave it)', () => {
    const xml = styles('', '<cellStyles><unclosed></styleSheet>');
    expect(events(parseXml, xml, reading).at(-1)).toBe('</cellXfs');
    expect(events(parseWithSaxes, xml, reading)).toEqual(events(parseXml, xml, reading));
    expect(parseDateStyles(xml, 'xl/styles.xml')).toEqual([false, true, false, true]);
  });
});

describe('resolveTarget', () => {
  it.each([
    ['', 'xl/workbook.xml', 'xl/workbook.xml'],
    ['xl/workbook.xml', 'worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl/workbook.xml', 'sharedStrings.xml', 'xl/sharedStrings.xml'],
    ['xl/workbook.xml', '/xl/styles.xml', 'xl/styles.xml'],
    ['xl/workbook.xml', '../customXml/item1.xml', 'customXml/item1.xml'],
    ['xl/workbook.xml', './worksheets/./sheet2.xml', 'xl/worksheets/sheet2.xml'],
    ['xl/workbook.xml', 'worksheets\\sheet3.xml', 'xl/worksheets/sheet3.xml'],
    ['xl/workbook.xml', 'worksheets/%E0%B8%81.xml', 'xl/worksheets/ก.xml'],
    ['xl/workbook.xml', 'worksheets/bad%zz.xml', 'xl/worksheets/bad%zz.xml'],
    ['a//b.xml', 'c.xml', 'a//c.xml'],
    ['xl/workbook.xml', 'worksheets//sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl/workbook.xml', 'sheet', 'xl/sheet'],
  ])('against the part %j, the target %s is %s, both ways', (from, target, expected) => {
    expect(resolveTarget(from, target)).toBe(expected);
    expect(resolveTargetGeneral(from, target)).toBe(expected);
  });
});
