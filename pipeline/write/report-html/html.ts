/**
 * Small helpers for the HTML report: escaping every text that comes from the inputs, number
 * formatting (thousands separators, optionally Thai digits) and a rough width of Thai text for
 * laying out SVG labels (SVG text does not wrap, so the layout must know how long a label is).
 */
import { formatNumber, toThaiDigits } from '../../../core/thai';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** HTML-escapes & < > " ' — for element text and attribute values alike. */
export function esc(s: string | number): string {
  return String(s).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

export interface Fmt {
  /** An amount or count with thousands separators: 74,000. */
  n(v: number): string;
  /** A Buddhist-era year, or any short text holding digits. */
  d(s: string | number): string;
}

export function makeFmt(thaiDigits: boolean): Fmt {
  const digits = (s: string) => (thaiDigits ? toThaiDigits(s) : s);
  return { n: (v) => digits(formatNumber(v)), d: (s) => digits(String(s)) };
}

/** Thai vowels and tone marks above/below the line, and zero-width characters: no advance. */
const NO_ADVANCE = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\u200B-\u200D\uFEFF]/;

/** An estimate (a little generous) of a label's width in px at the given font size. */
export function textWidth(s: string, px: number): number {
  let em = 0;
  for (const ch of s) {
    if (NO_ADVANCE.test(ch)) continue;
    em += ch === ' ' ? 0.32 : /[.,:;'|!il]/.test(ch) ? 0.3 : /[\u0E00-\u0E7F]/.test(ch) ? 0.62 : /[A-Z]/.test(ch) ? 0.68 : 0.58;
  }
  return em * px;
}

/** The label cut with an ellipsis at a word boundary (Thai has no spaces) so that it fits maxPx. */
export function fitText(s: string, maxPx: number, px: number): string {
  if (textWidth(s, px) <= maxPx) return s;
  const room = maxPx - textWidth('…', px);
  const cut = (granularity: 'word' | 'grapheme') => {
    let out = '';
    for (const { segment } of new Intl.Segmenter('th', { granularity }).segment(s)) {
      if (textWidth(out + segment, px) > room) break;
      out += segment;
    }
    return out.trimEnd();
  };
  return (cut('word') || cut('grapheme')) + '…';
}

export { byText } from '../../../core/order';

/** Rounds SVG coordinates so the output stays short and byte-stable. */
export const r1 = (v: number): string => String(Math.round(v * 10) / 10);
