/**
 * The SpreadsheetML pieces summary.xlsx is made of, written as text: escaping, the styles part
 * (only the combinations the sheets use, numbered as they are first asked for), the shared-string
 * table, and the small fixed parts (workbook, relationships, content types, document properties).
 * No workbook object model: a national run has millions of cells, and holding each as an object
 * costs more time and memory than writing it.
 */

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

/**
 * Text for XML: the five markup characters escaped, characters XML 1.0 cannot hold written as
 * OOXML's _xHHHH_, and a literal "_xHHHH_" protected (its underscore as _x005F_) so that Excel
 * reads back exactly the text written.
 */
export function escapeXml(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  return s.replace(ESCAPED, (c) => {
    switch (c) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      default:
        if (c.length > 1) return `_x005F${c}`; // "_x0041_" written as text
        return `_x${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}_`;
    }
  });
}
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|_x[0-9A-Fa-f]{4}_/;
// eslint-disable-next-line no-control-regex
const ESCAPED = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|_x[0-9A-Fa-f]{4}_/g;

/** Leading or trailing whitespace, or a line break, must be declared or XML readers drop it. */
export function spaceAttr(s: string): string {
  const first = s.charCodeAt(0);
  const last = s.charCodeAt(s.length - 1);
  return first === 32 || first === 9 || first === 10 || last === 32 || last === 9 || last === 10 || s.includes('\n') ? ' xml:space="preserve"' : '';
}

// ---------------------------------------------------------------------------------------------
// Styles
// ---------------------------------------------------------------------------------------------

export interface CellStyle {
  bold?: boolean;
  /** Solid fill, RGB hex. */
  fill?: string | null;
  /** Thin black border on all four sides. */
  border?: boolean;
  /** Built-in number format: 3 = "#,##0", 4 = "#,##0.00". */
  numFmt?: 0 | 3 | 4;
  horizontal?: 'center' | 'right';
  vertical?: 'top' | 'middle';
  wrap?: boolean;
}

/** The styles part: fonts, fills and cell formats registered as the sheets ask for them. */
export class Styles {
  private readonly fills: string[] = [];
  private readonly xfs: string[] = [];
  private readonly index = new Map<string, number>();

  constructor(
    private readonly fontName: string,
    private readonly fontSize: number,
  ) {
    // 0: the workbook's Normal style (font 0, the Thai font as the official templates have it).
    this.xfs.push('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>');
  }

  /** The cellXfs index of a style (the same style always gets the same index). */
  id(s: CellStyle): number {
    const key = `${s.bold ? 1 : 0}|${s.fill ?? ''}|${s.border ? 1 : 0}|${s.numFmt ?? 0}|${s.horizontal ?? ''}|${s.vertical ?? ''}|${s.wrap ? 1 : 0}`;
    let id = this.index.get(key);
    if (id === undefined) {
      id = this.xfs.length;
      this.xfs.push(this.xf(s));
      this.index.set(key, id);
    }
    return id;
  }

  private xf(s: CellStyle): string {
    let fillId = 0;
    if (s.fill) {
      let i = this.fills.indexOf(s.fill);
      if (i < 0) i = this.fills.push(s.fill) - 1;
      fillId = i + 2; // after the two fills every styles part starts with
    }
    const numFmt = s.numFmt ?? 0;
    const align = s.horizontal || s.vertical || s.wrap;
    const attrs = [
      `numFmtId="${numFmt}"`,
      `fontId="${s.bold ? 2 : 1}"`,
      `fillId="${fillId}"`,
      `borderId="${s.border ? 1 : 0}"`,
      'xfId="0"',
      numFmt ? 'applyNumberFormat="1"' : '',
      'applyFont="1"',
      fillId ? 'applyFill="1"' : '',
      s.border ? 'applyBorder="1"' : '',
      align ? 'applyAlignment="1"' : '',
    ].filter(Boolean);
    if (!align) return `<xf ${attrs.join(' ')}/>`;
    const a = [
      s.horizontal ? `horizontal="${s.horizontal}"` : '',
      s.vertical ? `vertical="${s.vertical === 'middle' ? 'center' : 'top'}"` : '',
      s.wrap ? 'wrapText="1"' : '',
    ].filter(Boolean);
    return `<xf ${attrs.join(' ')}><alignment ${a.join(' ')}/></xf>`;
  }

  xml(): string {
    const font = (bold: boolean, normal = false) =>
      `<font>${bold ? '<b/>' : ''}<sz val="${this.fontSize}"/><name val="${escapeXml(this.fontName)}"/>${normal ? '<family val="2"/><charset val="222"/>' : ''}</font>`;
    const thin = '<left style="thin"><color rgb="FF000000"/></left><right style="thin"><color rgb="FF000000"/></right><top style="thin"><color rgb="FF000000"/></top><bottom style="thin"><color rgb="FF000000"/></bottom><diagonal/>';
    const fills = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>', ...this.fills.map((rgb) => `<fill><patternFill patternType="solid"><fgColor rgb="FF${rgb}"/></patternFill></fill>`)];
    return (
      `${XML_HEAD}<styleSheet xmlns="${NS_MAIN}">` +
      `<fonts count="3">${font(false, true)}${font(false)}${font(true)}</fonts>` +
      `<fills count="${fills.length}">${fills.join('')}</fills>` +
      `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border>${thin}</border></borders>` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfs.length}">${this.xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>'
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Shared strings
// ---------------------------------------------------------------------------------------------

/** The shared-string table: each distinct text once, numbered in order of first use. */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly list: string[] = [];
  /** Cells that refer to the table (Excel's count attribute). */
  uses = 0;

  id(s: string): number {
    this.uses++;
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.index.set(s, i);
    }
    return i;
  }

  get size(): number {
    return this.list.length;
  }

  /** The part, in pieces (a national run has hundreds of thousands of distinct titles). */
  *xml(): Generator<string> {
    yield `${XML_HEAD}<sst xmlns="${NS_MAIN}" count="${this.uses}" uniqueCount="${this.list.length}">`;
    let piece = '';
    for (const s of this.list) {
      piece += `<si><t${spaceAttr(s)}>${escapeXml(s)}</t></si>`;
      if (piece.length > 64 * 1024) {
        yield piece;
        piece = '';
      }
    }
    yield `${piece}</sst>`;
  }
}

// ---------------------------------------------------------------------------------------------
// The fixed parts
// ---------------------------------------------------------------------------------------------

export interface SheetEntry {
  name: string;
  /** A row to print on every page ("3:3"), or null. */
  printTitlesRow: string | null;
}

export function workbookXml(sheets: SheetEntry[]): string {
  const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;
  const names = sheets
    .map((s, i) => (s.printTitlesRow ? `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(`${quoted(s.name)}!$${s.printTitlesRow.replace(':', ':$')}`)}</definedName>` : ''))
    .join('');
  return (
    `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><workbookPr/><bookViews><workbookView/></bookViews>` +
    `<sheets>${sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets>` +
    (names ? `<definedNames>${names}</definedNames>` : '') +
    '<calcPr calcId="171027"/></workbook>'
  );
}

export function workbookRelsXml(sheets: number): string {
  const rels: string[] = [];
  for (let i = 1; i <= sheets; i++) rels.push(`<Relationship Id="rId${i}" Type="${NS_REL}/worksheet" Target="worksheets/sheet${i}.xml"/>`);
  rels.push(`<Relationship Id="rId${sheets + 1}" Type="${NS_REL}/styles" Target="styles.xml"/>`);
  rels.push(`<Relationship Id="rId${sheets + 2}" Type="${NS_REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  return `${XML_HEAD}<Relationships xmlns="${NS_PKG}">${rels.join('')}</Relationships>`;
}

export function rootRelsXml(): string {
  return (
    `${XML_HEAD}<Relationships xmlns="${NS_PKG}">` +
    `<Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/>` +
    `<Relationship Id="rId2" Type="${NS_PKG}/metadata/core-properties" Target="docProps/core.xml"/>` +
    `<Relationship Id="rId3" Type="${NS_REL}/extended-properties" Target="docProps/app.xml"/>` +
    '</Relationships>'
  );
}

export function contentTypesXml(sheets: number): string {
  const type = (kind: string) => `application/vnd.openxmlformats-officedocument.spreadsheetml.${kind}+xml`;
  const parts = [
    `<Override PartName="/xl/workbook.xml" ContentType="${type('sheet.main')}"/>`,
    ...Array.from({ length: sheets }, (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${type('worksheet')}"/>`),
    `<Override PartName="/xl/styles.xml" ContentType="${type('styles')}"/>`,
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${type('sharedStrings')}"/>`,
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>',
  ];
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    `${parts.join('')}</Types>`
  );
}

export function corePropsXml(p: { creator: string; title: string; date: Date }): string {
  const when = p.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:creator>${escapeXml(p.creator)}</dc:creator><dc:title>${escapeXml(p.title)}</dc:title><cp:lastModifiedBy>${escapeXml(p.creator)}</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

export function appPropsXml(sheetNames: string[]): string {
  return (
    `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    '<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>' +
    `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${sheetNames.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${sheetNames.length}" baseType="lpstr">${sheetNames.map((n) => `<vt:lpstr>${escapeXml(n)}</vt:lpstr>`).join('')}</vt:vector></TitlesOfParts>` +
    '<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>'
  );
}
