/**
 * A workbook's shared strings read straight from the XML (shared-strings.ts) must be exactly what
 * the general way reads (every element as an event), errors included, and every part with anything
 * else among its strings must be left to the general way.
 */
import { parseSharedStrings, parseSharedStringsDirect, parseSharedStringsGeneral } from '../../../../pipeline/read/xlsx/shared-strings';
import { sampleAndCorpusParts } from '../../../helpers/xml-parts';

const partsOfWorkbooks = sampleAndCorpusParts();

const PART = 'xl/sharedStrings.xml';

/** The strings, or the error's message. */
function outcome(read: (xml: string, part: string) => unknown, xml: string): unknown {
  try {
    return read(xml, PART);
  } catch (err) {
    return { error: (err as Error).message };
  }
}

function expectSame(xml: string): void {
  expect(outcome(parseSharedStrings, xml)).toEqual(outcome(parseSharedStringsGeneral, xml));
}

const sst = (strings: string, around = ''): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<sst xmlns="urn:s" count="3" uniqueCount="3">${strings}</sst>${around}`;

describe('reading the shared strings straight from the XML', () => {
  it('gives what the general way gives for every workbook of the sample province and of a bench corpus, reading nearly all directly', () => {
    // The zip's names as its central directory keeps them: lower case.
    const parts = partsOfWorkbooks((name) => name === PART.toLowerCase());
    expect(parts.length).toBeGreaterThan(50);
    for (const xml of parts) expectSame(xml);
    const direct = parts.filter((xml) => parseSharedStringsDirect(xml, PART) !== null).length;
    expect(direct / parts.length).toBeGreaterThan(0.9);
  });

  it.each([
    ['plain Thai and Latin strings, an empty one, preserved spaces', '<si><t>โครงการ ๑</t></si><si><t></t></si><si><t xml:space="preserve">  ส่วนที่ ๑  </t></si><si><t>x_x000D_y</t></si>'],
    ['strings on lines of their own, a tab and a line feed inside one', '\r\n  <si><t>ก</t></si>\r\n  <si><t>ข\tค\nง</t></si>\r\n'],
    ['references, a CR LF and a "]"', '<si><t>&lt;p&gt;ก &amp; ข&#3585;</t></si><si><t>a\r\nb\rc</t></si><si><t>[๑]</t></si>'],
  ])('reads directly, and as the general way does, %s', (_what, strings) => {
    expect(parseSharedStringsDirect(sst(strings), PART)).not.toBeNull();
    expectSame(sst(strings));
  });

  it.each([
    ['rich text runs', '<si><t>ก</t></si><si><r><rPr><b/></rPr><t>ตัวหนา</t></r><r><t> ปกติ</t></r></si>'],
    ['phonetic text', '<si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="1"/></si>'],
    ['texts the general way refuses: an undefined entity, a control character, "]]>"', '<si><t>&nbsp;</t></si><si><t>a\u0001b</t></si><si><t>]]></t></si>'],
    ['a string written empty, and a <t> with another attribute', '<si><t/></si><si><t a="1">x</t></si>'],
    ['a comment among the strings', '<si><t>ก</t></si><!-- x --><si><t>ข</t></si>'],
    ['an element after the strings', '<si><t>ก</t></si><extLst/>'],
  ])('leaves to the general way %s', (_what, strings) => {
    expect(parseSharedStringsDirect(sst(strings), PART)).toBeNull();
    expectSame(sst(strings));
  });

  it.each([
    ['no strings at all', sst('')],
    ['a reference split by the strings', sst('&am<si><t>ก</t></si>p;')],
    ['"]]>" split by the strings', sst(']]<si><t>ก</t></si>>')],
    ['strings inside another element', sst('<x><si><t>ก</t></si></x>')],
    ['strings under a root of another name', sst('<si><t>ก</t></si>').replace(/sst/g, 'other')],
    ['a second root', sst('<si><t>ก</t></si>', '<sst/>')],
    ['a DOCTYPE', `<!DOCTYPE sst [<!ENTITY e "x">]>${sst('<si><t>ก</t></si><si><t>&e;</t></si>')}`],
    ['a root not closed', sst('<si><t>ก</t></si>').replace('</sst>', '')],
    ['a "<si>" in an attribute value', sst('<si><t>ก</t></si>').replace('count="3"', 'count="<si>"')],
  ])('gives what the general way gives for %s', (_what, xml) => {
    expectSame(xml);
  });
});
