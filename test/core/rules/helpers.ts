/**
 * Real-shaped sheets for the rule tests: the official multi-year and annual plan layouts, a
 * results report, an ITA measures report and a legacy 2561-2564 plan, with title rows naming
 * the council, district, province and years, written as clerks write them (Thai digits, PDF wrap
 * spaces, "ไม่ใช้งบ ประมาณ", dimension and mission cells only on the first row of their group).
 *
 * The plan builders keep the plan as data (dimensions → missions → items), render it with correct
 * รวม / รวมทั้งสิ้น rows, and let a test break exactly one thing before or after rendering.
 */
import { a1, type CellValue, type Grid, makeGrid } from '../../../core/grid';
import { ruleByCode } from '../../../core/rules';
import type { Finding, Severity } from '../../../core/schema';
import { validateGrid, validateGrids, type ValidationResult } from '../../../core/validate';

// -------------------------------------------------------------------------------------------------
// The framework's names, as in domain.md (2566-2570) and legacy-framework.md (2561-2564)
// -------------------------------------------------------------------------------------------------

export const DIM = {
  1: '๑. การสร้างวัฒนธรรมสุจริต',
  2: '๒. การบริหารราชการด้วยความโปร่งใส',
  3: '๓. การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน',
  4: '๔. การยกระดับกลไกการตรวจสอบการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น',
} as const;

export const MIS = {
  '1.1':
    '๑.๑ การเสริมสร้างจิตสำนึกและความตระหนักแก่บุคลากรทั้งข้าราชการการเมืองฝ่ายบริหาร ข้าราชการการเมืองฝ่ายสภาท้องถิ่น และฝ่ายประจำขององค์กรปกครองส่วนท้องถิ่น',
  '1.2': '๑.๒ การเสริมสร้างจิตสำนึกและความตระหนักแก่ประชาชนทุกภาคส่วนในท้องถิ่น',
  '1.3': '๑.๓ การสร้างจิตสำนึกและความตระหนักแก่เด็กและเยาวชน',
  '2.1': '๒.๑ การเปิดเผยข้อมูลสาธารณะขององค์กรปกครองส่วนท้องถิ่น',
  '2.2': '๒.๒ มาตรการส่งเสริมคุณธรรมและความโปร่งใส',
  '2.3': '๒.๓ มาตรการลดการใช้ดุลยพินิจในการปฏิบัติงาน',
  '3.1': '๓.๑ การส่งเสริมให้ประชาชนมีส่วนร่วมบริหารกิจการขององค์กรปกครองส่วนท้องถิ่น',
  '3.2': '๓.๒ การรับฟังความคิดเห็น การรับและตอบสนองเรื่องร้องเรียน/ร้องทุกข์ของประชาชน',
  '3.3': '๓.๓ ส่งเสริมการมีส่วนร่วมของภาคประชาชนและบูรณาการทุกภาคส่วนเพื่อต่อต้านการทุจริต',
  '4.1': '๔.๑ การจัดวางระบบตรวจสอบภายใน การควบคุมภายใน และการบริหารความเสี่ยงการทุจริต',
  '4.2': '๔.๒ การส่งเสริมบทบาทการตรวจสอบของสภาท้องถิ่น',
  '4.3': '๔.๓ มาตรการจัดการเรื่องร้องเรียนการทุจริต',
} as const;

export const LEGACY_DIM = {
  1: 'มิติที่ 1. การสร้างสังคมที่ไม่ทนต่อการทุจริต',
  2: 'มิติที่ 2. การบริหารราชการเพื่อป้องกันการทุจริต',
  3: 'มิติที่ 3. การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน',
  4: 'มิติที่ 4. การเสริมสร้างและปรับปรุงกลไกในการตรวจสอบการปฏิบัติราชการขององค์กรปกครองส่วนท้องถิ่น',
} as const;

export const LEGACY_MIS = {
  '1.1':
    '๑.๑ การสร้างจิตสำนึกและความตระหนักแก่บุคลากรทั้งข้าราชการการเมืองฝ่ายบริหาร ข้าราชการการเมืองฝ่ายสภาท้องถิ่น และฝ่ายประจำขององค์กรปกครองส่วนท้องถิ่น',
  '2.3': '๒.๓ มาตรการการใช้ดุลยพินิจและใช้อำนาจหน้าที่ให้เป็นไปตามหลักการบริหารกิจการบ้านเมืองที่ดี',
  '2.4': '๒.๔ การเชิดชูเกียรติแก่หน่วยงาน/บุคคลในการดำเนินกิจการ การประพฤติปฏิบัติตนให้เป็นที่ประจักษ์',
  '3.2': '๓.๒ การรับฟังความคิดเห็น การรับและตอบสนองเรื่องร้องเรียน/ร้องทุกข์ของประชาชน',
  '4.3': '๔.๓ การส่งเสริมบทบาทการตรวจสอบของสภาท้องถิ่น',
} as const;

// -------------------------------------------------------------------------------------------------
// Small text helpers (independent of core/thai.ts, so a bug there cannot hide in the expectations)
// -------------------------------------------------------------------------------------------------

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';

export function thai(n: number | string): string {
  return String(n).replace(/[0-9]/g, (d) => THAI_DIGITS[Number(d)]);
}

/** 34000 → "๓๔,๐๐๐" */
export function thaiAmount(n: number): string {
  return thai(n.toLocaleString('en-US'));
}

/** What a budget cell is worth in baht in the builder's own reading: digits only, all else 0. */
function baht(v: CellValue): number {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string') return 0;
  const t = v.replace(/[๐-๙]/g, (d) => String(THAI_DIGITS.indexOf(d))).replace(/[\s,]|บาท|\.-$/g, '');
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : 0;
}

const KINDS = ['โครงการ', 'มาตรการ', 'กิจกรรม'] as const;
type Kind = (typeof KINDS)[number];

function kindOf(title: string): Kind {
  const body = title.replace(/^\s*\(?\s*[0-9๐-๙]+\s*\)\s*/, '').replace(/\s+/g, '').replace(/^[“"]/, '');
  return KINDS.find((k) => body.startsWith(k)) ?? 'โครงการ';
}

/** "จำนวน ๒ โครงการ / ๑ มาตรการ / ๑ กิจกรรม" as plans write a dimension's count. */
export function countText(titles: string[]): string {
  const n = (k: Kind) => titles.filter((t) => kindOf(t) === k).length;
  return `จำนวน ${KINDS.filter((k) => n(k) > 0).map((k) => `${thai(n(k))} ${k}`).join(' / ')}`;
}

// -------------------------------------------------------------------------------------------------
// Multi-year plan (แผน 5 ปี, layout A)
// -------------------------------------------------------------------------------------------------

export interface ItemSpec {
  title: string;
  /** One cell per year column. */
  budgets: CellValue[];
  remark?: CellValue;
}

export interface MissionSpec {
  /** The mission cell, written on the group's first row only (null: left empty, as under a merge). */
  name: string | null;
  items: ItemSpec[];
}

export interface DimensionSpec {
  name: string | null;
  missions: MissionSpec[];
  /** The รวม row: computed (default), replaced cell by cell, or left out. */
  summary?: { omit?: boolean; count?: CellValue; years?: CellValue[] };
}

export interface MultiYearSpec {
  sheet: string;
  titleRows: CellValue[][];
  years: CellValue[];
  dimensions: DimensionSpec[];
  grand?: { omit?: boolean; count?: CellValue; years?: CellValue[] };
  /** Rows after the table (a detail section, notes). */
  after: CellValue[][];
}

const NO_BUDGET = 'ไม่ใช้งบประมาณ';
const none5 = (): CellValue[] => Array(5).fill(NO_BUDGET);

export const NONGWAENG = 'องค์การบริหารส่วนตำบลหนองแวง';
export const NONGWAENG_ADDRESS = 'องค์การบริหารส่วนตำบลหนองแวง อำเภอเทพารักษ์ จังหวัดนครราชสีมา';
export const MULTI_YEAR_TITLE = 'แผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส (พ.ศ. ๒๕๖๖ – ๒๕๗๐)';

/**
 * A valid 2566-2570 plan of อบต.หนองแวง: 12 items, one per mission, numbered ๑) … ๑๒) across the plan.
 * Rows (1-based): 1 title, 2 council, 3-4 header, then per dimension its items and its รวม row:
 *   5-7 items 1-3, 8 รวม (dimension 1); 9-11 items 4-6, 12 รวม; 13-15 items 7-9, 16 รวม;
 *   17-19 items 10-12, 20 รวม; 21 รวมทั้งสิ้น. Columns: A มิติ, B ภารกิจ, C title, D-H 2566-2570, I หมายเหตุ.
 * Budgets: item 1 = ๒๐,๐๐๐ every year; item 2 "ไม่ใช้งบ ประมาณ"; item 3 "-" in 2566, ๑๔,๐๐๐ after;
 * item 8 = 10,000 (Arabic) every year; all others ไม่ใช้งบประมาณ.
 */
export function multiYearSpec(): MultiYearSpec {
  return {
    sheet: 'แผน 5 ปี',
    titleRows: [[MULTI_YEAR_TITLE], [NONGWAENG_ADDRESS]],
    years: ['ปี ๒๕๖๖', 'ปี ๒๕๖๗', 'ปี ๒๕๖๘', 'ปี ๒๕๖๙', 'ปี ๒๕๗๐'],
    dimensions: [
      {
        name: DIM[1],
        missions: [
          {
            name: MIS['1.1'],
            items: [
              {
                title: '๑) โครงการอบรมส่งเสริมคุณธรรมจริยธรรมแก่ผู้บริหาร สมาชิกสภา และพนักงานส่วนตำบล',
                budgets: Array(5).fill('๒๐,๐๐๐'),
                remark: 'สำนักปลัดฯ',
              },
            ],
          },
          {
            name: MIS['1.2'],
            items: [{ title: '๒) มาตรการ “ส่งเสริมการปฏิบัติตามประมวลจริยธรรม”', budgets: Array(5).fill('ไม่ใช้งบ ประมาณ'), remark: 'สำนักปลัดฯ' }],
          },
          {
            name: MIS['1.3'],
            items: [
              { title: '๓) กิจกรรมสร้างภูมิคุ้มกันทางสังคมให้เด็กและเยาวชน', budgets: ['-', '๑๔,๐๐๐', '๑๔,๐๐๐', '๑๔,๐๐๐', '๑๔,๐๐๐'], remark: 'กองการศึกษาฯ' },
            ],
          },
        ],
      },
      {
        name: DIM[2],
        missions: [
          { name: MIS['2.1'], items: [{ title: '๔) มาตรการเผยแพร่ข้อมูลข่าวสารด้านการจัดซื้อจัดจ้าง', budgets: none5(), remark: 'กองคลัง' }] },
          { name: MIS['2.2'], items: [{ title: '๕) มาตรการ NO Gift Policy จากการปฏิบัติหน้าที่', budgets: none5(), remark: 'ทุกส่วนราชการ' }] },
          { name: MIS['2.3'], items: [{ title: '๖) กิจกรรมจัดทำคู่มือการปฏิบัติงานสำหรับประชาชน', budgets: none5(), remark: 'สำนักปลัดฯ' }] },
        ],
      },
      {
        name: DIM[3],
        missions: [
          { name: MIS['3.1'], items: [{ title: '๗) โครงการจัดเวทีประชาคมหมู่บ้าน', budgets: none5(), remark: 'สำนักปลัดฯ' }] },
          { name: MIS['3.2'], items: [{ title: '๘) โครงการจัดตั้งศูนย์รับเรื่องร้องเรียนร้องทุกข์', budgets: Array(5).fill('10,000'), remark: 'สำนักปลัดฯ' }] },
          { name: MIS['3.3'], items: [{ title: '๙) มาตรการส่งเสริมเครือข่ายภาคประชาชนเฝ้าระวังการทุจริต', budgets: none5(), remark: 'สำนักปลัดฯ' }] },
        ],
      },
      {
        name: DIM[4],
        missions: [
          { name: MIS['4.1'], items: [{ title: '๑๐) กิจกรรมติดตามประเมินผลการควบคุมภายใน', budgets: none5(), remark: 'หน่วยตรวจสอบภายใน' }] },
          { name: MIS['4.2'], items: [{ title: '๑๑) โครงการอบรมพัฒนาศักยภาพสมาชิกสภาท้องถิ่น', budgets: none5(), remark: 'สำนักปลัดฯ' }] },
          { name: MIS['4.3'], items: [{ title: '๑๒) มาตรการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', budgets: none5(), remark: 'สำนักปลัดฯ' }] },
        ],
      },
    ],
    after: [],
  };
}

function yearSums(items: ItemSpec[], n: number): CellValue[] {
  return Array.from({ length: n }, (_, y) => `จำนวน ${thaiAmount(items.reduce((s, i) => s + baht(i.budgets[y] ?? null), 0))} บาท`);
}

export const MULTI_YEAR_HEADER: CellValue[][] = [
  ['มิติ', 'ภารกิจตามมิติ', 'โครงการ/กิจกรรม/มาตรการ', 'ปี ๒๕๖๖', 'ปี ๒๕๖๗', 'ปี ๒๕๖๘', 'ปี ๒๕๖๙', 'ปี ๒๕๗๐', 'หมายเหตุ'],
  [null, null, null, 'งบประมาณ (บาท)', 'งบประมาณ (บาท)', 'งบประมาณ (บาท)', 'งบประมาณ (บาท)', 'งบประมาณ (บาท)', null],
];

export function renderMultiYear(spec: MultiYearSpec): Grid {
  const n = spec.years.length;
  const header: CellValue[][] = [
    ['มิติ', 'ภารกิจตามมิติ', 'โครงการ/กิจกรรม/มาตรการ', ...spec.years, 'หมายเหตุ'],
    [null, null, null, ...Array(n).fill('งบประมาณ (บาท)'), null],
  ];
  const rows: CellValue[][] = [...spec.titleRows.map((r) => [...r]), ...header];
  const all: ItemSpec[] = [];
  for (const dim of spec.dimensions) {
    const mine: ItemSpec[] = [];
    dim.missions.forEach((mis, m) => {
      mis.items.forEach((item, i) => {
        const first = m === 0 && i === 0;
        rows.push([first ? dim.name : null, i === 0 ? mis.name : null, item.title, ...item.budgets, item.remark ?? null]);
        mine.push(item);
      });
    });
    all.push(...mine);
    const s = dim.summary ?? {};
    if (!s.omit) {
      rows.push([null, 'รวม', s.count !== undefined ? s.count : countText(mine.map((i) => i.title)), ...(s.years ?? yearSums(mine, n)), null]);
    }
  }
  const g = spec.grand ?? {};
  if (!g.omit) {
    rows.push([null, 'รวมทั้งสิ้น', g.count !== undefined ? g.count : `จำนวน ${thai(all.length)} โครงการ`, ...(g.years ?? yearSums(all, n)), null]);
  }
  rows.push(...spec.after.map((r) => [...r]));
  return makeGrid(spec.sheet, rows);
}

/** The valid multi-year plan, optionally edited first. */
export function multiYearPlan(edit?: (spec: MultiYearSpec) => void): Grid {
  const spec = multiYearSpec();
  edit?.(spec);
  return renderMultiYear(spec);
}

// -------------------------------------------------------------------------------------------------
// Annual plan with quarters (แผนประจำปี, layout B)
// -------------------------------------------------------------------------------------------------

export interface AnnualItemSpec {
  title: string;
  quarters: CellValue[];
  budget: CellValue;
}

export interface AnnualMissionSpec {
  name: string | null;
  items: AnnualItemSpec[];
}

export interface AnnualDimensionSpec {
  name: string | null;
  missions: AnnualMissionSpec[];
  summary?: { omit?: boolean; count?: CellValue; quarters?: CellValue[]; budget?: CellValue };
}

export interface AnnualSpec {
  sheet: string;
  titleRows: CellValue[][];
  yearLabel: CellValue;
  dimensions: AnnualDimensionSpec[];
  grand?: { omit?: boolean; count?: CellValue; quarters?: CellValue[]; budget?: CellValue };
  after: CellValue[][];
}

export const NONGCHOK_ADDRESS = 'เทศบาลตำบลหนองจอก อำเภอท่ายาง จังหวัดเพชรบุรี';
export const ANNUAL_TITLE = 'แผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗';

const T = '✓';

/**
 * A valid annual plan 2567 of ทต.หนองจอก, items numbered (n) inside each mission.
 * Rows (1-based): 1 title, 2 council, 3-4 header;
 *   5 (1) 1.1, 6 (2) 1.1, 7 (1) 1.2, 8 (1) 1.3, 9 รวม;
 *   10 (1) 2.1, 11 (1) 2.2, 12 (1) 2.3, 13 รวม;
 *   14 (1) 3.1, 15 (1) 3.2, 16 (1) 3.3, 17 รวม;
 *   18 (1) 4.1, 19 (1) 4.2, 20 (1) 4.3, 21 รวม; 22 รวมทั้งสิ้น.
 * Columns: A มิติ, B ภารกิจ, C title, D-G ไตรมาส 1-4, H งบประมาณ (บาท).
 */
export function annualSpec(): AnnualSpec {
  return {
    sheet: 'แผนปี 2567',
    titleRows: [[ANNUAL_TITLE], [NONGCHOK_ADDRESS]],
    yearLabel: 'ปี 2567',
    dimensions: [
      {
        name: '๑. การสร้าง วัฒนธรรม สุจริต',
        missions: [
          {
            name: MIS['1.1'],
            items: [
              { title: '(๑) โครงการฝึกอบรมส่งเสริมคุณธรรมจริยธรรมบุคลากร', quarters: [null, null, null, T], budget: '15,000' },
              { title: '(2) มาตรการ “ส่งเสริมการปฏิบัติงานตามประมวลจริยธรรมของเทศบาลตำบลหนองจอก”', quarters: [T, null, null, null], budget: '-' },
            ],
          },
          { name: MIS['1.2'], items: [{ title: '(1) โครงการเสริมสร้างค่านิยมต่อต้านการทุจริต', quarters: [null, T, null, T], budget: '-' }] },
          { name: MIS['1.3'], items: [{ title: '(1) โครงการสร้างภูมิคุ้มกันทางสังคมให้เด็กและเยาวชน', quarters: [T, null, null, null], budget: '-' }] },
        ],
      },
      {
        name: '2. การบริหาร ราชการด้วย ความโปร่งใส',
        missions: [
          { name: MIS['2.1'], items: [{ title: '(1) มาตรการเปิดเผยข้อมูลสาธารณะ', quarters: [T, null, null, null], budget: '-' }] },
          { name: MIS['2.2'], items: [{ title: '(1) มาตรการ NO Gift Policy', quarters: [T, null, null, null], budget: '-' }] },
          { name: MIS['2.3'], items: [{ title: '(1) กิจกรรมจัดทำคู่มือสำหรับประชาชน', quarters: [null, null, T, null], budget: '-' }] },
        ],
      },
      {
        name: '3. การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน',
        missions: [
          { name: MIS['3.1'], items: [{ title: '(1) โครงการจัดเวทีประชาคม', quarters: [null, T, T, null], budget: '10,000' }] },
          { name: MIS['3.2'], items: [{ title: '(1) มาตรการจัดการเรื่องราวร้องทุกข์/ร้องเรียน', quarters: [T, T, T, T], budget: '-' }] },
          { name: MIS['3.3'], items: [{ title: '(1) กิจกรรมส่งเสริมชุมชนเฝ้าระวังการทุจริต', quarters: [T, null, null, null], budget: '-' }] },
        ],
      },
      {
        name: '4. การยกระดับกลไกการตรวจสอบการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น',
        missions: [
          { name: MIS['4.1'], items: [{ title: '(1) โครงการจัดทำแผนการตรวจสอบภายในประจำปี', quarters: [T, null, null, null], budget: '-' }] },
          { name: MIS['4.2'], items: [{ title: '(1) กิจกรรมส่งเสริมและพัฒนาศักยภาพสมาชิกสภาท้องถิ่น', quarters: [T, null, null, null], budget: '-' }] },
          { name: MIS['4.3'], items: [{ title: '(1) มาตรการจัดให้มีช่องทางการรับเรื่องร้องเรียนการทุจริต', quarters: [T, null, null, null], budget: '-' }] },
        ],
      },
    ],
    after: [],
  };
}

function tickSums(items: AnnualItemSpec[]): CellValue[] {
  return [0, 1, 2, 3].map((q) => String(items.filter((i) => i.quarters[q] === T).length));
}

function budgetSum(items: AnnualItemSpec[]): CellValue {
  return items.reduce((s, i) => s + baht(i.budget), 0).toLocaleString('en-US');
}

export function renderAnnual(spec: AnnualSpec): Grid {
  const rows: CellValue[][] = [
    ...spec.titleRows.map((r) => [...r]),
    ['มิติ', 'ภารกิจตามมิติ', 'โครงการ/กิจกรรม/ มาตรการ', spec.yearLabel, null, null, null, 'งบประมาณ (บาท)'],
    [null, null, null, 'ไตรมาส 1', 'ไตรมาส 2', 'ไตรมาส 3', 'ไตรมาส 4', null],
  ];
  const all: AnnualItemSpec[] = [];
  for (const dim of spec.dimensions) {
    const mine: AnnualItemSpec[] = [];
    dim.missions.forEach((mis, m) => {
      mis.items.forEach((item, i) => {
        rows.push([m === 0 && i === 0 ? dim.name : null, i === 0 ? mis.name : null, item.title, ...item.quarters, item.budget]);
        mine.push(item);
      });
    });
    all.push(...mine);
    const s = dim.summary ?? {};
    if (!s.omit) {
      rows.push([
        null,
        'รวม',
        s.count !== undefined ? s.count : `จำนวน ${mine.length} โครงการ`,
        ...(s.quarters ?? tickSums(mine)),
        s.budget !== undefined ? s.budget : budgetSum(mine),
      ]);
    }
  }
  const g = spec.grand ?? {};
  if (!g.omit) {
    rows.push([
      null,
      'รวมทั้งสิ้น',
      g.count !== undefined ? g.count : `จำนวน ${all.length} โครงการ`,
      ...(g.quarters ?? tickSums(all)),
      g.budget !== undefined ? g.budget : budgetSum(all),
    ]);
  }
  rows.push(...spec.after.map((r) => [...r]));
  return makeGrid(spec.sheet, rows);
}

export function annualPlan(edit?: (spec: AnnualSpec) => void): Grid {
  const spec = annualSpec();
  edit?.(spec);
  return renderAnnual(spec);
}

// -------------------------------------------------------------------------------------------------
// Results report (layout C) and ITA measures report (layout D)
// -------------------------------------------------------------------------------------------------

export const MUANGNOI_ADDRESS = 'เทศบาลตำบลเมืองน้อย อำเภอเมือง จังหวัดเพชรบุรี';

/**
 * A results report for fiscal year ๒๕๖๘ of ทต.เมืองน้อย (seed 003's 7 columns): rows 1-3 title,
 * 4 dimension heading, 5 mission heading, 6-8 header (year in B7), 9-10 items (title in A, budget in C).
 * `headerYear` replaces the ๒๕๖๘ printed in the header.
 */
export function resultsReport(opts: { headerYear?: string; title?: string } = {}): Grid {
  return makeGrid('รายงานผล 2568', [
    [opts.title ?? 'รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘'],
    [MUANGNOI_ADDRESS],
    [null],
    ['มิติที่ ๑ การสร้างวัฒนธรรมสุจริต'],
    ['ภารกิจตามมิติ ๑.๑ การเสริมสร้างจิตสำนึกและความตระหนักแก่บุคลากรทั้งข้าราชการการเมืองฝ่ายบริหาร ข้าราชการการเมืองฝ่ายสภาท้องถิ่น และฝ่ายประจำขององค์กรปกครองส่วนท้องถิ่น'],
    ['โครงการ/กิจกรรม', 'งบประมาณ', null, 'ผลการดำเนินงาน', null, 'ระยะเวลาดำเนินการ', 'หมายเหตุ'],
    [null, opts.headerYear ?? '๒๕๖๘', null, 'ผลผลิต', 'ผลลัพธ์', null, null],
    [null, 'เป้าหมาย', 'งบประมาณ (บาท)', null, null, null, null],
    ['๑) โครงการอบรมคุณธรรมจริยธรรมบุคลากร', 'ผู้บริหาร สมาชิกสภา และพนักงาน ๔๐ คน', '๒๐,๐๐๐', 'จัดอบรม ๑ ครั้ง', 'บุคลากรมีความรู้ด้านจริยธรรม', 'มีนาคม ๒๕๖๘', null],
    ['๒) มาตรการส่งเสริมการปฏิบัติตามประมวลจริยธรรม', 'พนักงานเทศบาล', 'ไม่ใช้งบประมาณ', 'ประกาศประมวลจริยธรรม', 'ไม่มีเรื่องร้องเรียน', 'ตุลาคม ๒๕๖๗ - กันยายน ๒๕๖๘', null],
  ]);
}

export const ITA_HEADER: CellValue[] = [
  'มาตรการ โครงการ หรือกิจกรรม',
  'ขั้นตอน/วิธีการปฏิบัติ',
  'ผู้รับผิดชอบ',
  'ช่วงระยะเวลาในการดำเนินการ',
  'ผลการดำเนินการ (output)',
  'ผลลัพธ์ / ความสำเร็จของการดำเนินการ (outcome/result)',
];

/**
 * An ITA integrity measures report 2568 of อบต.หนองแวง: rows 1-2 title, 3 header (A-F), 4-5 measures.
 * `header` replaces the header row.
 */
export function itaReport(opts: { header?: CellValue[] } = {}): Grid {
  return makeGrid('ITA 2568', [
    ['ผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘'],
    [NONGWAENG_ADDRESS],
    opts.header ?? ITA_HEADER,
    ['๑. มาตรการป้องกันการรับสินบน', 'ประกาศเจตนารมณ์ และเผยแพร่ทางเว็บไซต์', 'สำนักปลัดฯ', 'ตุลาคม ๒๕๖๗ - เมษายน ๒๕๖๘', 'ประกาศ ๑ ฉบับ', 'ไม่มีเรื่องร้องเรียน'],
    ['๒. มาตรการ No Gift Policy', 'ประกาศนโยบายไม่รับของขวัญ', 'ทุกส่วนราชการ', '๒ มกราคม - ๓๐ มิถุนายน ๒๕๖๘', 'ประกาศ ๑ ฉบับ', 'บุคลากรถือปฏิบัติ'],
  ]);
}

// -------------------------------------------------------------------------------------------------
// Legacy 2561-2564 plan: the dimension as a heading above each block, no มิติ column
// -------------------------------------------------------------------------------------------------

export const LEGACY_TITLE = 'แผนปฏิบัติการป้องกันการทุจริต 4 ปี (พ.ศ. ๒๕๖๑ – ๒๕๖๔)';

const LEGACY_HEADER: CellValue[][] = [
  ['ภารกิจตามมิติ', 'โครงการ/กิจกรรม/มาตรการ', 'ปี ๒๕๖๑', 'ปี ๒๕๖๒', 'ปี ๒๕๖๓', 'ปี ๒๕๖๔', 'หมายเหตุ'],
  [null, null, 'งบประมาณ (บาท)', 'งบประมาณ (บาท)', 'งบประมาณ (บาท)', 'งบประมาณ (บาท)', null],
];

/**
 * A legacy plan of อบต.หนองแวง: rows 1 title, 2 council, 3 dimension 1 heading, 4-5 header,
 * 6 item ๑) under 1.1, 7 รวม; 8 dimension 2 heading, 9-10 header, 11 item ๑) under 2.3,
 * 12 item ๑) under `mission2` (2.4 by default, the honouring mission), 13 รวม; 14 dimension 3 heading,
 * 15-16 header, 17 item ๑) under 3.2, 18 รวม; 19 dimension 4 heading, 20-21 header, 22 item ๑) under 4.3,
 * 23 รวม; 24 รวมทั้งสิ้น. Columns: A ภารกิจ, B title, C-F 2561-2564, G หมายเหตุ.
 */
export function legacyPlan(opts: { mission2?: string } = {}): Grid {
  return makeGrid('แผน 4 ปี', [
    [LEGACY_TITLE],
    [NONGWAENG_ADDRESS],
    [LEGACY_DIM[1]],
    ...LEGACY_HEADER,
    [LEGACY_MIS['1.1'], '๑) โครงการความรู้คู่คุณธรรม', '๒๐,๐๐๐', '๒๐,๐๐๐', '๒๐,๐๐๐', '๒๐,๐๐๐', 'สำนักปลัดฯ'],
    ['รวม', 'จำนวน ๑ โครงการ', '๒๐,๐๐๐', '๒๐,๐๐๐', '๒๐,๐๐๐', '๒๐,๐๐๐', null],
    [LEGACY_DIM[2]],
    ...LEGACY_HEADER,
    [LEGACY_MIS['2.3'], '๑) มาตรการออกคำสั่งมอบหมายของนายก อบต.', 'ไม่ใช้งบประมาณ', 'ไม่ใช้งบประมาณ', 'ไม่ใช้งบประมาณ', 'ไม่ใช้งบประมาณ', 'สำนักปลัดฯ'],
    [opts.mission2 ?? LEGACY_MIS['2.4'], '๑) โครงการยกย่องเชิดชูเกียรติหน่วยงานและบุคคลที่ประพฤติปฏิบัติตนให้เป็นที่ประจักษ์', '๑๐,๐๐๐', '๑๐,๐๐๐', '๑๐,๐๐๐', '๑๐,๐๐๐', 'สำนักปลัดฯ'],
    ['รวม', 'จำนวน ๑ โครงการ / ๑ มาตรการ', '๑๐,๐๐๐', '๑๐,๐๐๐', '๑๐,๐๐๐', '๑๐,๐๐๐', null],
    [LEGACY_DIM[3]],
    ...LEGACY_HEADER,
    [LEGACY_MIS['3.2'], '๑) โครงการจัดทำแผนชุมชนโดยการรับฟังความคิดเห็นของประชาชน', '-', '๕,๐๐๐', '๕,๐๐๐', '๕,๐๐๐', 'สำนักปลัดฯ'],
    ['รวม', 'จำนวน ๑ โครงการ', '-', '๕,๐๐๐', '๕,๐๐๐', '๕,๐๐๐', null],
    [LEGACY_DIM[4]],
    ...LEGACY_HEADER,
    [LEGACY_MIS['4.3'], '๑) กิจกรรมส่งเสริมและพัฒนาศักยภาพสมาชิกสภาท้องถิ่น', 'ไม่ใช้งบประมาณ', 'ไม่ใช้งบประมาณ', 'ไม่ใช้งบประมาณ', 'ไม่ใช้งบประมาณ', 'สำนักปลัดฯ'],
    ['รวม', 'จำนวน ๑ กิจกรรม', '๐', '๐', '๐', '๐', null],
    ['รวมทั้งสิ้น', 'จำนวน ๕ โครงการ', '๓๐,๐๐๐', '๓๕,๐๐๐', '๓๕,๐๐๐', '๓๕,๐๐๐', null],
  ]);
}

// -------------------------------------------------------------------------------------------------
// Running the validator and looking at findings
// -------------------------------------------------------------------------------------------------

export function validate(grid: Grid, file = 'plan.xlsx'): ValidationResult {
  return validateGrid(grid, { file });
}

export function validateBook(grids: Grid[], file = 'plan.xlsx'): ValidationResult {
  return validateGrids(grids, { file });
}

export function findingsOf(grids: Grid | Grid[], code: string): Finding[] {
  const r = Array.isArray(grids) ? validateBook(grids) : validate(grids);
  return r.findings.filter((f) => f.code === code);
}

/** The A1 address of the first cell whose text contains `text` (for readable expectations). */
export function cellOf(grid: Grid, text: string): string {
  for (let r = 0; r < grid.rows.length; r++) {
    const c = grid.rows[r].findIndex((v) => typeof v === 'string' && v.includes(text));
    if (c >= 0) return a1(r, c);
  }
  throw new Error(`No cell contains "${text}"`);
}

const THAI_LETTERS = /[\u0E01-\u0E5B]/;

/** Every finding has readable Thai and English messages, and its rule's severity unless overridden. */
export function expectWellFormed(f: Finding): void {
  expect(f.message.length).toBeGreaterThan(0);
  expect(f.messageEn.length).toBeGreaterThan(0);
  expect(f.message).toMatch(THAI_LETTERS);
  expect(f.message).not.toMatch(/\{\w+\}/);
  expect(f.messageEn).not.toMatch(/\{\w+\}/);
}

/** The catalogue entry of a rule, as every rule file must have it. */
export function describeCatalogueEntry(code: string, severity: Severity): void {
  describe('catalogue entry', () => {
    const rule = ruleByCode(code);
    it(`is "${code}", kebab-case, equal to its file name, severity ${severity}`, () => {
      expect(rule.code).toBe(code);
      expect(rule.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
      const file = require.resolve(`../../../core/rules/${code}`);
      expect(file).toMatch(new RegExp(`[\\\\/]${code}\\.ts$`));
      expect(['error', 'warning', 'info']).toContain(rule.severity);
      expect(rule.severity).toBe(severity);
    });
    it('has non-empty Thai and English title and message templates', () => {
      for (const text of [rule.title.th, rule.title.en, rule.message.th, rule.message.en]) expect(text.trim().length).toBeGreaterThan(0);
      expect(rule.title.th).toMatch(THAI_LETTERS);
      expect(rule.title.en).toMatch(/[A-Za-z]/);
      expect(rule.message.en).toMatch(/[A-Za-z]/);
    });
    it('has a check, unless hosts emit it', () => {
      if (code === 'unreadable-file') expect(rule.check ?? rule.checkWorkbook).toBeUndefined();
      else expect(Boolean(rule.check ?? rule.checkWorkbook)).toBe(true);
    });
  });
}
