/**
 * A worksheet's rows read straight from the XML (sheet-data.ts) must give exactly what the general
 * way gives (every element as an event, xml.ts), errors included, and leave to the general way
 * every sheet with anything else in its rows.
 */
import { DEFAULT_SHEET_LIMITS, parseSheet, parseSheetGeneral, type SheetContext, type SheetLimits } from '../../../../pipeline/read/xlsx/sheet';
import { scanSheetData, type SheetCells } from '../../../../pipeline/read/xlsx/sheet-data';
import { sampleAndCorpusParts } from '../../../helpers/xml-parts';

const partsOfWorkbooks = sampleAndCorpusParts();

const SHARED = ['ยุทธศาสตร์', 'โครงการ ๑', '', 'x & y'];

function context(limits: Partial<SheetLimits> = {}, cells = 0): SheetContext {
  return {
    sheet: 'แผน',
    part: 'xl/worksheets/sheet1.xml',
    sharedStrings: SHARED,
    dateXf: [false, false, true],
    date1904: false,
    limits: { ...DEFAULT_SHEET_LIMITS, ...limits },
    budget: { cells },
  };
}

/** What a reading gives: the result and the workbook's cell count after it, or the error's message. */
function outcome(read: (xml: string, ctx: SheetContext) => unknown, xml: string, ctx: SheetContext): unknown {
  try {
    return { result: read(xml, ctx), cells: ctx.budget.cells };
  } catch (err) {
    return { error: (err as Error).message };
  }
}

function expectSame(xml: string, limits: Partial<SheetLimits> = {}, cells = 0): void {
  expect(outcome(parseSheet, xml, context(limits, cells))).toEqual(outcome(parseSheetGeneral, xml, context(limits, cells)));
}

/** Whether the rows of the part's first <sheetData> are read straight from the XML. */
function readsDirectly(xml: string): boolean {
  const from = xml.indexOf('<sheetData>') + '<sheetData>'.length;
  const to = xml.indexOf('</sheetData>', from);
  const ignore = (): void => {};
  const sink: SheetCells = {
    startRow: ignore, endRow: ignore, startCell: ignore, startCellAt: ignore, cellValue: ignore, cellDigits: ignore, cellFormula: ignore,
    startInline: ignore, inlineText: ignore, endInline: ignore, endCell: ignore,
  };
  return from >= '<sheetData>'.length && to >= 0 && scanSheetData(xml, from, to, sink);
}

/** Every worksheet part of the workbooks under `dir`. */
const isWorksheet = (name: string): boolean => /^xl\/worksheets\/[^/]+\.xml$/.test(name);

const ws = (rows: string, around = ''): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="urn:s" xmlns:x14ac="urn:x">${around}<sheetData>${rows}</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>`;

describe('reading a sheet\'s rows straight from the XML', () => {
  it('gives what the general way gives for every sheet of the sample province and of a bench corpus, reading nearly all of them directly', () => {
    const sheets = partsOfWorkbooks(isWorksheet);
    expect(sheets.length).toBeGreaterThan(100);
    for (const xml of sheets) expectSame(xml);
    // The corpus writes seven workbooks in ten as Excel saves them, the rest as scripts export them.
    const direct = sheets.filter(readsDirectly).length;
    expect(direct / sheets.length).toBeGreaterThan(0.9);
  });

  it.each([
    ['shared strings, numbers, a date, a boolean, an error and a formula', '<row r="1" spans="1:6" x14ac:dyDescent="0.25"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>12.5</v></c><c r="C1" s="2"><v>45000</v></c><c r="D1" t="b"><v>1</v></c><c r="E1" t="e"><v>#REF!</v></c><c r="F1"><f>SUM(B1:C1)</f><v>45012.5</v></c></row>'],
    ['a shared string that is empty, one past the table, and one not a number', '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>9</v></c><c r="C2" t="s"><v>x</v></c><c r="D2" t="s"><v>3</v></c></row>'],
    ['inline strings: several runs, an empty run, an empty one, one without t="inlineStr"', '<row r="3"><c r="A3" t="inlineStr"><is><t>โครงการ</t><t xml:space="preserve"> ๑ </t><t/></is></c><c r="B3" t="inlineStr"><is/></c><c r="C3"><is><t>x</t></is></c><c r="D3" t="inlineStr"><is><t>a_x000D_b</t></is></c></row>'],
    ['rows and cells without r, a row after a gap, and empty rows and cells', '<row><c><v>1</v></c><c><v>2</v></c></row><row r="5"/><row><c r="C6"/><c><v>3</v></c></row><row r="9"><c r="B9"><v/></c><c><v>4</v></c></row>'],
    ['a later row naming an earlier one, and cells out of order', '<row r="4"><c r="C4"><v>1</v></c><c r="A4"><v>2</v></c></row><row r="2"><c r="B2"><v>3</v></c></row><row r="4"><c r="E4"><v>5</v></c></row>'],
    ['pretty-printed with CR LF, spaces around = and single quotes', '\r\n  <row r = "1" >\r\n    <c r=\'A1\' t=\'s\' >\r\n      <v>1</v>\r\n    </c >\r\n  </row\r\n>\r\n'],
    ['references in values and attributes, and line ends in a value', '<row r="1"><c r="&#65;1" t="&#115;"><v>&#51;</v></c><c r="B1" t="str"><v>a &amp; b\r\nc\rd</v></c><c r="C1" t="inlineStr"><is><t>&lt;x&gt;&#3585;</t></is></c></row>'],
    ['several values and formulas in one cell (the last counts) and a shared formula', '<row r="1"><c r="A1"><v>1</v><v>2</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f><f>A1</f><v>2</v></c><c r="C1"><f t="shared" si="0"/><v>4</v></c></row>'],
    ['a date cell in a 1904 workbook style, and a cell style past the table', '<row r="1"><c r="A1" s="2"><v>1</v></c><c r="B1" s="40"><v>7</v></c></row>'],
    ['whitespace-only values and a formula of spaces', '<row r="1"><c r="A1"><v> </v></c><c r="B1" t="str"><v> </v></c><c r="C1"><f> </f></c></row>'],
    ['attributes named like r, s and t with a prefix', '<row r="1"><c x:r="B1" x:t="s" x:s="2" r="A1"><v>1</v></c></row>'],
  ])('reads directly, and as the general way does, %s', (_what, rows) => {
    expect(readsDirectly(ws(rows))).toBe(true);
    expectSame(ws(rows));
  });

  it.each([
    ['rich text runs', '<row r="1"><c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t>ตัวหนา</t></r><r><t> ปกติ</t></r></is></c></row>'],
    ['phonetic text', '<row r="1"><c r="A1" t="inlineStr"><is><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></is></c></row>'],
    ['a comment and CDATA among the rows', '<!-- rows --><row r="1"><c r="A1" t="str"><v><![CDATA[<x>]]></v></c></row>'],
    ['prefixed names', '<x:row xmlns:x="urn:s" r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row>'],
    ['an element no reader knows, inside a cell and inside a row', '<row r="1"><c r="A1"><v>1</v><extLst/></c><x/></row><row r="2"><c r="A2"><v>2</v></c></row>'],
    ['text between cells and inside a cell', '<row r="1">x<c r="A1">y<v>1</v>z</c></row>'],
    ['text before a row', 'x<row r="1"><c r="A1"><v>1</v></c></row>'],
    ['text that reads like a row without its "<"', '<row r="1"><c r="A1"><v>1</v></c></row>-row r="2"><c r="A2"><v>2</v></c></row>'],
    ['a <t> outside an inline string', '<row r="1"><c r="A1"><t>x</t><v>1</v></c></row>'],
    ['a cell outside a row, and a row inside a row', '<c r="A1"><v>1</v></c><row r="2"><row r="3"><c r="A3"><v>3</v></c></row></row>'],
    ['a cell of seventeen attributes', `<row r="1"><c r="A1" ${Array.from({ length: 16 }, (_, k) => `a${k}="${k}"`).join(' ')}><v>1</v></c></row>`],
    ['a duplicate attribute', '<row r="1"><c r="A1" r="B1"><v>1</v></c></row>'],
    ['a closing tag naming another element', '<row r="1"><c r="A1"><v>1</c></v></row>'],
    ['a cell not closed', '<row r="1"><c r="A1"><v>1</v></row>'],
    ['a closing tag that only starts like the open one', '<row r="1"><c r="A1"><v>1</vv></c></row>'],
    ['a control character in a value and in an attribute', '<row r="1"><c r="A1" t="str"><v>a\u0001b</v></c></row>'],
    ['a control character in an attribute', '<row r="1" spans="1\u00012"><c r="A1"><v>1</v></c></row>'],
    ['an undefined entity', '<row r="1"><c r="A1" t="str"><v>&nbsp;</v></c></row>'],
    ['an inline string the general way refuses: an undefined entity', '<row r="1"><c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c></row>'],
    ['an inline string the general way refuses: a control character', '<row r="1"><c r="A1" t="inlineStr"><is><t>a\u0001b</t></is></c></row>'],
    ['an inline string the general way refuses: "]]>"', '<row r="1"><c r="A1" t="inlineStr"><is><t>a]]>b</t></is></c></row>'],
    ['an attribute without whitespace before it, and one without a value', '<row r="1"s="2"><c r="A1"><v>1</v></c></row><row r="3"><c r/></row>'],
    ['a "<" in an attribute value', '<row r="1" spans="<"><c r="A1"><v>1</v></c></row>'],
  ])('leaves to the general way %s', (_what, rows) => {
    expect(readsDirectly(ws(rows))).toBe(false);
    expectSame(ws(rows));
  });

  it.each([
    ['mergeCells before the rows, and a second <sheetData> after them', ws('<row r="1"><c r="A1"><v>1</v></c></row>', '<mergeCells><mergeCell ref="C3:D4"/></mergeCells>').replace('</sheetData>', '</sheetData><sheetData><row><c><v>2</v></c></row></sheetData>')],
    ['a "<sheetData>" in a comment before the element', ws('<row r="1"><c r="A1"><v>1</v></c></row>', '<!-- <sheetData> -->')],
    ['a "</sheetData>" in a comment among the rows', ws('<row r="1"><c r="A1"><v>1</v></c></row><!-- </sheetData> --><row r="2"><c r="A2"><v>2</v></c></row>')],
    ['a prefixed sheetData with rows before the element', ws('<row><c><v>2</v></c></row>', '<x:sheetData xmlns:x="urn:s"><row><c><v>1</v></c><c s="2"><v>3</v></c></row></x:sheetData>')],
    ['a sheetData with an attribute before the element', ws('<row><c><v>2</v></c></row>', '<sheetData a="1"><row><c><v>1</v></c></row></sheetData>')],
    ['rows nested one level deeper than any part may be', `<worksheet>${'<a>'.repeat(59)}<sheetData><row><c t="inlineStr"><is><t>x</t></is></c></row></sheetData>${'</a>'.repeat(59)}</worksheet>`],
    ['rows nested as deep as a part may be', `<worksheet>${'<a>'.repeat(58)}<sheetData><row><c t="inlineStr"><is><t>x</t></is></c></row></sheetData>${'</a>'.repeat(58)}</worksheet>`],
    ['a sheet with no rows', ws('')],
    ['a <sheetData/> written empty', ws('').replace('<sheetData></sheetData>', '<sheetData/>')],
    ['a sheetData element with an attribute', ws('<row r="1"><c r="A1"><v>1</v></c></row>').replace('<sheetData>', '<sheetData a="1">')],
    ['a sheet whose rows end the part', '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row>'],
    ['a DOCTYPE', `<!DOCTYPE worksheet [<!ENTITY e "x">]>${ws('<row r="1"><c r="A1" t="str"><v>&e;</v></c></row>')}`],
    ['the rest of the part damaged after good rows', ws('<row r="1"><c r="A1"><v>1</v></c></row>').replace('</mergeCells>', '</mergeCell>')],
  ])('gives what the general way gives for %s', (_what, xml) => {
    expectSame(xml);
  });

  /** How many cells of the rows were read in one pass (startCellAt), and how many the general way (startCell). */
  function cellReadings(rows: string): { quick: number; general: number } {
    const counts = { quick: 0, general: 0 };
    const ignore = (): void => {};
    const sink: SheetCells = {
      startRow: ignore, endRow: ignore, startCell: () => counts.general++, startCellAt: () => counts.quick++, cellValue: ignore,
      cellDigits: ignore, cellFormula: ignore, startInline: ignore, inlineText: ignore, endInline: ignore, endCell: ignore,
    };
    const xml = ws(rows);
    const from = xml.indexOf('<sheetData>') + '<sheetData>'.length;
    expect(scanSheetData(xml, from, xml.indexOf('</sheetData>'), sink)).toBe(true);
    return counts;
  }

  it.each([
    ['a shared string, a number, an empty styled cell and a style of several digits', '<row r="7"><c r="A7" s="1" t="s"><v>1</v></c><c r="B7" s="2"><v>45000</v></c><c r="C7" s="12"/><c r="AB7" t="n"><v>0</v></c><c r="XFD7" t="s"><v>3</v></c></row>', 5],
    ['a shared string past the table (its index in the finding as written) and an empty one', '<row r="1"><c r="A1" t="s"><v>99</v></c><c r="B1" t="s"><v>2</v></c></row>', 2],
    ['a date style, and a style past the table', '<row r="1"><c r="A1" s="2"><v>45000</v></c><c r="B1" s="40"><v>7</v></c></row>', 2],
    ['cells of a row without r, and a later row naming an earlier one', '<row><c r="C3"><v>1</v></c><c r="D3"><v>2</v></c></row><row r="2"><c r="E2"><v>3</v></c></row><row r="3"><c r="A3"><v>4</v></c></row>', 4],
    ['the largest number of fifteen digits', '<row r="1"><c r="A1"><v>999999999999999</v></c></row>', 1],
    ['leading zeros, in a value, a style and a row', '<row r="1"><c r="A1" t="s"><v>01</v></c><c r="B1" s="01"><v>5</v></c><c r="C01"><v>5</v></c></row>', 0],
    ['references the one pass does not take: lower case, four letters, row 0, eight digits', '<row r="1"><c r="a1"><v>1</v></c><c r="ABCD1"><v>1</v></c><c r="E0"><v>1</v></c><c r="F12345678"><v>1</v></c></row>', 0],
    ['numbers it does not take: sixteen digits, a sign, a decimal, spaces, none', '<row r="1"><c r="A1"><v>1234567890123456</v></c><c r="B1"><v>-1</v></c><c r="C1"><v>1.5</v></c><c r="D1"><v> 1</v></c><c r="E1"><v></v></c><c r="F1"><v/></c></row>', 0],
    ['attributes in another order, another type, another quote, more space, another attribute', '<row r="1"><c r="A1" t="s" s="1"><v>1</v></c><c r="B1" t="str"><v>1</v></c><c r=\'C1\'><v>1</v></c><c  r="D1"><v>1</v></c><c r="E1" s="1" cm="1"><v>1</v></c><c r="F1" t="s" ><v>1</v></c></row>', 0],
    ['inline strings of one run: Thai and Latin, in a styled cell, with references, a "]", a tab, a CR LF', '<row r="2"><c r="A2" t="inlineStr"><is><t>โครงการ ๑</t></is></c><c r="B2" s="3" t="inlineStr"><is><t>x_x000D_y</t></is></c><c r="C2" t="inlineStr"><is><t>&lt;p&gt;a &amp; b&#3585;</t></is></c><c r="D2" t="inlineStr"><is><t>[x]</t></is></c><c r="E2" t="inlineStr"><is><t>a\tb\r\nc</t></is></c></row>', 5],
    ['inline strings it does not take: empty, several runs, a preserved space, written empty', '<row r="2"><c r="D2" t="inlineStr"><is><t></t></is></c><c r="E2" t="inlineStr"><is><t>a</t><t>b</t></is></c><c r="F2" t="inlineStr"><is><t xml:space="preserve"> a</t></is></c><c r="G2" t="inlineStr"/></row>', 0],
    ['a formula, two values, and space between the value and the cell\'s end', '<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1"><v>1</v><v>2</v></c><c r="C1"><v>1</v> </c></row>', 0],
  ])('reads in one pass only the cells Excel writes most, and as the general way reads them: %s', (_what, rows, quick) => {
    expect(cellReadings(rows).quick).toBe(quick);
    expectSame(ws(rows));
  });

  it('counts a shared string past the table once, naming its cell and its index as written', () => {
    const { issues } = parseSheet(ws('<row r="4"><c r="B4" t="s"><v>12</v></c></row>'), context());
    expect(issues).toEqual([{ kind: 'shared-string-missing', cell: 'B4', value: '12' }]);
  });

  it('refuses a cell past the limits as the general way does, and counts the workbook\'s cells once', () => {
    const rows = '<row r="1"><c r="A1"><v>1</v></c><c r="J1"><v>2</v></c></row><row r="2"><c r="A2"><v>3</v></c></row>';
    expectSame(ws(rows), { maxRows: 1 });
    expectSame(ws(rows), { maxColumns: 5 });
    expectSame(ws(rows), { maxCells: 10 }, 5);
    expectSame(ws(rows), {}, 5);
    // Rows stored before the direct reading gave up (the comment) are not counted twice.
    const ctx = context({}, 5);
    parseSheet(ws(`${rows}<!-- x --><row r="3"><c r="A3"><v>4</v></c></row>`), ctx);
    expect(ctx.budget.cells).toBe(5 + 10 + 1 + 1);
  });

  it('reads Excel\'s rows directly, and leaves rows with anything else to the general way', () => {
    expect(readsDirectly(ws('<row r="1" spans="1:2"><c r="A1" s="3" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>x</t></is></c></row>'))).toBe(true);
    expect(readsDirectly(ws('<row r="1"><c r="A1"><v>1</v></c></row><!-- x -->'))).toBe(false);
    expect(readsDirectly(ws('<row r="1"><c r="A1" t="inlineStr"><is><r><t>x</t></r></is></c></row>'))).toBe(false);
  });
});
