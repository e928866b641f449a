/**
 * excel-host against office-addin-mock objects: reading a used range into a Grid (values,
 * formulas, merges, a range that does not start at A1), writing a SheetPlan (one 2-D array of
 * values and formulas, styles by range), and the number of round trips: a 2,000-row sheet is read
 * and validated in at most 2 syncs, and inserted or formatted in at most 3.
 */
import { a1, type CellValue } from '../../core/grid';
import { blankWorkbookPlan, buildWorkbookPlan, sheetPlanToGrid, type WorkbookPlan } from '../../core/sheet-plan';
import { parseGrid } from '../../core/parse';
import { validateGrids } from '../../core/validate';
import { ALL_CAPS, applySheetFormat, capsFrom, insertWorkbookPlan, readSheet, replaceHighlights, type HostCaps } from '../../addin/excel-host';
import { planSheetFormat } from '../../addin/format-plan';
import { highlightRules } from '../../addin/highlight';
import { planMatrix } from '../../addin/host-convert';
import { mockExcel } from './helpers/office-mock';

const CAPS: HostCaps = { ...ALL_CAPS, conditionalFormats: false };

function fiveYearPlan(): WorkbookPlan {
  return blankWorkbookPlan({ kind: 'plan-multi-year', council: 'หนองแวง', type: 'อบต.', district: 'เทพารักษ์', province: 'นครราชสีมา', years: [2566, 2567, 2568, 2569, 2570] });
}

/** A 5-year plan with `n` items, written as core writes it (formulas with their cached values). */
function bigPlan(n: number): WorkbookPlan {
  const grid = sheetPlanToGrid(fiveYearPlan().sheets[0]);
  // Items typed under mission 1.1 of the blank form, then parsed and laid out again by core.
  const rows: CellValue[][] = grid.rows.slice(0, 5);
  rows.push(['1. การสร้างวัฒนธรรมสุจริต', '1.1 การเสริมสร้างจิตสำนึกและความตระหนักแก่บุคลากร', '1) โครงการที่ 1', 1000, 1000, 1000, 1000, 1000, 'สำนักปลัด']);
  for (let i = 2; i <= n; i++) rows.push([null, null, `${i}) ${i % 3 === 0 ? 'มาตรการ' : 'โครงการ'}ที่ ${i}`, 1000, 'ไม่ใช้งบประมาณ', '-', 2000, 500, 'กองคลัง']);
  const { doc } = parseGrid({ sheet: 'plan', rows, merges: [] });
  return buildWorkbookPlan(doc);
}

describe('reading a sheet', () => {
  test('values, formulas and merged areas become a Grid anchored at A1', async () => {
    const x = mockExcel([
      {
        name: 'แผน',
        rowIndex: 1,
        columnIndex: 1,
        values: [
          ['มิติ', 'ภารกิจตามมิติ'],
          ['1. การสร้างวัฒนธรรมสุจริต', 10000],
        ],
        formulas: [
          ['มิติ', 'ภารกิจตามมิติ'],
          ['1. การสร้างวัฒนธรรมสุจริต', '=SUM(C4:C9)'],
        ],
        merged: "'แผน'!B2:B3, 'แผน'!C2:D2",
      },
    ]);
    const read = await readSheet(x.context, CAPS);
    expect(x.calls.syncs).toBe(1);
    expect(read.sheet).toBe('แผน');
    expect(read.grid.rows).toEqual([
      [null, null, null],
      [null, 'มิติ', 'ภารกิจตามมิติ'],
      [null, '1. การสร้างวัฒนธรรมสุจริต', 10000],
    ]);
    expect(read.grid.formulas).toEqual({ C3: '=SUM(C4:C9)' });
    expect(read.grid.merges).toEqual([
      { top: 1, left: 1, bottom: 2, right: 1 },
      { top: 1, left: 2, bottom: 1, right: 3 },
    ]);
    expect(read.mergesRead).toBe(true);
  });

  test('reads the metadata sheet in the same sync', async () => {
    const plan = fiveYearPlan();
    const [sheet, meta] = plan.sheets;
    const x = mockExcel([
      { name: sheet.name, values: sheet.values },
      { name: meta.name, values: meta.values },
    ]);
    const read = await readSheet(x.context, CAPS);
    expect(x.calls.syncs).toBe(1);
    expect(read.metadata?.rows[0].slice(0, 2)).toEqual(['ชื่อหน่วยงาน', 'องค์การบริหารส่วนตำบลหนองแวง']);
  });

  test('an Excel without merged-area reading (before ExcelApi 1.13) still reads, without merges', async () => {
    const caps = capsFrom((_, v) => Number(v.split('.')[1]) <= 8);
    expect(caps.mergedAreas).toBe(false);
    const x = mockExcel([{ name: 'S', values: [['a', 'b']], merged: 'S!A1:B1' }]);
    const read = await readSheet(x.context, caps);
    expect(read.grid.merges).toEqual([]);
    expect(read.mergesRead).toBe(false);
  });

  test('a 2,000-row sheet is read and validated in at most 2 syncs', async () => {
    const plan = bigPlan(2000).sheets[0];
    expect(plan.values.length).toBeGreaterThan(2000);
    const grid = sheetPlanToGrid(plan);
    const formulas = plan.values.map((row, r) => row.map((v, c) => grid.formulas?.[a1(r, c)] ?? v));
    const x = mockExcel([{ name: plan.name, values: plan.values, formulas, merged: plan.merges.map((m) => `'${plan.name}'!${m}`).join(', ') }]);
    const read = await readSheet(x.context, CAPS);
    const result = validateGrids([read.grid], { file: 'x' });
    // Highlighting the findings, when asked, is the second and last sync.
    await replaceHighlights(x.context, { ...CAPS, conditionalFormats: true }, read, highlightRules(result.findings, read.sheet).rules);
    expect(x.calls.syncs).toBeLessThanOrEqual(2);
    expect(result.main?.items).toHaveLength(2000);
    expect(result.findings.filter((f) => f.code === 'total-mismatch')).toEqual([]);
  });
});

describe('writing a SheetPlan', () => {
  test('one 2-D array of values and formulas, styles by range, widths, merges; three syncs', async () => {
    const x = mockExcel([{ name: 'Sheet1', values: [] }]);
    const plan = fiveYearPlan();
    const result = await insertWorkbookPlan(x.context, ALL_CAPS, plan);
    expect(x.calls.syncs).toBe(3);
    expect(x.calls.suspends).toBe(1);
    expect(x.added).toEqual(['แผนปฏิบัติการ 2566-2570', 'ข้อมูลหน่วยงาน']);
    expect(result).toMatchObject({ sheet: 'แผนปฏิบัติการ 2566-2570', renamed: false, entry: { cell: 'C6', column: 'C' }, missing: [] });
    const mine = x.ranges.filter((r) => r.sheet === 'แผนปฏิบัติการ 2566-2570');
    const valueWrites = mine.flatMap((r) => r.writes.filter((w) => w.prop !== 'numberFormat').map((w) => ({ address: r.address, ...w })));
    // The values went in once, as the whole sheet, formulas included: never cell by cell.
    expect(valueWrites).toHaveLength(1);
    expect(valueWrites[0]).toMatchObject({ address: 'A1:I22', prop: 'formulas' });
    expect(valueWrites[0].value).toEqual(planMatrix(plan.sheets[0]));
    expect((valueWrites[0].value as unknown[][])[8][3]).toBe('=SUM(D6:D8)');
    // Number formats go by style range, before the values (text cells stay text).
    const formatWrites = mine.flatMap((r) => r.writes.filter((w) => w.prop === 'numberFormat').map(() => r.address));
    expect(formatWrites).toEqual(plan.sheets[0].styles.filter((s) => s.style.numberFormat).map((s) => s.range));
    // Styles by range: the header block in one range, bold with the header fill.
    const header = mine.find((r) => r.address === 'A4:I5' && (r.mock.format.fill as { color?: string }).color);
    expect(header?.mock.format.fill).toMatchObject({ color: '#DCE6F1' });
    expect(header?.mock.format.font).toMatchObject({ bold: true });
    const font = mine.find((r) => r.address === 'A1:I22' && (r.mock.format.font as { name?: string }).name);
    expect(font?.mock.format.font).toMatchObject({ name: 'TH Sarabun New', size: 16 });
    // The number of range calls grows with the plan's style entries, not with its cells.
    expect(mine.length).toBeLessThan(plan.sheets[0].styles.length * 2 + plan.sheets[0].merges.length + plan.sheets[0].validations.length + 20);
  });

  test('a 2,000-row plan is inserted in at most 3 syncs, and formatted in at most 3', async () => {
    const plan = bigPlan(2000);
    const x = mockExcel([{ name: 'Sheet1', values: [] }]);
    await insertWorkbookPlan(x.context, ALL_CAPS, plan);
    expect(x.calls.syncs).toBeLessThanOrEqual(3);

    const sheet = plan.sheets[0];
    const y = mockExcel([{ name: sheet.name, values: sheet.values }]);
    const read = await readSheet(y.context, CAPS);
    const formatted = planSheetFormat(read.grid);
    expect(formatted).not.toBeNull();
    await applySheetFormat(y.context, ALL_CAPS, formatted!.format);
    expect(y.calls.syncs).toBeLessThanOrEqual(3);
    // Formatting writes no value or formula, only formats.
    expect(y.ranges.flatMap((r) => r.writes.filter((w) => w.prop !== 'numberFormat'))).toEqual([]);
    expect(y.ranges.some((r) => r.writes.some((w) => w.prop === 'numberFormat'))).toBe(true);
  });

  test('a taken sheet name gets a number; the metadata sheet is rewritten in place', async () => {
    const plan = fiveYearPlan();
    const x = mockExcel([
      { name: 'แผนปฏิบัติการ 2566-2570', values: [['old']] },
      { name: 'ข้อมูลหน่วยงาน', values: [['ชื่อหน่วยงาน', 'เก่า']] },
    ]);
    const result = await insertWorkbookPlan(x.context, ALL_CAPS, plan);
    expect(result.sheet).toBe('แผนปฏิบัติการ 2566-2570 (2)');
    expect(result.renamed).toBe(true);
    expect(x.added).toEqual(['แผนปฏิบัติการ 2566-2570 (2)']);
  });

  test('Excel 2016 (ExcelApi 1.1) gets the sheet without the extras it lacks', async () => {
    const caps = capsFrom((_, v) => v === '1.1');
    const x = mockExcel([{ name: 'Sheet1', values: [] }]);
    const result = await insertWorkbookPlan(x.context, caps, fiveYearPlan());
    expect(result.missing.sort()).toEqual(['dropdowns', 'freeze', 'print']);
    expect(x.calls.suspends).toBe(0);
  });
});
