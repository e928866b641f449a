/**
 * The report's three charts as inline SVG, drawn here (no chart library, nothing fetched): budget
 * by dimension and year (stacked bars), councils by status and findings by code (horizontal bars).
 * Every bar carries a <title> and every value is also printed as a visible label, so the numbers
 * read without hovering and print. Text from the inputs is escaped.
 */
import type { Severity } from '../../../core/schema';
import { esc, fitText, r1, textWidth, type Fmt } from './html';
import { SEVERITY_COLOR, SEVERITY_ORDER, SEVERITY_TH } from './labels';

const W = 760;

function svgOpen(id: string, h: number, title: string, desc: string): string {
  return (
    `<svg class="chart" id="${esc(id)}" viewBox="0 0 ${W} ${r1(h)}" width="${W}" height="${r1(h)}" role="img" aria-label="${esc(title)}" aria-describedby="${esc(id)}-desc">` +
    `<title>${esc(title)}</title><desc id="${esc(id)}-desc">${esc(desc)}</desc>`
  );
}

function text(x: number, y: number, s: string, attrs = ''): string {
  return `<text x="${r1(x)}" y="${r1(y)}"${attrs ? ' ' + attrs : ''}>${esc(s)}</text>`;
}

/** A step of 1, 2, 2.5 or 5 × 10^n giving about `count` intervals up to max. */
export function niceStep(max: number, count = 5): number {
  if (!(max > 0)) return 1;
  const raw = max / count;
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  const step = (m <= 1 ? 1 : m <= 2 ? 2 : m <= 2.5 ? 2.5 : m <= 5 ? 5 : 10) * p;
  return Math.max(1, step);
}

// ------------------------------------------------------------------------------------------------
// 1. Budget by dimension and year
// ------------------------------------------------------------------------------------------------

export interface BudgetSeries {
  code: string;
  label: string;
  color: string;
  budgetByYear: Record<string, number>;
}

export interface BudgetChartData {
  years: string[];
  series: BudgetSeries[];
  /** The run's budget per year (the bar's printed total). */
  totals: Record<string, number>;
}

export function budgetChart(id: string, data: BudgetChartData, fmt: Fmt): string {
  const { years, series, totals } = data;
  const stackOf = (y: string) => series.reduce((n, s) => n + Math.max(0, s.budgetByYear[y] ?? 0), 0);
  const max = Math.max(0, ...years.map((y) => Math.max(totals[y] ?? 0, stackOf(y))));
  const step = niceStep(max);
  const top = max > 0 ? Math.ceil(max / step) * step : step;
  const ticks: number[] = [];
  for (let t = 0; t <= top + step / 2; t += step) ticks.push(t);
  const tickW = Math.max(...ticks.map((t) => textWidth(fmt.n(t), 12)));
  const ml = 34 + tickW + 10;
  const mr = 16;
  const mt = 28;
  const ph = 250;
  const pw = W - ml - mr;
  const legendTop = mt + ph + 64;
  const h = legendTop + series.length * 22 + 4;
  const yOf = (v: number) => mt + ph - (Math.max(0, v) / top) * ph;
  const out: string[] = [];
  const title = 'งบประมาณตามแผน จำแนกตามมิติและปีงบประมาณ (บาท)';
  const desc = years.map((y) => `ปี ${fmt.d(y)} รวม ${fmt.n(totals[y] ?? 0)} บาท`).join('; ');
  out.push(svgOpen(id, h, title, desc));
  // grid and y axis
  out.push('<g class="axis y-axis">');
  for (const t of ticks) {
    const y = yOf(t);
    out.push(`<line x1="${r1(ml)}" y1="${r1(y)}" x2="${r1(ml + pw)}" y2="${r1(y)}" class="grid"/>`);
    out.push(text(ml - 8, y + 4, fmt.n(t), 'text-anchor="end" class="tick"'));
  }
  out.push(text(14, mt + ph / 2, 'งบประมาณ (บาท)', `text-anchor="middle" class="axis-title" transform="rotate(-90 14 ${r1(mt + ph / 2)})"`));
  out.push(`<line x1="${r1(ml)}" y1="${r1(mt)}" x2="${r1(ml)}" y2="${r1(mt + ph)}" class="axis-line"/>`);
  out.push('</g>');
  // bars
  const slot = pw / Math.max(1, years.length);
  const barW = Math.min(84, Math.max(14, slot * 0.56));
  years.forEach((year, i) => {
    const x = ml + slot * i + (slot - barW) / 2;
    const cx = x + barW / 2;
    out.push(`<g class="bar-group" data-year="${esc(year)}">`);
    let base = 0;
    for (const s of series) {
      const v = s.budgetByYear[year];
      const amount = v ?? 0;
      const y0 = yOf(base);
      const y1 = yOf(base + amount);
      const hh = Math.max(0, y0 - y1);
      const tip = `ปี ${fmt.d(year)} · ${s.label}: ${v === undefined ? 'ไม่มีในแผน' : `${fmt.n(amount)} บาท`}`;
      out.push(
        `<rect class="seg" x="${r1(x)}" y="${r1(y1)}" width="${r1(barW)}" height="${r1(hh)}" fill="${s.color}" data-dimension="${esc(s.code)}" data-value="${amount}"><title>${esc(tip)}</title></rect>`,
      );
      const label = fmt.n(amount);
      if (hh >= 18 && textWidth(label, 11) <= barW - 6) out.push(text(cx, y1 + hh / 2 + 4, label, 'text-anchor="middle" class="seg-label"'));
      base += Math.max(0, amount);
    }
    const total = fmt.n(totals[year] ?? 0);
    const size = Math.max(8, Math.min(12.5, (12.5 * (slot - 6)) / textWidth(total, 12.5)));
    out.push(text(cx, yOf(base) - 7, total, `text-anchor="middle" class="total"${size < 12.5 ? ` style="font-size:${r1(size)}px"` : ''}`));
    out.push(text(cx, mt + ph + 20, fmt.d(year), 'text-anchor="middle" class="tick"'));
    out.push('</g>');
  });
  out.push(`<line x1="${r1(ml)}" y1="${r1(mt + ph)}" x2="${r1(ml + pw)}" y2="${r1(mt + ph)}" class="axis-line"/>`);
  out.push(text(ml + pw / 2, mt + ph + 44, 'ปีงบประมาณ (พ.ศ.)', 'text-anchor="middle" class="axis-title"'));
  // legend
  out.push('<g class="legend">');
  series.forEach((s, i) => {
    const y = legendTop + i * 22;
    out.push(`<rect x="${r1(ml)}" y="${r1(y)}" width="14" height="14" rx="2" fill="${s.color}"/>`);
    const shown = fitText(s.label, W - ml - mr - 22, 13);
    out.push(`<text x="${r1(ml + 22)}" y="${r1(y + 12)}" class="legend-label">${shown !== s.label ? `<title>${esc(s.label)}</title>` : ''}${esc(shown)}</text>`);
  });
  out.push('</g></svg>');
  return out.join('');
}

// ------------------------------------------------------------------------------------------------
// 2. Councils by status
// ------------------------------------------------------------------------------------------------

export interface StatusRow {
  status: string;
  label: string;
  count: number;
  color: string;
}

export function statusChart(id: string, rows: StatusRow[], fmt: Fmt): string {
  const rowH = 36;
  const mt = 8;
  const ml = Math.max(...rows.map((r) => textWidth(r.label, 14))) + 20;
  const valueRoom = 80;
  const pw = W - ml - valueRoom;
  const max = Math.max(1, ...rows.map((r) => r.count));
  const h = mt + rows.length * rowH + 6;
  const title = 'จำนวนหน่วยงานจำแนกตามสถานะการส่งและผลการตรวจ';
  const desc = rows.map((r) => `${r.label} ${fmt.n(r.count)} แห่ง`).join('; ');
  const out: string[] = [svgOpen(id, h, title, desc)];
  rows.forEach((r, i) => {
    const y = mt + i * rowH;
    const bw = (r.count / max) * pw;
    out.push(`<g class="bar" data-status="${esc(r.status)}" data-value="${r.count}">`);
    out.push(text(ml - 12, y + 23, r.label, 'text-anchor="end" class="row-label"'));
    out.push(`<rect x="${r1(ml)}" y="${r1(y + 7)}" width="${r1(Math.max(bw, r.count > 0 ? 2 : 0))}" height="22" rx="3" fill="${r.color}"><title>${esc(`${r.label}: ${fmt.n(r.count)} แห่ง`)}</title></rect>`);
    out.push(text(ml + bw + 8, y + 23, `${fmt.n(r.count)} แห่ง`, 'class="value"'));
    out.push('</g>');
  });
  out.push(`<line x1="${r1(ml)}" y1="${mt}" x2="${r1(ml)}" y2="${r1(mt + rows.length * rowH)}" class="axis-line"/>`);
  out.push('</svg>');
  return out.join('');
}

// ------------------------------------------------------------------------------------------------
// 3. Findings by code
// ------------------------------------------------------------------------------------------------

export interface FindingRow {
  code: string;
  title: string | null;
  bySeverity: Record<Severity, number>;
  total: number;
}

export function findingsChart(id: string, rows: FindingRow[], more: { codes: number; findings: number }, fmt: Fmt): string {
  const rowH = 42;
  const mt = 34;
  const labelMax = 300;
  const ml = Math.min(labelMax, Math.max(...rows.map((r) => Math.max(textWidth(r.title ?? r.code, 14), textWidth(r.code, 12))))) + 20;
  const valueRoom = 70;
  const pw = W - ml - valueRoom;
  const max = Math.max(1, ...rows.map((r) => r.total));
  const h = mt + rows.length * rowH + (more.codes > 0 ? 26 : 0) + 6;
  const title = 'ข้อค้นพบจากการตรวจ จำแนกตามรหัส';
  const desc = rows.map((r) => `${r.title ?? r.code} (${r.code}) ${fmt.n(r.total)} รายการ`).join('; ');
  const out: string[] = [svgOpen(id, h, title, desc)];
  // severity legend
  let lx = ml;
  out.push('<g class="legend">');
  for (const s of SEVERITY_ORDER) {
    out.push(`<rect x="${r1(lx)}" y="6" width="14" height="14" rx="2" fill="${SEVERITY_COLOR[s]}"/>`);
    out.push(text(lx + 20, 18, SEVERITY_TH[s], 'class="legend-label"'));
    lx += 20 + textWidth(SEVERITY_TH[s], 13) + 22;
  }
  out.push('</g>');
  rows.forEach((r, i) => {
    const y = mt + i * rowH;
    out.push(`<g class="bar" data-code="${esc(r.code)}" data-value="${r.total}">`);
    const main = fitText(r.title ?? r.code, labelMax, 14);
    out.push(text(ml - 12, y + (r.title ? 17 : 25), main, 'text-anchor="end" class="row-label"'));
    if (r.title) out.push(text(ml - 12, y + 33, r.code, 'text-anchor="end" class="code-label"'));
    let x = ml;
    for (const s of SEVERITY_ORDER) {
      const n = r.bySeverity[s];
      if (n === 0) continue;
      const bw = (n / max) * pw;
      out.push(`<rect x="${r1(x)}" y="${r1(y + 10)}" width="${r1(bw)}" height="22" fill="${SEVERITY_COLOR[s]}" data-severity="${s}"><title>${esc(`${r.code} · ${SEVERITY_TH[s]} ${fmt.n(n)} รายการ`)}</title></rect>`);
      x += bw;
    }
    out.push(text(x + 8, y + 26, fmt.n(r.total), 'class="value"'));
    out.push('</g>');
  });
  out.push(`<line x1="${r1(ml)}" y1="${mt}" x2="${r1(ml)}" y2="${r1(mt + rows.length * rowH)}" class="axis-line"/>`);
  if (more.codes > 0) {
    out.push(text(ml, mt + rows.length * rowH + 20, `และอีก ${fmt.n(more.codes)} รหัส รวม ${fmt.n(more.findings)} รายการ (ดูในตารางด้านล่าง)`, 'class="note"'));
  }
  out.push('</svg>');
  return out.join('');
}
