import type { FindingInput } from '../findings';
import { findTaxon, frameworkById, splitCodeAndName } from '../framework';
import { cellAt, cellText } from '../grid';
import { sourceOf } from '../parse/state';
import { compactText } from '../thai/text';
import { defineRule } from './rule';

/** The typo มติ for มิติ (a constant: a regexp literal in a function is a new object at every call). */
const TYPO = /มติ/;

/** A dimension or mission name written differently from the framework's, or the typo มติ. */
export const nameVariant = defineRule({
  code: 'name-variant',
  severity: 'info',
  title: { th: 'ชื่อเขียนต่างจากกรอบแผน', en: 'Name written differently' },
  message: {
    th: '"{value}" เขียนต่างจากชื่อในกรอบแผน: "{expected}"',
    en: '"{value}" differs from the framework\'s name: "{expected}"',
  },
  check: ({ doc, grid }) => {
    const out: FindingInput[] = [];
    const framework = frameworkById(doc.framework);
    for (const t of doc.taxa) {
      const typo = TYPO.test(compactText(t.raw));
      const canonical = t.code ? findTaxon(framework, t.level, t.code)?.name : null;
      // A name matched without (or despite) its code is a variant too when it is written differently.
      const renamed =
        t.match === 'variant' ||
        (t.match === 'name-only' &&
          Boolean(canonical) &&
          (compactText(splitCodeAndName(t.raw).name) !== compactText(canonical ?? '') || (t.writtenCode !== null && t.writtenCode !== t.code)));
      if (!renamed && !typo) continue;
      const expected = renamed && canonical ? `${t.code} ${canonical}` : t.raw.replace(/มติ/g, 'มิติ');
      out.push({ source: t.source, value: t.raw, expected });
    }
    for (const table of doc.tables) {
      for (let row = table.headerTop - 1; row < table.headerBottom; row++) {
        (grid.rows[row] ?? []).forEach((_, col) => {
          const raw = cellText(cellAt(grid, row, col));
          if (TYPO.test(raw)) out.push({ source: sourceOf(grid, row, col), value: raw, expected: raw.replace(/มติ/g, 'มิติ') });
        });
      }
    }
    return out;
  },
});
