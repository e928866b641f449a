/**
 * `sujarit normalize`'s work: every input read (pipeline/read: xlsx, .xls through LibreOffice,
 * CSV in any Thai encoding, tab-separated text pasted from PDF or Word), every plan document in it
 * parsed and validated by core, brought into the target framework (core/legacy.ts), and written in
 * the official layout (core's SheetPlan through the xlsx writer) with its metadata sheet filled.
 * Every item read gets one line in the report: where it came from, where it went, or why it could
 * not go anywhere.
 *
 * Deterministic: inputs in a stable order, outputs named from the documents, no timestamps.
 */
import * as path from 'node:path';
import type { Grid } from '../../core/grid';
import { columnLetter } from '../../core/grid';
import { CURRENT_FRAMEWORK, findTaxon, frameworkById, LEGACY_FRAMEWORK } from '../../core/framework';
import { makeFinding, sortFindings, countBySeverity } from '../../core/findings';
import { officialLayoutFor } from '../../core/layouts';
import { keepFramework, toCurrentFramework, type FrameworkConversion, type ItemMapping } from '../../core/legacy';
import { parseGrid } from '../../core/parse';
import { ruleByCode } from '../../core/rules';
import type { ColumnRole, Finding, Item, PlanDocument } from '../../core/schema';
import { buildWorkbookPlan, sheetPlanToGrid, yearsText, type WorkbookPlan } from '../../core/sheet-plan';
import { blocksFromItems } from '../../core/sheet-plan/table';
import { validateGrids } from '../../core/validate';
import { identifyCouncil, type Identity } from '../identify';
import type { InputFile } from '../pool';
import { readInput, UnreadableError, type InputRead } from '../read';
import { workbookPlanToXlsx } from '../write/workbook-xlsx';
import { NameAllocator } from './names';
import type { ColumnLine, DocumentEntry, FileEntry, ItemLine, MissionLine, NormalizeReport } from './report-schema';

export const REPORT_FILES = ['normalize-report.json', 'normalize-report.xlsx'] as const;

export type FrameworkMode = 'current' | 'keep';

export interface NormalizeOptions {
  framework: FrameworkMode;
}

/** Receives each output workbook as it is made: its safe name inside the output folder and its bytes. */
export type OutputSink = (name: string, data: Uint8Array) => Promise<void>;

/** What a written row says instead of an empty taxon cell (an empty merged cell reads as the one above). */
export const UNPLACED_LABELS = { dimension: '(ไม่ระบุมิติ)', mission: '(ไม่ระบุภารกิจ)' } as const;

interface FileWork {
  entry: FileEntry;
  items: ItemLine[];
  missions: MissionLine[];
  findings: Finding[];
}

function unreadable(file: InputFile, err: unknown): FileWork {
  const reason =
    err instanceof UnreadableError
      ? err
      : new UnreadableError(`เกิดข้อผิดพลาดขณะอ่านไฟล์: ${(err as Error).message}`, `reading the file failed: ${(err as Error).message}`);
  const finding = makeFinding(ruleByCode('unreadable-file'), file.shown, { value: file.shown, params: { reason: reason.reason, reasonEn: reason.reasonEn } });
  return {
    entry: { path: file.shown, format: 'unknown', encoding: null, status: 'unreadable', documents: [], findings: countBySeverity([finding]) },
    items: [],
    missions: [],
    findings: [finding],
  };
}

/** The header columns of a document's tables, each (column, header, role) once. */
function columnLines(doc: PlanDocument): ColumnLine[] {
  const seen = new Set<string>();
  const out: ColumnLine[] = [];
  for (const t of doc.tables) {
    const all = [
      ...t.columns.map((c) => ({ column: c.column, header: c.header, role: c.role as ColumnRole | null, year: c.year, q: c.q })),
      ...t.unplaced.map((u) => ({ column: u.column, header: u.header, role: null, year: null, q: null })),
    ].sort((a, b) => a.column - b.column);
    for (const c of all) {
      const key = `${c.column}|${c.header}|${c.role}|${c.year}|${c.q}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ headerRow: t.headerTop, column: columnLetter(c.column - 1), header: c.header, role: c.role, year: c.year, q: c.q });
    }
  }
  return out;
}

/** A multi-year plan's years: its own, plus any year a budget column names, so no budget is dropped. */
function outputYears(doc: PlanDocument): number[] {
  const years = new Set(doc.metadata.years);
  if (doc.kind === 'plan-multi-year') {
    for (const item of doc.items) for (const b of item.budgets) if (b.year !== null) years.add(b.year);
  }
  return [...years].sort((a, b) => a - b);
}

/** The document as it is written: the council as identified, its years, no empty taxon cell. */
function prepare(conv: FrameworkConversion, identity: Identity, mode: FrameworkMode): { doc: PlanDocument; lines: Map<Item, ItemMapping> } {
  const kept = conv.mappings.filter((m) => conv.doc.items.length === conv.mappings.length || m.status !== 'unmapped');
  const lines = new Map<Item, ItemMapping>();
  const layout = conv.doc.kind ? officialLayoutFor(conv.doc.kind) : null;
  const items = conv.doc.items.map((item, i) => {
    const copy: Item = { ...item };
    if (mode === 'keep' && layout?.taxonomy) {
      if (copy.dimension === null) copy.dimension = UNPLACED_LABELS.dimension;
      if (copy.mission === null) copy.mission = UNPLACED_LABELS.mission;
    }
    lines.set(copy, kept[i]);
    return copy;
  });
  const meta = conv.doc.metadata;
  const doc: PlanDocument = {
    ...conv.doc,
    items,
    metadata: {
      ...meta,
      council: identity.name ?? meta.council,
      type: identity.type ?? meta.type,
      district: identity.district ?? meta.district,
      province: identity.province ?? meta.province,
      years: outputYears(conv.doc),
    },
  };
  return { doc, lines };
}

/** Where each written item landed: its cell on the written plan sheet, by the number it was written with. */
function writtenCells(plan: WorkbookPlan, doc: PlanDocument): Map<Item, { sheet: string; cell: string }> {
  const sheet = plan.sheets[0];
  const layout = officialLayoutFor(doc.kind!);
  const order = blocksFromItems(doc.items, frameworkById(doc.framework), layout.taxonomy).flatMap((b) => b.rows.flatMap((r) => (r.item ? [r.item] : [])));
  const back = parseGrid(sheetPlanToGrid(sheet), { framework: doc.framework }).doc.items;
  const byNumber = new Map(back.map((i) => [i.number, i.source.cell]));
  const out = new Map<Item, { sheet: string; cell: string }>();
  order.forEach((item, k) => {
    const cell = byNumber.get(k + 1);
    if (cell) out.set(item, { sheet: sheet.name, cell });
  });
  return out;
}

function placementOf(m: ItemMapping['from'] | null) {
  return m ? { framework: m.framework, dimension: m.dimension, mission: m.mission, subMission: m.subMission } : null;
}

function missionLines(file: string, doc: PlanDocument, conv: FrameworkConversion): MissionLine[] {
  return conv.missions.map((m) => ({
    file,
    sheet: doc.sheet,
    mission: m.mission,
    subMission: m.subMission,
    name: findTaxon(LEGACY_FRAMEWORK, m.subMission ? 'sub-mission' : 'mission', m.subMission ?? m.mission)?.name ?? null,
    target: m.target,
    targetName: m.target ? (findTaxon(CURRENT_FRAMEWORK, 'mission', m.target)?.name ?? null) : null,
    alternative: m.alternative,
    certainty: m.certainty,
    reason: m.reason,
    items: m.items,
  }));
}

/** What the official layout cannot carry of an item: said in its line, never dropped silently. */
function lostParts(item: Item): string[] {
  const notes: string[] = [];
  for (const t of item.strayTicks) notes.push(`A tick mark (${t.raw}) in ${t.source.cell}, outside the quarter columns, is not carried over.`);
  if (item.subMission) notes.push(`Sub-item ${item.subMission} is not a column of the official layout: it is kept in this report only.`);
  return notes;
}

function outputStem(doc: PlanDocument, file: InputFile): string {
  const base = path.basename(file.abs).replace(/\.[^.]+$/, '');
  const years = yearsText(doc.kind === 'plan-multi-year' ? doc.metadata.years : doc.metadata.fiscalYear ? [doc.metadata.fiscalYear] : doc.metadata.years);
  return [doc.metadata.council ?? base, doc.kind, years].filter(Boolean).join('-');
}

async function normalizeFile(file: InputFile, input: InputRead, opts: NormalizeOptions, names: NameAllocator, sink: OutputSink): Promise<FileWork> {
  const validation = validateGrids(input.grids, { file: file.shown });
  const findings = [...validation.findings];
  const parsed = input.grids
    .map((grid: Grid) => parseGrid(grid, { file: file.shown }))
    .filter(({ doc }) => doc.tables.length > 0 || doc.details.length > 0);
  const documents: DocumentEntry[] = [];
  const items: ItemLine[] = [];
  const missions: MissionLine[] = [];
  for (const [i, { doc, framework }] of parsed.entries()) {
    const { identity, findings: idFindings } = identifyCouncil(file.shown, input.metadata, doc, null);
    if (i === 0) findings.push(...idFindings);
    const conv = opts.framework === 'keep' ? keepFramework(doc) : toCurrentFramework(doc);
    const { doc: out, lines } = prepare(conv, identity, opts.framework);
    let output: string | null = null;
    let writtenSheet = '';
    let note: string | null = null;
    let cells = new Map<Item, { sheet: string; cell: string }>();
    if (!doc.kind) {
      note = 'Only project-detail blocks (descriptions of plan items), no plan table: nothing to write.';
    } else if (doc.items.length === 0) {
      note = 'The table has no items: nothing to write.';
    } else if (out.items.length === 0) {
      note = 'No item could be placed in the target framework: nothing written; see the unmapped items.';
    } else {
      const plan = buildWorkbookPlan(out);
      writtenSheet = plan.sheets[0].name;
      output = names.allocate(outputStem(out, file));
      await sink(output, await workbookPlanToXlsx(plan));
      cells = writtenCells(plan, out);
      if (cells.size !== out.items.length) note = `Self-check: ${out.items.length - cells.size} written item(s) did not read back from the written sheet.`;
    }
    if (doc.kind && doc.details.length > 0) {
      const details = `${doc.details.length} project-detail block(s) (descriptions of plan items, not items) are not carried over.`;
      note = note ? `${note} ${details}` : details;
    }
    const byIndex = new Map<number, { sheet: string; cell: string }>();
    for (const [item, line] of lines) {
      const at = cells.get(item);
      if (at) byIndex.set(line.index, at);
    }
    for (const m of conv.mappings) {
      const at = byIndex.get(m.index);
      const source = doc.items[m.index];
      items.push({
        file: file.shown,
        sheet: m.source.sheet,
        cell: m.source.cell,
        ref: m.ref,
        title: m.title,
        kind: m.kind,
        from: placementOf(m.from)!,
        to: placementOf(m.to),
        status: m.status,
        certainty: m.certainty,
        alternative: m.alternative,
        reason: output ? m.reason : m.status === 'unmapped' ? m.reason : `${m.reason} Not written: ${note}`,
        notes: output && m.status !== 'unmapped' ? lostParts(source) : [],
        output: output && m.status !== 'unmapped' ? { file: output, sheet: at?.sheet ?? writtenSheet, cell: at?.cell ?? '' } : null,
      });
    }
    missions.push(...missionLines(file.shown, doc, conv));
    documents.push({
      sheet: doc.sheet,
      kind: doc.kind,
      layouts: doc.tables.map((t) => t.layout),
      framework: doc.framework,
      evidence: framework.evidence,
      writtenAs: out.framework,
      council: out.metadata.council,
      type: out.metadata.type,
      district: out.metadata.district,
      province: out.metadata.province,
      identifiedBy: identity.source,
      years: out.kind === 'plan-multi-year' ? out.metadata.years : out.metadata.fiscalYear !== null ? [out.metadata.fiscalYear] : out.metadata.years,
      columns: columnLines(doc),
      missing: [...new Set(doc.tables.flatMap((t) => t.missing))],
      items: doc.items.length,
      written: output ? out.items.length : 0,
      unmapped: conv.unmapped.length,
      uncertain: conv.mappings.filter((m) => m.status === 'uncertain').length,
      output,
      note,
    });
  }
  // Items that were read but not written (a document that could not be written) count as unmapped in the accounting.
  for (const line of items) {
    if (line.status !== 'unmapped' && !line.output) Object.assign(line, { status: 'unmapped' as const, to: null });
  }
  const itemsIn = documents.reduce((n, d) => n + d.items, 0);
  const unmapped = items.filter((l) => l.status === 'unmapped').length;
  const status: FileEntry['status'] =
    documents.length === 0 ? 'no-table' : itemsIn === 0 ? 'no-items' : unmapped > 0 ? 'partly-unmapped' : 'normalised';
  return {
    entry: { path: file.shown, format: input.format, encoding: input.encoding ?? null, status, documents, findings: countBySeverity(findings) },
    items,
    missions,
    findings,
  };
}

/** Normalises every file; outputs go to `sink` as they are made; returns the report. */
export async function normalizeFiles(files: InputFile[], opts: NormalizeOptions, sink: OutputSink, onDone: () => void = () => {}): Promise<NormalizeReport> {
  const names = new NameAllocator([...REPORT_FILES]);
  const work: FileWork[] = [];
  for (const file of files) {
    let input: InputRead;
    try {
      input = await readInput(file.abs);
    } catch (err) {
      work.push(unreadable(file, err));
      onDone();
      continue;
    }
    work.push(await normalizeFile(file, input, opts, names, sink));
    onDone();
  }
  const items = work.flatMap((w) => w.items);
  const documents = work.flatMap((w) => w.entry.documents);
  return {
    schemaVersion: 1,
    framework: opts.framework,
    totals: {
      files: work.length,
      outputs: documents.filter((d) => d.output).length,
      documents: documents.length,
      legacyDocuments: documents.filter((d) => d.framework === 'legacy').length,
      itemsIn: documents.reduce((n, d) => n + d.items, 0),
      itemsWritten: items.filter((l) => l.output).length,
      itemsUnmapped: items.filter((l) => l.status === 'unmapped').length,
      itemsUncertain: items.filter((l) => l.status === 'uncertain').length,
    },
    files: work.map((w) => w.entry),
    items,
    missions: work.flatMap((w) => w.missions),
    unmapped: items.filter((l) => l.status === 'unmapped'),
    toDecide: items.filter((l) => l.status === 'uncertain'),
    findings: sortFindings(work.flatMap((w) => w.findings)),
  };
}
