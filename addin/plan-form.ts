/**
 * The "New plan sheet" form: what the clerk typed (strings, Thai or Arabic digits, full or
 * abbreviated council names, C.E. years by mistake) → core's BlankPlanOptions, or the fields to
 * correct. Also the defaults (the current fiscal year, the current framework's period) and the
 * pre-fill from an existing metadata sheet, so a second sheet in the same workbook needs no typing.
 */
import { z } from 'zod';
import { frameworkById } from '../core/framework';
import { cellText, type Grid } from '../core/grid';
import { METADATA_KEYS, readMetadataPairs } from '../core/metadata-sheet';
import { canonicalProvince } from '../core/places';
import { ORG_TYPES, orgTypeSchema, type DocKind, type OrgType } from '../core/schema';
import type { BlankPlanOptions, WorkbookPlan } from '../core/sheet-plan';
import { fiscalYearOf, normalizeText, parseOrgName, toArabicDigits } from '../core/thai';
import type { MessageKey, Params } from './i18n';

export const FORM_KINDS = ['plan-multi-year', 'plan-annual', 'results-report', 'ita-measures'] as const;
export type FormKind = (typeof FORM_KINDS)[number];

export const KIND_LABELS: Record<FormKind, MessageKey> = {
  'plan-multi-year': 'kindMultiYear',
  'plan-annual': 'kindAnnual',
  'results-report': 'kindResults',
  'ita-measures': 'kindIta',
};

/** What the form's inputs hold: always strings, as typed. */
export const planFormSchema = z.object({
  kind: z.enum(FORM_KINDS),
  type: orgTypeSchema,
  council: z.string(),
  district: z.string(),
  province: z.string(),
  firstYear: z.string(),
  lastYear: z.string(),
  version: z.string(),
});
export type PlanForm = z.infer<typeof planFormSchema>;
export type FormField = keyof PlanForm;

export interface FieldMessage {
  key: MessageKey;
  params?: Params;
}

export type FormResult =
  | { ok: true; options: BlankPlanOptions; version: number; notes: FieldMessage[] }
  | { ok: false; errors: Partial<Record<FormField, FieldMessage>> };

const BE_MIN = 2500;
const BE_MAX = 2700;
const MAX_SPAN = 10;

/** A fresh form: a 5-year plan over the current framework's period. */
export function defaultForm(): PlanForm {
  const period = frameworkById('current').years;
  return {
    kind: 'plan-multi-year',
    type: 'อบต.',
    council: '',
    district: '',
    province: '',
    firstYear: String(period[0]),
    lastYear: String(period[period.length - 1]),
    version: '1',
  };
}

/**
 * The form for another kind of document: a multi-year plan spans the framework's period, the
 * one-year documents default to the fiscal year `today` falls in (October starts the next one).
 */
export function switchKind(form: PlanForm, kind: FormKind, today: Date): PlanForm {
  if (kind === form.kind) return form;
  if (kind === 'plan-multi-year') {
    const period = frameworkById('current').years;
    return { ...form, kind, firstYear: String(period[0]), lastYear: String(period[period.length - 1]) };
  }
  const fiscal = String(fiscalYearOf(today));
  return { ...form, kind, firstYear: fiscal, lastYear: fiscal };
}

/** "อำเภอเทพารักษ์", "อ.เทพารักษ์", " เทพารักษ์ " → "เทพารักษ์". */
function stripPlace(raw: string, prefixes: RegExp): string {
  return normalizeText(raw).replace(prefixes, '').replace(/\s+/g, '').trim();
}

/** A B.E. year from what was typed; C.E. years (1957-2157) are converted and noted. */
function readYear(raw: string): { year: number | null; ce: number | null } {
  const t = toArabicDigits(normalizeText(raw)).replace(/^พ\.?ศ\.?\s*/, '');
  if (!/^\d{4}$/.test(t)) return { year: null, ce: null };
  const n = Number(t);
  if (n >= BE_MIN && n <= BE_MAX) return { year: n, ce: null };
  if (n >= BE_MIN - 543 && n <= BE_MAX - 543) return { year: n + 543, ce: n };
  return { year: null, ce: null };
}

export function validateForm(form: PlanForm): FormResult {
  const errors: Partial<Record<FormField, FieldMessage>> = {};
  const notes: FieldMessage[] = [];
  const required = (field: FormField, value: string) => {
    if (!value) errors[field] = { key: 'errRequired' };
  };

  // The council: a bare name, or a full/abbreviated one whose type must agree with the chosen type.
  const councilRaw = normalizeText(form.council);
  const named = parseOrgName(councilRaw);
  let councilName = councilRaw;
  if (named) {
    councilName = named.name;
    if (named.type !== form.type) errors.council = { key: 'errCouncilType', params: { named: named.type, chosen: form.type } };
  }
  required('council', councilName);

  const district = stripPlace(form.district, /^(อำเภอ|อ\.|เขต)\s*/);
  // A provincial council (อบจ.) is the whole province: it has no district.
  if (form.type !== 'อบจ.') required('district', district);

  const provinceRaw = stripPlace(form.province, /^(จังหวัด|จ\.)\s*/);
  const province = provinceRaw ? canonicalProvince(provinceRaw) : null;
  if (!provinceRaw) errors.province = { key: 'errRequired' };
  else if (!province) errors.province = { key: 'errProvince' };

  const multi = form.kind === 'plan-multi-year';
  const first = readYear(form.firstYear);
  const last = multi ? readYear(form.lastYear) : first;
  if (first.year === null) errors.firstYear = { key: form.firstYear.trim() ? 'errYear' : 'errRequired' };
  if (multi && last.year === null) errors.lastYear = { key: form.lastYear.trim() ? 'errYear' : 'errRequired' };
  for (const y of multi ? [first, last] : [first]) {
    if (y.ce !== null && y.year !== null) notes.push({ key: 'noteYearConverted', params: { ce: y.ce, be: y.year } });
  }
  let years: number[] = [];
  if (first.year !== null && last.year !== null) {
    if (last.year < first.year) errors.lastYear = { key: 'errYearOrder' };
    else if (last.year - first.year + 1 > MAX_SPAN) errors.lastYear = { key: 'errYearSpan' };
    else years = Array.from({ length: last.year - first.year + 1 }, (_, i) => (first.year as number) + i);
  }

  const versionText = toArabicDigits(form.version.trim()) || '1';
  const version = /^\d{1,3}$/.test(versionText) ? Number(versionText) : NaN;
  if (!(version >= 1)) errors.version = { key: 'errVersion' };

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    options: { kind: form.kind, council: councilName, type: form.type, district, province: province as string, years },
    version,
    notes,
  };
}

/** The metadata sheet's key/value pairs (columns A:B), as the pipeline reads them. */
export function metadataPairs(grid: Grid): Record<string, string> {
  const pairs: Record<string, string> = {};
  for (const row of grid.rows) {
    const key = cellText(row[0] ?? null).trim();
    if (key) pairs[key] = cellText(row[1] ?? null).trim();
  }
  return pairs;
}

/** A form filled in from an existing metadata sheet; null when it names no council. */
export function formFromMetadata(grid: Grid, base: PlanForm): PlanForm | null {
  const meta = readMetadataPairs(metadataPairs(grid));
  if (!meta.council) return null;
  const org = parseOrgName(meta.council);
  const type = (ORG_TYPES as readonly string[]).includes(meta.type ?? '') ? (meta.type as OrgType) : (org?.type ?? base.type);
  const kind = (FORM_KINDS as readonly string[]).includes(meta.kind ?? '') ? (meta.kind as FormKind) : base.kind;
  const years = (meta.years ?? '').match(/\d{4}/g) ?? [];
  return {
    ...base,
    kind,
    type,
    council: org?.name ?? meta.council,
    district: meta.district ?? '',
    province: meta.province ?? '',
    firstYear: years[0] ?? base.firstYear,
    lastYear: years[years.length - 1] ?? base.lastYear,
    version: meta.version ?? base.version,
  };
}

/** The workbook plan with the version (ฉบับที่) the clerk gave, on the metadata sheet's version row. */
export function withVersion(plan: WorkbookPlan, version: number): WorkbookPlan {
  return {
    sheets: plan.sheets.map((sheet) => {
      const row = sheet.values.findIndex((r) => r[0] === METADATA_KEYS.version);
      if (row < 0) return sheet;
      const values = sheet.values.map((r, i) => (i === row ? [r[0], String(version), ...r.slice(2)] : r));
      return { ...sheet, values };
    }),
  };
}

/** The document kinds a form can ask for, as core names them. */
export function isFormKind(kind: DocKind | string): kind is FormKind {
  return (FORM_KINDS as readonly string[]).includes(kind);
}
