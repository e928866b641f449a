/** Highlights, finding groups, i18n, host conversions, sheet names, the fix log, formats, readiness. */
import { makeFinding } from '../../core/findings';
import { makeGrid, type CellValue } from '../../core/grid';
import { ruleByCode } from '../../core/rules';
import { blankWorkbookPlan, sheetPlanToGrid } from '../../core/sheet-plan';
import { validateGrids } from '../../core/validate';
import { lastBatch, logRows, logTime, nextBatch, parseLog, stillWritten } from '../../addin/fix-log';
import { groupFindings } from '../../addin/findings-view';
import { planSheetFormat } from '../../addin/format-plan';
import { highlightRules, isHighlightFormula } from '../../addin/highlight';
import { cellInput, columnWidthPoints, formatPreview, gridFromRange, parseAreas, planMatrix, writeRuns } from '../../addin/host-convert';
import { initialLang, MESSAGES, t } from '../../addin/i18n';
import { firstEntryCell, prepareInsert, uniqueSheetName } from '../../addin/insert-plan';
import { readiness, suggestedFileName } from '../../addin/ready';
import type { CellChange } from '../../addin/fixes';
import { SAMPLE, sampleGrid } from '../helpers/samples';

const finding = (code: string, cell: string | null, sheet = 'S') =>
  makeFinding(ruleByCode(code), 'f', { source: cell ? { sheet, cell, row: Number(cell.slice(1)), column: cell.charCodeAt(0) - 64 } : null, sheet, value: '1', expected: '2', params: { what: 'รวม', whatEn: 'Total' } });

describe('highlights', () => {
  test('one colour per cell (its worst finding), adjacent cells as one area, other sheets skipped', () => {
    const { rules, cells } = highlightRules(
      [finding('total-mismatch', 'D9'), finding('total-mismatch', 'E9'), finding('name-variant', 'D9'), finding('duplicate-item', 'C5'), finding('total-mismatch', 'D9', 'other'), finding('summary-missing', null)],
      'S',
    );
    expect(cells).toBe(3);
    expect(rules.map((r) => [r.severity, r.areas])).toEqual([
      ['error', ['D9:E9']],
      ['warning', ['C5']],
    ]);
    expect(rules.every((r) => isHighlightFormula(r.formula))).toBe(true);
    expect(isHighlightFormula('=A1>0')).toBe(false);
  });
});

describe('finding groups', () => {
  test('errors first, reading order inside, Thai or English text from the rule catalogue', () => {
    const groups = groupFindings([finding('duplicate-item', 'C5'), finding('total-mismatch', 'E9'), finding('total-mismatch', 'D9')], 'th');
    expect(groups.map((g) => [g.severity, g.entries.map((e) => e.cell)])).toEqual([
      ['error', ['D9', 'E9']],
      ['warning', ['C5']],
    ]);
    expect(groups[0].entries[0].title).toBe('ยอดรวมไม่ตรงกับรายการ');
    expect(groupFindings([finding('total-mismatch', 'D9')], 'en')[0].entries[0].title).toBe('Total does not match the items');
  });
});

describe('i18n', () => {
  test('English has every Thai key, none empty, and the same placeholders', () => {
    const keys = Object.keys(MESSAGES.th).sort();
    expect(Object.keys(MESSAGES.en).sort()).toEqual(keys);
    for (const k of keys as (keyof typeof MESSAGES.th)[]) {
      expect(MESSAGES.th[k].length).toBeGreaterThan(0);
      const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect([k, holes(MESSAGES.en[k])]).toEqual([k, holes(MESSAGES.th[k])]);
    }
    expect(t('th', 'applied', { n: 2, log: 'L', batch: 1 })).toBe('แก้ไข 2 เซลล์แล้ว ค่าเดิมอยู่ในแผ่น "L" ครั้งที่ 1');
    expect(initialLang(null)).toBe('th');
    expect(initialLang('en')).toBe('en');
  });
});

describe('host conversions', () => {
  test('a used range anywhere on the sheet becomes a Grid from A1; formulas by address; merges parsed', () => {
    const grid = gridFromRange({ sheet: 'S', values: [['a', ''], [1, 2]], formulas: [['a', ''], [1, '=A3+1']], rowIndex: 1, columnIndex: 0, mergedAddress: "'ชื่อ, มี!'!A2:B2, S!C1:C3" });
    expect(grid.rows).toEqual([[null, null], ['a', null], [1, 2]]);
    expect(grid.formulas).toEqual({ B3: '=A3+1' });
    expect(grid.merges).toEqual([
      { top: 1, left: 0, bottom: 1, right: 1 },
      { top: 0, left: 2, bottom: 2, right: 2 },
    ]);
    expect(parseAreas(null)).toEqual([]);
  });

  test('text Excel would reinterpret is written behind an apostrophe', () => {
    expect(cellInput('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(cellInput('2567')).toBe("'2567");
    expect(cellInput('2566-2570')).toBe("'2566-2570");
    expect(cellInput('-')).toBe("'-");
    expect(cellInput('โครงการ 1')).toBe('โครงการ 1');
    expect(cellInput(null)).toBe('');
    expect(cellInput(5)).toBe(5);
  });

  test('a plan becomes one matrix: values with the formulas in place', () => {
    const plan = blankWorkbookPlan({ kind: 'plan-annual', council: 'หนองจอก', type: 'ทต.', district: 'ท่ายาง', province: 'เพชรบุรี', years: [2567] }).sheets[0];
    const m = planMatrix(plan);
    expect(m).toHaveLength(plan.values.length);
    for (const f of plan.formulas) expect(m.flat()).toContain(f.formula);
    expect(m.flat().filter((v) => typeof v === 'string' && v.startsWith('=')).length).toBe(plan.formulas.length);
  });

  test('scattered writes go in runs of adjacent cells', () => {
    const runs = writeRuns([
      { row: 8, col: 4, input: '=SUM(E6:E8)', numberFormat: '#,##0' },
      { row: 8, col: 3, input: '=SUM(D6:D8)', numberFormat: '#,##0' },
      { row: 8, col: 6, input: 1 },
      { row: 2, col: 0, input: 'x' },
    ]);
    expect(runs.map((r) => [r.address, r.inputs, r.numberFormats])).toEqual([
      ['A3', [['x']], null],
      ['D9:E9', [['=SUM(D6:D8)', '=SUM(E6:E8)']], [['#,##0', '#,##0']]],
      ['G9', [[1]], null],
    ]);
  });

  test('column widths and the plans’ number formats as Excel shows them', () => {
    expect(columnWidthPoints(10)).toBe(56.25);
    expect(formatPreview(34000, '"จำนวน "#,##0" บาท"')).toBe('จำนวน 34,000 บาท');
    expect(formatPreview(1234.4, '#,##0')).toBe('1,234');
  });
});

describe('new sheets', () => {
  test('names that are taken get a number, within 31 characters; the metadata sheet is replaced', () => {
    expect(uniqueSheetName('แผน', ['แผน', 'แผน (2)'])).toBe('แผน (3)');
    expect(uniqueSheetName('x'.repeat(31), ['x'.repeat(31)])).toHaveLength(31);
    const plan = blankWorkbookPlan({ kind: 'plan-multi-year', council: 'หนองแวง', type: 'อบต.', district: 'เทพารักษ์', province: 'นครราชสีมา', years: [2566, 2567, 2568, 2569, 2570] });
    const p = prepareInsert(plan, ['ข้อมูลหน่วยงาน', 'แผนปฏิบัติการ 2566-2570']);
    expect(p.replace).toEqual(['ข้อมูลหน่วยงาน']);
    expect(p.renamed).toBe('แผนปฏิบัติการ 2566-2570 (2)');
    expect(firstEntryCell(plan)).toEqual({ sheet: 'แผนปฏิบัติการ 2566-2570', cell: 'C6', column: 'C' });
  });
});

describe('the fix log', () => {
  const change: CellChange = {
    sheet: 'S',
    cell: 'D9',
    row: 8,
    col: 3,
    categories: ['totals'],
    before: { value: 5000, formula: null },
    after: { value: 10000, formula: '=SUM(D6:D8)' },
    reason: { th: 'เหตุผล', en: 'why' },
  };
  const old: CellChange = { ...change, cell: 'D22', row: 21, before: { value: 5000, formula: '=D9+D13' }, after: { value: 1, formula: '=D9+D13+D17' } };

  test('rows in, entries out: batches, old values with their kind, status', () => {
    const when = new Date(2025, 0, 2, 3, 4);
    expect(logTime(when)).toBe('2568-01-02 03:04');
    const rows: CellValue[][] = [['ครั้งที่', 'วันเวลา'], ...logRows(1, when, [change, old]), ['หมายเหตุของเสมียน']];
    const entries = parseLog(rows);
    expect(entries.map((e) => [e.logRow, e.batch, e.cell, e.old, e.written, e.undone])).toEqual([
      [1, 1, 'D9', { value: 5000, formula: null }, '=SUM(D6:D8)', false],
      [2, 1, 'D22', { value: null, formula: '=D9+D13' }, '=D9+D13+D17', false],
    ]);
    expect(nextBatch(entries)).toBe(2);
    expect(lastBatch(entries)?.batch).toBe(1);
    expect(stillWritten(entries[0], { value: 10000, formula: '=SUM(D6:D8)' })).toBe(true);
    expect(stillWritten(entries[0], { value: 10000, formula: null })).toBe(false);
    // No number format set by these fixes, none kept; a log written before the column existed reads the same.
    expect(entries.map((e) => e.oldNumberFormat)).toEqual([null, null]);
    expect(parseLog(rows.map((r) => r.slice(0, 9)))).toEqual(entries);
  });

  test('a fix that sets a number format logs the one it replaces, for undo', () => {
    const amount: CellChange = { ...change, categories: ['amounts'], before: { value: '15,000', formula: null }, after: { value: 15000, formula: null, numberFormat: '#,##0' } };
    const rows = logRows(1, new Date(2025, 0, 2), [amount, change], ['@', 'General']);
    expect(rows.map((r) => r[9])).toEqual(['@', null]);
    expect(parseLog(rows).map((e) => [e.old, e.oldNumberFormat])).toEqual([
      [{ value: '15,000', formula: null }, '@'],
      [{ value: 5000, formula: null }, null],
    ]);
  });
});

describe('format this sheet', () => {
  test('the Nong Chok table: header, body, summary rows and widths by range; no value anywhere', () => {
    const grid = sampleGrid(SAMPLE.nongchok);
    const result = planSheetFormat(grid);
    expect(result?.layout.id).toBe('annual');
    const f = result!.format;
    expect(f.styles[0].style).toMatchObject({ bold: true, fontSize: 18 });
    expect(f.styles.some((s) => s.style.fill === 'DCE6F1')).toBe(true);
    expect(f.styles.some((s) => s.style.fill === 'F2F2F2')).toBe(true);
    expect(f.freezeRows).toBeGreaterThan(0);
    expect(f.columns.map((c) => c.width)).toContain(48);
    expect(JSON.stringify(f)).not.toContain('values');
    expect(planSheetFormat(makeGrid('empty', [['hello']]))).toBeNull();
  });
});

describe('ready to submit', () => {
  const plan = blankWorkbookPlan({ kind: 'plan-multi-year', council: 'หนองแวง', type: 'อบต.', district: 'เทพารักษ์', province: 'นครราชสีมา', years: [2566, 2567, 2568, 2569, 2570] });
  const grids = plan.sheets.map(sheetPlanToGrid);

  test('a fresh official sheet with its metadata passes', () => {
    const r = readiness({ grids, validation: validateGrids(grids, { file: 'x' }), highlights: 0 });
    expect(r.items.filter((i) => i.status === 'fail')).toEqual([]);
    expect(r.ready).toBe(true);
  });

  test('no metadata sheet, another council in the title, highlights left: each is said', () => {
    const noMeta = readiness({ grids: [grids[0]], validation: validateGrids([grids[0]], { file: 'x' }), highlights: 2 });
    expect(noMeta.items.find((i) => i.id === 'meta')).toMatchObject({ status: 'fail', action: 'new' });
    expect(noMeta.items.find((i) => i.id === 'highlights')).toMatchObject({ status: 'warn', params: { n: 2 } });
    expect(noMeta.ready).toBe(false);
    const other = { ...grids[0], rows: grids[0].rows.map((r, i) => (i === 1 ? ['องค์การบริหารส่วนตำบลหนองบัว อำเภอเทพารักษ์ จังหวัดนครราชสีมา', ...r.slice(1)] : r)) };
    const mismatch = readiness({ grids: [other, grids[1]], validation: validateGrids([other, grids[1]], { file: 'x' }), highlights: 0 });
    expect(mismatch.items.find((i) => i.id === 'meta-match')).toMatchObject({ status: 'fail', params: { what: 'ชื่อหน่วยงาน' } });
  });

  test('the suggested file name', () => {
    expect(suggestedFileName({ council: 'เทศบาลตำบลหนองจอก', kind: 'plan-annual', years: '2567', version: '2' })).toBe('ทต.หนองจอก-แผนปฏิบัติการประจำปี-2567-ฉบับที่2.xlsx');
    expect(suggestedFileName({})).toBeNull();
  });
});
