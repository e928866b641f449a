/**
 * Project-detail sections written as blocks (ลำดับที่ N, then ๑. ชื่อโครงการ … ๗. งบประมาณ …),
 * as in the seed documents' Part 3. Each block becomes a DetailItem to compare with the plan.
 */
import type { DetailItem } from '../schema';
import { parseAmount, parseNumber } from '../thai/amounts';
import { toArabicDigits } from '../thai/digits';
import { compactText } from '../thai/text';
import { rowCells, sourceOf, type ParseState } from './state';

type Field = 'title' | 'budget' | 'period' | 'responsible' | 'targetGroup';

const FIELD_HEADINGS: { field: Field; re: RegExp }[] = [
  { field: 'title', re: /^ชื่อ(โครงการ|กิจกรรม|มาตรการ)/ },
  { field: 'budget', re: /^งบประมาณ/ },
  { field: 'period', re: /^ระยะเวลา/ },
  { field: 'responsible', re: /^(ผู้รับผิดชอบ|หน่วยงานรับผิดชอบ)/ },
  { field: 'targetGroup', re: /^กลุ่มเป้าหมาย/ },
];

/** "1.1.2.(1)" → mission 1.2, number 1 (dimension, dimension again, mission, item); "๑" → number 1. */
export function parseDetailRef(raw: string): { mission: string | null; number: number | null } {
  const t = toArabicDigits(raw).replace(/\s+/g, '');
  const m = /^((?:\d+\.)*\d+)\.?\((\d+)\)$/.exec(t);
  if (m) {
    const codes = m[1].split('.');
    const mission =
      codes.length >= 3 && codes[0] === codes[1] ? `${codes[0]}.${codes[2]}` : codes.length >= 2 ? `${codes[0]}.${codes[1]}` : null;
    return { mission, number: Number(m[2]) };
  }
  const n = /^(\d+)\.?$/.exec(t);
  return { mission: null, number: n ? Number(n[1]) : null };
}

/** An amount anywhere in a budget line ("ปีงบประมาณ 2567 จำนวน 10,000 บาท"). */
function budgetOf(text: string) {
  const direct = parseAmount(text, { dash: 'zero' });
  if (direct.status !== 'invalid') return direct;
  const m = /(\d[\d,]*(?:\.\d+)?)\s*บาท/.exec(toArabicDigits(text));
  const amount = m ? parseNumber(m[1]) : null;
  if (amount === null) return direct;
  return { status: 'amount' as const, amount, usesBudget: amount !== 0, notPlanned: false };
}

function headingOf(text: string): { field: Field | null; rest: string } | null {
  const m = /^[0-9๐-๙]+\s*[.)]\s*(.*)$/.exec(text);
  if (!m) return null;
  const body = m[1];
  const hit = FIELD_HEADINGS.find((h) => h.re.test(compactText(body)));
  if (!hit) return { field: null, rest: '' };
  const colon = body.search(/[:：]/);
  return { field: hit.field, rest: colon >= 0 ? body.slice(colon + 1).trim() : '' };
}

/** Parses detail blocks from the given rows (those outside tables), in order. */
export function parseDetailBlocks(state: ParseState, rows: number[]): DetailItem[] {
  const { grid } = state;
  const details: DetailItem[] = [];
  let current: DetailItem | null = null;
  let expecting: Field | null = null;
  for (const row of rows) {
    const cells = rowCells(grid, row);
    if (cells.length !== 1) continue;
    const { col, text } = cells[0];
    const source = sourceOf(grid, row, col);
    const start = /^ลำดับที่\s*([0-9๐-๙][0-9๐-๙.()\s]*)$/.exec(text);
    if (start) {
      const ref = toArabicDigits(start[1]).replace(/\s+/g, '');
      current = { ref, ...parseDetailRef(ref), title: '', source, budget: null, period: null, responsible: null, targetGroup: null };
      details.push(current);
      expecting = null;
      continue;
    }
    if (!current) continue;
    const heading = headingOf(text);
    if (heading) {
      expecting = heading.field;
      if (heading.field && heading.rest) {
        setField(current, heading.field, heading.rest, source);
        expecting = null;
      }
    } else if (expecting) {
      setField(current, expecting, text, source);
      expecting = null;
    }
  }
  return details.filter((d) => d.title);
}

function setField(d: DetailItem, field: Field, text: string, source: DetailItem['source']): void {
  if (field === 'budget') {
    const b = budgetOf(text);
    d.budget = { raw: text, status: b.status, amount: b.amount, source };
  } else if (field === 'title') {
    d.title = text;
    d.source = source;
  } else {
    d[field] = text;
  }
}
