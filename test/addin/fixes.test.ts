/** The safe fixes: what they change on real-shaped tables, and what they never touch. */
import { makeGrid, type CellValue } from '../../core/grid';
import { validateGrid } from '../../core/validate';
import { ALL_CATEGORIES, applyToGrid, planFixes, type FixCategory } from '../../addin/fixes';
import { countIf, criterionLiteral, escapeWildcards, sumRange, wildcardRegExp } from '../../addin/fixes/formula-values';
import { fixLabelTypos, tidySpaces, unifyDigits } from '../../addin/fixes/text-fixes';
import { SAMPLE, sampleGrid } from '../helpers/samples';

const only = (...c: FixCategory[]) => ({ categories: new Set(c) });
const codes = (grid: ReturnType<typeof sampleGrid>) =>
  validateGrid(grid, { file: 'x' }).findings.reduce<Record<string, number>>((m, f) => ((m[f.code] = (m[f.code] ?? 0) + 1), m), {});

describe('text fixes', () => {
  test('invisible characters, odd and doubled spaces go; typed line breaks stay', () => {
    expect(tidySpaces('\u200Bโครงการ\u00A0อบรม  คุณธรรม ')).toBe('โครงการ อบรม คุณธรรม');
    expect(tidySpaces('โครงการอบรม\n(กองคลัง)')).toBe('โครงการอบรม\n(กองคลัง)');
    expect(tidySpaces('น้ํา')).toBe('น้ำ');
  });

  test('a number written in both scripts takes the script the cell mostly uses', () => {
    expect(unifyDigits('ปี ๒๕๖7')).toBe('ปี ๒๕๖๗');
    expect(unifyDigits('ปี 256๗ งบ 10,000')).toBe('ปี 2567 งบ 10,000');
    expect(unifyDigits('ปี ๒๕๖๗ และ 2568')).toBe('ปี ๒๕๖๗ และ 2568');
  });

  test('มติ is corrected in labels only; ภาระกิจ and มาตราการ everywhere', () => {
    expect(fixLabelTypos('มติที่ 1 การสร้างวัฒนธรรมสุจริต')).toBe('มิติที่ 1 การสร้างวัฒนธรรมสุจริต');
    expect(fixLabelTypos('ภาระกิจตามมติ')).toBe('ภารกิจตามมิติ');
  });

  test('on the Phetchaburi plan: wrap spaces inside dimension names and no-budget phrases, nothing in titles', () => {
    const grid = sampleGrid(SAMPLE.pao);
    const plan = planFixes(grid, only('spaces'));
    const a28 = plan.changes.find((c) => c.cell === 'A28');
    expect(a28?.before.value).toBe('๒. การบริหาร ราชการด้วย ความโปร่งใส');
    expect(a28?.after.value).toBe('๒. การบริหารราชการด้วยความโปร่งใส');
    expect(plan.changes.find((c) => c.cell === 'D19')?.after.value).toBe('ไม่ใช้งบประมาณ');
    // Titles keep their spaces: only the framework's own names are known to be one word.
    expect(plan.changes.filter((c) => c.col === 2)).toEqual([]);
  });
});

describe('totals', () => {
  test('the Nong Chok annual plan: every wrong or missing quarter and budget total is fixed', () => {
    const grid = sampleGrid(SAMPLE.nongchok);
    expect(codes(grid)['total-mismatch']).toBe(7);
    const plan = planFixes(grid, { categories: ALL_CATEGORIES });
    const fixed = codes(applyToGrid(grid, plan));
    expect(fixed['total-mismatch']).toBeUndefined();
    expect(fixed['summary-missing']).toBeUndefined();
    // The grand row adds up the dimension rows; the empty dimension 4 row gets its formulas.
    expect(plan.changes.find((c) => c.cell === 'D82')?.after.formula).toBe('=D40+D63+D71+D81');
    expect(plan.changes.find((c) => c.cell === 'D81')?.after).toMatchObject({ formula: '=COUNTIF(D72:D80,"✓")', value: expect.any(Number) });
    // Kinds cannot be counted where a title has no kind word: said, not guessed.
    expect(plan.skipped.map((s) => s.cell)).toEqual(['C71', 'C82']);
  });

  test('amounts typed as text become numbers first, so the SUMs that follow count them', () => {
    const grid = sampleGrid(SAMPLE.pao);
    const plan = planFixes(grid, only('amounts', 'totals'));
    expect(plan.changes.find((c) => c.cell === 'D12')?.after).toMatchObject({ value: 2000, formula: null, numberFormat: '#,##0' });
    const d27 = plan.changes.find((c) => c.cell === 'D27');
    expect(d27?.before.value).toBe('จำนวน ๓๔,๐๐๐ บาท');
    expect(d27?.after).toMatchObject({ formula: '=SUM(D12:D26)', value: 34000, numberFormat: '"จำนวน "#,##0" บาท"' });
    expect(d27?.reason.th).toContain('ค่าเท่าเดิม');
  });

  test('without the amounts converted a SUM would come out short, so a right typed total stays as it is', () => {
    const grid = sampleGrid(SAMPLE.pao);
    const plan = planFixes(grid, only('totals'));
    // D27 already says 34,000; =SUM over amounts typed as text would say 0.
    expect(plan.changes.find((c) => c.cell === 'D27')).toBeUndefined();
  });

  test('a wrong total without a workable formula is corrected as a value', () => {
    const rows: CellValue[][] = [
      ['มิติ', 'ภารกิจตามมิติ', 'โครงการ/กิจกรรม/มาตรการ', 'ปี 2566', 'ปี 2567', 'หมายเหตุ'],
      [null, null, null, 'งบประมาณ (บาท)', 'งบประมาณ (บาท)', null],
      ['1. การสร้างวัฒนธรรมสุจริต', '1.1 การเสริมสร้างจิตสำนึก', '1) โครงการอบรม', '5,000 บาท', 1000, null],
      [null, 'รวม', 'จำนวน 1 โครงการ', 9999, 1000, null],
      [null, 'รวมทั้งสิ้น', 'จำนวน 1 โครงการ', 9999, 1000, null],
    ];
    const grid = makeGrid('p', rows);
    const plan = planFixes(grid, only('totals'));
    expect(plan.changes.find((c) => c.cell === 'D4')?.after).toMatchObject({ value: 5000, formula: null });
    expect(plan.changes.find((c) => c.cell === 'E4')?.after).toMatchObject({ formula: '=SUM(E3:E3)', value: 1000 });
  });

  test('a formula already right is left alone; nothing at all to fix gives an empty plan', () => {
    const rows: CellValue[][] = [
      ['มิติ', 'ภารกิจตามมิติ', 'โครงการ/กิจกรรม/มาตรการ', 'ปี 2566', 'หมายเหตุ'],
      [null, null, null, 'งบประมาณ (บาท)', null],
      ['1. การสร้างวัฒนธรรมสุจริต', '1.1 การเสริมสร้างจิตสำนึก', '1) โครงการอบรม', 1000, null],
      [null, 'รวม', 'จำนวน 1 โครงการ / 0 มาตรการ / 0 กิจกรรม', 1000, null],
      [null, 'รวมทั้งสิ้น', 'จำนวน 1 โครงการ', 1000, null],
    ];
    const grid = {
      ...makeGrid('p', rows),
      formulas: {
        C4: '="จำนวน "&COUNTIF(C3:C3,"*) โครงการ*")&" โครงการ / "&COUNTIF(C3:C3,"*) มาตรการ*")&" มาตรการ / "&COUNTIF(C3:C3,"*) กิจกรรม*")&" กิจกรรม"',
        D4: '=SUM(D3:D3)',
        C5: '="จำนวน "&COUNTIF(C3:C4,"*) *")&" โครงการ"',
        D5: '=D4',
      },
    };
    expect(planFixes(grid, { categories: ALL_CATEGORIES }).changes).toEqual([]);
  });

  test('categories switched off are not touched', () => {
    const grid = sampleGrid(SAMPLE.nongchok);
    const plan = planFixes(grid, only('digits'));
    expect(plan.changes.map((c) => c.categories)).toEqual(plan.changes.map(() => ['digits']));
    expect(plan.changes.map((c) => c.cell)).toContain('D42');
  });

  test('every change keeps what it replaces', () => {
    const grid = sampleGrid(SAMPLE.nongchok);
    for (const c of planFixes(grid, { categories: ALL_CATEGORIES }).changes) {
      expect(c.before.value).toEqual(grid.rows[c.row]?.[c.col] ?? null);
      expect(c.sheet).toBe(grid.sheet);
    }
  });
});

describe('formula values as Excel computes them', () => {
  const grid = makeGrid('s', [['✓'], ['/'], [null], ['1) โครงการ ก'], ['2,000'], [500], ['*']]);
  test('COUNTIF wildcards, escapes and case', () => {
    expect(wildcardRegExp('*) โครงการ*').test('12) โครงการอบรม')).toBe(true);
    expect(wildcardRegExp('x').test('X')).toBe(true);
    expect(countIf(grid, { top: 0, left: 0, bottom: 6, right: 0 }, '✓')).toBe(1);
    expect(countIf(grid, { top: 0, left: 0, bottom: 6, right: 0 }, escapeWildcards('*'))).toBe(1);
    expect(countIf(grid, { top: 0, left: 0, bottom: 6, right: 0 }, '*')).toBe(5);
    expect(criterionLiteral('a"b')).toBe('"a""b"');
  });
  test('SUM skips text, even text that looks like a number', () => {
    expect(sumRange(grid, { top: 0, left: 0, bottom: 6, right: 0 })).toBe(500);
  });
});
