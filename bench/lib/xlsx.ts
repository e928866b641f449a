/**
 * A minimal xlsx writer for the benchmark corpus: values and merges only, a few KB per file, written
 * with fflate's zipSync (exceljs takes ~20 ms a file, far too slow for 7,850 workbooks).
 *
 * Two flavours, as real submissions come: `shared` strings and a small Excel-like styles part with
 * TH Sarabun New, each part's declaration ended with CR LF (what Excel itself saves), or inline
 * strings without styles and LF line ends (what web systems and scripts export). Both are valid
 * OOXML that Excel, openpyxl and our reader open.
 */
import { zipSync, strToU8 } from 'fflate';
import type { CellValue, Range } from '../../core/grid';
import { columnLetter, rangeA1 } from '../../core/grid';

export interface SheetSpec {
  name: string;
  rows: CellValue[][];
  merges?: Range[];
}

export interface XlsxOptions {
  /** Shared strings table (Excel's own way) rather than inline strings. Default true. */
  sharedStrings?: boolean;
  /** A styles part with a Thai font applied to every cell (Excel-saved files). Default true. */
  styled?: boolean;
  /** Deflate level (1-9); default 6 as Excel. */
  level?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
  /**
   * Named styles besides Normal, each with its format in cellStyleXfs (styled files only): what a
   * workbook copied from workbook to workbook for years collects ("ปกติ 2", "Comma 2 3" …). Default 0.
   */
  namedStyles?: number;
}

/**
 * The XML declaration every part starts with. Excel ends it with CR LF; scripts and web exports
 * (the inline-string flavour) with LF.
 */
const EXCEL_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
const SCRIPT_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** XML escaping, plus characters XML 1.0 cannot hold written as OOXML's _xHHHH_. */
function esc(s: string): string {
  let out = s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
  // eslint-disable-next-line no-control-regex
  out = out.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}_`);
  return out;
}

function preserve(s: string): string {
  return /^\s|\s$|\n/.test(s) ? ' xml:space="preserve"' : '';
}

/** The styles part, with `named` named styles besides Normal. */
export function stylesXml(named: number): string {
  return `${EXCEL_HEAD}<styleSheet xmlns="${NS_MAIN}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><sz val="16"/><name val="TH Sarabun New"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders><cellStyleXfs count="${named + 1}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>${'<xf numFmtId="0" fontId="1" fillId="0" borderId="0"/>'.repeat(named)}</cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="3" fontId="1" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1"/></cellXfs><cellStyles count="${named + 1}"><cellStyle name="Normal" xfId="0" builtinId="0"/>${Array.from({ length: named }, (_, i) => `<cellStyle name="ปกติ ${i + 2}" xfId="${i + 1}"/>`).join('')}</cellStyles></styleSheet>`;
}

function sheetXml(sheet: SheetSpec, strings: Map<string, number> | null, styled: boolean, head: string): string {
  const parts: string[] = [];
  let width = 1;
  for (const r of sheet.rows) if (r.length > width) width = r.length;
  const last = Math.max(1, sheet.rows.length);
  parts.push(`${head}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><dimension ref="A1:${columnLetter(width - 1)}${last}"/>`);
  if (styled) parts.push(`<sheetFormatPr defaultRowHeight="21"/><cols><col min="1" max="2" width="24" customWidth="1"/><col min="3" max="3" width="60" customWidth="1"/><col min="4" max="${Math.max(4, width)}" width="13" customWidth="1"/></cols>`);
  parts.push('<sheetData>');
  sheet.rows.forEach((row, r) => {
    if (row.length === 0) return;
    const cells: string[] = [];
    row.forEach((v, c) => {
      if (v === null || v === undefined || v === '') return;
      const ref = `${columnLetter(c)}${r + 1}`;
      const s = styled ? (typeof v === 'number' ? ' s="2"' : ' s="1"') : '';
      if (typeof v === 'number') cells.push(`<c r="${ref}"${s}><v>${v}</v></c>`);
      else if (typeof v === 'boolean') cells.push(`<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`);
      else if (strings) {
        let idx = strings.get(v);
        if (idx === undefined) strings.set(v, (idx = strings.size));
        cells.push(`<c r="${ref}"${s} t="s"><v>${idx}</v></c>`);
      } else cells.push(`<c r="${ref}"${s} t="inlineStr"><is><t${preserve(v)}>${esc(v)}</t></is></c>`);
    });
    if (cells.length) parts.push(`<row r="${r + 1}">${cells.join('')}</row>`);
  });
  parts.push('</sheetData>');
  const merges = sheet.merges ?? [];
  if (merges.length) parts.push(`<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${rangeA1(m)}"/>`).join('')}</mergeCells>`);
  if (styled) parts.push('<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.5" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape"/>');
  parts.push('</worksheet>');
  return parts.join('');
}

/** Sheets → the bytes of an .xlsx file. */
export function writeXlsx(sheets: SheetSpec[], opts: XlsxOptions = {}): Uint8Array {
  const shared = opts.sharedStrings ?? true;
  const styled = opts.styled ?? true;
  const strings = shared ? new Map<string, number>() : null;
  const files: Record<string, Uint8Array> = {};
  const head = styled ? EXCEL_HEAD : SCRIPT_HEAD;
  const sheetParts = sheets.map((s) => strToU8(sheetXml(s, strings, styled, head)));
  const overrides = [
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
    ...sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`),
    ...(strings ? ['<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'] : []),
    ...(styled ? ['<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'] : []),
  ];
  files['[Content_Types].xml'] = strToU8(
    `${head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`,
  );
  files['_rels/.rels'] = strToU8(`${head}<Relationships xmlns="${NS_PKG}"><Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  files['xl/workbook.xml'] = strToU8(
    `${head}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><sheets>${sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
  );
  const rels = sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${NS_REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  let next = sheets.length + 1;
  if (strings) {
    const list = [...strings.keys()];
    files['xl/sharedStrings.xml'] = strToU8(
      `${head}<sst xmlns="${NS_MAIN}" count="${list.length}" uniqueCount="${list.length}">${list.map((s) => `<si><t${preserve(s)}>${esc(s)}</t></si>`).join('')}</sst>`,
    );
    rels.push(`<Relationship Id="rId${next++}" Type="${NS_REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  }
  if (styled) {
    files['xl/styles.xml'] = strToU8(stylesXml(opts.namedStyles ?? 0));
    rels.push(`<Relationship Id="rId${next++}" Type="${NS_REL}/styles" Target="styles.xml"/>`);
  }
  files['xl/_rels/workbook.xml.rels'] = strToU8(`${head}<Relationships xmlns="${NS_PKG}">${rels.join('')}</Relationships>`);
  sheetParts.forEach((bytes, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = bytes));
  // A fixed time keeps the bytes identical run to run.
  return zipSync(files, { level: opts.level ?? 6, mtime: new Date(Date.UTC(2024, 0, 1)) });
}
