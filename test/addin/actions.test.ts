/**
 * The pane's actions end to end in Node, against the in-memory Excel the browser test uses
 * (test/e2e/addin/excel-standin.js): it queues calls until `sync`, refuses to read what was not
 * loaded, and calculates formulas, so a SheetPlan written and read back must come back as core
 * wrote it, cached values included.
 */
import { sheetPlanToGrid, blankWorkbookPlan } from '../../core/sheet-plan';
import { Actions, ActionError } from '../../addin/actions';
import { readSheet } from '../../addin/excel-host';
import { LOG_SHEET } from '../../addin/fix-log';
import { ALL_CATEGORIES } from '../../addin/fixes';
import { defaultForm } from '../../addin/plan-form';
import { SAMPLE, sampleGrid } from '../helpers/samples';
import { standIn, type StandIn } from './helpers/standin';

const SHEET = 'แผนปฏิบัติการ 2566-2570';
const FORM = { ...defaultForm(), council: 'หนองแวง', district: 'เทพารักษ์', province: 'นครราชสีมา' };
const WHEN = new Date(2025, 4, 14, 9, 30);

function setup(apiVersion = '1.17', sheets = ['Sheet1']) {
  const { x, host } = standIn(apiVersion, sheets);
  return { x, host, actions: new Actions(host, () => WHEN) };
}

/** One item per dimension, as a clerk types them into the blank form. */
function typeItems(x: StandIn) {
  x.type(SHEET, 'C6', '1) โครงการอบรมคุณธรรมจริยธรรม');
  x.type(SHEET, 'D6', '10000');
  x.type(SHEET, 'C10', '2) มาตรการเผยแพร่ข้อมูล');
  x.type(SHEET, 'C14', '3) กิจกรรมรับฟังความคิดเห็น');
  x.type(SHEET, 'C18', '4) มาตรการตรวจสอบภายใน');
}

test('an inserted plan reads back as core wrote it: values, cached totals, formulas, merges', async () => {
  const { x, host, actions } = setup();
  const out = await actions.insert(FORM);
  expect(out.ok).toBe(true);
  const plan = blankWorkbookPlan({ kind: 'plan-multi-year', council: 'หนองแวง', type: 'อบต.', district: 'เทพารักษ์', province: 'นครราชสีมา', years: [2566, 2567, 2568, 2569, 2570] });
  const expected = sheetPlanToGrid(plan.sheets[0]);
  const read = await host.run((c) => readSheet(c, host.caps, { sheet: SHEET }));
  expect(read.grid.rows).toEqual(expected.rows);
  expect(read.grid.formulas).toEqual(expected.formulas);
  expect(read.grid.merges).toEqual(expect.arrayContaining(expected.merges));
  expect(read.metadata?.rows[1].slice(0, 2)).toEqual(['ประเภท', 'อบต.']);
  // "2566-2570" and "1" stay text on the metadata sheet.
  expect(x.cell('ข้อมูลหน่วยงาน', 'B6').value).toBe('2566-2570');
  expect(x.cell('ข้อมูลหน่วยงาน', 'B8').value).toBe('1');
});

test('an item whose title names no kind is counted by the live รวม formula, so the sheet validates clean', async () => {
  const { x, actions } = setup();
  await actions.insert(FORM);
  typeItems(x);
  x.type(SHEET, 'C7', '5) ส่งเสริมการมีส่วนร่วมของประชาชน');
  expect(x.cell(SHEET, 'C9').value).toBe('จำนวน 1 โครงการ / 0 มาตรการ / 0 กิจกรรม / 1 รายการอื่น');
  expect(x.cell(SHEET, 'C13').value).toBe('จำนวน 0 โครงการ / 1 มาตรการ / 0 กิจกรรม');
  const v = await actions.validate({ highlight: false });
  expect(v.findings.filter((f) => f.severity === 'error')).toEqual([]);
});

test('the form refuses what it cannot use and writes nothing', async () => {
  const { x, actions } = setup();
  const out = await actions.insert({ ...FORM, province: 'ไม่มีจังหวัดนี้', firstYear: '2570', lastYear: '2566' });
  expect(out.ok).toBe(false);
  if (!out.ok) expect(Object.keys(out.errors).sort()).toEqual(['lastYear', 'province']);
  expect(x.sheetNames()).toEqual(['Sheet1']);
});

test('the version given is written on the metadata sheet, and the next form is filled from it', async () => {
  const { x, actions } = setup();
  await actions.insert({ ...FORM, version: '2' });
  expect(x.cell('ข้อมูลหน่วยงาน', 'B8').value).toBe('2');
  const filled = await actions.prefill(defaultForm());
  expect(filled).toMatchObject({ council: 'หนองแวง', district: 'เทพารักษ์', province: 'นครราชสีมา', type: 'อบต.', version: '2', firstYear: '2566', lastYear: '2570' });
});

test('validate → select → preview → apply → validate clean, with the syncs counted', async () => {
  const { x, actions } = setup();
  await actions.insert(FORM);
  typeItems(x);
  x.type(SHEET, 'D9', '5000');
  x.resetCounters();
  const v = await actions.validate({ highlight: false });
  expect(x.counters().syncs).toBe(1);
  expect(v.findings.map((f) => [f.code, f.cell])).toEqual([
    ['total-mismatch', 'D9'],
    ['total-mismatch', 'D22'],
  ]);
  expect(v.fixableCells).toEqual(['D9']);
  await actions.select(SHEET, 'D9');
  expect(x.selection()).toEqual({ sheet: SHEET, address: 'D9' });

  const preview = await actions.previewFixes(ALL_CATEGORIES);
  expect(preview.plan.changes.map((c) => [c.cell, c.after.formula])).toEqual([['D9', '=SUM(D6:D8)']]);
  x.resetCounters();
  const applied = await actions.applyFixes(preview.plan);
  expect(x.counters()).toMatchObject({ syncs: 2, suspends: 1, implicitSyncs: 0 });
  expect(applied).toEqual({ batch: 1, applied: 1 });
  expect(x.cell(SHEET, 'D9')).toMatchObject({ formula: '=SUM(D6:D8)', value: 10000 });
  // The total's number format is set by the fix, so the one it replaces is logged for undo.
  expect(x.values(LOG_SHEET)[1]).toEqual([1, '2568-05-14 09:30', SHEET, 'D9', 5000, 'ค่า', '=SUM(D6:D8)', expect.stringContaining('5,000'), 'แก้แล้ว', '"จำนวน "#,##0" บาท"']);
  const again = await actions.validate({ highlight: false });
  expect(again.findings).toEqual([]);
});

test('a cell changed after the preview stops the fix: nothing is written', async () => {
  const { x, actions } = setup();
  await actions.insert(FORM);
  typeItems(x);
  x.type(SHEET, 'D9', '5000');
  const preview = await actions.previewFixes(ALL_CATEGORIES);
  x.type(SHEET, 'D9', '7000');
  await expect(actions.applyFixes(preview.plan)).rejects.toMatchObject({ key: 'sheetChanged', params: { cells: 'D9' } });
  expect(x.cell(SHEET, 'D9').value).toBe(7000);
  expect(x.sheetNames()).not.toContain(LOG_SHEET);
});

test('undo puts the old values back from the log, once, and refuses when the cell changed since', async () => {
  const { x, actions } = setup();
  await actions.insert(FORM);
  typeItems(x);
  x.type(SHEET, 'D9', '5000');
  await actions.applyFixes((await actions.previewFixes(ALL_CATEGORIES)).plan);
  const undone = await actions.undo();
  expect(undone).toEqual({ batch: 1, restored: 1 });
  expect(x.cell(SHEET, 'D9')).toMatchObject({ value: 5000, formula: null });
  expect(x.values(LOG_SHEET)[1][8]).toBe('ย้อนแล้ว');
  expect(await actions.undo()).toBeNull();

  await actions.applyFixes((await actions.previewFixes(ALL_CATEGORIES)).plan);
  x.type(SHEET, 'D9', '123');
  await expect(actions.undo()).rejects.toMatchObject({ key: 'undoConflict' });
  expect(x.cell(SHEET, 'D9').value).toBe(123);
});

test('highlights are conditional formats of our own: the clerk’s fill stays, clearing removes only ours', async () => {
  const { x, actions } = setup();
  await actions.insert(FORM);
  typeItems(x);
  x.type(SHEET, 'D9', '5000');
  x.fill(SHEET, 'D9', '#FFFF00');
  x.resetCounters();
  const v = await actions.validate({ highlight: true });
  expect(x.counters().syncs).toBe(2);
  expect(v.highlighted).toBe(2);
  expect(x.sheet(SHEET)?.conditionalFormats).toEqual([expect.objectContaining({ formula: '=N("sujarit:error")=0', areas: ['D9', 'D22'] })]);
  expect(x.cell(SHEET, 'D9').format.fill).toBe('#FFFF00');
  // Validating again replaces the highlights instead of piling them up.
  await actions.validate({ highlight: true });
  expect(x.sheet(SHEET)?.conditionalFormats).toHaveLength(1);
  expect(await actions.clearHighlights()).toBe(1);
  expect(x.sheet(SHEET)?.conditionalFormats).toEqual([]);
  expect(x.cell(SHEET, 'D9').format.fill).toBe('#FFFF00');
});

test('format: a pasted table gets the official look and keeps every value', async () => {
  const { x, actions } = setup('1.17', ['แผน 2567']);
  const grid = sampleGrid(SAMPLE.nongchok);
  grid.rows.forEach((row, r) => row.forEach((v, c) => v !== null && x.type('แผน 2567', `${String.fromCharCode(65 + c)}${r + 1}`, typeof v === 'string' ? `'${v}` : v)));
  const before = x.values('แผน 2567');
  x.resetCounters();
  const out = await actions.format();
  expect(x.counters().syncs).toBeLessThanOrEqual(3);
  expect(out.found?.layout.en).toBe('Annual plan with quarters');
  expect(x.values('แผน 2567')).toEqual(before);
  const header = x.cell('แผน 2567', `A${out.found!.from}`);
  expect(header.format).toMatchObject({ 'font.bold': true, fill: '#DCE6F1', 'font.name': 'TH Sarabun New' });
});

test('readiness: errors block, a fixed sheet passes, and the suggested file name', async () => {
  const { x, actions } = setup();
  await actions.insert(FORM);
  typeItems(x);
  x.type(SHEET, 'D9', '5000');
  let r = await actions.readiness();
  expect(r.ready).toBe(false);
  expect(r.items.find((i) => i.id === 'errors')).toMatchObject({ status: 'fail', params: { n: 2 } });
  expect(r.items.find((i) => i.id === 'live-totals')).toMatchObject({ status: 'warn', params: { n: 1 } });
  await actions.applyFixes((await actions.previewFixes(ALL_CATEGORIES)).plan);
  r = await actions.readiness();
  expect(r.ready).toBe(true);
  expect(r.items.every((i) => i.status === 'pass')).toBe(true);
  expect(r.fileName).toBe('อบต.หนองแวง-แผนปฏิบัติการ-2566-2570-ฉบับที่1.xlsx');
});

test('Excel 2016 (ExcelApi 1.1): insert, validate and fix still work, in a few more syncs where needed', async () => {
  const { x, actions, host } = setup('1.1');
  expect(host.caps.nullObjects).toBe(false);
  const out = await actions.insert(FORM);
  expect(out.ok && out.missing.sort()).toEqual(['dropdowns', 'freeze', 'print']);
  expect(x.sheet(SHEET)?.merges).toEqual([]);
  typeItems(x);
  x.type(SHEET, 'D9', '5000');
  const v = await actions.validate({ highlight: true });
  expect(v.highlighted).toBe(0);
  x.resetCounters();
  await actions.applyFixes((await actions.previewFixes(ALL_CATEGORIES)).plan);
  expect(x.cell(SHEET, 'D9').formula).toBe('=SUM(D6:D8)');
  expect(x.values(LOG_SHEET)).toHaveLength(2);
});

test('Excel errors come back as messages the pane can show', async () => {
  const { actions } = setup();
  await expect(actions.select('ไม่มีแผ่นนี้', 'A1')).rejects.toBeInstanceOf(ActionError);
  await expect(actions.select('ไม่มีแผ่นนี้', 'A1')).rejects.toMatchObject({ key: 'errExcel' });
});
