import type { FindingInput } from '../findings';
import { rowTexts } from '../cell-texts';
import { sourceOf } from '../parse/state';
import { compactText } from '../thai/text';
import { defineRule } from './rule';

/** Template instructions that were never replaced, in compact form. */
export const PLACEHOLDERS: readonly RegExp[] = [
  /ระบุชื่อองค์กรปกครอง/,
  /ระบุชื่อ(อปท|หน่วยงาน|องค์กร)/,
  /ระบุงบประมาณ/,
  /ระบุจำนวน/,
  /ระบุรายละเอียด/,
  /ระบุหน่วยงาน/,
  /\(ระบุ\)/,
  /x{3,}|\.{6,}/,
];

/** One regexp for what the PLACEHOLDERS need (includes() is slower on Thai text). */
const MAY_BE_PLACEHOLDER = /ระบุ|x{3}|\.{6}/;

/** Text left from the template ("ระบุชื่อองค์กรปกครองส่วนท้องถิ่น") in any cell of the sheet. */
export const placeholderText = defineRule({
  code: 'placeholder-text',
  severity: 'warning',
  title: { th: 'ข้อความแม่แบบยังไม่ได้แก้', en: 'Template placeholder left in' },
  message: {
    th: 'ยังมีข้อความแม่แบบ "{value}" ที่ต้องแทนด้วยข้อมูลจริง',
    en: 'The template text "{value}" was never replaced with real content',
  },
  check: ({ grid }) => {
    const out: FindingInput[] = [];
    for (let row = 0; row < grid.rows.length; row++) {
      for (const { col, text } of rowTexts(grid, row).cells) {
        // Every placeholder holds ระบุ, xxx or ......: other texts (nearly all) are not compacted.
        if (!MAY_BE_PLACEHOLDER.test(text)) continue;
        const compact = compactText(text);
        const hit = PLACEHOLDERS.find((p) => p.test(compact));
        if (!hit) continue;
        // From the placeholder's opening bracket, if any: "(ระบุ)", not "ระบุ)".
        const at = text.search(/[([]?ระบุ/);
        out.push({ source: sourceOf(grid, row, col), value: (at >= 0 ? text.slice(at) : text).slice(0, 60) });
      }
    }
    return out;
  },
});
