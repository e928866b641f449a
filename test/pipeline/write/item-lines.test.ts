import Papa from 'papaparse';
import type { ItemBlock } from '../../../pipeline/consolidate';
import type { PlanRows } from '../../../pipeline/counted-plan';
import { neutralise, runsAsFormula, toCsv, type CsvValue } from '../../../pipeline/write/csv';
import { ITEMS_PIECE, itemsCsvHeader, itemsCsvPieces } from '../../../pipeline/write/item-lines';

const YEARS = [2561, 2566, 2567, 2568, 2569, 2570];

/** An item's budgets as [year, amount] pairs, years ascending (counted-plan.ts's rows hold them so). */
type Pairs = [number, number][];

function rowsOf(items: { ref: string; title: string; responsible: string | null; cell: string; budgets: Pairs }[]): PlanRows {
  const budgets: number[] = [];
  for (const i of items) budgets.push(i.budgets.length, ...i.budgets.map(([y]) => y), ...i.budgets.map(([, a]) => a));
  return {
    ref: items.map((i) => i.ref),
    dimension: items.map((_, k) => (k % 4 === 3 ? null : String((k % 4) + 1))),
    mission: items.map((_, k) => (k % 4 === 3 ? null : `${(k % 4) + 1}.${(k % 3) + 1}`)),
    kind: items.map((_, k) => (['โครงการ', 'กิจกรรม', 'มาตรการ'] as const)[k % 3]),
    title: items.map((i) => i.title),
    responsible: items.map((i) => i.responsible),
    sheet: items.map(() => 'แผนฯ 2566-2570'),
    cell: items.map((i) => i.cell),
    budgets: Float64Array.from(budgets),
  };
}

/** Plans shaped like a national run's, with every kind of text items.csv must quote or neutralise. */
function blocks(n: number): ItemBlock[] {
  const out: ItemBlock[] = [];
  for (let b = 0; b < n; b++) {
    const items = Array.from({ length: 5 + (b % 40) }, (_, k) => ({
      ref: k === 0 && b % 7 === 0 ? '-1' : `${k + 1}`,
      title:
        k % 11 === 0 ? `=HYPERLINK("x${b}")` :
        k % 13 === 0 ? ' เริ่มด้วยช่องว่าง' :
        k % 17 === 0 ? 'โครงการ 🌱 ปลูกป่า' :
        `โครงการส่งเสริมคุณธรรม "รุ่นที่ ${k}", หมู่ ${k % 9}\nบรรทัดที่สอง`,
      responsible: k % 5 === 0 ? null : 'สำนักปลัด',
      cell: `B${k + 6}`,
      budgets: (k % 6 === 0 ? [] : k % 6 === 1 ? [[2561, 15000], [2566, 20000.5]] : [[2566, 20000 + k], [2567, -k], [2570, 1e9 + 0.25]]) as Pairs,
    }));
    out.push({
      province: b % 9 === 0 ? null : 'เชียงใหม่',
      district: b % 4 === 0 ? null : `อำเภอ${b % 6}`,
      council: `องค์การบริหารส่วนตำบลบ้าน${b}`,
      documentKind: b % 3 === 0 ? 'plan-annual' : 'plan-multi-year',
      file: `inbox/เชียงใหม่/council, ${b}.xlsx`,
      rows: rowsOf(items),
    });
  }
  return out;
}

/** The lines as a plain CSV of every item's values, one row at a time (what items.csv listed before it was written as bytes). */
function expectedRows(list: ItemBlock[]): CsvValue[][] {
  return list.flatMap((b) => {
    const r = b.rows;
    let at = 0;
    return r.ref.map((ref, i) => {
      const n = r.budgets[at];
      const years = Array.from(r.budgets.subarray(at + 1, at + 1 + n));
      const amounts = Array.from(r.budgets.subarray(at + 1 + n, at + 1 + 2 * n));
      at += 1 + 2 * n;
      const budget = (y: number) => (years.includes(y) ? amounts[years.indexOf(y)] : null);
      return [b.province, b.district, b.council, b.documentKind, ref, r.dimension[i], r.mission[i], r.kind[i], r.title[i], ...YEARS.map(budget), r.responsible[i], b.file, r.sheet[i], r.cell[i]];
    });
  });
}

describe('itemsCsvPieces', () => {
  const list = blocks(1500);
  const pieces = [...itemsCsvPieces(list, YEARS)];
  const bytes = Buffer.concat(pieces);

  it('writes the same bytes as the rows written line by line', () => {
    expect(bytes.equals(Buffer.from(toCsv(itemsCsvHeader(YEARS), expectedRows(list)), 'utf8'))).toBe(true);
  });

  it('writes columns of thousands of different texts, and texts met again after them, as they are', () => {
    // A plan of 3,000 items: refs, cells and units each its own (more than a column's kept texts),
    // then the first ones again, one of them a formula.
    const items = Array.from({ length: 3000 }, (_, k) => ({
      ref: k === 2999 ? '=1+1' : `1.${k % 2500}`,
      title: `รายการ ${k}`,
      responsible: k % 3 === 0 ? null : `กอง ${k % 1700}`,
      cell: `C${(k % 2600) + 7}`,
      budgets: [[2566, k]] as Pairs,
    }));
    const big: ItemBlock[] = [...blocks(3), { province: 'ลำพูน', district: null, council: 'เทศบาลตำบลริมปิง', documentKind: 'plan-multi-year', file: 'x.xlsx', rows: rowsOf(items) }, ...blocks(2)];
    const written = Buffer.concat([...itemsCsvPieces(big, YEARS)]);
    expect(written.equals(Buffer.from(toCsv(itemsCsvHeader(YEARS), expectedRows(big)), 'utf8'))).toBe(true);
    expect(written.toString('utf8')).toContain(",'=1+1,");
  });

  it('hands the file pieces of about a megabyte', () => {
    expect(pieces.length).toBeGreaterThan(3);
    for (const p of pieces.slice(0, -1)) {
      expect(p.length).toBeGreaterThanOrEqual(ITEMS_PIECE);
      expect(p.length).toBeLessThan(ITEMS_PIECE + 64 * 1024);
    }
  });

  it('reads back as every item\'s values, neutralised, none of them a formula', () => {
    const text = bytes.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    const rows = expectedRows(list);
    expect(parsed[0]).toEqual(itemsCsvHeader(YEARS));
    expect(parsed).toHaveLength(rows.length + 1);
    rows.forEach((r, i) => expect(parsed[i + 1]).toEqual(r.map((v) => neutralise(v))));
    expect(parsed.slice(1).flat().some((f) => runsAsFormula(f))).toBe(false);
    expect(parsed.slice(1).some((r) => r.includes('โครงการ 🌱 ปลูกป่า'))).toBe(true);
  });
});
