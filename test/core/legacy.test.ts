/**
 * A legacy 2561-2564 plan, built from legacy-framework.md's names in the legacy layout: the
 * dimension is a heading line above each block and the table has no มิติ column.
 */
import { makeGrid, type CellValue } from '../../core/grid';
import { LEGACY_FRAMEWORK, LEGACY_MAPPING } from '../../core/framework';
import { toCurrentFramework } from '../../core/legacy';
import { parseGrid } from '../../core/parse';
import { computeTotals } from '../../core/totals';
import { validateGrid } from '../../core/validate';

const HEADER: CellValue[] = ['ภารกิจตามมิติ', 'โครงการ/กิจกรรม/มาตรการ', 'ปี ๒๕๖๑', 'ปี ๒๕๖๒', 'ปี ๒๕๖๓', 'ปี ๒๕๖๔', 'หมายเหตุ'];
const SUB: CellValue[] = [null, null, 'งบประมาณ\n(บาท)', 'งบประมาณ\n(บาท)', 'งบประมาณ\n(บาท)', 'งบประมาณ\n(บาท)', null];
const thai = (s: string) => s.replace(/[0-9]/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)]);

/** One item per legacy mission, the first mission cell holding its sub-item too (as source B prints it). */
function legacyPlan(): { rows: CellValue[][]; missions: string[] } {
  const rows: CellValue[][] = [
    ['แผนปฏิบัติการป้องกันการทุจริต 4 ปี (พ.ศ. 2561 – 2564)'],
    ['องค์การบริหารส่วนตำบลหนองแวง อำเภอเทพารักษ์ จังหวัดนครราชสีมา'],
    [],
  ];
  const missions: string[] = [];
  let n = 0;
  for (const dim of LEGACY_FRAMEWORK.dimensions) {
    rows.push([`มิติที่ ${dim.code}. ${dim.name}`]);
    rows.push([...HEADER], [...SUB]);
    const total = [0, 0, 0, 0];
    let count = 0;
    for (const mission of LEGACY_FRAMEWORK.missions.filter((m) => m.code.startsWith(`${dim.code}.`))) {
      n++;
      count++;
      missions.push(mission.code);
      const sub = LEGACY_FRAMEWORK.subMissions.find((s) => s.code.startsWith(`${mission.code}.`));
      const cell = n === 1 && sub ? `${thai(mission.code)} ${mission.name} ${sub.code} ${sub.name}` : `${thai(mission.code)} ${mission.name}`;
      const amount = n % 3 === 0 ? 5000 : 0;
      for (let y = 0; y < 4; y++) total[y] += amount;
      rows.push([cell, `${thai(String(n))}) โครงการทดสอบที่ ${n}`, ...[0, 1, 2, 3].map(() => (amount ? thai('5,000') : 'ไม่ใช้งบประมาณ')), 'สำนักปลัด']);
    }
    rows.push(['รวม', `จำนวน ${count} โครงการ`, ...total.map((t) => `${t.toLocaleString('en-US')}`), null]);
  }
  return { rows, missions };
}

describe('a legacy 2561-2564 plan', () => {
  const { rows, missions } = legacyPlan();
  const grid = makeGrid('แผน 4 ปี', rows);
  const { doc } = parseGrid(grid, { file: 'legacy' });

  it('is detected as the legacy framework and the legacy multi-year layout', () => {
    expect(doc.framework).toBe('legacy');
    expect(doc.kind).toBe('plan-multi-year');
    expect(new Set(doc.tables.map((t) => t.layout))).toEqual(new Set(['legacy-multi-year']));
    expect(doc.metadata.years).toEqual([2561, 2562, 2563, 2564]);
  });

  it('takes each block\'s dimension from the heading line above it', () => {
    expect(doc.items).toHaveLength(15);
    expect(doc.items.map((i) => i.mission)).toEqual(missions);
    expect(doc.items.every((i) => i.dimension === i.mission?.split('.')[0])).toBe(true);
    expect(doc.items[0].subMission).toBe('1.1.1');
  });

  it('maps every item by meaning to a 2566-2570 mission, as legacy-framework.md says', () => {
    for (const item of doc.items) {
      const expected = LEGACY_MAPPING[item.subMission ?? ''] ?? LEGACY_MAPPING[item.mission ?? ''];
      expect(item.legacy).toMatchObject({ mission: item.mission, target: expected.target, certainty: expected.certainty });
    }
    const byMission = Object.fromEntries(doc.items.map((i) => [i.mission, i.legacy?.target]));
    expect(byMission).toMatchObject({ '3.1': '2.1', '3.3': '3.1', '4.3': '4.2', '4.4': '3.3', '2.5': '4.3' });
  });

  it('reports legacy-mapping-uncertain for the items whose mapping a person must decide, and no other error', () => {
    const { findings } = validateGrid(grid, { file: 'legacy' });
    const uncertain = findings.filter((f) => f.code === 'legacy-mapping-uncertain');
    const expected = doc.items.filter((i) => i.legacy?.certainty === 'uncertain');
    expect(uncertain.map((f) => f.cell)).toEqual(expected.map((i) => i.source.cell));
    expect(uncertain.length).toBeGreaterThanOrEqual(2); // 2.4 honouring, 4.2 public oversight
    expect(doc.items.every((i) => i.legacy?.target || i.legacy?.certainty === 'uncertain')).toBe(true);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('maps to a document of the parsed one\'s fields in their order, its own lists copied', () => {
    // One shape for parsed and mapped plans: the code that counts both is compiled for one.
    const mapped = toCurrentFramework(doc, { keepUnmapped: true }).doc;
    expect(mapped.framework).toBe('current');
    expect(Object.keys(mapped)).toEqual(Object.keys(doc));
    expect(Object.keys(mapped.metadata)).toEqual(Object.keys(doc.metadata));
    expect(mapped.metadata).toEqual(doc.metadata);
    expect(mapped.metadata.years).not.toBe(doc.metadata.years);
    expect(mapped.metadata.mentions).not.toBe(doc.metadata.mentions);
    expect(mapped.tables).toBe(doc.tables);
    expect(mapped.details).toBe(doc.details);
  });

  it('totals the legacy budgets per year', () => {
    expect(computeTotals(doc).grand.budgetByYear).toEqual({ 2561: 25000, 2562: 25000, 2563: 25000, 2564: 25000 });
  });
});
