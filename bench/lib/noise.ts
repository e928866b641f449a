/**
 * The real-world noise of shared/docs/domain.md ("Cell text, as it really arrives"), applied to a
 * generated plan's cells without changing what they mean: PDF wrap spaces inside Thai words,
 * zero-width spaces, NBSP, sara am typed as ํ + า, <p> fragments from web copies, amounts written
 * with บาท / .- / จำนวน, no-budget phrases with a wrap space, the มติ typo in the header, and
 * dimension cells written "มิติที่ ๑ …". Deterministic for a given random source.
 */
import type { CellValue } from '../../core/grid';
import { toThaiDigits } from '../../core/thai';

export type Rand = () => number;

/** Thai consonants: a wrap space only ever falls before one (never before a vowel or tone mark). */
const CONSONANT = /[\u0E01-\u0E2E]/;
const THAI = /[\u0E01-\u0E4E]/;

/** A space between two Thai letters, before a consonant, somewhere in the text (as PDF line wraps leave). */
export function wrapSpace(s: string, rand: Rand): string {
  const spots: number[] = [];
  for (let i = 1; i < s.length; i++) if (CONSONANT.test(s[i]) && THAI.test(s[i - 1]) && s[i - 1] !== 'เ' && s[i - 1] !== 'แ' && s[i - 1] !== 'โ' && s[i - 1] !== 'ใ' && s[i - 1] !== 'ไ') spots.push(i);
  if (spots.length === 0) return s;
  const at = spots[Math.floor(rand() * spots.length)];
  return `${s.slice(0, at)} ${s.slice(at)}`;
}

export function zeroWidth(s: string, rand: Rand): string {
  const at = 1 + Math.floor(rand() * Math.max(1, s.length - 1));
  return `${s.slice(0, at)}\u200B${s.slice(at)}`;
}

export function nbsp(s: string): string {
  return s.replace(' ', '\u00A0');
}

/** ำ typed as nikhahit + sara aa. */
export function saraAm(s: string): string {
  return s.replace(/\u0E33/g, '\u0E4D\u0E32');
}

export function htmlFragment(s: string): string {
  return `<p>${s}</p>`;
}

/** One of the ways a clerk writes an amount as text. */
export function amountText(n: number, thai: boolean, rand: Rand): string {
  const f = n.toLocaleString('en-US');
  const forms = [`${f}.- บาท`, `${f} บาท`, `จำนวน ${f} บาท`, `${f}.-`, f];
  const s = forms[Math.floor(rand() * forms.length)];
  return thai ? toThaiDigits(s) : s;
}

const NO_BUDGET_VARIANTS = ['ไม่ใช้งบ ประมาณ', 'ไม่มีงบประมาณ', 'ไม่ได้ใช้งบประมาณดำเนินการ', 'ไม่ใช้งบประมาณ'];

/** How noisy one file is: each kind of noise is on or off for the whole file, as files are made by one clerk. */
export interface NoiseProfile {
  wrap: boolean;
  zeroWidth: boolean;
  nbsp: boolean;
  saraAm: boolean;
  html: boolean;
  amountWords: boolean;
  noBudgetVariants: boolean;
  headerTypo: boolean;
  dimensionWords: boolean;
  /** Title row text with wrap spaces inside the council's name. */
  titleWrap: boolean;
}

export const QUIET: NoiseProfile = {
  wrap: false, zeroWidth: false, nbsp: false, saraAm: false, html: false, amountWords: false,
  noBudgetVariants: false, headerTypo: false, dimensionWords: false, titleWrap: false,
};

export function noiseProfile(rand: Rand, level: number): NoiseProfile {
  const on = (p: number) => rand() < p * level;
  return {
    wrap: on(0.6), zeroWidth: on(0.3), nbsp: on(0.3), saraAm: on(0.3), html: on(0.15), amountWords: on(0.4),
    noBudgetVariants: on(0.5), headerTypo: on(0.1), dimensionWords: on(0.3), titleWrap: on(0.3),
  };
}

export interface RowRoles {
  /** Rows above the header. */
  title: number[];
  /** Header rows. */
  header: number[];
  /** Item rows: the columns of dimension, mission, title and amounts. */
  items: number[];
}

export interface Columns {
  dimension: number | null;
  mission: number;
  title: number;
  /** Money columns (year budgets, or the annual budget). */
  money: number[];
}

/**
 * Applies a profile to the rows in place. Only cells whose meaning survives the change are touched:
 * titles and mission names (compared without spaces), amounts (read the same with บาท / .-), the
 * dimension cell's wording, the header's มิติ, and wrap spaces in the title row.
 */
export function applyNoise(rows: CellValue[][], roles: RowRoles, cols: Columns, p: NoiseProfile, thai: boolean, rand: Rand): void {
  const str = (v: CellValue): v is string => typeof v === 'string' && v.length > 0;
  for (const r of roles.title) {
    const row = rows[r];
    if (p.titleWrap && str(row[0]) && /บริหารส่วน|เทศบาล/.test(row[0])) row[0] = row[0].replace(/(ส่วน|เทศบาล)/, '$1 ');
  }
  if (p.headerTypo && cols.dimension !== null) {
    for (const r of roles.header) if (rows[r][cols.dimension] === 'มิติ') rows[r][cols.dimension] = 'มติ';
  }
  for (const r of roles.items) {
    const row = rows[r];
    const t = row[cols.title];
    if (str(t)) {
      let s = t;
      if (p.wrap && rand() < 0.4) s = wrapSpace(s, rand);
      if (p.zeroWidth && rand() < 0.2) s = zeroWidth(s, rand);
      if (p.nbsp && rand() < 0.3) s = nbsp(s);
      if (p.saraAm) s = saraAm(s);
      if (p.html && rand() < 0.5) s = htmlFragment(s);
      row[cols.title] = s;
    }
    const m = row[cols.mission];
    if (str(m)) {
      let s = m;
      if (p.wrap && rand() < 0.5) s = wrapSpace(s, rand);
      if (p.saraAm) s = saraAm(s);
      row[cols.mission] = s;
    }
    if (cols.dimension !== null) {
      const d = row[cols.dimension];
      if (str(d) && p.dimensionWords) {
        const m2 = /^([0-9๐-๙])\.\s*(.*)$/.exec(d);
        if (m2) row[cols.dimension] = `มิติที่ ${m2[1]} ${p.wrap ? wrapSpace(m2[2], rand) : m2[2]}`;
      }
    }
    for (const c of cols.money) {
      const v = row[c];
      if (typeof v === 'number' && p.amountWords && rand() < 0.3) row[c] = amountText(v, thai, rand);
      else if (v === 'ไม่ใช้งบประมาณ' && p.noBudgetVariants) row[c] = NO_BUDGET_VARIANTS[Math.floor(rand() * NO_BUDGET_VARIANTS.length)];
    }
  }
}
