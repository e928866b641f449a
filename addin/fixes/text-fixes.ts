/**
 * Text that can be corrected without changing what it says: invisible characters and doubled
 * spaces, PDF wrap spaces inside a dimension or mission name (when the name is the framework's
 * own but for the spaces), numbers written half in Thai and half in Arabic digits ("๒๕๖7"), and
 * the misspellings seen in real plans (มติ for มิติ in labels, ภาระกิจ, มาตราการ).
 */
import { fixSaraAm } from '../../core/thai/text';
import { findTaxon, frameworkById } from '../../core/framework';
import { cellAt, type Grid } from '../../core/grid';
import type { PlanDocument } from '../../core/schema';
import { compactText } from '../../core/thai';
import type { FixCategory } from './types';

export interface TextFix {
  row: number;
  col: number;
  text: string;
  categories: FixCategory[];
  reasons: { th: string; en: string }[];
}

const ZERO_WIDTH = /[\u200B\u200C\u200D\u2060\uFEFF]/g;
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;

/**
 * Invisible characters out, odd spaces to plain ones, runs of spaces to one, each line trimmed,
 * sara am composed. Line breaks the clerk typed (Alt+Enter) stay.
 */
export function tidySpaces(text: string): string {
  return fixSaraAm(text.replace(ZERO_WIDTH, '').replace(ODD_SPACES, ' '))
    .split(/\r?\n/)
    .map((line) => line.replace(/[ \t]{2,}/g, ' ').trim())
    .join('\n')
    .trim();
}

const THAI_DIGIT = /[\u0E50-\u0E59]/;
const ARABIC_DIGIT = /[0-9]/;

/**
 * A number written with both scripts ("๒๕๖7") in the script the cell mostly uses (Thai on a tie:
 * the official documents' own). Numbers in one script are left alone.
 */
export function unifyDigits(text: string): string {
  const tokens = text.match(/[0-9\u0E50-\u0E59]+/g) ?? [];
  if (!tokens.some((t) => THAI_DIGIT.test(t) && ARABIC_DIGIT.test(t))) return text;
  const thai = (text.match(/[\u0E50-\u0E59]/g) ?? []).length;
  const arabic = (text.match(/[0-9]/g) ?? []).length;
  const toThai = thai >= arabic;
  return text.replace(/[0-9\u0E50-\u0E59]+/g, (t) => {
    if (!(THAI_DIGIT.test(t) && ARABIC_DIGIT.test(t))) return t;
    return toThai
      ? t.replace(/[0-9]/g, (d) => String.fromCharCode(0x0e50 + Number(d)))
      : t.replace(/[\u0E50-\u0E59]/g, (d) => String(d.charCodeAt(0) - 0x0e50));
  });
}

/** Misspellings that are wrong wherever they appear. */
const ALWAYS_WRONG: ReadonlyArray<readonly [RegExp, string]> = [
  [/ภาระกิจ/g, 'ภารกิจ'],
  [/มาตราการ/g, 'มาตรการ'],
];

/** มติ ("resolution") is a real word; it is a typo of มิติ only in labels and dimension names. */
export function fixLabelTypos(text: string): string {
  return fixCommonTypos(text).replace(/มติ/g, 'มิติ');
}

export function fixCommonTypos(text: string): string {
  return ALWAYS_WRONG.reduce((s, [re, to]) => s.replace(re, to), text);
}

/** "๑. การบริหาร ราชการด้วย ความโปร่งใส" → the code as written + the framework's own name. */
const CODE_PREFIX = /^\s*(?:(?:มิติที่|มติที่|ภารกิจที่|มิติ|มติ)\s*)?[0-9\u0E50-\u0E59]+(?:\s*\.\s*[0-9\u0E50-\u0E59]+)*\s*[.)]?\s*/;

function withCanonicalName(text: string, canonical: string): string | null {
  const prefix = CODE_PREFIX.exec(text)?.[0] ?? '';
  const name = text.slice(prefix.length);
  if (name === canonical || compactText(name) !== compactText(canonical)) return null;
  return prefix ? `${prefix.trim()} ${canonical}` : canonical;
}

const REASONS: Record<'spaces' | 'wrap' | 'digits' | 'typos', { th: string; en: string }> = {
  spaces: { th: 'ลบช่องว่างเกินและอักขระที่มองไม่เห็น', en: 'Extra spaces and invisible characters removed' },
  wrap: { th: 'ลบช่องว่างที่ตัดคำกลางชื่อ (จากการคัดลอก PDF)', en: 'Wrap spaces inside the name removed (copied from a PDF)' },
  digits: { th: 'ตัวเลขไทยและอารบิกปนกันในจำนวนเดียว', en: 'Thai and Arabic digits mixed in one number' },
  typos: { th: 'แก้คำสะกดผิด', en: 'Misspelling corrected' },
};

/**
 * The text fixes for a parsed sheet, per cell: spaces, then wrap spaces in taxonomy names, then
 * typos, then digits; a cell changed by several gets all of them, once.
 */
export function textFixes(grid: Grid, doc: PlanDocument, categories: ReadonlySet<FixCategory>): TextFix[] {
  const framework = frameworkById(doc.framework);
  const labelCells = new Set<string>();
  const tableRows = new Set<number>();
  for (const t of doc.tables) {
    for (let r = t.headerTop - 1; r < t.headerBottom; r++) {
      (grid.rows[r] ?? []).forEach((_, c) => labelCells.add(`${r}:${c}`));
    }
    for (let r = t.headerTop - 1; r < t.lastRow; r++) tableRows.add(r);
  }
  // Dimension and mission cells that are one taxon each, with the framework's name for it.
  const canonical = new Map<string, string>();
  for (const taxon of doc.taxa) {
    if (taxon.level === 'sub-mission' || !taxon.code) continue;
    const row = taxon.source.row - 1;
    const col = taxon.source.column - 1;
    const key = `${row}:${col}`;
    labelCells.add(key);
    const name = findTaxon(framework, taxon.level, taxon.code)?.name;
    if (name && compactText(String(cellAt(grid, row, col) ?? '')) === compactText(taxon.raw)) canonical.set(key, name);
  }

  // "ไม่ใช้งบ ประมาณ": a no-budget phrase broken by a wrap space reads as the phrase without it.
  const noBudget = new Set(
    doc.items.flatMap((i) => i.budgets.filter((b) => b.status === 'no-budget').map((b) => `${b.source.row - 1}:${b.source.column - 1}`)),
  );

  // The title rows and the tables: text below them (notes, project details) is the clerk's prose.
  const lastRow = Math.max(0, ...doc.tables.map((t) => t.lastRow));

  const out: TextFix[] = [];
  grid.rows.forEach((cells, row) =>
    cells.forEach((value, col) => {
      if (row >= lastRow || typeof value !== 'string' || value === '') return;
      const key = `${row}:${col}`;
      const fix: TextFix = { row, col, text: value, categories: [], reasons: [] };
      const step = (category: FixCategory, reason: keyof typeof REASONS, next: string | null) => {
        if (next === null || next === fix.text) return;
        fix.text = next;
        if (!fix.categories.includes(category)) fix.categories.push(category);
        fix.reasons.push(REASONS[reason]);
      };
      if (categories.has('spaces')) {
        step('spaces', 'spaces', tidySpaces(fix.text));
        const name = canonical.get(key);
        if (name) step('spaces', 'wrap', withCanonicalName(fix.text, name));
        if (noBudget.has(key)) step('spaces', 'wrap', fix.text.replace(/(?<=[\u0E01-\u0E4E]) +(?=[\u0E01-\u0E4E])/g, ''));
      }
      if (categories.has('typos') && (labelCells.has(key) || tableRows.has(row))) {
        step('typos', 'typos', labelCells.has(key) && !/มติ/.test(canonical.get(key) ?? '') ? fixLabelTypos(fix.text) : fixCommonTypos(fix.text));
      }
      if (categories.has('digits')) step('digits', 'digits', unifyDigits(fix.text));
      if (fix.text !== value && fix.text !== '') out.push(fix);
    }),
  );
  return out;
}
