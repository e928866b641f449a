/**
 * The XML fast path (a scanner for the plain subset spreadsheet parts use) must hand the handlers
 * exactly what saxes would, and leave to saxes everything outside that subset, so that what is
 * accepted, what is refused and the message stay saxes's.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DEFAULT_LIMITS, entryData, readCentralDirectory } from '../../../../pipeline/read/xlsx/zip';
import { decodePart, parseWithSaxes, parseXml, type XmlHandlers } from '../../../../pipeline/read/xlsx/xml';
import { buildSamples } from '../../../../samples/build';

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
function events(parse: (xml: string, part: string, h: XmlHandlers) => void, xml: string): string[] {
  const out: string[] = [];
  let depth = 0;
  try {
    parse(xml, 'xl/worksheets/sheet1.xml', {
      open: (name, attrs) => {
        depth++;
        out.push(`<${name} ${JSON.stringify(Object.entries(attrs))}`);
      },
      close: (name) => {
        depth--;
        out.push(`</${name}`);
      },
      text: (t) => {
        if (depth > 0) out.push(`"${t}"`);
      },
    });
  } catch (err) {
    out.push(`! ${(err as Error).message}`);
  }
  return out;
}

function xlsxFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? xlsxFiles(p) : p.endsWith('.xlsx') ? [p] : [];
  });
}

describe('parseXml', () => {
  it("gives saxes's events for every XML part of the sample province's workbooks", () => {
    let parts = 0;
    for (const file of xlsxFiles(tmp)) {
      const bytes = new Uint8Array(fs.readFileSync(file));
      let entries;
      try {
        entries = readCentralDirectory(bytes, DEFAULT_LIMITS);
      } catch {
        continue; // the province's damaged workbook, there on purpose
      }
      for (const [name, entry] of entries) {
        if (!name.endsWith('.xml') && !name.endsWith('.rels')) continue;
        const xml = decodePart(entryData(bytes, entry));
        expect(events(parseXml, xml)).toEqual(events(parseWithSaxes, xml));
        parts++;
      }
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
    ['a carriage return', '<a>x\r\ny</a>'],
    ['a comment and CDATA', '<a><!-- c --><![CDATA[<x>]]></a>'],
    ['"]]>" in text', '<a>x]]>y</a>'],
    ['a DOCTYPE', '<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>'],
    ['an odd name', '<1a/>'],
    ['a control character in an attribute', '<a r="\u0001"/>'],
    ['a lone surrogate in text', '<a>\uD800</a>'],
  ])('gives what saxes gives for %s', (_what, xml) => {
    expect(events(parseXml, xml)).toEqual(events(parseWithSaxes, xml));
  });

  it('refuses a part nested deeper than any workbook, on either path', () => {
    const deep = `${'<a>'.repeat(100)}${'</a>'.repeat(100)}`;
    expect(events(parseXml, deep).at(-1)).toMatch(/^! .*nested deeper/);
    expect(events(parseWithSaxes, deep).at(-1)).toMatch(/^! .*nested deeper/);
  });
});
