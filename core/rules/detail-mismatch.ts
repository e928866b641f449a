import type { FindingInput } from '../findings';
import type { DetailItem, Item } from '../schema';
import { formatNumber } from '../thai/amounts';
import { similarity } from '../thai/fuzzy';
import { compactText } from '../thai/text';
import { defineRule } from './rule';

/** Close enough, or one is the other cut short (a detail page often shortens the plan's title). */
function titlesAgree(a: string, b: string): boolean {
  const x = compactText(a);
  const y = compactText(b);
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return similarity(a, b) >= 0.5 || (short.length >= 12 && long.includes(short));
}

/** A row of a project-detail sheet, as the detail it is. */
function asDetail(item: Item): DetailItem {
  const b = item.budgets[0];
  return {
    ref: item.ref,
    mission: item.mission,
    number: item.number,
    title: item.title,
    source: item.source,
    budget: b ? { raw: b.raw, status: b.status, amount: b.amount, source: b.source } : null,
    period: item.period,
    responsible: item.responsible,
    targetGroup: item.targetGroup,
  };
}

/** The plan item a detail block describes: by mission and number, then number, then title. */
function planItemFor(detail: DetailItem, items: Item[]): Item | undefined {
  if (detail.mission && detail.number !== null) {
    const hit = items.find((i) => i.mission === detail.mission && i.number === detail.number);
    if (hit) return hit;
  }
  if (!detail.mission && detail.number !== null) {
    const numbered = items.filter((i) => i.number === detail.number);
    if (numbered.length === 1) return numbered[0];
  }
  let best: Item | undefined;
  let score = 0.6;
  for (const item of items) {
    const s = similarity(item.title, detail.title);
    if (s > score) [best, score] = [item, s];
  }
  return best;
}

function planBudget(item: Item): { uses: boolean; amounts: number[]; text: string } {
  const amounts = item.budgets.filter((b) => b.status === 'amount' && b.amount !== 0).map((b) => b.amount);
  const text = amounts.length ? [...new Set(amounts)].map(formatNumber).join(' / ') : 'ไม่ใช้งบประมาณ';
  return { uses: amounts.length > 0, amounts, text };
}

function budgetDiffers(detail: DetailItem, item: Item): boolean {
  const b = detail.budget;
  if (!b || b.status === 'invalid' || b.status === 'empty' || b.status === 'placeholder') return false;
  const plan = planBudget(item);
  const detailUses = b.status === 'amount' && b.amount !== 0;
  if (detailUses !== plan.uses) return true;
  return detailUses && !plan.amounts.includes(b.amount);
}

/** A project-detail block whose budget or title disagrees with its row in the plan table. */
export const detailMismatch = defineRule({
  code: 'detail-mismatch',
  severity: 'warning',
  title: { th: 'รายละเอียดโครงการไม่ตรงกับแผน', en: 'Project detail differs from the plan' },
  message: {
    th: 'รายละเอียดโครงการ {ref} ระบุ{what} "{value}" แต่ในตารางแผน (ช่อง {planCell}) เป็น "{expected}"',
    en: 'Project detail {ref} gives the {whatEn} "{value}" but the plan table (cell {planCell}) has "{expected}"',
  },
  checkWorkbook: ({ sheets }) => {
    const out: FindingInput[] = [];
    const items = sheets.filter((s) => s.doc.kind !== 'project-detail').flatMap((s) => s.doc.items);
    const details = sheets.flatMap((s) => (s.doc.kind === 'project-detail' ? [...s.doc.details, ...s.doc.items.map(asDetail)] : s.doc.details));
    for (const detail of details) {
      const item = planItemFor(detail, items);
      if (!item) continue;
      if (budgetDiffers(detail, item) && detail.budget) {
        const planCell = item.budgets.find((b) => b.status === 'amount')?.source.cell ?? item.source.cell;
        out.push({
          source: detail.budget.source,
          value: detail.budget.raw,
          expected: planBudget(item).text,
          params: { ref: detail.ref, what: 'งบประมาณ', whatEn: 'budget', planCell: `${item.source.sheet}!${planCell}` },
        });
      }
      if (!titlesAgree(detail.title, item.title)) {
        out.push({
          source: detail.source,
          value: detail.title,
          expected: item.title,
          params: { ref: detail.ref, what: 'ชื่อ', whatEn: 'title', planCell: `${item.source.sheet}!${item.source.cell}` },
        });
      }
    }
    return out;
  },
});
