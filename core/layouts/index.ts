/**
 * The table layouts of the plans (domain.md, "Table layouts"), as data: how each is recognised
 * when read, and how its official form is written.
 */
import type { ColumnRole, DocKind } from '../schema';

export type LayoutId =
  | 'multi-year'
  | 'legacy-multi-year'
  | 'annual'
  | 'results-report'
  | 'ita-measures'
  | 'project-detail';

/** One column of the official form; `perYear` / `perQuarter` columns repeat. */
export interface OfficialColumn {
  role: ColumnRole;
  header: string;
  /** Text in the header row below, where the layout has one. */
  sub?: string;
  /**
   * Text in the middle row of a three-row header (results report: the fiscal year over เป้าหมาย |
   * งบประมาณ (บาท)); `sub` then goes in the last row. A label with nothing below it spans down.
   */
  mid?: string;
  repeat?: 'per-year' | 'per-quarter';
  width: number;
}

export interface LayoutDef {
  id: LayoutId;
  kind: DocKind;
  name: { th: string; en: string };
  /** Roles that must all be present for the layout to be recognised. */
  signature: ColumnRole[];
  /** Roles that must be absent (so the more specific layout wins). */
  excludes: ColumnRole[];
  /** At least one of these must be present, when given. */
  anyOf?: ColumnRole[];
  /** Roles a complete table has; a missing one is a column-missing finding. */
  required: ColumnRole[];
  /** What a lone dash means in its money columns. */
  dash: 'not-planned' | 'zero';
  /** Whether the table closes each dimension with a รวม row and ends with รวมทั้งสิ้น. */
  summaryRows: boolean;
  /** Whether the dimension / mission come from heading lines above the table instead of columns. */
  headings: boolean;
  /** Whether items carry their dimension and mission (plans do; the ITA report does not). */
  taxonomy: boolean;
  official: {
    /** Placeholders: {year} (fiscal year), {from} {to} {span} (multi-year period). */
    title: string;
    /** The worksheet's name when written (≤ 31 characters once filled in). */
    sheetName: string;
    headerRows: number;
    columns: OfficialColumn[];
  };
}

const DIMENSION: OfficialColumn = { role: 'dimension', header: 'มิติ', width: 22 };
const MISSION: OfficialColumn = { role: 'mission', header: 'ภารกิจตามมิติ', width: 30 };
const TITLE: OfficialColumn = { role: 'title', header: 'โครงการ/กิจกรรม/มาตรการ', width: 48 };
const REMARK: OfficialColumn = { role: 'remark', header: 'หมายเหตุ', width: 20 };

export const LAYOUTS: readonly LayoutDef[] = [
  {
    id: 'annual',
    kind: 'plan-annual',
    name: { th: 'แผนปฏิบัติการประจำปี (รายไตรมาส)', en: 'Annual plan with quarters' },
    signature: ['title', 'quarter'],
    excludes: [],
    required: ['dimension', 'mission', 'title', 'quarter', 'budget'],
    dash: 'zero',
    summaryRows: true,
    headings: false,
    taxonomy: true,
    official: {
      title: 'แผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. {year}',
      sheetName: 'แผนปฏิบัติการ {year}',
      headerRows: 2,
      columns: [
        DIMENSION,
        MISSION,
        TITLE,
        { role: 'quarter', header: 'ปี {year}', sub: 'ไตรมาส {q}', repeat: 'per-quarter', width: 10 },
        { role: 'budget', header: 'งบประมาณ (บาท)', width: 16 },
      ],
    },
  },
  {
    id: 'multi-year',
    kind: 'plan-multi-year',
    name: { th: 'แผนปฏิบัติการหลายปี', en: 'Multi-year plan' },
    signature: ['title', 'year-budget', 'dimension'],
    excludes: ['quarter'],
    required: ['dimension', 'mission', 'title', 'year-budget'],
    dash: 'not-planned',
    summaryRows: true,
    headings: false,
    taxonomy: true,
    official: {
      title:
        'แผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส (พ.ศ. {from} - {to})',
      sheetName: 'แผนปฏิบัติการ {from}-{to}',
      headerRows: 2,
      columns: [
        DIMENSION,
        MISSION,
        TITLE,
        { role: 'year-budget', header: 'ปี {year}', sub: 'งบประมาณ (บาท)', repeat: 'per-year', width: 14 },
        REMARK,
      ],
    },
  },
  {
    id: 'legacy-multi-year',
    kind: 'plan-multi-year',
    name: {
      th: 'แผนปฏิบัติการหลายปี (มิติเป็นหัวเรื่องเหนือตาราง)',
      en: 'Multi-year plan with the dimension as a heading above each block',
    },
    signature: ['title', 'year-budget'],
    excludes: ['quarter', 'dimension'],
    required: ['mission', 'title', 'year-budget'],
    dash: 'not-planned',
    summaryRows: true,
    headings: true,
    taxonomy: true,
    official: {
      title: 'แผนปฏิบัติการป้องกันการทุจริต {span} ปี (พ.ศ. {from} - {to})',
      sheetName: 'แผนปฏิบัติการ {from}-{to}',
      headerRows: 2,
      columns: [
        MISSION,
        TITLE,
        { role: 'year-budget', header: 'ปี {year}', sub: 'งบประมาณ (บาท)', repeat: 'per-year', width: 14 },
        REMARK,
      ],
    },
  },
  {
    id: 'results-report',
    kind: 'results-report',
    name: { th: 'รายงานผลการดำเนินงาน', en: 'Results report' },
    signature: ['title', 'outputs', 'outcomes', 'budget'],
    excludes: ['steps', 'quarter', 'rationale', 'objectives', 'method'],
    required: ['title', 'target-group', 'budget', 'outputs', 'outcomes', 'period'],
    dash: 'zero',
    summaryRows: false,
    headings: true,
    taxonomy: true,
    official: {
      title: 'รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. {year}',
      sheetName: 'รายงานผล {year}',
      headerRows: 3,
      columns: [
        DIMENSION,
        MISSION,
        { role: 'title', header: 'โครงการ/กิจกรรม', width: 40 },
        { role: 'target-group', header: 'งบประมาณ', mid: '{year}', sub: 'เป้าหมาย', width: 22 },
        { role: 'budget', header: 'งบประมาณ', mid: '{year}', sub: 'งบประมาณ (บาท)', width: 16 },
        { role: 'outputs', header: 'ผลการดำเนินงาน', sub: 'ผลผลิต', width: 34 },
        { role: 'outcomes', header: 'ผลการดำเนินงาน', sub: 'ผลลัพธ์', width: 34 },
        { role: 'period', header: 'ระยะเวลาดำเนินการ', width: 18 },
        REMARK,
      ],
    },
  },
  {
    id: 'ita-measures',
    kind: 'ita-measures',
    name: { th: 'รายงานผลมาตรการส่งเสริมคุณธรรมและความโปร่งใส (ITA)', en: 'ITA integrity measures report' },
    signature: ['title', 'steps', 'responsible'],
    excludes: [],
    required: ['title', 'steps', 'responsible', 'period', 'outputs', 'outcomes'],
    dash: 'zero',
    summaryRows: false,
    headings: false,
    taxonomy: false,
    official: {
      title: 'ผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. {year}',
      sheetName: 'มาตรการ ITA {year}',
      headerRows: 1,
      columns: [
        { role: 'title', header: 'มาตรการ โครงการ หรือกิจกรรม', width: 36 },
        { role: 'steps', header: 'ขั้นตอน/วิธีการปฏิบัติ', width: 44 },
        { role: 'responsible', header: 'ผู้รับผิดชอบ', width: 20 },
        { role: 'period', header: 'ช่วงระยะเวลาในการดำเนินการ', width: 20 },
        { role: 'outputs', header: 'ผลการดำเนินการ (output)', width: 40 },
        { role: 'outcomes', header: 'ผลลัพธ์ / ความสำเร็จของการดำเนินการ (outcome/result)', width: 40 },
      ],
    },
  },
  {
    id: 'project-detail',
    kind: 'project-detail',
    name: { th: 'รายละเอียดโครงการ/กิจกรรม/มาตรการ', en: 'Project detail' },
    signature: ['title', 'budget'],
    excludes: ['quarter', 'year-budget', 'steps'],
    anyOf: ['number', 'rationale', 'objectives', 'method'],
    required: ['number', 'title', 'budget'],
    dash: 'zero',
    summaryRows: false,
    headings: false,
    taxonomy: true,
    official: {
      title: 'รายละเอียดโครงการ/กิจกรรม/มาตรการ',
      sheetName: 'รายละเอียดโครงการ',
      headerRows: 1,
      columns: [
        { role: 'number', header: 'ลำดับที่', width: 12 },
        DIMENSION,
        MISSION,
        { role: 'title', header: 'ชื่อโครงการ', width: 40 },
        { role: 'rationale', header: 'หลักการและเหตุผล', width: 40 },
        { role: 'objectives', header: 'วัตถุประสงค์', width: 36 },
        { role: 'target-group', header: 'กลุ่มเป้าหมาย', width: 24 },
        { role: 'method', header: 'วิธีดำเนินการ', width: 36 },
        { role: 'period', header: 'ระยะเวลาดำเนินการ', width: 18 },
        { role: 'budget', header: 'งบประมาณดำเนินการ (บาท)', width: 16 },
        { role: 'responsible', header: 'ผู้รับผิดชอบ', width: 20 },
        { role: 'outputs', header: 'ผลผลิต', width: 30 },
        { role: 'outcomes', header: 'ผลลัพธ์', width: 30 },
      ],
    },
  },
];

export function layoutById(id: LayoutId): LayoutDef {
  const layout = LAYOUTS.find((l) => l.id === id);
  if (!layout) throw new Error(`Unknown layout: ${id}`);
  return layout;
}

/** The layout a set of recognised column roles fits, most specific first. */
export function layoutForRoles(roles: ReadonlySet<ColumnRole>): LayoutDef | null {
  for (const layout of LAYOUTS) {
    const fits =
      layout.signature.every((r) => roles.has(r)) &&
      !layout.excludes.some((r) => roles.has(r)) &&
      (!layout.anyOf || layout.anyOf.some((r) => roles.has(r)));
    if (fits) return layout;
  }
  return null;
}

/** The layout used to write a document kind in its official form. */
export function officialLayoutFor(kind: DocKind): LayoutDef {
  const id: LayoutId = kind === 'plan-multi-year' ? 'multi-year' : kind === 'plan-annual' ? 'annual' : kind;
  return layoutById(id);
}
