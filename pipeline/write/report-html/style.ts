/** The report's one inline stylesheet: readable on screen at 100 %, printable on A4. */
export const FONT_STACK = '"TH Sarabun New", "Sarabun", "Noto Sans Thai", "Tahoma", "Loma", "Garuda", sans-serif';

export const CSS = `
:root { --ink: #1d2330; --muted: #5d6572; --line: #d5dae2; --soft: #f3f5f8; --accent: #1f4e8c; }
* { box-sizing: border-box; }
html { font-family: ${FONT_STACK}; font-size: 16px; line-height: 1.55; color: var(--ink); background: #fff;
  /* TH Sarabun New draws small for its size: size every font by its x-height instead */
  font-size-adjust: 0.52; -webkit-text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 1000px; padding: 24px 28px 40px; }
h1 { font-size: 1.55rem; line-height: 1.35; margin: 0 0 4px; color: var(--accent); }
h2 { font-size: 1.3rem; margin: 34px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--accent); color: var(--accent); }
h3 { font-size: 1.08rem; margin: 22px 0 8px; }
p { margin: 6px 0; }
.sub { color: var(--muted); margin: 0 0 14px; }
header.page { border-bottom: 1px solid var(--line); padding-bottom: 14px; }
.muted { color: var(--muted); }
.note { color: var(--muted); font-size: 0.88rem; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 10px; margin: 10px 0; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px; background: var(--soft); break-inside: avoid; }
.card .k { color: var(--muted); font-size: 0.86rem; line-height: 1.3; }
.card .v { font-size: 1.6rem; font-weight: 700; line-height: 1.25; font-variant-numeric: tabular-nums; }
.card .u { color: var(--muted); font-size: 0.8rem; }
.card.warn .v { color: #b3261e; }
.cards-label { font-weight: 700; margin: 12px 0 0; font-size: 0.95rem; }
.kinds { font-size: 0.9rem; color: var(--muted); }
nav.toc { margin: 14px 0 0; font-size: 0.95rem; }
nav.toc a { color: var(--accent); margin-right: 14px; white-space: nowrap; }
figure.chart-box { margin: 16px 0; padding: 12px 14px; border: 1px solid var(--line); border-radius: 8px; break-inside: avoid; }
figure.chart-box figcaption { font-weight: 700; margin-bottom: 6px; }
svg.chart { display: block; width: 100%; max-width: 760px; height: auto; margin: 0 auto; }
svg.chart text { font-family: ${FONT_STACK}; font-size: 13px; fill: var(--ink); }
svg.chart .tick { font-size: 12px; fill: var(--muted); }
svg.chart .axis-title { font-size: 13px; fill: var(--muted); }
svg.chart .grid { stroke: #e6e9ee; stroke-width: 1; }
svg.chart .axis-line { stroke: #8a909a; stroke-width: 1; }
svg.chart .seg-label { font-size: 11px; fill: #fff; font-weight: 700; }
svg.chart .total { font-size: 12.5px; font-weight: 700; }
svg.chart .row-label { font-size: 14px; }
svg.chart .code-label { font-size: 12px; fill: var(--muted); font-family: ui-monospace, "DejaVu Sans Mono", Consolas, monospace; }
svg.chart .value { font-size: 13px; font-weight: 700; }
svg.chart .note { font-size: 12.5px; fill: var(--muted); }
table { width: 100%; border-collapse: collapse; margin: 6px 0 10px; font-size: 0.9rem; }
th, td { padding: 4px 7px; border-bottom: 1px solid var(--line); vertical-align: top; text-align: left; }
th { background: var(--soft); font-weight: 700; border-bottom: 1px solid #b9c0ca; }
tbody th { background: none; font-weight: 600; border-bottom: 1px solid var(--line); }
table.compact { width: auto; min-width: 62%; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tfoot td { font-weight: 700; border-top: 1px solid #b9c0ca; }
td.wrap { overflow-wrap: anywhere; }
td.code, span.code { font-family: ui-monospace, "DejaVu Sans Mono", Consolas, monospace; font-size: 0.8rem; white-space: nowrap; }
table.data caption { caption-side: top; text-align: left; font-size: 0.86rem; color: var(--muted); padding-bottom: 2px; }
.badge { display: inline-block; padding: 0 8px; border-radius: 10px; font-size: 0.8rem; line-height: 1.6; white-space: nowrap; border: 1px solid; }
.badge.valid { background: #e4f3ea; color: #1e5e3a; border-color: #9fcfb2; }
.badge.warnings, .badge.warning { background: #fff3d6; color: #6f4b00; border-color: #e8c66f; }
.badge.errors, .badge.error { background: #fde5e2; color: #8c1d15; border-color: #ef9f97; }
.badge.missing { background: #eceef1; color: #3f4650; border-color: #c3c8cf; }
.badge.info { background: #e6eef9; color: #244a7a; border-color: #a9c0e0; }
.counts { font-size: 0.82rem; color: var(--muted); }
.counts.brief { font-size: 0.78rem; }
.counts > span, .nowrap { white-space: nowrap; }
.table-wrap { overflow-x: auto; }
table.wide { font-size: 0.78rem; }
table.wide th, table.wide td { padding: 3px 4px; }
ul.missing { columns: 2; margin: 4px 0 8px; padding-left: 22px; }
details { margin: 6px 0; }
details.fgroup { border: 1px solid var(--line); border-radius: 6px; }
details.fgroup > summary { padding: 6px 10px; background: var(--soft); cursor: pointer; border-radius: 6px; }
details.fgroup[open] > summary { border-bottom: 1px solid var(--line); border-radius: 6px 6px 0 0; }
details.fgroup > table { margin: 0; }
details.fgroup .path { display: block; font-size: 0.78rem; color: var(--muted); overflow-wrap: anywhere; }
details > summary { cursor: pointer; }
section.province { margin-top: 12px; }
footer { margin-top: 36px; padding-top: 10px; border-top: 1px solid var(--line); color: var(--muted); font-size: 0.85rem; }
@page { size: A4; margin: 12mm 11mm 14mm; }
@media print {
  html { font-size: 12.5px; }
  body { max-width: none; padding: 0; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  nav.toc { display: none; }
  .cards { grid-template-columns: repeat(auto-fill, minmax(118px, 1fr)); gap: 6px; }
  .card { padding: 5px 9px; }
  .card .v { font-size: 1.35rem; }
  section.province { break-before: page; }
  h2, h3 { break-after: avoid; }
  tr, .card, figure.chart-box, details > summary { break-inside: avoid; }
  thead { display: table-header-group; }
  .table-wrap { overflow: visible; }
  details::details-content { content-visibility: visible; display: block; }
  details > summary { list-style: none; }
  a { color: inherit; text-decoration: none; }
}
`;
