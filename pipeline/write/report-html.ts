/**
 * report.html: the one page a provincial director reads and prints. Self-contained (inline CSS
 * and SVG, no fonts, images or scripts fetched; a Content-Security-Policy that forbids loading
 * anything), in Thai, deterministic (the same run gives the same bytes; no clock unless passed in).
 * Every figure is the run's own; every text from the inputs is HTML-escaped.
 */
import { createHash } from 'node:crypto';
import { provincesPhrase } from '../../core/places';
import { provinceTitle, UNKNOWN_PROVINCE, type ConsolidationRun } from '../consolidate';
import { byText, esc, makeFmt } from './report-html/html';
import { FILE_STATUS_TH, DOC_KIND_TH, TITLE } from './report-html/labels';
import { charts, figureCards, findingGroups, provinceOf, provinceSection, provinceTable, severityCounts } from './report-html/sections';
import { CSS } from './report-html/style';

export interface ReportHtmlOptions {
  /** Shown in the footer as given (e.g. "15 พฤศจิกายน 2568 10:30 น."); nothing when absent. */
  generatedAt?: string;
  /** Write numbers and years in Thai digits (๗๔,๐๐๐) instead of Arabic ones. */
  thaiDigits?: boolean;
}

/** Optional: opens every collapsed findings list before printing. The page reads the same without it. */
const SCRIPT = "addEventListener('beforeprint',function(){document.querySelectorAll('details').forEach(function(d){d.open=true})});";
const SCRIPT_HASH = createHash('sha256').update(SCRIPT).digest('base64');

/** Nothing may be fetched: no network, no files, no fonts; only the inline style and the one script above. */
export const REPORT_CSP = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${SCRIPT_HASH}'; base-uri 'none'; form-action 'none'`;

function yearSpan(years: number[], d: (s: string | number) => string): string {
  if (years.length === 0) return '';
  const contiguous = years.every((y, i) => i === 0 || y === years[i - 1] + 1);
  return contiguous && years.length > 1 ? `${d(years[0])}–${d(years[years.length - 1])}` : years.map(d).join(', ');
}

export function renderReportHtml(run: Pick<ConsolidationRun, 'summary'>, opts: ReportHtmlOptions = {}): string {
  const fmt = makeFmt(opts.thaiDigits ?? false);
  const s = run.summary;
  const provinces = s.provinces;
  const several = provinces.length > 1;
  const years = yearSpan(s.years, fmt.d);
  // Up to three provinces by name, else their number ("77 จังหวัด"): a national run's 77 names filled the page's head.
  const named = provinces.map((p) => p.name).filter((n) => n !== UNKNOWN_PROVINCE);
  const where = provinces.length === 0 ? 'ไม่มีจังหวัด' : [provincesPhrase(named), named.length < provinces.length ? UNKNOWN_PROVINCE : ''].filter(Boolean).join(' · ');

  const body: string[] = [];
  body.push('<header class="page">');
  body.push(`<h1>${TITLE}</h1>`);
  body.push(`<p class="sub">${esc(where)}${years ? ` · ปีงบประมาณ พ.ศ. ${years}` : ''} · จากไฟล์ ${fmt.n(s.files.length)} ไฟล์</p>`);
  body.push(figureCards(s.national, fmt, { missing: true }));
  if (provinces.length > 0) {
    body.push(
      `<nav class="toc" aria-label="สารบัญ"><a href="#overview">ภาพรวม</a>${provinces.map((p, i) => `<a href="#province-${i + 1}">${esc(provinceTitle(p.name))}</a>`).join('')}<a href="#files">ไฟล์ที่ได้รับ</a></nav>`,
    );
  }
  body.push('</header>');

  body.push('<section class="overview" id="overview">');
  body.push(`<h2>${several ? `ภาพรวม ${fmt.n(provinces.length)} จังหวัด` : 'ภาพรวม'}</h2>`);
  body.push(`<p>ข้อค้นพบทั้งหมด: ${severityCounts(s.national.findings, fmt)}</p>`);
  if (several) body.push(provinceTable(provinces, s.national, fmt));
  body.push(charts('chart', s.national, s.councils, s.findings, fmt));
  body.push('</section>');

  provinces.forEach((p, i) => body.push(provinceSection(i + 1, p, s, fmt, { cards: several })));

  // Files no province section shows (unreadable ones, with no council and so no province).
  const placed = new Set(provinces.map((p) => p.name));
  const stray = s.files.filter((f) => !placed.has(provinceOf(f)));
  if (stray.length > 0) {
    const paths = new Set(stray.map((f) => f.path));
    body.push('<section class="stray" id="unplaced">');
    body.push(`<h2>ไฟล์ที่ระบุหน่วยงานหรือจังหวัดไม่ได้ (${fmt.n(stray.length)} ไฟล์)</h2>`);
    body.push(findingGroups(stray, s.findings.filter((f) => paths.has(f.file)), fmt));
    body.push('</section>');
  }

  const files = [...s.files].sort((a, b) => byText(a.path, b.path));
  body.push('<section class="files" id="files">');
  body.push(`<h2>ไฟล์ที่ได้รับ (${fmt.n(files.length)} ไฟล์)</h2>`);
  body.push(
    `<details><summary>แสดงรายการไฟล์</summary><table class="data"><thead><tr><th scope="col">ไฟล์</th><th scope="col">สถานะ</th><th scope="col">หน่วยงาน</th><th scope="col">จังหวัด</th><th scope="col">เอกสาร</th><th scope="col">ข้อค้นพบ</th></tr></thead><tbody>` +
      files
        .map(
          (f) =>
            `<tr><td class="wrap">${esc(f.path)}</td><td>${FILE_STATUS_TH[f.status]}</td><td>${esc(f.council ?? '–')}</td><td>${esc(f.province ?? '–')}</td>` +
            `<td>${f.kind ? esc(DOC_KIND_TH[f.kind]) : '–'}</td><td>${severityCounts(f.findings, fmt)}</td></tr>`,
        )
        .join('') +
      '</tbody></table></details>',
  );
  body.push('</section>');
  body.push(`<footer>จัดทำด้วย sujarit${opts.generatedAt ? ` · ข้อมูล ณ ${esc(opts.generatedAt)}` : ''} · ตัวเลขทั้งหมดคำนวณใหม่จากรายการในไฟล์ ไม่ได้คัดลอกจากยอดรวมที่เขียนไว้</footer>`);

  return [
    '<!DOCTYPE html>',
    '<html lang="th">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${TITLE}${provinces.length > 0 ? ` · ${esc(provinces.map((p) => p.name).join(', '))}` : ''}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    ...body,
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
