/**
 * How header cells are written in real plan tables, per column role. Patterns run on the compact
 * form of a label (no spaces, Arabic digits, มติ typo read as มิติ), so PDF wrap spaces never matter.
 */
import { memoOfString } from '../memo';
import { hasCode, leadingIndex } from '../thai/text';
import type { ColumnRole } from '../schema';

export interface HeaderLabel {
  role: ColumnRole;
  patterns: RegExp[];
}

/** Order matters: the first role whose pattern matches wins. */
export const HEADER_LABELS: readonly HeaderLabel[] = [
  { role: 'mission', patterns: [/^(ภารกิจ|การกิจ)(ตาม)?(มิติ)?$/, /^(ภารกิจ|การกิจ)ตามมิติ/] },
  { role: 'dimension', patterns: [/^มิติ(ที่)?$/] },
  {
    role: 'title',
    patterns: [
      /^(ชื่อ)?(โครงการ|มาตรการ|กิจกรรม)[/,]?(หรือ)?(โครงการ|มาตรการ|กิจกรรม)/,
      /^ชื่อ(โครงการ|มาตรการ|กิจกรรม)$/,
      /^(โครงการ|มาตรการ|กิจกรรม)$/,
    ],
  },
  { role: 'quarter', patterns: [/^ไตรมาส(ที่)?[1-4]$/, /^q[1-4]$/] },
  { role: 'remark', patterns: [/^หมายเหตุ/] },
  { role: 'target-group', patterns: [/^(กลุ่ม)?เป้าหมาย$/] },
  { role: 'outputs', patterns: [/^ผลผลิต/, /\(output\)/, /^output/] },
  { role: 'outcomes', patterns: [/^ผลลัพธ์/, /\(outcome/, /^outcome/] },
  { role: 'period', patterns: [/ระยะเวลา/] },
  { role: 'steps', patterns: [/^ขั้นตอน/, /^วิธีการปฏิบัติ/] },
  { role: 'responsible', patterns: [/ผู้รับผิดชอบ/, /^หน่วยงาน(ที่)?รับผิดชอบ/] },
  { role: 'number', patterns: [/^ลำดับ(ที่)?$/, /^ที่$/] },
  { role: 'rationale', patterns: [/^หลักการและเหตุผล/] },
  { role: 'objectives', patterns: [/^วัตถุประสงค์/] },
  { role: 'method', patterns: [/^วิธี(การ)?ดำเนิน(การ|งาน)$/] },
  { role: 'budget', patterns: [/^งบประมาณ/, /^จำนวนเงิน/] },
];

/** What labelForm removes: quotes and colons around a label. */
const LABEL_MARKS = '“”"\'‘’:：';
const LABEL_MARKS_RE = new RegExp(`[${LABEL_MARKS}]`, 'g');

/** The kind words the title patterns are made of, and the letters a title label starts with (ชื่อ or a kind word). */
const TITLE_WORDS: readonly string[] = ['โครงการ', 'มาตรการ', 'กิจกรรม'];
const TITLE_LEADS = 'ชโมก';
/** What follows a kind word in a title label: / , หรือ or another kind word (or nothing). */
const TITLE_GOES_ON = '/,หโมก';

/** The word of `words` written at `at` (a loop: a find() callback would be a new closure per cell). */
function wordAt(raw: string, at: number, words: readonly string[]): string | undefined {
  for (const w of words) if (raw.startsWith(w, at)) return w;
  return undefined;
}

/**
 * Whether a header cell may name the title column, read from its first words as written. Detection
 * asks it of every cell of every row, and an item row's cells are ruled out here without their
 * labels being read: they do not start with ชื่อ or a kind word, or, as an item's title does
 * ("โครงการส่งเสริม…"), go on after the kind word with other words. False only when the role of the
 * cell's compact form cannot be 'title'; true when unsure (markup, a wrap space inside a word).
 * test/core/shortcuts.test.ts checks it against the title patterns.
 */
export function mayBeTitleLabel(raw: string): boolean {
  const at = leadingIndex(raw, LABEL_MARKS);
  if (at < 0) return true;
  if (!hasCode(TITLE_LEADS, raw.charCodeAt(at))) return false;
  const word = wordAt(raw, at, TITLE_WORDS);
  if (!word) return true;
  const next = leadingIndex(raw, LABEL_MARKS, at + word.length);
  return next < 0 || next === raw.length || hasCode(TITLE_GOES_ON, raw.charCodeAt(next));
}

/** Labels that group other columns ("ผลการดำเนินงาน" over ผลผลิต | ผลลัพธ์): not a role of their own. */
export const GROUP_LABELS: readonly RegExp[] = [/^ผลการดำเนิน(งาน|การ)$/];

/** The compact form used to compare labels: the typo มติ is read as มิติ. */
export function labelForm(compact: string): string {
  return compact.replace(/มติ/g, 'มิติ').replace(LABEL_MARKS_RE, '');
}

/** The role a header label names; every short cell of every row is asked (detect.ts), hence the memo. */
export const roleOfLabel: (compact: string) => ColumnRole | null = memoOfString((compact) => {
  const form = labelForm(compact);
  if (!form) return null;
  for (const label of HEADER_LABELS) {
    if (label.patterns.some((p) => p.test(form))) return label.role;
  }
  return null;
});

export const isGroupLabel: (compact: string) => boolean = memoOfString((compact) => {
  const form = labelForm(compact);
  return GROUP_LABELS.some((p) => p.test(form));
});
