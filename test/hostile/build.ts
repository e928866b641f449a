/**
 * Builders for the hostile corpus: xlsx packages written by hand (so every byte that matters is
 * chosen: shared-string indexes, error cells, date styles, merges, DOCTYPEs, far cells), OLE
 * compound files (old .xls, encrypted workbooks), text in windows-874 and UTF-16, and plan rows
 * made from the seed documents' items (samples/generate.ts) for councils of the test's own.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { a1, type CellValue } from '../../core/grid';
import { METADATA_KEYS, METADATA_SHEET } from '../../core/metadata-sheet';
import type { Item } from '../../core/schema';
import { seedItems } from '../../samples/build';
import { fullName, planRows, type CouncilSpec, type PlanSpec } from '../../samples/generate';

export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';

export function xmlEscape(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
}

/** One cell as sheet XML: numbers as <v>, text inline (control characters written as _xHHHH_, as Excel does). */
export function cellXml(row: number, col: number, v: CellValue): string {
  const r = a1(row, col);
  if (v === null) return '';
  if (typeof v === 'number') return `<c r="${r}"><v>${v}</v></c>`;
  if (typeof v === 'boolean') return `<c r="${r}" t="b"><v>${v ? 1 : 0}</v></c>`;
  const text = xmlEscape(v).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}_`);
  return `<c r="${r}" t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c>`;
}

export interface HandSheet {
  name: string;
  rows?: CellValue[][];
  /** Replaces one cell's XML: return a string to use it, undefined to keep the default. */
  cell?: (row: number, col: number, v: CellValue) => string | undefined;
  /** Extra <row> elements appended inside sheetData. */
  extraRows?: string;
  /** Replaces the whole sheetData content. */
  sheetData?: string;
  /** Merged ranges ("A1:C3"). */
  merges?: string[];
  /** Written before <worksheet …> (a DOCTYPE). */
  prolog?: string;
}

export interface HandBook {
  sheets: HandSheet[];
  /** Shared strings (sharedStrings.xml), when the cells refer to some. */
  sst?: string[];
  /** cellXfs numFmtIds: style index i uses numFmtId xfs[i] (14 = a date). */
  xfs?: number[];
  /** The add-in's metadata sheet, key → value (as the ข้อมูลหน่วยงาน sheet). */
  metadata?: Record<string, string>;
  /** Entries added to the package as they are. */
  extra?: Zippable;
  /** Deflate level (0 stores). */
  level?: 0 | 1 | 6 | 9;
}

function sheetXml(s: HandSheet): string {
  const rows = (s.rows ?? [])
    .map((row, r) => {
      const cells = row.map((v, c) => s.cell?.(r, c, v) ?? cellXml(r, c, v)).join('');
      return cells ? `<row r="${r + 1}">${cells}</row>` : '';
    })
    .join('');
  const merges = s.merges?.length ? `<mergeCells count="${s.merges.length}">${s.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${s.prolog ?? ''}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetData>${s.sheetData ?? rows + (s.extraRows ?? '')}</sheetData>${merges}</worksheet>`;
}

/** A minimal, well-formed xlsx package (what Excel needs to open it), built from parts chosen here. */
export function handXlsx(book: HandBook): Uint8Array {
  const sheets = [...book.sheets];
  if (book.metadata) sheets.push({ name: METADATA_SHEET, rows: Object.entries(book.metadata).map(([k, v]) => [k, v]) });
  const files: Zippable = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_RELS}"><Relationship Id="rId1" Type="${REL_TYPE}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>${sheets
        .map((s, i) => `<sheet name="${xmlEscape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_RELS}">${sheets
        .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_TYPE}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
        .join('')}${book.sst ? `<Relationship Id="rSst" Type="${REL_TYPE}/sharedStrings" Target="sharedStrings.xml"/>` : ''}${
        book.xfs ? `<Relationship Id="rSty" Type="${REL_TYPE}/styles" Target="styles.xml"/>` : ''
      }</Relationships>`,
    ),
  };
  sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(s))));
  if (book.sst) {
    files['xl/sharedStrings.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN_NS}" count="${book.sst.length}" uniqueCount="${book.sst.length}">${book.sst.map((t) => `<si><t xml:space="preserve">${xmlEscape(t)}</t></si>`).join('')}</sst>`,
    );
  }
  if (book.xfs) {
    files['xl/styles.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN_NS}"><cellXfs count="${book.xfs.length}">${book.xfs.map((id) => `<xf numFmtId="${id}"/>`).join('')}</cellXfs></styleSheet>`,
    );
  }
  Object.assign(files, book.extra ?? {});
  return zipSync(files, { level: book.level ?? 6 });
}

/** windows-874 (TIS-620) bytes, as Thai Windows saves text: Thai at 0xA1-0xFB, ASCII as is. */
export function windows874(text: string): Uint8Array {
  return Uint8Array.from([...text].flatMap((ch) => {
    const c = ch.codePointAt(0) ?? 63;
    if (c >= 0x0e01 && c <= 0x0e5b) return [c - 0x0e01 + 0xa1];
    return c < 0x80 ? [c] : [63];
  }));
}

export function utf16le(text: string, bom = true): Uint8Array {
  const body = Buffer.from(text, 'utf16le');
  return bom ? Uint8Array.from([0xff, 0xfe, ...body]) : new Uint8Array(body);
}

export function csvText(rows: CellValue[][], delimiter = ','): string {
  const q = (v: CellValue) => (v === null ? '' : /[",\r\n]/.test(String(v)) || String(v).includes(delimiter) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  return rows.map((r) => r.map(q).join(delimiter)).join('\r\n') + '\r\n';
}

// -------------------------------------------------------------------------------------------------
// Councils and their plans
// -------------------------------------------------------------------------------------------------

export const PROVINCE = 'เพชรบุรี';

/** Councils of the test's own (one per kind that reads as a plan, so no two kinds look like resubmissions). */
const NAMES = [
  'บางกุ้ง', 'ท่าช้าง', 'หนองบัว', 'ดอนยาง', 'บ้านหม้อ', 'ห้วยทรายเหนือ', 'โพพระ', 'หาดเจ้าสำราญ', 'บางจาก', 'ต้นมะม่วง',
  'ช่องสะแก', 'ธงชัย', 'นาพันสาม', 'วังตะโก', 'โพไร่หวาน', 'บ้านกุ่ม', 'สำมะโรง', 'หนองโสน', 'คลองกระแชง', 'นาวุ้ง',
  'ไร่ส้ม', 'บางจานเหนือ', 'หัวสะพาน', 'เขากระปุก', 'ท่าแร้ง', 'บ้านแหลมใต้', 'ปึกเตียน', 'บางขุนไทร', 'แหลมผักเบี้ย', 'ท่าแลง',
];

export function council(i: number, type: CouncilSpec['type'] = 'อบต.'): CouncilSpec {
  return { type, name: NAMES[i % NAMES.length], district: 'เมืองเพชรบุรี', province: PROVINCE };
}

let items: Item[] | null = null;

/** A council's multi-year plan 2566-2570 (title rows first), correct unless `over` says otherwise. */
export function plan(c: CouncilSpec, over: Partial<PlanSpec> = {}): CellValue[][] {
  items ??= seedItems();
  return planRows({ council: c, layout: 'multi-year', years: [2566, 2567, 2568, 2569, 2570], size: 12, seed: 3, defect: 'none', thaiDigits: false, ...over }, items);
}

/** The 0-based row of the first item (the row after the two header rows) in `plan()`'s rows. */
export function firstItemRow(rows: CellValue[][]): number {
  return rows.findIndex((r) => /^\d+\)/.test(String(r[2] ?? '')));
}

export function metadataOf(c: CouncilSpec, version?: number): Record<string, string> {
  const m: Record<string, string> = {
    [METADATA_KEYS.council]: fullName(c),
    [METADATA_KEYS.type]: c.type,
    [METADATA_KEYS.district]: c.district,
    [METADATA_KEYS.province]: c.province,
    [METADATA_KEYS.kind]: 'plan-multi-year',
    [METADATA_KEYS.years]: '2566-2570',
    [METADATA_KEYS.framework]: 'current',
  };
  if (version !== undefined) m[METADATA_KEYS.version] = String(version);
  return m;
}

export { fullName };
