/**
 * "Validating and fixing never changes a cell the user did not confirm" (the hostile-input issue),
 * shown on whole workbooks: the clerk's sheet carries their own fills, fonts, borders, alignment,
 * number formats, a conditional format, formulas and notes outside the table, and a second sheet.
 * Every cell of the in-memory Excel is snapshotted (constant, formula, number format, format) with
 * every sheet setting; after validating with highlights nothing but the add-in's own conditional
 * formats differs; after previewing nothing differs; after applying exactly the previewed cells
 * differ, each as the preview said, with its own formatting kept, and the log holds the old values;
 * undo puts the sheet back exactly as it was before the fix.
 */
import { a1, type CellValue } from '../../core/grid';
import { Actions } from '../../addin/actions';
import type { ExcelContext } from '../../addin/excel-host';
import { LOG_HEADER, LOG_SHEET, OLD_KIND, STATUS } from '../../addin/fix-log';
import { ALL_CATEGORIES, type CellChange } from '../../addin/fixes';
import { defaultForm } from '../../addin/plan-form';
import { SAMPLE, sampleGrid } from '../helpers/samples';
import { standIn, type StandIn } from './helpers/standin';
import { cellDiff, diff, snapshot, unexpected, type WorkbookSnapshot } from './helpers/workbook-snapshot';

const WHEN = new Date(2025, 4, 14, 9, 30);
const NOTES = 'หมายเหตุของเสมียน';

/** Formatting as the clerk would have done it by hand, through the same API as any other change. */
interface ClerkFormat {
  range: string;
  fill?: string;
  font?: { bold?: boolean; italic?: boolean; color?: string; name?: string; size?: number };
  border?: boolean;
  numberFormat?: string;
  hAlign?: string;
  wrap?: boolean;
}

async function clerkFormats(x: StandIn, sheet: string, formats: ClerkFormat[]): Promise<void> {
  await x.Excel.run(async (context: ExcelContext) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    for (const f of formats) {
      const range = ws.getRange(f.range);
      if (f.fill) range.format.fill.color = f.fill;
      for (const [k, v] of Object.entries(f.font ?? {})) (range.format.font as unknown as Record<string, unknown>)[k] = v;
      if (f.border) {
        for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const) {
          const b = range.format.borders.getItem(edge);
          b.style = 'Dash';
          b.color = '#7F7F7F';
        }
      }
      // One value for the whole range, as Office.js allows (the same as the clerk's Format Cells).
      if (f.numberFormat) range.numberFormat = f.numberFormat as unknown as string[][];
      if (f.hAlign) range.format.horizontalAlignment = f.hAlign as Excel.HorizontalAlignment;
      if (f.wrap !== undefined) range.format.wrapText = f.wrap;
    }
    await context.sync();
  });
}

/** A conditional format of the clerk's own (the add-in must leave it when it clears its highlights). */
async function clerkConditionalFormat(x: StandIn, sheet: string, range: string, formula: string): Promise<void> {
  await x.Excel.run(async (context: ExcelContext) => {
    const cf = context.workbook.worksheets.getItem(sheet).getRange(range).conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
    cf.custom.rule.formula = formula;
    cf.custom.format.fill.color = '#C6EFCE';
    await context.sync();
  });
}

/** Every stored cell's calculated value (a formula's result moves when a cell it reads was fixed). */
function calculated(x: StandIn, snap: WorkbookSnapshot): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [sheet, s] of snap) for (const address of s.cells.keys()) out.set(`${sheet}!${address}`, x.cell(sheet, address).value);
  return out;
}

/** A previewed cell after the fix: the clerk's own formatting, with only the number format the preview showed. */
function expectFormatKept(before: WorkbookSnapshot, after: WorkbookSnapshot, sheet: string, c: CellChange) {
  const b = before.get(sheet)!.cells.get(c.cell);
  const a = after.get(sheet)!.cells.get(c.cell)!;
  // The fix sets a number format only where the preview showed one; the clerk's fill, font,
  // borders and alignment stay on every previewed cell.
  expect([c.cell, a.numberFormat]).toEqual([c.cell, c.after.numberFormat ?? b?.numberFormat ?? 'General']);
  expect([c.cell, a.format]).toEqual([c.cell, b?.format ?? {}]);
}

/** What a cell should hold once a change is applied, in the stand-in's terms. */
function expectWritten(x: StandIn, after: WorkbookSnapshot, sheet: string, c: CellChange) {
  const stored = after.get(sheet)!.cells.get(c.cell);
  if (c.after.formula) {
    expect([c.cell, stored?.formula]).toEqual([c.cell, c.after.formula]);
  } else {
    expect([c.cell, stored?.formula ?? null]).toEqual([c.cell, null]);
    expect([c.cell, stored?.value ?? '']).toEqual([c.cell, c.after.value ?? '']);
  }
  // Excel's result is what the preview showed (a COUNTIF of ticks, a SUM, a joined count).
  expect([c.cell, x.cell(sheet, c.cell).value]).toEqual([c.cell, c.after.value ?? '']);
}

/** The log rows the batch added: one per previewed cell, holding what the cell had (its number format where the fix sets one). */
function expectLogged(x: StandIn, before: WorkbookSnapshot, sheet: string, changes: CellChange[]) {
  const log = x.values(LOG_SHEET) as CellValue[][];
  expect(log[0].slice(0, LOG_HEADER.length)).toEqual([...LOG_HEADER]);
  expect(log).toHaveLength(changes.length + 1);
  changes.forEach((c, i) => {
    const row = log[i + 1];
    const old = c.before.formula ?? c.before.value ?? '';
    const kind = c.before.formula ? OLD_KIND.formula : c.before.value === null ? OLD_KIND.empty : OLD_KIND.value;
    expect(row.slice(0, 7)).toEqual([1, '2568-05-14 09:30', sheet, c.cell, old, kind, c.after.formula ?? c.after.value ?? '']);
    expect(row[8]).toBe(STATUS.applied);
    const oldFormat = before.get(sheet)!.cells.get(c.cell)?.numberFormat ?? 'General';
    expect([c.cell, row[9]]).toEqual([c.cell, c.after.numberFormat ? oldFormat : '']);
  });
}

interface Scenario {
  name: string;
  sheet: string;
  /** The workbook's sheets before the scenario builds it. */
  sheets: string[];
  /** Formula cells outside the preview whose results move because they read a fixed cell. */
  recalculated: string[];
  /** Builds the clerk's workbook; returns cells the fix must include (so the scenario keeps its teeth). */
  build(x: StandIn, actions: Actions): Promise<string[]>;
}

/** ทต.หนองจอก's annual plan 2567, pasted from the PDF (wrong quarter totals, an empty summary row, Thai digits, wrap spaces). */
const nongchok: Scenario = {
  name: 'the หนองจอก annual plan 2567 pasted from its PDF',
  sheet: 'แผน 2567',
  sheets: ['แผน 2567', NOTES],
  // The clerk's =SUM(H28:H39): H31's "15,000" becomes the number 15000.
  recalculated: ['J28'],
  async build(x) {
    const grid = sampleGrid(SAMPLE.nongchok);
    grid.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null) x.type('แผน 2567', a1(r, c), typeof v === 'string' ? `'${v}` : v);
      }),
    );
    // The clerk's own work beside the table: a formula over the budget column, a date, a note.
    x.type('แผน 2567', 'J28', '=SUM(H28:H39)');
    x.type('แผน 2567', 'J29', 45200);
    x.type('แผน 2567', 'J30', 'ตรวจทานแล้ว ๑๒ มี.ค.');
    await clerkFormats(x, 'แผน 2567', [
      { range: 'A26:H82', border: true },
      { range: 'A1:H12', font: { bold: true, size: 18, name: 'TH SarabunPSK' } },
      { range: 'C28:C39', font: { italic: true, color: '#1F4E79' }, wrap: true },
      { range: 'D28:G39', hAlign: 'Center' },
      { range: 'H28:H39', numberFormat: '#,##0.00' },
      { range: 'D40:G40', numberFormat: '0', fill: '#FCE4D6' },
      { range: 'H40', fill: '#FFFF00', font: { bold: true } },
      { range: 'C40', fill: '#E2EFDA' },
      { range: 'A44', fill: '#DDEBF7' },
      { range: 'D82:H82', fill: '#FFF2CC', font: { bold: true, color: '#C00000' } },
      { range: 'J28', numberFormat: '#,##0', fill: '#EDEDED' },
      { range: 'J29', numberFormat: 'd/m/yyyy' },
    ]);
    await clerkConditionalFormat(x, 'แผน 2567', 'H28:H39', '=H28>10000');
    return ['H31', 'D40', 'H40', 'A44', 'D81', 'H82'];
  },
};

/** A 5-year plan inserted by the add-in, items typed in, then totals typed over its formulas. */
const inserted: Scenario = {
  name: 'an inserted 5-year plan with wrong totals typed over its formulas',
  sheet: 'แผนปฏิบัติการ 2566-2570',
  sheets: ['Sheet1', NOTES],
  // The year total reads E6 ("๒๐,๐๐๐" becomes 20000); the grand totals read the fixed D9 and E9.
  recalculated: ['E9', 'D22', 'E22'],
  async build(x, actions) {
    const out = await actions.insert({ ...defaultForm(), council: 'หนองแวง', district: 'เทพารักษ์', province: 'นครราชสีมา' });
    expect(out.ok).toBe(true);
    const s = 'แผนปฏิบัติการ 2566-2570';
    x.type(s, 'C6', '1) โครงการอบรมคุณธรรมจริยธรรม');
    x.type(s, 'D6', '10000');
    x.type(s, 'E6', '๒๐,๐๐๐');
    x.type(s, 'C7', '2) มาตรการ  ตรวจสอบการใช้ดุลพินิจ');
    x.type(s, 'C10', '3) มาตรการเผยแพร่ข้อมูล');
    x.type(s, 'C14', '4) กิจกรรมรับฟังความคิดเห็น');
    x.type(s, 'C18', '5) มาตรการตรวจสอบภายใน');
    x.type(s, 'D9', '5000');
    x.type(s, 'F22', '1');
    x.type(s, 'K6', 'ถามกองคลังเรื่องงบปี 2567');
    await clerkFormats(x, s, [
      { range: 'D9', fill: '#FFFF00' },
      { range: 'E6', fill: '#FCE4D6', numberFormat: '@' },
      { range: 'C6:C8', font: { italic: true } },
      { range: 'D6:H8', numberFormat: '#,##0.00' },
      { range: 'F22', font: { color: '#C00000' } },
      { range: 'K6', fill: '#E2EFDA', wrap: true },
    ]);
    return ['D9', 'E6', 'C7', 'F22'];
  },
};

describe.each([nongchok, inserted])('on $name', (scenario) => {
  test('validating with highlights, previewing and applying a fix change only what the preview showed', async () => {
    const { x, host } = standIn('1.17', scenario.sheets);
    const actions = new Actions(host, () => WHEN);
    const mustFix = await scenario.build(x, actions);
    x.type(NOTES, 'A1', 'โทรหาจังหวัดก่อนส่ง');
    x.fill(NOTES, 'A1', '#FFFF00');
    await x.Excel.run(async (c: ExcelContext) => {
      c.workbook.worksheets.getItem(scenario.sheet).activate();
      await c.sync();
    });
    const original = snapshot(x);
    expect(original.get(scenario.sheet)!.cells.size).toBeGreaterThan(50);

    // Validating, highlights on: only the add-in's conditional formats are added, then cleared.
    const validated = await actions.validate({ highlight: true });
    expect(validated.findings.filter((f) => f.severity === 'error').length).toBeGreaterThan(0);
    expect(validated.highlighted).toBeGreaterThan(0);
    const highlighted = diff(original, snapshot(x));
    expect(Object.fromEntries(highlighted.cells)).toEqual({});
    expect(highlighted.settings).toEqual([`${scenario.sheet}: conditionalFormats`]);
    await actions.clearHighlights();
    expect(diff(original, snapshot(x))).toEqual({ cells: new Map(), settings: [], addedSheets: [], removedSheets: [] });

    // The preview writes nothing.
    const preview = await actions.previewFixes(ALL_CATEGORIES);
    expect(preview.sheet).toBe(scenario.sheet);
    expect(diff(original, snapshot(x))).toEqual({ cells: new Map(), settings: [], addedSheets: [], removedSheets: [] });
    const previewed = preview.plan.changes.map((c) => `${scenario.sheet}!${c.cell}`);
    expect(preview.plan.changes.map((c) => c.cell)).toEqual(expect.arrayContaining(mustFix));

    const before = snapshot(x);
    const valuesBefore = calculated(x, before);
    await actions.applyFixes(preview.plan);
    const after = snapshot(x);
    const d = diff(before, after);

    // Outside the preview: not one cell, setting or sheet differs, except the new log sheet.
    expect(unexpected(d, previewed)).toEqual({});
    expect(d.settings).toEqual([]);
    expect(d.removedSheets).toEqual([]);
    expect(d.addedSheets).toEqual([LOG_SHEET]);
    // Results of the clerk's own formulas may move (they read fixed cells); their formulas may not.
    const valuesAfter = calculated(x, after);
    const moved = [...valuesBefore.keys()].filter((k) => !previewed.includes(k) && !Object.is(valuesBefore.get(k), valuesAfter.get(k)));
    expect(moved).toEqual(scenario.recalculated.map((c) => `${scenario.sheet}!${c}`));
    for (const k of moved) expect([k, before.get(k.split('!')[0])!.cells.get(k.split('!')[1])!.formula]).toEqual([k, expect.stringMatching(/^=/)]);

    // Inside the preview: every cell changed, as previewed, keeping the clerk's own formatting.
    expect([...d.cells.keys()].sort()).toEqual([...previewed].sort());
    for (const c of preview.plan.changes) {
      expectWritten(x, after, scenario.sheet, c);
      expectFormatKept(before, after, scenario.sheet, c);
    }
    expectLogged(x, before, scenario.sheet, preview.plan.changes);

    // Undo puts every previewed cell back as it was, number formats included; the log stays.
    expect(await actions.undo()).toEqual({ batch: 1, restored: preview.plan.changes.length });
    const undone = diff(before, snapshot(x));
    expect(Object.fromEntries(undone.cells)).toEqual({});
    expect(undone.settings).toEqual([]);
    expect(undone.addedSheets).toEqual([LOG_SHEET]);
  });
});

test('the comparison has teeth: one stray write outside the preview is named, with what changed', async () => {
  const { x, host } = standIn('1.17', ['แผน 2567']);
  const actions = new Actions(host, () => WHEN);
  await nongchok.build(x, actions);
  const preview = await actions.previewFixes(ALL_CATEGORIES);
  const previewed = preview.plan.changes.map((c) => `แผน 2567!${c.cell}`);
  const before = snapshot(x);
  await actions.applyFixes(preview.plan);
  // What a careless fix might also do: reformat a neighbour, retype a number as text.
  await x.Excel.run(async (c: ExcelContext) => {
    const ws = c.workbook.worksheets.getItem('แผน 2567');
    ws.getRange('H41').format.fill.color = '#FFFFFF';
    ws.getRange('J29').values = [['45200']];
    ws.getRange('J29').numberFormat = [['General']];
    await c.sync();
  });
  const stray = unexpected(diff(before, snapshot(x)), previewed);
  expect(stray).toEqual({
    'แผน 2567!H41': { 'format.fill': [undefined, '#FFFFFF'] },
    'แผน 2567!J29': { numberFormat: ['d/m/yyyy', 'General'] },
  });
  expect(cellDiff({ value: 1, formula: null, numberFormat: 'General', format: {} }, { value: '1', formula: null, numberFormat: 'General', format: {} })).toEqual({ value: [1, '1'] });
});
