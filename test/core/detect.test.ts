import { findHeaderBlocks, missingRoles } from '../../core/detect';
import { makeGrid, type CellValue } from '../../core/grid';
import { SAMPLE, sampleGrid } from '../helpers/samples';

const roles = (cols: { role: string; col: number; year: number | null; q: number | null }[]) =>
  cols.map((c) => [c.col, c.role, c.role === 'quarter' ? c.q : c.year]);

describe('header detection', () => {
  it('finds the multi-year header under title rows and maps every column, years included', () => {
    const [block] = findHeaderBlocks(sampleGrid(SAMPLE.pao));
    expect(block.layout.id).toBe('multi-year');
    expect([block.top, block.bottom]).toEqual([9, 10]);
    expect(roles(block.columns)).toEqual([
      [0, 'dimension', null], [1, 'mission', null], [2, 'title', null],
      [3, 'year-budget', 2566], [4, 'year-budget', 2567], [5, 'year-budget', 2568], [6, 'year-budget', 2569], [7, 'year-budget', 2570],
      [8, 'remark', null],
    ]);
  });

  it('survives the typo มติ in a repeated header', () => {
    const blocks = findHeaderBlocks(sampleGrid(SAMPLE.pao));
    const typo = blocks.find((b) => b.typos.length > 0);
    expect(typo?.layout.id).toBe('multi-year');
    expect(typo?.typos.map((t) => t.raw)).toEqual(['มติ', 'ภารกิจตามมติ']);
  });

  it('reads the annual layout: one year over four quarters, mixed digits "ปี ๒๕๖7"', () => {
    const blocks = findHeaderBlocks(sampleGrid(SAMPLE.nongchok));
    expect(blocks.length).toBeGreaterThanOrEqual(6);
    expect(blocks.every((b) => b.layout.id === 'annual' && missingRoles(b).length === 0)).toBe(true);
    expect(roles(blocks[2].columns).slice(3)).toEqual([[3, 'quarter', 1], [4, 'quarter', 2], [5, 'quarter', 3], [6, 'quarter', 4], [7, 'budget', null]]);
    expect(blocks[2].years.map((y) => y.year)).toEqual([2567]);
  });

  it('reads the results report\'s three header rows, its fiscal year spanning target and budget', () => {
    const [block] = findHeaderBlocks(sampleGrid(SAMPLE.muangnoi));
    expect(block.layout.id).toBe('results-report');
    expect([block.top, block.bottom]).toEqual([89, 91]);
    expect(roles(block.columns).map((r) => r[1])).toEqual(['title', 'target-group', 'budget', 'outputs', 'outcomes', 'period', 'remark']);
    expect(block.years.map((y) => y.year)).toEqual([2568]);
  });

  it('reads the ITA report\'s one header row', () => {
    const blocks = findHeaderBlocks(sampleGrid(SAMPLE.nongwaeng));
    expect(blocks).toHaveLength(5);
    expect(roles(blocks[0].columns).map((r) => r[1])).toEqual(['title', 'steps', 'responsible', 'period', 'outputs', 'outcomes']);
  });

  it('maps reordered columns, years written "งบประมาณ ปี 61", and reports a column it cannot place', () => {
    const rows: CellValue[][] = [
      ['โครงการ/กิจกรรม/มาตรการ', 'ภารกิจตามมิติ', 'งบประมาณ ปี 61', 'งบประมาณ ปี 62', 'ผู้ประสานงาน', 'มิติ'],
      ['๑) โครงการ ก', '1.1 x', '1,000', '1,000', 'นาย ก', '1. การสร้างวัฒนธรรมสุจริต'],
    ];
    const [block] = findHeaderBlocks(makeGrid('s', rows));
    expect(roles(block.columns)).toEqual([[0, 'title', null], [1, 'mission', null], [2, 'year-budget', 2561], [3, 'year-budget', 2562], [5, 'dimension', null]]);
    expect(block.unplaced).toEqual([{ col: 4, header: 'ผู้ประสานงาน' }]);
  });

  it('reports the columns a layout requires when they are missing', () => {
    const rows: CellValue[][] = [['มิติ', 'ภารกิจตามมิติ', 'โครงการ/กิจกรรม/มาตรการ', 'ปี 2567', null, null, 'งบประมาณ (บาท)'], [null, null, null, 'ไตรมาส 1', 'ไตรมาส 2', 'ไตรมาส 3']];
    const [block] = findHeaderBlocks(makeGrid('s', rows));
    expect(block.layout.id).toBe('annual');
    expect(missingRoles(block)).toEqual(['quarter']);
  });

  it('finds nothing in prose', () => {
    expect(findHeaderBlocks(makeGrid('s', [['แผนปฏิบัติการป้องกันการทุจริต'], ['โครงการ/กิจกรรม/มาตรการ และจำนวนงบประมาณ']]))).toEqual([]);
  });
});

describe('header detection on legacy and free-form tables', () => {
  const YEARS = [2561, 2562, 2563, 2564];
  const thai = (s: string) => s.replace(/[0-9]/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)]);

  it.each<[string, (y: number) => CellValue]>([
    ['2561', (y: number) => String(y)],
    ['a number cell 2561', (y: number) => y],
    ['ปี พ.ศ. ๒๕๖๑', (y: number) => `ปี พ.ศ. ${thai(String(y))}`],
    ['งบประมาณ ปี 61', (y: number) => `งบประมาณ ปี ${String(y).slice(2)}`],
    ['ปีงบประมาณ 2561', (y: number) => `ปีงบประมาณ ${y}`],
    ['ปี ๒๕๖1 (digits mixed)', (y: number) => `ปี ${thai(String(y).slice(0, 3))}${String(y).slice(3)}`],
  ])('reads years written %s as one budget column per year', (_, label) => {
    const rows: CellValue[][] = [['ภารกิจตามมิติ', 'โครงการ/กิจกรรม/มาตรการ', ...YEARS.map((y) => label(y)), 'หมายเหตุ']];
    const [block] = findHeaderBlocks(makeGrid('s', rows));
    expect(block.layout.id).toBe('legacy-multi-year');
    expect(roles(block.columns)).toEqual([[0, 'mission', null], [1, 'title', null], ...YEARS.map((y, i) => [2 + i, 'year-budget', y]), [6, 'remark', null]]);
  });

  it('reads งบประมาณ (บาท) merged over the year columns with the years below, and a label merged down once', () => {
    const rows: CellValue[][] = [
      ['ส่วนที่ ๒'],
      ['มิติ', 'ภารกิจตามมิติ', 'โครงการ/กิจกรรม/มาตรการ', 'งบประมาณ (บาท)', null, null, null, 'หมายเหตุ'],
      [null, null, null, ...YEARS.map((y) => `ปี ${y}`), null],
    ];
    const merges = [
      { top: 1, left: 3, bottom: 1, right: 6 },
      ...[0, 1, 2, 7].map((c) => ({ top: 1, left: c, bottom: 2, right: c })),
    ];
    const [block] = findHeaderBlocks(makeGrid('s', rows, merges));
    expect([block.top, block.bottom]).toEqual([1, 2]);
    expect(block.layout.id).toBe('multi-year');
    expect(roles(block.columns)).toEqual([
      [0, 'dimension', null], [1, 'mission', null], [2, 'title', null], ...YEARS.map((y, i) => [3 + i, 'year-budget', y]), [7, 'remark', null],
    ]);
    expect(block.columns.find((c) => c.role === 'remark')?.header).toBe('หมายเหตุ');
    expect(block.columns.find((c) => c.year === 2562)?.header).toBe('งบประมาณ (บาท) / ปี 2562');
  });

  it('needs no หมายเหตุ column, and reports an extra column it cannot place (read once, not per merged row)', () => {
    const rows: CellValue[][] = [
      ['ลำดับที่', 'โครงการ/กิจกรรม/มาตรการ', 'ผู้ประสานงาน', ...YEARS.map((y) => `ปี ${y}`), 'มิติ', 'ภารกิจตามมิติ'],
      [null, null, null, ...YEARS.map(() => 'งบประมาณ\n(บาท)'), null, null],
    ];
    const merges = [0, 1, 2, 7, 8].map((c) => ({ top: 0, left: c, bottom: 1, right: c }));
    const [block] = findHeaderBlocks(makeGrid('s', rows, merges));
    expect(missingRoles(block)).toEqual([]);
    expect(block.unplaced).toEqual([{ col: 2, header: 'ผู้ประสานงาน' }]);
    expect(roles(block.columns).map((r) => r[1])).toEqual(['number', 'title', 'year-budget', 'year-budget', 'year-budget', 'year-budget', 'dimension', 'mission']);
  });

  it('reads an annual table without a มิติ column: one year merged over four quarters', () => {
    const rows: CellValue[][] = [
      ['ภารกิจตามมิติ', 'โครงการ/กิจกรรม/มาตรการ', 'ปี 2567', null, null, null, 'งบประมาณ (บาท)'],
      [null, null, 'ไตรมาส 1', 'ไตรมาส 2', 'ไตรมาส 3', 'ไตรมาส 4', null],
    ];
    const merges = [{ top: 0, left: 2, bottom: 0, right: 5 }, ...[0, 1, 6].map((c) => ({ top: 0, left: c, bottom: 1, right: c }))];
    const [block] = findHeaderBlocks(makeGrid('s', rows, merges));
    expect(block.layout.id).toBe('annual');
    expect(roles(block.columns)).toEqual([[0, 'mission', null], [1, 'title', null], [2, 'quarter', 1], [3, 'quarter', 2], [4, 'quarter', 3], [5, 'quarter', 4], [6, 'budget', null]]);
    expect(block.years.map((y) => y.year)).toEqual([2567]);
    expect(missingRoles(block)).toEqual(['dimension']);
  });
});
