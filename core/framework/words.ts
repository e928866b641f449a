/**
 * Words the matcher treats specially, as data: heading prefixes, interchangeable wordings, council
 * names standing in for "องค์กรปกครองส่วนท้องถิ่น", and the phrases that tell the two frameworks apart.
 * All strings are in compact form (no spaces) unless noted.
 */
import type { FrameworkId } from '../schema';

/**
 * Words written before a code ("ภารกิจตามมิติ ๒.๓", "มิติที่ 1."), with the typos seen in seed 003
 * (มติ for มิติ, การกิจ for ภารกิจ). Longest first so "ภารกิจตามมิติ" wins over "ภารกิจ".
 * An optional "ที่" after any of them is stripped too.
 */
export const PREFIX_WORDS: readonly string[] = [
  'ภารกิจตามมิติ',
  'ภารกิจตามมติ',
  'การกิจตามมิติ',
  'การกิจตามมติ',
  'ภารกิจ',
  'มิติ',
  'มติ',
];

/** [variant, replacement]: wordings that mean the same; a name differing only by these is a 'variant'. */
export const INTERCHANGEABLE_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['เสริมสร้าง', 'สร้าง'],
  ['บริหารจัดการกิจการ', 'บริหารกิจการ'],
  ['ดุลยพินิจ', 'ดุลพินิจ'],
];

/** The generic word the templates use where clerks write their own council's name. */
export const LOCAL_GOVERNMENT = 'องค์กรปกครองส่วนท้องถิ่น';

/**
 * Council-type words: "…ของ<type><name>" at the end of a written name is a council's own name even
 * when the caller did not pass it (องค์กรบริหาร… is a typo seen in seed 004).
 */
export const COUNCIL_TYPE_WORDS: readonly string[] = [
  'องค์การบริหารส่วนจังหวัด',
  'องค์การบริหารส่วนตำบล',
  'องค์กรบริหารส่วนจังหวัด',
  'องค์กรบริหารส่วนตำบล',
  'เทศบาลนคร',
  'เทศบาลเมือง',
  'เทศบาลตำบล',
  'อบจ.',
  'อบต.',
  'ทน.',
  'ทม.',
  'ทต.',
];

export interface FrameworkSignal {
  framework: FrameworkId;
  dimension: string;
  phrase: string;
}

/**
 * Dimension-name phrases that exist in one framework only (D3 is identical in both). Legacy D2 is the
 * whole "บริหารราชการเพื่อป้องกันการทุจริต": "เพื่อป้องกันการทุจริต" alone occurs in current plans' prose
 * and item titles (seeds 000, 003, 004).
 */
export const FRAMEWORK_SIGNALS: readonly FrameworkSignal[] = [
  { framework: 'legacy', dimension: '1', phrase: 'สังคมที่ไม่ทน' },
  { framework: 'legacy', dimension: '2', phrase: 'บริหารราชการเพื่อป้องกันการทุจริต' },
  { framework: 'legacy', dimension: '4', phrase: 'เสริมสร้างและปรับปรุงกลไก' },
  { framework: 'current', dimension: '1', phrase: 'วัฒนธรรมสุจริต' },
  { framework: 'current', dimension: '2', phrase: 'ด้วยความโปร่งใส' },
  { framework: 'current', dimension: '4', phrase: 'ยกระดับกลไก' },
];
