/** The New-sheet form: what clerks type, and what core gets. */
import { validateForm, defaultForm, switchKind, formFromMetadata, withVersion, type PlanForm } from '../../addin/plan-form';
import { blankWorkbookPlan, sheetPlanToGrid } from '../../core/sheet-plan';

const base: PlanForm = { ...defaultForm(), council: 'หนองแวง', district: 'เทพารักษ์', province: 'นครราชสีมา' };

test('a complete form gives core its options: the framework period, the names without prefixes', () => {
  const r = validateForm({ ...base, council: ' อบต.หนองแวง ', district: 'อำเภอเทพารักษ์', province: 'จ.นครราชสีมา' });
  expect(r).toEqual({
    ok: true,
    options: { kind: 'plan-multi-year', council: 'หนองแวง', type: 'อบต.', district: 'เทพารักษ์', province: 'นครราชสีมา', years: [2566, 2567, 2568, 2569, 2570] },
    version: 1,
    notes: [],
  });
});

test('Thai digits and C.E. years are read, the conversion is said', () => {
  const r = validateForm(switchKind({ ...base, firstYear: '๒๐๒๔' }, 'plan-annual', new Date(2024, 0, 1)));
  // switchKind set the fiscal year; the clerk then typed a C.E. year in Thai digits.
  const typed = validateForm({ ...switchKind(base, 'plan-annual', new Date(2024, 0, 1)), firstYear: '๒๐๒๔' });
  expect(typed.ok && typed.options.years).toEqual([2567]);
  expect(typed.ok && typed.notes).toEqual([{ key: 'noteYearConverted', params: { ce: 2024, be: 2567 } }]);
  expect(r.ok).toBe(true);
});

test('the fiscal year starts in October', () => {
  expect(switchKind(base, 'plan-annual', new Date(2024, 8, 30)).firstYear).toBe('2567');
  expect(switchKind(base, 'plan-annual', new Date(2024, 9, 1)).firstYear).toBe('2568');
  expect(switchKind(switchKind(base, 'ita-measures', new Date()), 'plan-multi-year', new Date())).toMatchObject({ firstYear: '2566', lastYear: '2570' });
});

test('each wrong field says what is wrong', () => {
  const r = validateForm({ ...base, council: 'ทต.หนองแวง', district: '', province: 'ปารีส', firstYear: '25', lastYear: '2580', version: 'x' });
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.errors).toEqual({
    council: { key: 'errCouncilType', params: { named: 'ทต.', chosen: 'อบต.' } },
    district: { key: 'errRequired' },
    province: { key: 'errProvince' },
    firstYear: { key: 'errYear' },
    version: { key: 'errVersion' },
  });
  const order = validateForm({ ...base, firstYear: '2570', lastYear: '2566' });
  expect(!order.ok && order.errors.lastYear).toEqual({ key: 'errYearOrder' });
  const span = validateForm({ ...base, firstYear: '2560', lastYear: '2575' });
  expect(!span.ok && span.errors.lastYear).toEqual({ key: 'errYearSpan' });
});

test('a provincial council (อบจ.) needs no district; Bangkok written short is understood', () => {
  const r = validateForm({ ...base, type: 'อบจ.', council: 'เพชรบุรี', district: '', province: 'เพชรบุรี' });
  expect(r.ok && r.options.district).toBe('');
  const bkk = validateForm({ ...base, province: 'กทม.' });
  expect(bkk.ok && bkk.options.province).toBe('กรุงเทพมหานคร');
});

test('the metadata sheet a plan was made with fills the next form, version included', () => {
  const plan = withVersion(blankWorkbookPlan({ kind: 'plan-annual', council: 'เมืองน้อย', type: 'อบต.', district: 'ธาตุพนม', province: 'นครพนม', years: [2568] }), 3);
  const meta = sheetPlanToGrid(plan.sheets[1]);
  expect(meta.rows.find((r) => r[0] === 'ฉบับที่')?.[1]).toBe('3');
  expect(formFromMetadata(meta, defaultForm())).toEqual({
    kind: 'plan-annual',
    type: 'อบต.',
    council: 'เมืองน้อย',
    district: 'ธาตุพนม',
    province: 'นครพนม',
    firstYear: '2568',
    lastYear: '2568',
    version: '3',
  });
  expect(formFromMetadata({ sheet: 'x', rows: [['ชื่อหน่วยงาน', '']], merges: [] }, defaultForm())).toBeNull();
});
