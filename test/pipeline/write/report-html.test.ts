import * as path from 'node:path';
import { formatNumber } from '../../../core/thai';
import { consolidate, UNKNOWN_PROVINCE, type ConsolidationRun } from '../../../pipeline/consolidate';
import { processFile } from '../../../pipeline/process-file';
import { renderReportHtml } from '../../../pipeline/write/report-html';
import { SAMPLE, SAMPLES } from '../../helpers/samples';

const FILES = [SAMPLE.pao, SAMPLE.nongchok, SAMPLE.muangnoi, SAMPLE.nongwaeng];

let run: ConsolidationRun;
let html: string;

beforeAll(async () => {
  const results = await Promise.all(FILES.map((f) => processFile(path.join(SAMPLES, f), 'samples/tables/' + f)));
  run = consolidate(results, { roster: null, province: null });
  html = renderReportHtml(run);
});

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const count = (s: string, re: RegExp) => (s.match(new RegExp(re.source, 'g')) ?? []).length;

/** The <svg id="…"> element's markup. */
function svg(page: string, id: string): string {
  const start = page.indexOf(`<svg class="chart" id="${id}"`);
  expect(start).toBeGreaterThanOrEqual(0);
  return page.slice(start, page.indexOf('</svg>', start) + '</svg>'.length);
}

test('the sample run is what the report is checked against', () => {
  expect(run.summary.councils).toHaveLength(4);
  expect(run.summary.national.budgetByYear['2566']).toBe(74000);
});

test('is one self-contained Thai page: nothing to fetch, a CSP that forbids fetching', () => {
  expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
  expect(html).toContain('<html lang="th">');
  expect(html).toContain('<meta charset="utf-8">');
  expect(html).not.toMatch(/https?:\/\//i);
  expect(html).not.toMatch(/(src|href)\s*=\s*["']?\s*\/\//i);
  expect(html).not.toMatch(/\ssrc\s*=/i);
  expect(html).not.toMatch(/<link\b|<img\b|<iframe\b|<object\b|@import|url\(/i);
  expect(count(html, /href="/)).toBe(count(html, /href="#[a-z0-9-]+"/));
  expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';[^"]*">/);
  expect(html).toContain('สรุปแผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส');
  expect(html).toContain('"TH Sarabun New", "Sarabun", "Noto Sans Thai", "Tahoma"');
});

test('draws the budget chart: one stacked bar per year, one segment per dimension, a legend', () => {
  const chart = svg(html, 'chart-budget');
  const years = Object.keys(run.summary.national.budgetByYear);
  const dims = Object.keys(run.summary.national.byDimension);
  expect(years).toEqual(['2566', '2567', '2568', '2569', '2570']);
  expect(dims).toEqual(['1', '2', '3', '4']);
  expect(count(chart, /class="bar-group"/)).toBe(5);
  expect(count(chart, /<rect class="seg"/)).toBe(5 * 4);
  expect(count(chart, /class="legend-label"/)).toBe(4);
  expect(chart).toMatch(/<title>[^<]+<\/title>/);
  expect(chart).toMatch(/aria-label="[^"]+"/);
  expect(chart).toContain('งบประมาณ (บาท)');
  expect(chart).toContain('ปีงบประมาณ (พ.ศ.)');
  expect(chart).toContain('มิติที่ 1 การสร้างวัฒนธรรมสุจริต');
  // the printed total per year is the run's, with thousands separators
  for (const y of years) expect(chart).toContain(`>${formatNumber(run.summary.national.budgetByYear[y])}</text>`);
  expect(chart).toContain('>101,000</text>');
  expect(chart).toMatch(/data-dimension="1" data-value="34000"/);
});

test('draws the status chart: four bars that add up to the run’s council counts', () => {
  const chart = svg(html, 'chart-status');
  expect(count(chart, /<g class="bar"/)).toBe(4);
  const value = (status: string) => Number(new RegExp(`data-status="${status}" data-value="(\\d+)"`).exec(chart)![1]);
  const n = run.summary.national;
  expect(value('valid') + value('warnings')).toBe(n.councilsValid);
  expect(value('valid') + value('warnings') + value('errors')).toBe(n.councilsSubmitted);
  expect(value('missing')).toBe(n.missing.length);
  expect(chart).toContain('ส่งแล้ว มีข้อผิดพลาด');
});

test('draws the findings chart: one bar per code (top 10), with Thai titles and counts', () => {
  const chart = svg(html, 'chart-findings');
  const byCode = new Map<string, number>();
  for (const f of run.summary.findings) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
  expect(count(chart, /<g class="bar"/)).toBe(Math.min(10, byCode.size));
  expect(chart).toContain(`data-code="name-variant" data-value="${byCode.get('name-variant')}"`);
  expect(chart).toContain('ยอดรวมไม่ตรงกับรายการ');
});

test('shows the headline figures of the run: the 2566 budget is 74,000', () => {
  const card = /<div class="card" data-figure="budget" data-year="2566"><div class="k">[^<]*<\/div><div class="v">([^<]*)<\/div>/.exec(html);
  expect(card).not.toBeNull();
  expect(card![1]).toBe(formatNumber(run.summary.national.budgetByYear['2566']));
  expect(card![1]).toBe('74,000');
  const figure = (name: string) => /<div class="v">([^<]*)<\/div>/.exec(html.slice(html.indexOf(`data-figure="${name}"`)))![1];
  expect(figure('expected')).toBe(String(run.summary.national.councilsExpected));
  expect(figure('submitted')).toBe(String(run.summary.national.councilsSubmitted));
  expect(figure('valid')).toBe(String(run.summary.national.councilsValid));
  expect(figure('items')).toBe(String(run.summary.national.items));
});

test('has a section per province after the national overview, naming every council', () => {
  expect(html.indexOf('id="overview"')).toBeLessThan(html.indexOf('class="province"'));
  for (const p of run.summary.provinces) expect(html).toContain(`data-province="${esc(p.name)}"`);
  expect(count(html, /<section class="province"/)).toBe(run.summary.provinces.length);
  for (const c of run.summary.councils) expect(html).toContain(esc(c.name));
  for (const f of run.summary.findings) expect(html).toContain(esc(f.message));
  // a long findings list starts collapsed, a short one open
  expect(html).toMatch(/<details class="fgroup"><summary><strong>องค์การบริหารส่วนตำบลเมืองน้อย/);
  expect(html).toMatch(/<details class="fgroup" open><summary><strong>องค์การบริหารส่วนจังหวัดเพชรบุรี/);
});

test('escapes markup in every text from the inputs', () => {
  const copy: ConsolidationRun = structuredClone(run);
  const evil = `<script>alert("x")</script> & 'Co'`;
  copy.summary.councils[0].name = evil;
  copy.summary.files[0].council = evil;
  copy.summary.provinces[0].name = `<b>${evil}</b>`;
  copy.summary.findings[0].message = `<img src=x onerror=alert(1)>`;
  copy.summary.missing.push({ name: evil, district: '<i>', province: copy.summary.provinces[0].name, code: null });
  copy.summary.provinces[0].missing.push(evil);
  const page = renderReportHtml(copy);
  expect(page).not.toContain('<script>alert');
  expect(page).not.toContain('<img');
  expect(page).not.toContain('<b><script');
  expect(page).toContain(esc(evil));
  expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39;');
  expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
  expect(count(page, /<script/)).toBe(1); // the page's own optional one
});

test('lists the councils that have not sent, from the run', () => {
  const copy: ConsolidationRun = structuredClone(run);
  const p = copy.summary.provinces.find((x) => x.name === 'เพชรบุรี')!;
  p.missing = ['เทศบาลตำบลบางเก่า'];
  p.councilsExpected = 3;
  copy.summary.missing = [{ name: 'เทศบาลตำบลบางเก่า', district: 'ชะอำ', province: 'เพชรบุรี', code: null }];
  copy.summary.national.missing = ['เทศบาลตำบลบางเก่า'];
  const page = renderReportHtml(copy);
  expect(page).toContain('หน่วยงานที่ยังไม่ส่ง (1 แห่ง)');
  expect(page).toContain('<li>เทศบาลตำบลบางเก่า <span class="muted">อ.ชะอำ</span></li>');
  expect(svg(page, 'chart-status')).toContain('data-status="missing" data-value="1"');
});

test('is deterministic: the same run renders byte-identical, a timestamp only when given', () => {
  expect(renderReportHtml(run)).toBe(html);
  expect(renderReportHtml(structuredClone(run))).toBe(html);
  expect(html).not.toMatch(/\b20\d\d-\d\d-\d\d/);
  expect(renderReportHtml(run, { generatedAt: '15 พ.ย. 2568' })).toContain('ข้อมูล ณ 15 พ.ย. 2568');
});

test('writes Thai digits when asked', () => {
  const page = renderReportHtml(run, { thaiDigits: true });
  expect(page).toContain('>๗๔,๐๐๐<');
  expect(page).not.toContain('>74,000<');
});

test('renders an empty run without charts or errors', () => {
  const page = renderReportHtml(consolidate([], { roster: null, province: null }));
  expect(page).toContain('ไม่มีข้อมูลงบประมาณจากแผนปฏิบัติการ');
  expect(page).not.toContain('id="chart-budget"');
  expect(page).toContain('id="chart-status"');
  expect(page.endsWith('</html>\n')).toBe(true);
});

test('names Bangkok without จังหวัด, the files of no known province by their label, and counts more than three provinces', () => {
  const base = run.summary.provinces[0];
  const names = ['กรุงเทพมหานคร', 'ตรัง', 'พังงา', 'ภูเก็ต', UNKNOWN_PROVINCE];
  const page = renderReportHtml({ summary: { ...run.summary, provinces: names.map((name) => ({ ...base, name })) } });
  const head = /<p class="sub">([^<]*)<\/p>/.exec(page)![1];
  expect(head.startsWith(`4 จังหวัด · ${UNKNOWN_PROVINCE} · `)).toBe(true);
  const headings = [...page.matchAll(/<section class="province"[^>]*><h2>([^<]*)<\/h2>/g)].map((m) => m[1]);
  expect(headings).toEqual(['กรุงเทพมหานคร', 'จังหวัดตรัง', 'จังหวัดพังงา', 'จังหวัดภูเก็ต', UNKNOWN_PROVINCE]);
  const toc = /<nav class="toc"[^>]*>(.*?)<\/nav>/.exec(page)![1];
  expect(toc).toContain('>กรุงเทพมหานคร</a>');
  expect(toc).not.toMatch(/จังหวัดกรุงเทพ|จังหวัดไม่ทราบ/);
});
