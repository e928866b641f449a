/**
 * The three summary sheets of summary.xlsx: per province (with the nation and a table by
 * dimension), per council entry, and per district.
 */
import { ITEM_KINDS } from '../../../core/schema';
import { UNKNOWN_PROVINCE, type ConsolidationRun } from '../../consolidate';
import type { CouncilEntry, ProvinceEntry } from '../../summary-schema';
import {
  BUDGET_TOTAL,
  budgetHeader,
  compareText,
  COUNCIL_STATUS_TH,
  DIMENSIONS,
  dimensionLabel,
  districtLabel,
  DOC_KIND_TH,
  frameworkLabel,
  NO_DIMENSION,
  NO_DISTRICT_KEY,
} from './labels';
import { FILL, type Column, type Row, type SheetWriter, type Value } from './table';

const text = (header: string): Column => ({ header, kind: 'text' });
const long = (header: string): Column => ({ header, kind: 'long' });
const count = (header: string): Column => ({ header, kind: 'count' });
const amount = (header: string): Column => ({ header, kind: 'amount' });

export const budgetColumns = (years: string[]): Column[] => [...years.map((y) => amount(budgetHeader(y))), amount(BUDGET_TOTAL)];

/** One amount per year and their total; a year with no figure is 0, or empty when `blank` says so. */
export function budgetValues(byYear: Record<string, number>, years: string[], blank = false): Value[] {
  const values = years.map((y) => byYear[y] ?? (blank ? null : 0));
  return [...values, Object.values(byYear).reduce((a, b) => a + b, 0)];
}

const sum = (ns: number[]) => ns.reduce((a, b) => a + b, 0);

function provinceRow(label: string, p: Omit<ProvinceEntry, 'name'>, years: string[], bold = false): Row {
  return {
    bold,
    values: [
      label,
      p.councilsExpected,
      p.councilsSubmitted,
      p.councilsValid,
      p.missing.length,
      p.items,
      ...ITEM_KINDS.map((k) => p.itemsByKind[k]),
      ...budgetValues(p.budgetByYear, years),
    ],
  };
}

/** Dimensions 1-4 always, then any other code the figures hold ("?" for items without one). */
function dimensionRows(label: string, byDimension: ProvinceEntry['byDimension'], years: string[], bold = false): Row[] {
  const others = Object.keys(byDimension).filter((d) => !(DIMENSIONS as readonly string[]).includes(d)).sort(compareText);
  return [...DIMENSIONS, ...others].map((d) => {
    const v = byDimension[d] ?? { items: 0, budgetByYear: {} };
    return { bold, values: [label, d === '?' ? NO_DIMENSION : `มิติที่ ${d}`, v.items, ...budgetValues(v.budgetByYear, years)] };
  });
}

export function writeProvinces(w: SheetWriter, run: ConsolidationRun, years: string[]): void {
  const s = run.summary;
  const provinces = [...s.provinces].sort((a, b) => compareText(a.name, b.name));
  const national = provinces.length > 1;
  const nationalLabel = `รวมทุกจังหวัด (${s.national.provinces} จังหวัด)`;
  w.table({
    columns: [
      text('จังหวัด'),
      count('หน่วยงานที่ต้องส่ง'),
      count('ส่งแล้ว'),
      count('ผ่านการตรวจ (ไม่มีข้อผิดพลาด)'),
      count('ยังไม่ส่ง'),
      count('จำนวนรายการ'),
      ...ITEM_KINDS.map((k) => count(k)),
      ...budgetColumns(years),
    ],
    rows: [
      ...provinces.map((p) => provinceRow(p.name, p, years)),
      ...(national ? [provinceRow(nationalLabel, s.national, years, true)] : []),
    ],
  });
  w.note('หมายเหตุ: จำนวนรายการและงบประมาณนับจากแผนปฏิบัติการ หน่วยงานละหนึ่งแผน (ใช้แผนหลายปีเมื่อส่งทั้งแผนหลายปีและแผนประจำปี) ไม่นับรายงานผลและมาตรการ ITA');
  if (provinces.length === 0) w.note('ไม่มีข้อมูลจากไฟล์ที่อ่านได้');
  w.gap();
  w.table(
    {
      columns: [text('จังหวัด'), text('มิติ'), count('จำนวนรายการ'), ...budgetColumns(years)],
      rows: [
        ...provinces.flatMap((p) => dimensionRows(p.name, p.byDimension, years)),
        ...(national ? dimensionRows(nationalLabel, s.national.byDimension, years, true) : []),
      ],
    },
    { heading: 'จำนวนรายการและงบประมาณ จำแนกตามมิติ' },
  );
  for (const d of DIMENSIONS) w.note(dimensionLabel(d));
}

function statusFill(status: CouncilEntry['status']): string | undefined {
  return status === 'errors' ? FILL.error : status === 'warnings' ? FILL.warning : undefined;
}

export function compareCouncils(a: CouncilEntry, b: CouncilEntry): number {
  return (
    compareText(a.province ?? UNKNOWN_PROVINCE, b.province ?? UNKNOWN_PROVINCE) ||
    compareText(a.district, b.district) ||
    compareText(a.name, b.name) ||
    compareText(a.kind, b.kind) ||
    compareText(a.file, b.file)
  );
}

export function writeCouncils(w: SheetWriter, run: ConsolidationRun, years: string[]): void {
  const councils = [...run.summary.councils].sort(compareCouncils);
  const STATUS_COLUMN = 7;
  w.table({
    columns: [
      text('จังหวัด'),
      text('อำเภอ'),
      long('หน่วยงาน'),
      text('ประเภท'),
      text('ประเภทเอกสาร'),
      text('กรอบแผน'),
      long('ไฟล์'),
      text('สถานะ'),
      ...DIMENSIONS.map((d) => count(`มิติ ${d} (รายการ)`)),
      count(`${NO_DIMENSION} (รายการ)`),
      count('รวมรายการ'),
      ...budgetColumns(years),
      count('ข้อผิดพลาด'),
      count('คำเตือน'),
      count('ข้อสังเกต'),
    ],
    rows: councils.map((c) => {
      const known = DIMENSIONS.map((d) => c.byDimension[d]?.items ?? 0);
      const other = sum(Object.entries(c.byDimension).filter(([d]) => !(DIMENSIONS as readonly string[]).includes(d)).map(([, v]) => v.items));
      const fill = statusFill(c.status);
      return {
        fills: fill ? { [STATUS_COLUMN]: fill } : undefined,
        values: [
          c.province ?? UNKNOWN_PROVINCE,
          districtLabel(c.district),
          c.name,
          c.type,
          DOC_KIND_TH[c.kind],
          frameworkLabel(c.framework),
          c.file,
          COUNCIL_STATUS_TH[c.status],
          ...known,
          other,
          c.items,
          // Years the document does not cover stay empty; a planned 0 shows as 0.
          ...budgetValues(c.budgetByYear, years, true),
          c.findings.error,
          c.findings.warning,
          c.findings.info,
        ],
      };
    }),
  });
  if (councils.length === 0) w.note('ไม่มีไฟล์ที่อ่านได้');
}

export function writeDistricts(w: SheetWriter, run: ConsolidationRun, years: string[]): void {
  const districts = [...run.summary.districts].sort(
    (a, b) =>
      compareText(a.province, b.province) ||
      Number(a.name === NO_DISTRICT_KEY) - Number(b.name === NO_DISTRICT_KEY) ||
      compareText(a.name, b.name),
  );
  w.table({
    columns: [
      text('จังหวัด'),
      text('อำเภอ'),
      count('หน่วยงานที่ต้องส่ง'),
      count('ส่งแล้ว'),
      count('ผ่านการตรวจ (ไม่มีข้อผิดพลาด)'),
      count('จำนวนรายการ'),
      ...budgetColumns(years),
    ],
    rows: districts.map((d) => ({
      values: [d.province, districtLabel(d.name), d.councilsExpected, d.councilsSubmitted, d.councilsValid, d.items, ...budgetValues(d.budgetByYear, years)],
    })),
  });
}
