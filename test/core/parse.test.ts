/**
 * The seed documents' tables, parsed and validated: the acceptance figures of the plan model.
 * Samples hold the seed tables verbatim (seed 004 line L is line L-214 of the PAO sample).
 */
import { parseGrid } from '../../core/parse';
import type { Finding, Item } from '../../core/schema';
import { computeTotals } from '../../core/totals';
import { validateGrid } from '../../core/validate';
import { SAMPLE, sampleGrid, sampleLines } from '../helpers/samples';

const codes = (findings: Finding[], code: string) => findings.filter((f) => f.code === code);
const cells = (findings: Finding[], code: string) => codes(findings, code).map((f) => f.cell);

describe('seed 004: อบจ.เพชรบุรี multi-year plan 2566-2570 (lines 224-302)', () => {
  const grid = sampleLines(SAMPLE.pao, 224 - 214, 302 - 214);
  const { doc } = parseGrid(grid, { file: 'seed-004' });
  const totals = computeTotals(doc);

  it('finds the official multi-year layout, repeated page by page', () => {
    expect(doc.kind).toBe('plan-multi-year');
    expect(doc.framework).toBe('current');
    expect(doc.tables.length).toBe(9);
    expect(doc.tables.every((t) => t.layout === 'multi-year' && t.missing.length === 0)).toBe(true);
    expect(doc.metadata.years).toEqual([2566, 2567, 2568, 2569, 2570]);
  });

  it('parses exactly 48 items, 9 / 28 / 5 / 6 by dimension', () => {
    expect(doc.items).toHaveLength(48);
    expect(doc.items.map((i) => i.number)).toEqual(Array.from({ length: 48 }, (_, i) => i + 1));
    expect(Object.fromEntries(Object.entries(totals.byDimension).map(([d, t]) => [d, t.items]))).toEqual({ 1: 9, 2: 28, 3: 5, 4: 6 });
  });

  it('reads the kind from each title: 23 โครงการ, 17 มาตรการ, 8 กิจกรรม', () => {
    expect(totals.grand.byKind).toEqual({ โครงการ: 23, มาตรการ: 17, กิจกรรม: 8, อื่น: 0 });
    const item37 = doc.items.find((i) => i.number === 37) as Item;
    expect(item37.kind).toBe('โครงการ'); // "โครงการมาตรการกระจายอำนาจ…": the first word wins
  });

  it('sums the budgets: 74,000 in 2566 and 76,000 in each of 2567-2570', () => {
    expect(totals.grand.budgetByYear).toEqual({ 2566: 74000, 2567: 76000, 2568: 76000, 2569: 76000, 2570: 76000 });
    expect(totals.byDimension['1'].budgetByYear['2566']).toBe(34000);
    expect(totals.byDimension['1'].budgetByYear['2567']).toBe(36000);
    expect(totals.byDimension['3'].budgetByYear['2568']).toBe(40000);
    expect(totals.byDimension['2'].budgetByYear['2570']).toBe(0);
    expect(totals.byDimension['4'].budgetByYear['2566']).toBe(0);
  });

  it('keeps "-" (not planned) apart from "ไม่ใช้งบประมาณ" (runs without money): items 6, 7 and 30 are not planned in 2566', () => {
    const notPlanned2566 = doc.items.filter((i) => i.budgets.find((b) => b.year === 2566)?.notPlanned).map((i) => i.number);
    expect(notPlanned2566).toEqual([6, 7, 30]);
    expect(totals.grand.plannedByYear['2566']).toBe(45);
    const item2 = doc.items[1];
    expect(item2.budgets.every((b) => b.status === 'no-budget' && !b.usesBudget && !b.notPlanned)).toBe(true);
    const item5 = doc.items[4]; // "ไม่ใช้งบ ประมาณ" with a wrap space
    expect(item5.budgets.map((b) => b.status)).toEqual(Array(5).fill('no-budget'));
  });

  it('carries the merged dimension and mission cells forward, across repeated header blocks', () => {
    const item4 = doc.items[3]; // first row after a repeated header: dimension and mission cells empty
    expect([item4.dimension, item4.mission]).toEqual(['1', '1.1']);
    const item15 = doc.items[14]; // after the header written with the typo มติ
    expect([item15.dimension, item15.mission]).toEqual(['2', '2.2']);
    expect(doc.items[47].mission).toBe('4.3');
  });

  it('keeps the source cell of every value', () => {
    const item1 = doc.items[0];
    expect(item1.source).toEqual({ sheet: grid.sheet, cell: 'C3', row: 3, column: 3 });
    expect(item1.budgets[0].source.cell).toBe('D3');
    expect(item1.budgets[0].raw).toBe('๒,๐๐๐');
    expect(item1.responsible).toBe('กองการเจ้าหน้าที่');
  });

  it('reads every stated summary row, and every stated total checks out', () => {
    expect(doc.summaries.map((s) => s.scope)).toEqual(['dimension', 'dimension', 'dimension', 'dimension', 'grand']);
    expect(doc.summaries[0].count?.byKind).toEqual({ โครงการ: 8, มาตรการ: 1, กิจกรรม: 0, อื่น: 0 });
    expect(doc.summaries[4].count?.total).toBe(48);
    const { findings } = validateGrid(grid, { file: 'seed-004' });
    expect(codes(findings, 'total-mismatch')).toEqual([]);
    expect(codes(findings, 'count-mismatch')).toEqual([]);
    expect(codes(findings, 'summary-missing')).toEqual([]);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('reports the header typo มติ and the ดุลพินิจ spelling as low-severity variants', () => {
    const { findings } = validateGrid(grid, { file: 'seed-004' });
    const variants = codes(findings, 'name-variant');
    expect(variants.map((f) => f.severity)).toEqual(variants.map(() => 'info'));
    expect(variants.map((f) => f.value)).toEqual(expect.arrayContaining(['มติ', 'ภารกิจตามมติ']));
    expect(variants.some((f) => f.value?.includes('ดุลพินิจ'))).toBe(true);
  });
});

describe('seed 000: ทต.หนองจอก annual plan 2567 (lines 26-82)', () => {
  const grid = sampleLines(SAMPLE.nongchok, 1, 82);
  const { doc } = parseGrid(grid, { file: 'seed-000' });
  const totals = computeTotals(doc);
  const { findings } = validateGrid(grid, { file: 'seed-000' });

  it('reads the council, district, province and fiscal year from the title rows', () => {
    expect(doc.kind).toBe('plan-annual');
    expect(doc.metadata).toMatchObject({ council: 'เทศบาลตำบลหนองจอก', type: 'ทต.', district: 'ท่ายาง', province: 'เพชรบุรี', fiscalYear: 2567 });
    expect(doc.tables.every((t) => t.years.every((y) => y.year === 2567))).toBe(true); // "ปี ๒๕๖7" too
  });

  it('parses 36 items (10 / 16 / 4 / 6) with a budget of 25,000', () => {
    expect(doc.items).toHaveLength(36);
    expect(Object.fromEntries(Object.entries(totals.byDimension).map(([d, t]) => [d, t.items]))).toEqual({ 1: 10, 2: 16, 3: 4, 4: 6 });
    expect(totals.grand.budget).toBe(25000);
    expect(totals.grand.byKind['อื่น']).toBe(1); // "(2) ส่งเสริมการมีส่วน ร่วม…" has no kind word
  });

  it('splits the cell that holds three items, and the cell that names two missions', () => {
    const m12 = doc.items.filter((i) => i.mission === '1.2');
    expect(m12.map((i) => i.ref)).toEqual(['1.2.(1)', '1.2.(2)', '1.2.(3)']);
    expect(m12.map((i) => i.splitIndex)).toEqual([0, 1, 2]);
    expect(doc.items.filter((i) => i.dimension === '3').map((i) => i.ref)).toEqual(['3.1.(1)', '3.1.(2)', '3.2.(1)', '3.3.(1)']);
  });

  it('reports total-mismatch for dimension 1 Q3, dimension 3 Q2 and Q3, and the four grand-total quarter cells', () => {
    expect(cells(findings, 'total-mismatch')).toEqual(['F40', 'E71', 'F71', 'D82', 'E82', 'F82', 'G82']);
    const grandQ1 = codes(findings, 'total-mismatch').find((f) => f.cell === 'D82');
    expect(grandQ1).toMatchObject({ value: '25,000', expected: '27', severity: 'error' });
    expect(grandQ1?.message).toContain('ไตรมาส 1');
    expect(grandQ1?.messageEn).toContain('quarter 1');
  });

  it("reports dimension 4's empty summary row", () => {
    expect(codes(findings, 'summary-missing').map((f) => [f.cell, f.severity])).toEqual([['D81', 'error']]);
  });

  it('reports the tick in the budget column of item 1.1.(6)', () => {
    const ticks = codes(findings, 'tick-outside-quarter');
    expect(ticks.map((f) => f.cell)).toEqual(['H33']);
    expect(ticks[0].message).toContain('1.1.(6)');
  });

  it('states no count that differs from the items', () => {
    expect(codes(findings, 'count-mismatch')).toEqual([]);
  });
});

describe('seed 000 whole document: the detail pages against the plan', () => {
  const { findings } = validateGrid(sampleGrid(SAMPLE.nongchok), { file: 'seed-000' });

  it('reports item 3.1.(1): 10,000 in the plan, ไม่ใช้งบประมาณ in its detail', () => {
    const mismatch = codes(findings, 'detail-mismatch');
    expect(mismatch).toHaveLength(1);
    expect(mismatch[0]).toMatchObject({ value: 'ไม่ใช้งบประมาณ', expected: '10,000' });
  });

  it('reports the template text left in a detail page', () => {
    expect(codes(findings, 'placeholder-text').map((f) => f.value)).toEqual(['ระบุงบประมาณที่ใช้ดำเนินการ']);
  });

  it('does not read words such as "รับผิดชอบตามหลัก" as another council', () => {
    expect(codes(findings, 'org-mismatch')).toEqual([]);
  });
});

describe('seed 003: อบต.เมืองน้อย results report 2568', () => {
  const grid = sampleGrid(SAMPLE.muangnoi);
  const { doc } = parseGrid(grid, { file: 'seed-003' });
  const { findings } = validateGrid(grid, { file: 'seed-003' });

  it('is a results report for fiscal year 2568 with 14 items under their heading lines', () => {
    expect(doc.kind).toBe('results-report');
    expect(doc.metadata.fiscalYear).toBe(2568);
    expect(doc.tables).toHaveLength(14);
    expect(doc.items).toHaveLength(14);
    expect(doc.items[0]).toMatchObject({ dimension: '1', mission: '1.1', kind: 'โครงการ' });
    expect(doc.items.find((i) => i.title.startsWith('โครงการจัดเวทีประชาคม'))?.budgets[0]).toMatchObject({ amount: 8500, year: 2568 });
  });

  it('joins an item broken over two rows (a <p> continuation row)', () => {
    const item = doc.items.find((i) => i.title.startsWith('มาตรการแสดงเจตนารมณ์'));
    expect(item?.title).toContain('การนำหลักคุณธรรมมาใช้');
    expect(item?.budgets[0].status).toBe('no-budget');
  });

  it('reports year-mismatch for each of the two tables headed ๒๕๖๗', () => {
    expect(codes(findings, 'year-mismatch').map((f) => [f.cell, f.value, f.expected])).toEqual([
      ['B194', '2567', '2568'],
      ['B222', '2567', '2568'],
    ]);
  });

  it('reports the placeholder "ระบุชื่อองค์กรปกครองส่วนท้องถิ่น"', () => {
    const values = codes(findings, 'placeholder-text').map((f) => f.value ?? '');
    expect(values.some((v) => v.startsWith('ระบุชื่อองค์กรปกครองส่วนท้องถิ่น'))).toBe(true);
  });

  it('reports the other council named in the preface, and mission 4.2 written with 4.3\'s name', () => {
    expect(codes(findings, 'org-mismatch').map((f) => f.value)).toEqual(['องค์การบริหารส่วนตำบลดงพระราม']);
    expect(codes(findings, 'mission-code-conflict').map((f) => f.expected)).toEqual(['4.3', '4.3']);
  });
});

describe('seed 001: อบต.หนองแวง ITA measures 2568', () => {
  const grid = sampleGrid(SAMPLE.nongwaeng);
  const { doc } = parseGrid(grid, { file: 'seed-001' });
  const { findings } = validateGrid(grid, { file: 'seed-001' });

  it('reads the ITA layout and splits the cell that holds measures ๒ and ๓', () => {
    expect(doc.kind).toBe('ita-measures');
    expect(doc.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(doc.items[0].period).toBe('ตุลาคม ๒๕๖๗ - เมษายน ๒๕๖๘');
  });

  it('reports org-mismatch for its two conflicting district/province pairs', () => {
    const mismatches = codes(findings, 'org-mismatch').filter((f) => f.severity === 'error');
    expect(mismatches.map((f) => [f.value, f.expected])).toEqual([
      ['นาดูน', 'เทพารักษ์'],
      ['ขอนแก่น', 'นครราชสีมา'],
    ]);
    expect(mismatches.every((f) => f.cell === 'A15')).toBe(true);
  });

  it('reports the council name spelled หนองแขวง as a warning', () => {
    const spelling = codes(findings, 'org-mismatch').filter((f) => f.severity === 'warning');
    expect(spelling.map((f) => f.value)).toEqual(['องค์การบริหารส่วนตำบลหนองแขวง']);
  });
});

describe('a project-detail sheet (one row per item) beside the plan', () => {
  it('reads ลำดับที่ as mission and number, and checks each row against the plan', () => {
    const { makeGrid } = jest.requireActual('../../core/grid') as typeof import('../../core/grid');
    const { validateGrids } = jest.requireActual('../../core/validate') as typeof import('../../core/validate');
    const plan = sampleLines(SAMPLE.nongchok, 1, 82);
    const detail = makeGrid('รายละเอียดโครงการ', [
      ['ลำดับที่', 'ชื่อโครงการ', 'วัตถุประสงค์', 'กลุ่มเป้าหมาย', 'งบประมาณดำเนินการ (บาท)', 'ผู้รับผิดชอบ'],
      ['1.1.1.(4)', 'โครงการฝึกอบรมการส่งเสริมคุณธรรมจริยธรรมบุคลากร', 'เพื่อส่งเสริม…', 'บุคลากร 55 คน', '15,000', 'สำนักปลัด'],
      ['3.3.1.(1)', 'โครงการจัดเวทีประชาคม', 'เพื่อรับฟัง…', 'ประชาชน', 'ไม่ใช้งบประมาณ', 'สำนักปลัด'],
    ]);
    const result = validateGrids([plan, detail], { file: 'nongchok.xlsx' });
    const detailDoc = result.documents.find((d) => d.kind === 'project-detail');
    expect(detailDoc?.items.map((i) => [i.mission, i.number])).toEqual([['1.1', 4], ['3.1', 1]]);
    const mismatch = result.findings.filter((f) => f.code === 'detail-mismatch');
    expect(mismatch.map((f) => [f.sheet, f.cell, f.value, f.expected])).toEqual([['รายละเอียดโครงการ', 'E3', 'ไม่ใช้งบประมาณ', '10,000']]);
    expect(result.main?.kind).toBe('plan-annual');
  });
});
