/**
 * The report's blocks: headline cards, the three charts with their tables, and one section per
 * province (figures, districts, councils, councils that have not sent, findings per council).
 * Figures are read from the run; the only counting done here is grouping the run's own lists
 * (councils by status the way consolidate.ts counts them valid, findings by code).
 */
import type { Finding, Severity } from '../../../core/schema';
import { senderKey } from '../../aggregate';
import { provinceTitle, UNKNOWN_PROVINCE, type ConsolidationRun } from '../../consolidate';
import type { CouncilEntry, DistrictEntry, FileEntry, ProvinceEntry } from '../../summary-schema';
import { budgetChart, findingsChart, statusChart, type FindingRow } from './charts';
import { byText, esc, type Fmt } from './html';
import {
  commonFramework, dimensionColor, dimensionLabel, DOC_KIND_SHORT_TH, DOC_KIND_TH, FILE_STATUS_TH, ruleTitle, SEVERITY_ORDER, SEVERITY_TH,
  sortDimensions, STATUS_CHART_TH, STATUS_COLOR, STATUS_ORDER, STATUS_TH, type CouncilStatus,
} from './labels';

type Summary = ConsolidationRun['summary'];
type Figures = Omit<ProvinceEntry, 'name'>;

/** Findings lists longer than this start collapsed. */
const OPEN_FINDINGS_MAX = 10;
/** Codes drawn in the findings chart; the table below it lists every code. */
const TOP_CODES = 10;

const sortedYears = (...records: Record<string, number>[]): string[] => [...new Set(records.flatMap((r) => Object.keys(r)))].sort(byText);

function td(v: number | undefined, fmt: Fmt): string {
  return v === undefined ? '<td class="num muted">–</td>' : `<td class="num">${fmt.n(v)}</td>`;
}

function yearHeads(years: string[], fmt: Fmt): string {
  return years.map((y) => `<th class="num" scope="col">${fmt.d(y)}</th>`).join('');
}

export function card(label: string, value: string, unit: string, attrs = '', cls = 'card'): string {
  return `<div class="${cls}"${attrs ? ' ' + attrs : ''}><div class="k">${esc(label)}</div><div class="v">${value}</div><div class="u">${esc(unit)}</div></div>`;
}

/** Councils expected / submitted / valid, missing, plan items, and the plan budget for each year. */
export function figureCards(f: Figures, fmt: Fmt, opts: { missing?: boolean } = {}): string {
  const kinds = Object.entries(f.itemsByKind).filter(([, n]) => n > 0).map(([k, n]) => `${esc(k)} ${fmt.n(n)}`).join(' · ');
  const years = Object.keys(f.budgetByYear).sort(byText);
  const out = ['<div class="cards counts-cards">'];
  out.push(card('หน่วยงานที่ต้องส่ง', fmt.n(f.councilsExpected), 'แห่ง', 'data-figure="expected"'));
  out.push(card('ส่งแล้ว', fmt.n(f.councilsSubmitted), 'แห่ง', 'data-figure="submitted"'));
  out.push(card('ผ่านการตรวจ (ไม่มีข้อผิดพลาด)', fmt.n(f.councilsValid), 'แห่ง', 'data-figure="valid"'));
  if (opts.missing) out.push(card('ยังไม่ส่ง', fmt.n(f.missing.length), 'แห่ง', 'data-figure="missing"', f.missing.length > 0 ? 'card warn' : 'card'));
  out.push(card('รายการในแผน', fmt.n(f.items), 'โครงการ/มาตรการ/กิจกรรม', 'data-figure="items"'));
  out.push('</div>');
  if (kinds) out.push(`<p class="kinds">รายการในแผนจำแนกตามประเภท: ${kinds}</p>`);
  if (years.length > 0) {
    out.push('<p class="cards-label">งบประมาณตามแผน (บาท)</p><div class="cards budget-cards">');
    for (const y of years) out.push(card(`ปีงบประมาณ ${fmt.d(y)}`, fmt.n(f.budgetByYear[y]), 'บาท', `data-figure="budget" data-year="${esc(y)}"`));
    out.push('</div>');
  } else {
    out.push('<p class="note">ยังไม่มีงบประมาณตามแผน (ยังไม่ได้รับแผนปฏิบัติการที่อ่านได้)</p>');
  }
  return out.join('');
}

/**
 * Each council once (by province, district and name, as aggregate.ts counts councilsSubmitted:
 * senderKey), with the best status of its documents: so valid + warnings = councilsValid, errors =
 * submitted − valid (a council whose only file could not be read submitted, and counts among the errors).
 */
export function statusCounts(councils: CouncilEntry[], submitted: number, missing: number): Record<CouncilStatus, number> {
  const rank = { valid: 0, warnings: 1, errors: 2 } as const;
  const best = new Map<string, CouncilEntry['status']>();
  for (const c of councils) {
    const key = senderKey(c);
    const held = best.get(key);
    if (held === undefined || rank[c.status] < rank[held]) best.set(key, c.status);
  }
  const counts: Record<CouncilStatus, number> = { valid: 0, warnings: 0, errors: 0, missing };
  for (const s of best.values()) counts[s]++;
  counts.errors = submitted - counts.valid - counts.warnings;
  return counts;
}

function budgetFigure(id: string, f: Figures, councils: CouncilEntry[], fmt: Fmt): string {
  const years = Object.keys(f.budgetByYear).sort(byText);
  const head = '<figcaption>งบประมาณตามแผน จำแนกตามมิติและปีงบประมาณ</figcaption>';
  if (years.length === 0) return `<figure class="chart-box">${head}<p class="note">ไม่มีข้อมูลงบประมาณจากแผนปฏิบัติการ</p></figure>`;
  const framework = commonFramework(councils);
  const dims = sortDimensions(Object.keys(f.byDimension));
  const series = dims.map((code, i) => ({ code, label: dimensionLabel(code, framework), color: dimensionColor(code, i), budgetByYear: f.byDimension[code].budgetByYear }));
  const rows = series.map((s) => `<tr><th scope="row">${esc(s.label)}</th><td class="num">${fmt.n(f.byDimension[s.code].items)}</td>${years.map((y) => td(s.budgetByYear[y], fmt)).join('')}</tr>`);
  const table = wrap(
    `<table class="data"><caption>ตัวเลขของแผนภูมิ (บาท)</caption><thead><tr><th scope="col">มิติ</th><th class="num" scope="col">รายการ</th>${yearHeads(years, fmt)}</tr></thead>` +
    `<tbody>${rows.join('')}</tbody><tfoot><tr><td>รวม</td><td class="num">${fmt.n(f.items)}</td>${years.map((y) => td(f.budgetByYear[y], fmt)).join('')}</tr></tfoot></table>`,
    2 + years.length,
  );
  return `<figure class="chart-box">${head}${budgetChart(id, { years, series, totals: f.budgetByYear }, fmt)}${table}</figure>`;
}

function statusFigure(id: string, f: Figures, councils: CouncilEntry[], fmt: Fmt): string {
  const counts = statusCounts(councils, f.councilsSubmitted, f.missing.length);
  const rows = STATUS_ORDER.map((s) => ({ status: s, label: STATUS_CHART_TH[s], count: counts[s], color: STATUS_COLOR[s] }));
  return (
    `<figure class="chart-box"><figcaption>หน่วยงานจำแนกตามสถานะ</figcaption>${statusChart(id, rows, fmt)}` +
    `<p class="note">ต้องส่ง ${fmt.n(f.councilsExpected)} แห่ง · ส่งแล้ว ${fmt.n(f.councilsSubmitted)} แห่ง · ผ่านการตรวจ ${fmt.n(f.councilsValid)} แห่ง ` +
    `(หน่วยงานที่ส่งเอกสารหลายฉบับนับครั้งเดียว ตามฉบับที่ผลการตรวจดีที่สุด)</p></figure>`
  );
}

export function findingRows(findings: Finding[]): FindingRow[] {
  const byCode = new Map<string, FindingRow>();
  for (const f of findings) {
    const row = byCode.get(f.code) ?? { code: f.code, title: ruleTitle(f.code), bySeverity: { error: 0, warning: 0, info: 0 }, total: 0 };
    row.bySeverity[f.severity]++;
    row.total++;
    byCode.set(f.code, row);
  }
  return [...byCode.values()].sort((a, b) => b.total - a.total || byText(a.code, b.code));
}

function findingsFigure(id: string, findings: Finding[], fmt: Fmt): string {
  const head = '<figcaption>ข้อค้นพบจากการตรวจ จำแนกตามรหัส</figcaption>';
  const rows = findingRows(findings);
  if (rows.length === 0) return `<figure class="chart-box">${head}<p class="note">ไม่พบข้อค้นพบ</p></figure>`;
  const top = rows.slice(0, TOP_CODES);
  const rest = rows.slice(TOP_CODES);
  const more = { codes: rest.length, findings: rest.reduce((n, r) => n + r.total, 0) };
  const body = rows
    .map((r) => `<tr><td class="code">${esc(r.code)}</td><td>${esc(r.title ?? '')}</td>${SEVERITY_ORDER.map((s) => `<td class="num">${fmt.n(r.bySeverity[s])}</td>`).join('')}<td class="num">${fmt.n(r.total)}</td></tr>`)
    .join('');
  const table =
    `<details class="data"><summary>ตารางข้อค้นพบทุกรหัส (${fmt.n(rows.length)} รหัส)</summary><table class="data"><thead><tr><th scope="col">รหัส</th><th scope="col">ความหมาย</th>` +
    `${SEVERITY_ORDER.map((s) => `<th class="num" scope="col">${SEVERITY_TH[s]}</th>`).join('')}<th class="num" scope="col">รวม</th></tr></thead><tbody>${body}</tbody></table></details>`;
  return `<figure class="chart-box">${head}${findingsChart(id, top, more, fmt)}${table}</figure>`;
}

export function charts(prefix: string, f: Figures, councils: CouncilEntry[], findings: Finding[], fmt: Fmt): string {
  return budgetFigure(`${prefix}-budget`, f, councils, fmt) + statusFigure(`${prefix}-status`, f, councils, fmt) + findingsFigure(`${prefix}-findings`, findings, fmt);
}

/** "ผิดพลาด 9 · คำเตือน 3 · ข้อสังเกต 3"; with `brief`, only the non-zero ones, allowed to wrap. */
export function severityCounts(c: Record<Severity, number>, fmt: Fmt, brief = false): string {
  const shown = SEVERITY_ORDER.filter((s) => !brief || c[s] > 0);
  if (shown.length === 0) return '<span class="counts brief">ไม่มีข้อค้นพบ</span>';
  return `<span class="counts${brief ? ' brief' : ''}">${shown.map((s) => `<span>${SEVERITY_TH[s]} ${fmt.n(c[s])}</span>`).join(' · ')}</span>`;
}

/** A table that may be wider than the page (many years): scrolls on screen, smaller type when wide. */
function wrap(table: string, columns: number): string {
  return `<div class="table-wrap">${columns > 10 ? table.replace('<table class="', '<table class="wide ') : table}</div>`;
}

/** The provinces side by side (the national overview, when there are several). */
export function provinceTable(provinces: ProvinceEntry[], national: Summary['national'], fmt: Fmt): string {
  const years = sortedYears(national.budgetByYear, ...provinces.map((p) => p.budgetByYear));
  const row = (name: string, f: Figures) =>
    `<td class="num">${fmt.n(f.councilsExpected)}</td><td class="num">${fmt.n(f.councilsSubmitted)}</td><td class="num">${fmt.n(f.councilsValid)}</td><td class="num">${fmt.n(f.missing.length)}</td><td class="num">${fmt.n(f.items)}</td>${years.map((y) => td(f.budgetByYear[y], fmt)).join('')}`;
  return wrap(
    `<table class="data provinces"><caption>งบประมาณตามแผน (บาท) รายจังหวัด</caption><thead><tr><th scope="col">จังหวัด</th><th class="num" scope="col">ต้องส่ง</th><th class="num" scope="col">ส่งแล้ว</th><th class="num" scope="col">ผ่าน</th><th class="num" scope="col">ยังไม่ส่ง</th><th class="num" scope="col">รายการ</th>${yearHeads(years, fmt)}</tr></thead><tbody>` +
    provinces.map((p, i) => `<tr><th scope="row"><a href="#province-${i + 1}">${esc(p.name)}</a></th>${row(p.name, p)}</tr>`).join('') +
    `</tbody><tfoot><tr><td>รวมทุกจังหวัด</td>${row('', national)}</tr></tfoot></table>`,
    6 + years.length,
  );
}

function districtTable(districts: DistrictEntry[], years: string[], fmt: Fmt): string {
  if (districts.length === 0) return '<p class="note">ไม่มีข้อมูลรายอำเภอ</p>';
  const rows = districts.map(
    (d) =>
      `<tr><th scope="row">${d.name === '-' ? '<span class="muted">(ไม่ระบุอำเภอ)</span>' : esc(d.name)}</th><td class="num">${fmt.n(d.councilsExpected)}</td><td class="num">${fmt.n(d.councilsSubmitted)}</td>` +
      `<td class="num">${fmt.n(d.councilsValid)}</td><td class="num">${fmt.n(d.items)}</td>${years.map((y) => td(d.budgetByYear[y], fmt)).join('')}</tr>`,
  );
  return (
    wrap(`<table class="data districts compact"><thead><tr><th scope="col">อำเภอ</th><th class="num" scope="col">ต้องส่ง</th><th class="num" scope="col">ส่งแล้ว</th><th class="num" scope="col">ผ่าน</th><th class="num" scope="col">รายการในแผน</th>${yearHeads(years, fmt)}</tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table>`, 5 + years.length) + '<p class="note">งบประมาณตามแผน (บาท) · – = ไม่มีในแผนปีนั้น</p>'
  );
}

function councilTable(councils: CouncilEntry[], years: string[], fmt: Fmt): string {
  if (councils.length === 0) return '<p class="note">ยังไม่มีหน่วยงานที่ส่งเอกสาร</p>';
  const sorted = [...councils].sort((a, b) => byText(a.district ?? '', b.district ?? '') || byText(a.name, b.name) || byText(a.kind, b.kind) || byText(a.file, b.file));
  const rows = sorted.map(
    (c, i) =>
      `<tr data-status="${c.status}"><td class="num">${fmt.n(i + 1)}</td><td class="wrap">${esc(c.name)}</td><td>${c.district === null ? '<span class="muted">–</span>' : esc(c.district)}</td>` +
      `<td class="nowrap">${esc(DOC_KIND_SHORT_TH[c.kind])}</td><td class="num">${fmt.n(c.items)}</td>${years.map((y) => td(c.budgetByYear[y], fmt)).join('')}` +
      `<td><span class="badge ${c.status}">${STATUS_TH[c.status]}</span><br>${severityCounts(c.findings, fmt, true)}</td></tr>`,
  );
  return (
    wrap(`<table class="data councils"><thead><tr><th class="num" scope="col">ที่</th><th scope="col">หน่วยงาน</th><th scope="col">อำเภอ</th><th scope="col">เอกสาร</th><th class="num" scope="col">รายการ</th>${yearHeads(years, fmt)}<th scope="col">สถานะ</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table>`, 6 + years.length) + '<p class="note">งบประมาณ (บาท) ตามเอกสารแต่ละฉบับ · – = ไม่มีในเอกสารปีนั้น</p>'
  );
}

function missingList(province: ProvinceEntry, summary: Summary, fmt: Fmt): string {
  const head = `<h3>หน่วยงานที่ยังไม่ส่ง (${fmt.n(province.missing.length)} แห่ง)</h3>`;
  if (province.missing.length === 0) return `${head}<p class="note">ไม่มีหน่วยงานค้างส่งตามทะเบียนรายชื่อ</p>`;
  const entries = summary.missing.filter((m) => m.province === province.name);
  const items = entries.length === province.missing.length ? entries.map((m) => `<li>${esc(m.name)}${m.district ? ` <span class="muted">อ.${esc(m.district)}</span>` : ''}</li>`) : province.missing.map((n) => `<li>${esc(n)}</li>`);
  return `${head}<ul class="missing">${items.join('')}</ul>`;
}

/** The findings of each file, one collapsible block per council document. */
export function findingGroups(files: FileEntry[], findings: Finding[], fmt: Fmt): string {
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const shown = files
    .filter((f) => (byFile.get(f.path) ?? []).length > 0)
    .sort((a, b) => (a.council === null ? 1 : 0) - (b.council === null ? 1 : 0) || byText(a.council ?? '', b.council ?? '') || byText(a.path, b.path));
  if (shown.length === 0) return '<p class="note">ไม่พบข้อค้นพบ</p>';
  return shown
    .map((file) => {
      const list = byFile.get(file.path)!;
      const sheets = new Set(list.map((f) => f.sheet));
      const where = (f: Finding) => (f.cell ? (sheets.size > 1 && f.sheet ? `${f.sheet}!${f.cell}` : f.cell) : f.sheet && sheets.size > 1 ? f.sheet : '–');
      const rows = list.map(
        (f) => `<tr><td><span class="badge ${f.severity}">${SEVERITY_TH[f.severity]}</span></td><td class="code">${esc(f.code)}</td><td class="code">${esc(where(f))}</td><td class="wrap">${esc(f.message)}</td></tr>`,
      );
      const title = file.council ? esc(file.council) : '<span class="muted">(ไม่ทราบหน่วยงาน)</span>';
      const kind = file.kind ? ` · ${esc(DOC_KIND_TH[file.kind])}` : '';
      const status = file.status === 'accepted' ? '' : ` · <span class="badge missing">${FILE_STATUS_TH[file.status]}</span>`;
      return (
        `<details class="fgroup"${list.length <= OPEN_FINDINGS_MAX ? ' open' : ''}><summary><strong>${title}</strong>${kind}${status} — ${severityCounts(file.findings, fmt)}` +
        `<span class="path">${esc(file.path)}</span></summary><table class="data findings"><thead><tr><th scope="col">ระดับ</th><th scope="col">รหัส</th><th scope="col">เซลล์</th><th scope="col">รายละเอียด</th></tr></thead>` +
        `<tbody>${rows.join('')}</tbody></table></details>`
      );
    })
    .join('');
}

/** The province a council or file counts under, as consolidate.ts places it. */
export const provinceOf = (x: { province: string | null }): string => x.province ?? UNKNOWN_PROVINCE;

export function provinceSection(index: number, province: ProvinceEntry, summary: Summary, fmt: Fmt, opts: { cards: boolean }): string {
  const councils = summary.councils.filter((c) => provinceOf(c) === province.name);
  const files = summary.files.filter((f) => provinceOf(f) === province.name);
  const districts = summary.districts.filter((d) => d.province === province.name);
  const years = sortedYears(province.budgetByYear, ...councils.map((c) => c.budgetByYear), ...districts.map((d) => d.budgetByYear));
  const paths = new Set(files.map((f) => f.path));
  const findings = summary.findings.filter((f) => paths.has(f.file));
  const out = [`<section class="province" id="province-${index}" data-province="${esc(province.name)}">`, `<h2>${esc(provinceTitle(province.name))}</h2>`];
  if (opts.cards) out.push(figureCards(province, fmt, { missing: true }));
  out.push(`<p class="findings-line">ข้อค้นพบในจังหวัด: ${severityCounts(province.findings, fmt)}</p>`);
  const kinds = Object.entries(province.byDocumentKind).sort(([a], [b]) => byText(a, b));
  if (kinds.length > 0) {
    out.push(
      wrap(`<table class="data doc-kinds compact"><caption>เอกสารที่ได้รับ จำแนกตามประเภท (งบประมาณ บาท)</caption><thead><tr><th scope="col">ประเภทเอกสาร</th><th class="num" scope="col">หน่วยงาน</th><th class="num" scope="col">รายการ</th>${yearHeads(years, fmt)}</tr></thead><tbody>` +
        kinds.map(([k, v]) => `<tr><th scope="row">${esc(DOC_KIND_TH[k as keyof typeof DOC_KIND_TH] ?? k)}</th><td class="num">${fmt.n(v.councils)}</td><td class="num">${fmt.n(v.items)}</td>${years.map((y) => td(v.budgetByYear[y], fmt)).join('')}</tr>`).join('') +
        '</tbody></table>', 3 + years.length),
    );
  }
  out.push('<h3>รายอำเภอ</h3>', districtTable(districts, years, fmt));
  out.push(`<h3>รายหน่วยงาน (${fmt.n(councils.length)} ฉบับ)</h3>`, councilTable(councils, years, fmt));
  out.push(missingList(province, summary, fmt));
  out.push(`<h3>ข้อค้นพบรายหน่วยงาน</h3>`, findingGroups(files, findings, fmt));
  out.push('</section>');
  return out.join('');
}
