/**
 * The metadata sheet (ข้อมูลหน่วยงาน) as written: key/value rows in columns A:B that the pipeline
 * and the add-in read back (names and keys from core/metadata-sheet.ts), and the framework's
 * dimension and mission labels in columns of their own, which the plan sheet's dropdowns point at
 * (Excel limits a literal list to 255 characters; the 12 mission names are far longer).
 */
import { frameworkById, type Framework, type Taxon } from '../framework';
import { columnIndex, type CellValue } from '../grid';
import { METADATA_KEYS, METADATA_SHEET, type MetadataKey } from '../metadata-sheet';
import type { DocKind, FrameworkId } from '../schema';
import { SheetBuilder } from './builder';
import { FILLS, NUMBER_FORMATS, type SheetPlan } from './schema';

export { METADATA_KEYS, METADATA_SHEET, type MetadataKey };

/** Where the dropdown lists live on the metadata sheet: a header in row 1, the labels from row 2. */
export const METADATA_LISTS = {
  dimensions: { column: 'H', header: 'มิติ' },
  missions: { column: 'I', header: 'ภารกิจตามมิติ' },
} as const;
export type MetadataList = keyof typeof METADATA_LISTS;

/** The keys written, in order ('date' is left out: outputs carry no timestamps unless asked). */
export const METADATA_ROWS: readonly MetadataKey[] = ['council', 'type', 'district', 'province', 'kind', 'years', 'framework', 'version'];

/** "1. การสร้างวัฒนธรรมสุจริต", as the official tables write a dimension. */
export function dimensionLabel(t: Taxon): string {
  return `${t.code}. ${t.name}`;
}

/** "1.1 การเสริมสร้างจิตสำนึก…", as the official tables write a mission. */
export function missionLabel(t: Taxon): string {
  return `${t.code} ${t.name}`;
}

/** "2566-2570" for a plan period, "2567" for one year. */
export function yearsText(years: number[]): string {
  if (years.length === 0) return '';
  return years.length === 1 ? String(years[0]) : `${years[0]}-${years[years.length - 1]}`;
}

/** The formula a validation list points at: "='ข้อมูลหน่วยงาน'!$H$2:$H$5". */
export function listReference(list: MetadataList, framework: Framework): string {
  const { column } = METADATA_LISTS[list];
  const count = list === 'dimensions' ? framework.dimensions.length : framework.missions.length;
  return `='${METADATA_SHEET.replace(/'/g, "''")}'!$${column}$2:$${column}$${count + 1}`;
}

export interface MetadataValues {
  council: string | null;
  type: string | null;
  district: string | null;
  province: string | null;
  kind: DocKind;
  years: number[];
  framework: FrameworkId;
  version: number;
}

export function metadataSheet(meta: MetadataValues): SheetPlan {
  const framework = frameworkById(meta.framework);
  const dimCol = columnIndex(METADATA_LISTS.dimensions.column);
  const misCol = columnIndex(METADATA_LISTS.missions.column);
  const b = new SheetBuilder(misCol + 1);
  const value: Record<MetadataKey, string | null> = {
    council: meta.council,
    type: meta.type,
    district: meta.district,
    province: meta.province,
    kind: meta.kind,
    years: yearsText(meta.years),
    framework: meta.framework,
    version: String(meta.version),
    date: null,
  };
  const dims = framework.dimensions.map(dimensionLabel);
  const missions = framework.missions.map(missionLabel);
  const height = Math.max(METADATA_ROWS.length, missions.length + 1, dims.length + 1);
  for (let r = 0; r < height; r++) {
    const cells: CellValue[] = [];
    const key = METADATA_ROWS[r];
    if (key) cells.push(METADATA_KEYS[key], value[key] || null);
    cells[dimCol] = r === 0 ? METADATA_LISTS.dimensions.header : (dims[r - 1] ?? null);
    cells[misCol] = r === 0 ? METADATA_LISTS.missions.header : (missions[r - 1] ?? null);
    b.addRow(cells);
  }
  const last = height - 1;
  b.style(0, 0, METADATA_ROWS.length - 1, 1, { border: 'thin', vAlign: 'top' });
  b.style(0, 0, METADATA_ROWS.length - 1, 0, { bold: true, fill: FILLS.header });
  // Keys and values are text: "2567" and "1" stay as written.
  b.style(0, 1, METADATA_ROWS.length - 1, 1, { numberFormat: NUMBER_FORMATS.text });
  b.style(0, dimCol, last, misCol, { wrap: true, vAlign: 'top' });
  b.style(0, dimCol, 0, misCol, { bold: true, fill: FILLS.header, border: 'thin' });
  const widths = [18, 44, 3, 3, 3, 3, 3, 40, 80];
  return b.finish({ name: METADATA_SHEET, columns: widths.map((width) => ({ width })), header: { top: 0, bottom: 0 } });
}
