/**
 * Real-shaped council plans generated from the seed documents' own items: the อบจ.เพชรบุรี plan's
 * 48 items (titles, kinds, dimensions, missions, budgets) re-dealt to other councils, written in
 * the official layouts with correct stated totals, or with a chosen defect. Deterministic: the
 * same seed number gives the same plan. Used by the samples and by the benchmark corpus.
 */
import { CURRENT_FRAMEWORK, findTaxon } from '../core/framework';
import type { CellValue } from '../core/grid';
import type { Item, ItemKind, OrgType } from '../core/schema';
import { ORG_TYPE_NAMES, toThaiDigits } from '../core/thai';

export interface CouncilSpec {
  type: OrgType;
  name: string;
  district: string;
  province: string;
  code?: string;
}

export type Defect = 'none' | 'total' | 'count' | 'amount' | 'tick';

export interface PlanSpec {
  council: CouncilSpec;
  layout: 'multi-year' | 'annual';
  years: number[];
  /** How many items, 10-48 (taken from the seed items in a shuffled order). */
  size: number;
  seed: number;
  defect: Defect;
  /** Thai digits in numbers and headings, as many PDF-derived files have. */
  thaiDigits: boolean;
}

export function fullName(c: CouncilSpec): string {
  const t = ORG_TYPE_NAMES.find((x) => x.type === c.type);
  return `${t?.full ?? ''}${c.name}`;
}

/** A small deterministic generator (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Row {
  item: Item;
  amounts: (number | 'none' | 'dash')[];
  quarters: boolean[];
}

/** The seed items re-dealt: a subset in framework order, budgets scaled per council. */
function dealItems(spec: PlanSpec, seedItems: Item[]): Row[] {
  const rand = rng(spec.seed);
  const picked = [...seedItems].sort(() => rand() - 0.5).slice(0, Math.max(4, Math.min(spec.size, seedItems.length)));
  picked.sort((a, b) => seedItems.indexOf(a) - seedItems.indexOf(b));
  const scale = [0.5, 1, 1, 1.5, 2, 3][Math.floor(rand() * 6)];
  return picked.map((item) => {
    const base = item.budgets.find((b) => b.status === 'amount' && b.amount > 0)?.amount ?? 0;
    const uses = base > 0 || rand() < 0.15;
    const amount = Math.round(((base || 5000) * scale) / 500) * 500;
    const amounts = spec.years.map((_, y) => (uses ? (y === 0 && rand() < 0.1 ? 'dash' : amount) : rand() < 0.05 ? 'dash' : 'none')) as Row['amounts'];
    const q = Math.floor(rand() * 4);
    const quarters = [0, 1, 2, 3].map((i) => i === q || (rand() < 0.1 && i !== q));
    return { item, amounts, quarters };
  });
}

const digits = (spec: PlanSpec, s: string) => (spec.thaiDigits ? toThaiDigits(s) : s);
const money = (spec: PlanSpec, n: number): CellValue => (spec.thaiDigits ? toThaiDigits(n.toLocaleString('en-US')) : n);

function countText(spec: PlanSpec, rows: Row[], grand: boolean): string {
  if (grand) return digits(spec, `จำนวน ${rows.length} โครงการ`);
  const kinds: ItemKind[] = ['โครงการ', 'มาตรการ', 'กิจกรรม'];
  const parts = kinds.map((k) => [k, rows.filter((r) => r.item.kind === k).length] as const).filter(([, n]) => n > 0);
  return digits(spec, `จำนวน ${parts.map(([k, n]) => `${n} ${k}`).join(' / ')}`);
}

function title(spec: PlanSpec, n: number, item: Item, council: string): string {
  // The seed's own council, however the PDF wrapped or misspelt it, becomes the generated council.
  const text = item.title.replace(/องค์(?:การ|กร)\s*บริหาร\s*ส่วน\s*จังหวัด\s*เพชรบุรี/g, council);
  return digits(spec, spec.layout === 'annual' ? `(${n}) ${text}` : `${n}) ${text}`);
}

/** The rows of one council's plan sheet, title rows first. */
export function planRows(spec: PlanSpec, seedItems: Item[]): CellValue[][] {
  const council = fullName(spec.council);
  const rows = dealItems(spec, seedItems);
  const span = spec.years.length > 1 ? `(พ.ศ. ${spec.years[0]} - ${spec.years[spec.years.length - 1]})` : `ประจำปีงบประมาณ พ.ศ. ${spec.years[0]}`;
  const out: CellValue[][] = [
    [digits(spec, `แผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส ${span}`)],
    [`${council} อำเภอ${spec.council.district} จังหวัด${spec.council.province}`],
    [],
  ];
  if (spec.layout === 'multi-year') {
    out.push(['มิติ', 'ภารกิจตามมิติ', 'โครงการ/กิจกรรม/มาตรการ', ...spec.years.map((y) => digits(spec, `ปี ${y}`)), 'หมายเหตุ']);
    out.push([null, null, null, ...spec.years.map(() => 'งบประมาณ (บาท)'), null]);
  } else {
    out.push(['มิติ', 'ภารกิจตามมิติ', 'โครงการ/กิจกรรม/มาตรการ', digits(spec, `ปี ${spec.years[0]}`), null, null, null, 'งบประมาณ (บาท)']);
    out.push([null, null, null, 'ไตรมาส 1', 'ไตรมาส 2', 'ไตรมาส 3', 'ไตรมาส 4', null]);
  }
  const grandSums = spec.years.map(() => 0);
  const grandTicks = [0, 0, 0, 0];
  let n = 0;
  let perMission = 0;
  const rand = rng(spec.seed + 7);
  const defectDim = 1 + Math.floor(rand() * 4);
  for (const dim of CURRENT_FRAMEWORK.dimensions) {
    const own = rows.filter((r) => r.item.dimension === dim.code);
    const sums = spec.years.map(() => 0);
    const ticks = [0, 0, 0, 0];
    let lastMission: string | null = null;
    own.forEach((r, i) => {
      n++;
      const mission = r.item.mission ?? '';
      if (mission !== lastMission) perMission = 0;
      perMission++;
      const missionCell = mission !== lastMission ? digits(spec, `${mission} ${findTaxon(CURRENT_FRAMEWORK, 'mission', mission)?.name ?? ''}`) : null;
      lastMission = mission;
      const dimCell = i === 0 ? digits(spec, `${dim.code}. ${dim.name}`) : null;
      const number = spec.layout === 'annual' ? perMission : n;
      r.amounts.forEach((a, y) => (sums[y] += typeof a === 'number' ? a : 0));
      if (spec.layout === 'multi-year') {
        const cells = r.amounts.map((a) => (a === 'none' ? 'ไม่ใช้งบประมาณ' : a === 'dash' ? '-' : money(spec, a)));
        if (spec.defect === 'amount' && dim.code === String(defectDim) && i === 0) cells[0] = 'หนึ่งหมื่นบาท';
        out.push([dimCell, missionCell, title(spec, number, r.item, council), ...cells, r.item.responsible ?? 'สำนักปลัด']);
      } else {
        r.quarters.forEach((t, q) => (ticks[q] += t ? 1 : 0));
        const a = r.amounts[0];
        const budget = typeof a === 'number' ? money(spec, a) : '-';
        const tickCell = spec.defect === 'tick' && dim.code === String(defectDim) && i === 0;
        out.push([dimCell, missionCell, title(spec, number, r.item, council), ...r.quarters.map((t) => (t && !tickCell ? '✓' : null)), tickCell ? '✓' : budget]);
        if (tickCell) {
          r.quarters.forEach((t, q) => (ticks[q] -= t ? 1 : 0));
          if (typeof a === 'number') sums[0] -= a;
        }
      }
    });
    if (own.length === 0) continue;
    const wrong = spec.defect === 'total' && dim.code === String(defectDim);
    const stated = sums.map((s, y) => (wrong && y === 0 ? s + 1000 : s));
    const count = spec.defect === 'count' && dim.code === String(defectDim) ? countText(spec, [...own, own[0]], false) : countText(spec, own, false);
    sums.forEach((s, y) => (grandSums[y] += s));
    ticks.forEach((t, q) => (grandTicks[q] += t));
    if (spec.layout === 'multi-year') out.push([null, 'รวม', count, ...stated.map((s) => digits(spec, `จำนวน ${s.toLocaleString('en-US')} บาท`)), null]);
    else out.push([null, 'รวม', count, ...ticks.map((t) => digits(spec, String(t))), money(spec, stated[0])]);
  }
  if (spec.layout === 'multi-year') out.push([null, 'รวมทั้งสิ้น', countText(spec, rows, true), ...grandSums.map((s) => digits(spec, `จำนวน ${s.toLocaleString('en-US')} บาท`)), null]);
  else out.push([null, 'รวมทั้งสิ้น', countText(spec, rows, true), ...grandTicks.map((t) => digits(spec, String(t))), money(spec, grandSums[0])]);
  return out;
}
