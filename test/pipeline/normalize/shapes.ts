/**
 * Legacy and free-form plan tables in every shape analysts hold, built by code from
 * legacy-framework.md's names (LEGACY_FRAMEWORK is that document's table, verbatim) and the seed
 * plan's items: 4-year 2561-2564 plans with the dimension as a heading line, the same with a มิติ
 * column, 3-year 2560-2562 plans, annual tables without a มิติ column, reordered and extra columns,
 * years written 2561 / ปี พ.ศ. ๒๕๖๑ / งบประมาณ ปี 61, merged header cells, title rows above the
 * header, and PDF wrap (a title broken over two rows). Each shape comes with its items as the test
 * expects them back after normalisation.
 */
import { CURRENT_FRAMEWORK, LEGACY_FRAMEWORK, findTaxon } from '../../../core/framework';
import type { CellValue, Grid, Range } from '../../../core/grid';
import type { Item, ItemKind } from '../../../core/schema';
import { toThaiDigits } from '../../../core/thai';
import { fullName, rng, type CouncilSpec } from '../../../samples/generate';

/**
 * legacy-framework.md section 3 ("Proposed mapping"), transcribed here on its own so the test does
 * not check the mapping against itself. Sub-item rows override their mission.
 */
export const DOC_MAPPING: Readonly<Record<string, { target: string; certainty: 'high' | 'medium' | 'uncertain' }>> = {
  '1.1': { target: '1.1', certainty: 'high' },
  '1.1.3': { target: '1.1', certainty: 'medium' },
  '1.2': { target: '1.2', certainty: 'high' },
  '1.3': { target: '1.3', certainty: 'high' },
  '2.1': { target: '2.2', certainty: 'medium' }, // "medium-high"
  '2.2': { target: '2.2', certainty: 'medium' },
  '2.3': { target: '2.3', certainty: 'high' },
  '2.4': { target: '1.2', certainty: 'uncertain' },
  '2.5': { target: '4.3', certainty: 'medium' },
  '2.5.1': { target: '2.2', certainty: 'uncertain' },
  '2.5.2': { target: '4.1', certainty: 'uncertain' },
  '3.1': { target: '2.1', certainty: 'high' },
  '3.2': { target: '3.2', certainty: 'high' },
  '3.3': { target: '3.1', certainty: 'high' },
  '4.1': { target: '4.1', certainty: 'high' },
  '4.2': { target: '2.2', certainty: 'uncertain' },
  '4.3': { target: '4.2', certainty: 'high' },
  '4.4': { target: '3.3', certainty: 'high' },
};

export function docTarget(mission: string, sub: string | null): { target: string; certainty: 'high' | 'medium' | 'uncertain' } {
  return (sub && DOC_MAPPING[sub]) || DOC_MAPPING[mission];
}

export type Amount = number | 'none' | 'dash';

export interface ShapeItem {
  /** The title without its number, as written (wrapped titles joined with a space). */
  title: string;
  kind: ItemKind;
  /** The taxonomy as the source writes it (legacy codes for legacy plans). */
  mission: string | null;
  subMission: string | null;
  /** The 2566-2570 mission it must end up under; null = cannot be placed (reported unmapped). */
  target: string | null;
  /** Per year (multi-year), or the fiscal year's budget (annual). */
  budgets: Record<number, Amount>;
  /** Ticked quarters (annual). */
  quarters: number[];
  responsible: string;
}

export type ColumnKey = 'dimension' | 'mission' | 'title' | 'years' | 'remark' | 'extra' | 'number';

export interface ShapeOptions {
  council: CouncilSpec;
  framework: 'legacy' | 'current';
  kind: 'plan-multi-year' | 'plan-annual';
  years: number[];
  /** Where the dimension is written: a heading line above each block, a column, or nowhere. */
  dimension: 'heading' | 'column' | 'none';
  /** Column order ('years' stands for all year or quarter columns plus the annual budget). */
  columns?: ColumnKey[];
  /** A year's header label. */
  yearLabel?: (year: number) => string;
  /** 'sub': years on top, งบประมาณ (บาท) under each; 'merged': งบประมาณ (บาท) merged over the years, years below; 'none': one row. */
  header?: 'sub' | 'merged' | 'none';
  /** Rows above the header besides the title and the council line. */
  extraTitleRows?: string[];
  thaiDigits?: boolean;
  /** Legacy sub-items (x.y.z) in the mission cells. */
  subItems?: boolean;
  /** One item under a mission written without a code or a known name (cannot be placed). */
  unresolvable?: boolean;
  /** PDF wrap: one title broken over two rows, wrap spaces inside mission names. */
  wrap?: boolean;
  summaryRows?: boolean;
  seed: number;
}

export interface Shape {
  options: ShapeOptions;
  grid: Grid;
  items: ShapeItem[];
}

/** (legacy mission, sub-item) slots, one or more items each; the sub-items with an override are all here. */
const LEGACY_SLOTS: [string, string | null][] = [
  ['1.1', '1.1.1'], ['1.1', '1.1.3'], ['1.2', null], ['1.3', null],
  ['2.1', null], ['2.2', '2.2.2'], ['2.3', null], ['2.4', '2.4.1'], ['2.5', '2.5.1'], ['2.5', '2.5.2'], ['2.5', '2.5.3'],
  ['3.1', '3.1.1'], ['3.2', null], ['3.3', null],
  ['4.1', null], ['4.2', null], ['4.3', null], ['4.4', '4.4.2'],
];

const UNRESOLVABLE_MISSION = 'ภารกิจอื่นตามนโยบายผู้บริหาร';

function councilTitle(item: Item, council: string): string {
  return item.title.replace(/องค์(?:การ|กร)\s*บริหาร\s*ส่วน\s*จังหวัด\s*เพชรบุรี/g, council);
}

/** Seed items dealt to the slots: an item whose 2566 mission is the slot's target where one is left. */
function deal(opts: ShapeOptions, seed: Item[]): { mission: string | null; sub: string | null; item: Item; target: string | null }[] {
  const rand = rng(opts.seed);
  const pool = [...seed].sort(() => rand() - 0.5);
  const take = (mission: string | null): Item => {
    const i = pool.findIndex((it) => it.mission === mission);
    return pool.splice(i >= 0 ? i : 0, 1)[0];
  };
  const out: { mission: string | null; sub: string | null; item: Item; target: string | null }[] = [];
  if (opts.framework === 'legacy') {
    for (const [mission, sub] of LEGACY_SLOTS) {
      const target = docTarget(mission, opts.subItems ? sub : null).target;
      const n = rand() < 0.35 ? 2 : 1;
      for (let k = 0; k < n; k++) out.push({ mission, sub: opts.subItems ? sub : null, item: take(target), target });
    }
  } else {
    for (const m of CURRENT_FRAMEWORK.missions) {
      const n = 1 + Math.floor(rand() * 2);
      for (let k = 0; k < n; k++) out.push({ mission: m.code, sub: null, item: take(m.code), target: m.code });
    }
  }
  if (opts.unresolvable) {
    // After the first dimension, so a parser that carries the dimension forward would misplace it.
    const at = out.findIndex((s) => s.mission?.startsWith('2.'));
    out.splice(at, 0, { mission: null, sub: null, item: take(null), target: null });
  }
  return out;
}

function amounts(opts: ShapeOptions, item: Item, rand: () => number): Record<number, Amount> {
  const base = item.budgets.find((b) => b.status === 'amount' && b.amount > 0)?.amount ?? 0;
  const out: Record<number, Amount> = {};
  opts.years.forEach((y, i) => {
    if (opts.kind === 'plan-annual') out[y] = base > 0 ? base : 0;
    else out[y] = base > 0 ? (i === 0 && rand() < 0.15 ? 'dash' : base + 1000 * i) : rand() < 0.1 ? 'dash' : 'none';
  });
  return out;
}

const THAI = (opts: ShapeOptions, s: string) => (opts.thaiDigits ? toThaiDigits(s) : s);

function money(opts: ShapeOptions, a: Amount): CellValue {
  if (a === 'none') return 'ไม่ใช้งบประมาณ';
  if (a === 'dash') return '-';
  if (opts.kind === 'plan-annual' && a === 0) return '-';
  return opts.thaiDigits ? toThaiDigits(a.toLocaleString('en-US')) : a;
}

function wrapSpaces(name: string): string {
  // A PDF line break inside a long name leaves a space in the middle of a word.
  return name.length > 30 ? `${name.slice(0, 14)} ${name.slice(14)}` : name;
}

function missionCell(opts: ShapeOptions, mission: string | null, sub: string | null, firstOfMission: boolean): string {
  if (mission === null) return UNRESOLVABLE_MISSION;
  const fw = opts.framework === 'legacy' ? LEGACY_FRAMEWORK : CURRENT_FRAMEWORK;
  const name = findTaxon(fw, 'mission', mission)?.name ?? '';
  const shown = opts.wrap ? wrapSpaces(name) : name;
  const subName = sub ? findTaxon(LEGACY_FRAMEWORK, 'sub-mission', sub)?.name ?? '' : '';
  // As source B prints it: "๑.๑ <mission> 1.1.1 <sub-item>", the mission code in Thai digits, the sub-item's in Arabic.
  if (!firstOfMission) return `${sub} ${subName}`;
  const code = opts.thaiDigits || opts.framework === 'legacy' ? toThaiDigits(mission) : mission;
  return sub ? `${code} ${shown} ${sub} ${subName}` : `${code} ${shown}`;
}

function dimensionCell(opts: ShapeOptions, code: string, heading: boolean): string {
  const fw = opts.framework === 'legacy' ? LEGACY_FRAMEWORK : CURRENT_FRAMEWORK;
  const name = findTaxon(fw, 'dimension', code)?.name ?? '';
  return heading ? `มิติที่ ${THAI(opts, code)}. ${name}` : `${THAI(opts, code)}. ${name}`;
}

/** Builds one shape: its grid (with merges) and the items the test expects back. */
export function buildShape(opts: ShapeOptions, seed: Item[]): Shape {
  const council = fullName(opts.council);
  const annual = opts.kind === 'plan-annual';
  const rand = rng(opts.seed + 101);
  const columns: ColumnKey[] =
    opts.columns ?? (opts.dimension === 'column' ? ['dimension', 'mission', 'title', 'years', 'remark'] : ['mission', 'title', 'years', 'remark']);
  const yearLabel = opts.yearLabel ?? ((y: number) => `ปี ${THAI(opts, String(y))}`);
  const header = opts.header ?? 'sub';
  const rows: CellValue[][] = [];
  const merges: Range[] = [];
  const from = opts.years[0];
  const to = opts.years[opts.years.length - 1];
  const title = annual
    ? `แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ${THAI(opts, String(from))}`
    : `แผนปฏิบัติการป้องกันการทุจริต ${opts.years.length} ปี (พ.ศ. ${THAI(opts, `${from} – ${to}`)})`;
  rows.push([title], [`${council} อำเภอ${opts.council.district} จังหวัด${opts.council.province}`], ...(opts.extraTitleRows ?? []).map((t) => [t]), []);

  // Column layout: each key → its columns.
  const layout: { key: ColumnKey; year?: number; q?: number; budget?: boolean }[] = [];
  for (const key of columns) {
    if (key !== 'years') layout.push({ key });
    else if (annual) {
      for (const q of [1, 2, 3, 4]) layout.push({ key, q });
      layout.push({ key, budget: true });
    } else for (const y of opts.years) layout.push({ key, year: y });
  }
  const width = layout.length;
  const LABEL: Record<Exclude<ColumnKey, 'years'>, string> = {
    dimension: 'มิติ',
    mission: 'ภารกิจตามมิติ',
    title: 'โครงการ/กิจกรรม/มาตรการ',
    remark: 'หมายเหตุ',
    extra: 'ผู้ประสานงาน',
    number: 'ลำดับที่',
  };
  const headerRows = (): void => {
    const top = rows.length;
    const twoRows = annual || header !== 'none';
    const r1: CellValue[] = new Array(width).fill(null);
    const r2: CellValue[] = new Array(width).fill(null);
    layout.forEach((c, i) => {
      if (c.key !== 'years') {
        r1[i] = LABEL[c.key];
        if (twoRows) merges.push({ top, left: i, bottom: top + 1, right: i });
      } else if (annual) {
        if (c.budget) {
          r1[i] = 'งบประมาณ (บาท)';
          merges.push({ top, left: i, bottom: top + 1, right: i });
        } else {
          if (c.q === 1) {
            r1[i] = yearLabel(from);
            merges.push({ top, left: i, bottom: top, right: i + 3 });
          }
          r2[i] = `ไตรมาส ${THAI(opts, String(c.q))}`;
        }
      } else if (header === 'merged') {
        if (c.year === from) {
          r1[i] = 'งบประมาณ (บาท)';
          merges.push({ top, left: i, bottom: top, right: i + opts.years.length - 1 });
        }
        r2[i] = yearLabel(c.year as number);
      } else {
        r1[i] = yearLabel(c.year as number);
        if (header === 'sub') r2[i] = 'งบประมาณ\n(บาท)';
      }
    });
    rows.push(r1);
    if (twoRows) rows.push(r2);
  };

  const dealt = deal(opts, seed);
  const items: ShapeItem[] = [];
  const dims = opts.framework === 'legacy' ? LEGACY_FRAMEWORK.dimensions : CURRENT_FRAMEWORK.dimensions;
  if (opts.dimension !== 'heading') headerRows();
  let n = 0;
  const grand = { count: 0, sums: opts.years.map(() => 0) };
  const blocks = dims.map((d) => ({ code: d.code, slots: dealt.filter((s) => s.mission?.split('.')[0] === d.code) }));
  // The unresolvable item rides in the block where it was dealt (after dimension 1's items).
  const odd = dealt.find((s) => s.mission === null);
  if (odd) blocks[1].slots.unshift(odd);
  for (const block of blocks) {
    if (block.slots.length === 0) continue;
    if (opts.dimension === 'heading') {
      rows.push([dimensionCell(opts, block.code, true)]);
      headerRows();
    }
    const sums = opts.years.map(() => 0);
    let lastMission: string | null | undefined;
    let lastSub: string | null | undefined;
    let perSub = 0;
    block.slots.forEach((slot, i) => {
      n++;
      const newMission = slot.mission !== lastMission;
      const newSub = newMission || slot.sub !== lastSub;
      perSub = newSub ? 1 : perSub + 1;
      const budgets = amounts(opts, slot.item, rand);
      const quarters = annual ? [1 + Math.floor(rand() * 4)] : [];
      const responsible = slot.item.responsible ?? 'สำนักปลัด';
      const text = councilTitle(slot.item, council);
      const wrapped = opts.wrap && i === 0 && text.length > 30;
      const number = opts.framework === 'legacy' ? perSub : n;
      const row: CellValue[] = new Array(width).fill(null);
      layout.forEach((c, k) => {
        switch (c.key) {
          case 'dimension':
            row[k] = i === 0 ? dimensionCell(opts, block.code, false) : null;
            break;
          case 'mission':
            row[k] = newSub ? missionCell(opts, slot.mission, slot.sub, newMission) : null;
            break;
          case 'title':
            row[k] = `${THAI(opts, String(number))}) ${wrapped ? text.slice(0, 20) : text}`;
            break;
          case 'years':
            if (annual && c.budget) row[k] = money(opts, budgets[from]);
            else if (annual) row[k] = quarters.includes(c.q as number) ? '✓' : null;
            else row[k] = money(opts, budgets[c.year as number]);
            break;
          case 'remark':
            row[k] = responsible;
            break;
          case 'extra':
            row[k] = 'นางสาวสมใจ ใจดี';
            break;
          case 'number':
            row[k] = n;
            break;
        }
      });
      rows.push(row);
      if (wrapped) {
        const cont: CellValue[] = new Array(width).fill(null);
        cont[layout.findIndex((c) => c.key === 'title')] = text.slice(20);
        rows.push(cont);
      }
      opts.years.forEach((y, k) => (sums[k] += typeof budgets[y] === 'number' ? (budgets[y] as number) : 0));
      lastMission = slot.mission;
      lastSub = slot.sub;
      items.push({
        title: wrapped ? `${text.slice(0, 20)} ${text.slice(20)}`.replace(/\s+/g, ' ').trim() : text,
        kind: slot.item.kind,
        mission: slot.mission,
        subMission: slot.sub,
        target: slot.target,
        budgets,
        quarters,
        responsible,
      });
    });
    grand.count += block.slots.length;
    sums.forEach((s, k) => (grand.sums[k] += s));
    if (opts.summaryRows !== false) rows.push(summaryRow(opts, layout, 'รวม', `จำนวน ${block.slots.length} โครงการ`, sums));
  }
  // Source B's legacy multi-year table shows no รวมทั้งสิ้น (legacy-framework.md: unverified); the others end with one.
  if (opts.summaryRows !== false && (opts.dimension !== 'heading' || annual)) rows.push(summaryRow(opts, layout, 'รวมทั้งสิ้น', `จำนวน ${grand.count} โครงการ`, grand.sums));
  return { options: opts, grid: { sheet: annual ? `แผน ${from}` : `แผน ${from}-${to}`, rows, merges }, items };
}

function summaryRow(opts: ShapeOptions, layout: { key: ColumnKey; year?: number; q?: number; budget?: boolean }[], label: string, count: string, sums: number[]): CellValue[] {
  const row: CellValue[] = new Array(layout.length).fill(null);
  const lead = layout.findIndex((c) => c.key === 'mission' || c.key === 'dimension' || c.key === 'title');
  const titleAt = layout.findIndex((c) => c.key === 'title');
  row[lead] = label;
  if (titleAt !== lead) row[titleAt] = THAI(opts, count);
  layout.forEach((c, k) => {
    if (c.key !== 'years') return;
    if (c.year !== undefined) row[k] = THAI(opts, sums[opts.years.indexOf(c.year)].toLocaleString('en-US'));
    if (c.budget) row[k] = THAI(opts, sums[0].toLocaleString('en-US'));
  });
  // Quarter tick counts are left out: the stated totals are not what these tests are about.
  return row;
}

/** Tab-separated text, as a table pasted out of a PDF or a Word document arrives (merges lost). */
export function gridToText(grid: Grid): string {
  return grid.rows.map((r) => r.map((v) => (v === null ? '' : String(v).replace(/\s*\n\s*/g, ' '))).join('\t')).join('\n') + '\n';
}

/** CSV text (the quarter ticks as "/", which windows-874 can encode). */
export function gridToCsv(grid: Grid): string {
  const q = (v: CellValue) => {
    const s = v === null ? '' : String(v === '✓' ? '/' : v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return grid.rows.map((r) => r.map(q).join(',')).join('\r\n') + '\r\n';
}

/** windows-874's punctuation above 0x7F (curly quotes, dashes, ellipsis, NBSP). */
const CP874_EXTRA: Record<string, number> = { '€': 0x80, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '\u00a0': 0xa0 };

/** windows-874 bytes, as Thai Windows saves a CSV ("?" for what it cannot encode, as Windows does). */
export function windows874(text: string): Buffer {
  return Buffer.from(
    [...text].flatMap((ch) => {
      const c = ch.codePointAt(0) ?? 63;
      if (c >= 0x0e01 && c <= 0x0e5b) return [c - 0x0e01 + 0xa1];
      if (CP874_EXTRA[ch] !== undefined) return [CP874_EXTRA[ch]];
      return c < 0x80 ? [c] : [63];
    }),
  );
}

export const COUNCILS: Record<string, CouncilSpec> = {
  nongwaeng: { type: 'อบต.', name: 'หนองแวง', district: 'เทพารักษ์', province: 'นครราชสีมา' },
  bangkao: { type: 'อบต.', name: 'บางเก่า', district: 'ชะอำ', province: 'เพชรบุรี' },
  thayang: { type: 'ทต.', name: 'ท่ายาง', district: 'ท่ายาง', province: 'เพชรบุรี' },
  chaam: { type: 'ทม.', name: 'ชะอำ', district: 'ชะอำ', province: 'เพชรบุรี' },
  raisathon: { type: 'อบต.', name: 'ไร่สะท้อน', district: 'บ้านลาด', province: 'เพชรบุรี' },
  nongprong: { type: 'อบต.', name: 'หนองปรง', district: 'เขาย้อย', province: 'เพชรบุรี' },
  banlat: { type: 'ทต.', name: 'บ้านลาด', district: 'บ้านลาด', province: 'เพชรบุรี' },
  muangnoi: { type: 'อบต.', name: 'เมืองน้อย', district: 'ธวัชบุรี', province: 'ร้อยเอ็ด' },
  korat: { type: 'ทน.', name: 'นครราชสีมา', district: 'เมืองนครราชสีมา', province: 'นครราชสีมา' },
  khaoyai: { type: 'อบต.', name: 'เขาใหญ่', district: 'ชะอำ', province: 'เพชรบุรี' },
};

const LEGACY_4 = [2561, 2562, 2563, 2564];

/** One of each shape the issue names, keyed by a short name. */
export function allShapes(seed: Item[]): Record<string, Shape> {
  const c = COUNCILS;
  const shapes: Record<string, ShapeOptions> = {
    // Source B: the dimension a heading above each block, 7 columns, years ปี ๒๕๖๑ over งบประมาณ (บาท), sub-items.
    'legacy-headings': { council: c.nongwaeng, framework: 'legacy', kind: 'plan-multi-year', years: LEGACY_4, dimension: 'heading', subItems: true, seed: 1,
      extraTitleRows: ['ส่วนที่ ๒', 'โครงการ/กิจกรรม/มาตรการ และจำนวนงบประมาณที่ดำเนินการ 4 ปี (พ.ศ. 2561 – 2564) โดยแยกตามมิติ ๔ มิติ ดังนี้'] },
    // The ป.ป.ช. template: a leading มิติ column (8 columns), merged dimension cells, years "2561", no หมายเหตุ.
    'legacy-dimension-column': { council: c.bangkao, framework: 'legacy', kind: 'plan-multi-year', years: LEGACY_4, dimension: 'column', seed: 2,
      columns: ['dimension', 'mission', 'title', 'years'], yearLabel: (y) => String(y), header: 'none' },
    // A 3-year 2560-2562 plan, years "ปี พ.ศ. ๒๕๖๐".
    'legacy-3-year': { council: c.thayang, framework: 'legacy', kind: 'plan-multi-year', years: [2560, 2561, 2562], dimension: 'heading', seed: 3,
      yearLabel: (y) => `ปี พ.ศ. ${toThaiDigits(String(y))}`, thaiDigits: true },
    // Reordered and extra columns, years "งบประมาณ ปี 61" under a merged งบประมาณ (บาท), the header under four title rows.
    'legacy-reordered': { council: c.chaam, framework: 'legacy', kind: 'plan-multi-year', years: LEGACY_4, dimension: 'column', seed: 4,
      columns: ['number', 'title', 'extra', 'years', 'dimension', 'mission', 'remark'], yearLabel: (y) => `งบประมาณ ปี ${String(y).slice(2)}`, header: 'merged',
      extraTitleRows: ['ส่วนที่ ๒ แผนปฏิบัติการ', 'จัดทำโดย งานนิติการ สำนักปลัด'] },
    // An annual legacy-era table without a มิติ column: the mission codes give the dimension; one mission cannot be placed.
    'annual-no-dimension': { council: c.raisathon, framework: 'current', kind: 'plan-annual', years: [2567], dimension: 'none', seed: 5, unresolvable: true,
      columns: ['mission', 'title', 'years'] },
    // Pasted from a PDF: wrap spaces in names, a title broken over two rows, Thai digits, no merges.
    'legacy-pdf-paste': { council: c.nongprong, framework: 'legacy', kind: 'plan-multi-year', years: LEGACY_4, dimension: 'heading', seed: 6, wrap: true, thaiDigits: true, subItems: true },
    // Saved as CSV on Thai Windows: a legacy-era annual plan 2563 with quarters (ticked "/" in the CSV).
    'annual-csv': { council: c.banlat, framework: 'legacy', kind: 'plan-annual', years: [2563], dimension: 'column', seed: 7 },
    // A legacy annual plan 2562 with quarters, the dimension a heading line above each block (no มิติ column).
    'annual-headings': { council: c.korat, framework: 'legacy', kind: 'plan-annual', years: [2562], dimension: 'heading', seed: 12, subItems: true, thaiDigits: true },
    // A legacy plan to be saved as .xls.
    'legacy-xls': { council: c.muangnoi, framework: 'legacy', kind: 'plan-multi-year', years: LEGACY_4, dimension: 'heading', seed: 8, subItems: true },
  };
  return Object.fromEntries(Object.entries(shapes).map(([k, o]) => [k, buildShape(o, seed)]));
}
