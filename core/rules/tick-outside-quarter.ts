import type { FindingInput } from '../findings';
import { defineRule } from './rule';

/** A tick mark in a budget or remark column: the clerk meant a quarter. */
export const tickOutsideQuarter = defineRule({
  code: 'tick-outside-quarter',
  severity: 'error',
  title: { th: 'เครื่องหมายอยู่นอกช่องไตรมาส', en: 'Tick outside the quarter columns' },
  message: {
    th: 'รายการ {ref} มีเครื่องหมาย "{value}" ในช่องที่ไม่ใช่ไตรมาส ควรย้ายไปช่องไตรมาสที่ดำเนินการ',
    en: 'Item {ref} has a tick "{value}" outside the quarter columns; move it to the quarter it runs in',
  },
  check: ({ doc }) => {
    // A loop, not flatMap: most items have none, and an array per item was made for nothing.
    const out: FindingInput[] = [];
    for (const item of doc.items) for (const t of item.strayTicks) out.push({ source: t.source, value: t.raw, params: { ref: item.ref } });
    return out;
  },
});
