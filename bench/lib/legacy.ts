/**
 * A legacy 2561-2564 plan (shared/docs/legacy-framework.md): four year columns, no มิติ column, the
 * dimension as a heading line above each block with the header repeated under it, the mission cell
 * written once per mission, a รวม row per block and a รวมทั้งสิ้น row at the end. Items are the
 * seed items' titles and budgets re-dealt over the legacy missions. Deterministic.
 */
import { LEGACY_FRAMEWORK } from '../../core/framework';
import type { CellValue } from '../../core/grid';
import type { Item } from '../../core/schema';
import { toThaiDigits } from '../../core/thai';
import { fullName, rng, type PlanSpec } from '../../samples/generate';

export const LEGACY_YEARS = [2561, 2562, 2563, 2564];

export interface LegacyLayout {
  rows: CellValue[][];
  /** Rows of the header blocks, the item rows. */
  header: number[];
  items: number[];
}

export function legacyRows(spec: PlanSpec, seedItems: Item[]): LegacyLayout {
  const rand = rng(spec.seed);
  const d = (s: string) => (spec.thaiDigits ? toThaiDigits(s) : s);
  const money = (n: number): CellValue => (spec.thaiDigits ? toThaiDigits(n.toLocaleString('en-US')) : n);
  const council = fullName(spec.council);
  const rows: CellValue[][] = [
    [d(`แผนปฏิบัติการป้องกันการทุจริต 4 ปี (พ.ศ. ${LEGACY_YEARS[0]} – ${LEGACY_YEARS[3]})`)],
    [`${council} อำเภอ${spec.council.district} จังหวัด${spec.council.province}`],
    [],
  ];
  const header: number[] = [];
  const items: number[] = [];
  const picked = [...seedItems].sort(() => rand() - 0.5).slice(0, Math.max(4, Math.min(spec.size, seedItems.length)));
  const missions = LEGACY_FRAMEWORK.missions;
  // Every legacy mission gets the items whose index falls on it; framework order, as plans are written.
  const byMission = new Map<string, Item[]>();
  picked.forEach((item, i) => {
    const m = missions[(i * 7 + Math.floor(rand() * 3)) % missions.length];
    byMission.set(m.code, [...(byMission.get(m.code) ?? []), item]);
  });
  const scale = [0.5, 1, 1, 2][Math.floor(rand() * 4)];
  let n = 0;
  const grand = [0, 0, 0, 0];
  for (const dim of LEGACY_FRAMEWORK.dimensions) {
    const own = missions.filter((m) => m.code.startsWith(`${dim.code}.`) && byMission.has(m.code));
    if (own.length === 0) continue;
    rows.push([d(`มิติที่ ${dim.code}. ${dim.name}`)]);
    header.push(rows.length, rows.length + 1);
    rows.push(['ภารกิจตามมิติ', 'โครงการ/กิจกรรม/มาตรการ', ...LEGACY_YEARS.map((y) => d(`ปี ${y}`)), 'หมายเหตุ']);
    rows.push([null, null, ...LEGACY_YEARS.map(() => 'งบประมาณ (บาท)'), null]);
    const sums = [0, 0, 0, 0];
    let count = 0;
    for (const mission of own) {
      (byMission.get(mission.code) ?? []).forEach((item, i) => {
        n++;
        count++;
        const base = item.budgets.find((b) => b.status === 'amount' && b.amount > 0)?.amount ?? 0;
        const amount = Math.round((base * scale) / 500) * 500;
        const cells = LEGACY_YEARS.map((_, y) => {
          if (amount === 0) return 'ไม่ใช้งบประมาณ';
          if (y === 0 && rand() < 0.1) return '-';
          sums[y] += amount;
          return money(amount);
        });
        const title = item.title.replace(/องค์(?:การ|กร)\s*บริหาร\s*ส่วน\s*จังหวัด\s*เพชรบุรี/g, council);
        items.push(rows.length);
        rows.push([i === 0 ? d(`${mission.code} ${mission.name}`) : null, d(`${n}) ${title}`), ...cells, item.responsible ?? 'สำนักปลัด']);
      });
    }
    sums.forEach((s, y) => (grand[y] += s));
    rows.push(['รวม', d(`จำนวน ${count} โครงการ`), ...sums.map((s) => d(s.toLocaleString('en-US'))), null]);
  }
  rows.push(['รวมทั้งสิ้น', d(`จำนวน ${n} โครงการ`), ...grand.map((s) => d(s.toLocaleString('en-US'))), null]);
  return { rows, header, items };
}
