/**
 * The official layouts as something to WRITE. A WorkbookPlan describes the plan sheet (title rows,
 * header block, items grouped by dimension and mission, รวม / รวมทั้งสิ้น rows with live formulas)
 * and the metadata sheet (ข้อมูลหน่วยงาน) in a host-neutral form that addin/excel-host.ts and the
 * pipeline's xlsx writer both apply. The layouts themselves are data in core/layouts.
 *
 * Shapes: core/sheet-plan/schema.ts · header and builder: builder.ts · table body: table.ts ·
 * metadata sheet: metadata.ts.
 */
import { frameworkById } from './framework';
import { parseRangeA1, type Grid } from './grid';
import { officialLayoutFor } from './layouts';
import { provinceHeading } from './places';
import type { DocKind, FrameworkId, OrgType, PlanDocument } from './schema';
import { ORG_TYPE_NAMES, parseOrgName } from './thai/org-names';
import { expandColumns, fillTemplate, safeSheetName, SheetBuilder, type TemplateVars } from './sheet-plan/builder';
import { metadataSheet, type MetadataValues } from './sheet-plan/metadata';
import type { SheetPlan, WorkbookPlan } from './sheet-plan/schema';
import { blankBlocks, blocksFromItems, writeTable, type TableBlock } from './sheet-plan/table';

export * from './sheet-plan/schema';
export {
  METADATA_KEYS,
  METADATA_LISTS,
  METADATA_ROWS,
  METADATA_SHEET,
  dimensionLabel,
  listReference,
  missionLabel,
  yearsText,
  type MetadataKey,
  type MetadataList,
} from './sheet-plan/metadata';
export { TABLE_WORDS, budgetCell, countFormula, countText, grandCountFormula } from './sheet-plan/table';

/** Rows above the header: the title, the council line, a blank row. */
export const TITLE_ROWS = 3;

export interface BlankPlanOptions {
  kind: DocKind;
  /** The council's name ("หนองแวง"), or its full or abbreviated name ("องค์การบริหารส่วนตำบลหนองแวง", "อบต.หนองแวง"). */
  council: string;
  type: OrgType;
  district: string;
  province: string;
  /** The plan period (2566…2570) or the one fiscal year ([2567]). */
  years: number[];
  /** Defaults to the current (2566-2570) framework. */
  framework?: FrameworkId;
}

interface SheetSpec {
  kind: DocKind;
  framework: FrameworkId;
  council: string | null;
  type: OrgType | null;
  district: string | null;
  province: string | null;
  years: number[];
  fiscalYear: number | null;
  blocks: (taxonomy: boolean) => TableBlock[];
}

/** "องค์การบริหารส่วนตำบลหนองแวง อำเภอเทพารักษ์ จังหวัดนครราชสีมา"; an อบจ. named after its province names it once. */
export function councilLine(council: string | null, district: string | null, province: string | null): string {
  const org = council ? parseOrgName(council) : null;
  const parts = [council ?? ''];
  if (district) parts.push(`อำเภอ${district}`);
  if (province && !(org?.type === 'อบจ.' && org.name === province)) parts.push(provinceHeading(province));
  return parts.filter(Boolean).join(' ');
}

function planSheet(spec: SheetSpec): SheetPlan {
  const layout = officialLayoutFor(spec.kind);
  const framework = frameworkById(spec.framework);
  const vars: TemplateVars = spec.kind === 'plan-multi-year' ? { years: spec.years, year: null } : { year: spec.fiscalYear, years: spec.years };
  const columns = expandColumns(layout, vars);
  const b = new SheetBuilder(columns.length);
  const title = fillTemplate(layout.official.title, vars);
  b.fullWidthRow(b.addRow(), title);
  b.fullWidthRow(b.addRow(), councilLine(spec.council, spec.district, spec.province) || null);
  b.style(0, 0, 1, b.width - 1, { bold: true, fontSize: 18, hAlign: 'center', vAlign: 'middle' });
  b.addRow();
  // The third title row stays blank (TITLE_ROWS); the header block follows.
  const header = b.header(columns);
  writeTable(b, { layout, columns, framework, fiscalYear: spec.fiscalYear }, spec.blocks(layout.taxonomy));
  return b.finish({
    name: safeSheetName(fillTemplate(layout.official.sheetName, vars)),
    columns: columns.map((c) => ({ width: c.width })),
    header,
    printTitle: title,
  });
}

function workbook(spec: SheetSpec): WorkbookPlan {
  const meta: MetadataValues = {
    council: spec.council,
    type: spec.type,
    district: spec.district,
    province: spec.province,
    kind: spec.kind,
    years: spec.years,
    framework: spec.framework,
    version: 1,
  };
  return { sheets: [planSheet(spec), metadataSheet(meta)] };
}

/** The years a document is about: its plan period, or its one fiscal year. */
function documentYears(doc: PlanDocument, kind: DocKind): { years: number[]; fiscalYear: number | null } {
  const budgetYears = [...new Set(doc.items.flatMap((i) => i.budgets.map((b) => b.year)).filter((y): y is number => y !== null))].sort((a, b) => a - b);
  if (kind === 'plan-multi-year') {
    const years = doc.metadata.years.length ? doc.metadata.years : budgetYears.length ? budgetYears : frameworkById(doc.framework).years;
    return { years, fiscalYear: null };
  }
  const fiscalYear = doc.metadata.fiscalYear ?? doc.metadata.years[0] ?? budgetYears[0] ?? null;
  return { years: fiscalYear === null ? [] : [fiscalYear], fiscalYear };
}

/**
 * The document in the official layout of its kind, plus the metadata sheet. Items are grouped by
 * dimension and mission in framework order and numbered 1..n; a document without items gives
 * the blank layout (every mission laid out).
 */
export function buildWorkbookPlan(doc: PlanDocument): WorkbookPlan {
  if (!doc.kind) throw new Error(`Cannot write ${doc.file}: its kind of document is unknown`);
  const kind = doc.kind;
  const framework = frameworkById(doc.framework);
  const { years, fiscalYear } = documentYears(doc, kind);
  return workbook({
    kind,
    framework: doc.framework,
    council: doc.metadata.council,
    type: doc.metadata.type,
    district: doc.metadata.district,
    province: doc.metadata.province,
    years,
    fiscalYear,
    blocks: (taxonomy) =>
      doc.items.length ? blocksFromItems(doc.items, framework, taxonomy) : blankBlocks(framework, taxonomy),
  });
}

/** The official layout with no items: every dimension and mission of the framework, live formulas in every total. */
export function blankWorkbookPlan(opts: BlankPlanOptions): WorkbookPlan {
  const frameworkId = opts.framework ?? 'current';
  const org = parseOrgName(opts.council);
  const typeName = ORG_TYPE_NAMES.find((t) => t.type === opts.type)?.full ?? '';
  const council = org ? org.full : `${typeName}${opts.council.trim()}`;
  const years = [...opts.years].sort((a, b) => a - b);
  const fiscalYear = opts.kind === 'plan-multi-year' ? null : (years[0] ?? null);
  return workbook({
    kind: opts.kind,
    framework: frameworkId,
    council,
    type: org?.type ?? opts.type,
    district: opts.district,
    province: opts.province,
    years,
    fiscalYear,
    blocks: (taxonomy) => blankBlocks(frameworkById(frameworkId), taxonomy),
  });
}

/** What a reader of the written sheet sees: cached values, merges as ranges, formulas by A1. */
export function sheetPlanToGrid(sheet: SheetPlan): Grid {
  return {
    sheet: sheet.name,
    rows: sheet.values.map((row) => [...row]),
    merges: sheet.merges.map(parseRangeA1),
    formulas: Object.fromEntries(sheet.formulas.map((f) => [f.cell, f.formula])),
  };
}
