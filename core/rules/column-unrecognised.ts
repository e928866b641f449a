import { a1 } from '../grid';
import { defineRule } from './rule';

/** A header cell naming no known column: reported rather than guessed. */
export const columnUnrecognised = defineRule({
  code: 'column-unrecognised',
  severity: 'warning',
  title: { th: 'ไม่รู้จักคอลัมน์', en: 'Column not recognised' },
  message: {
    th: 'ไม่รู้จักคอลัมน์ "{value}" ข้อมูลในคอลัมน์นี้จะไม่ถูกนำไปใช้',
    en: 'The column "{value}" is not recognised; its data is not used',
  },
  check: ({ doc }) =>
    doc.tables.flatMap((t) =>
      t.unplaced.map((u) => ({
        source: { sheet: doc.sheet, cell: a1(t.headerTop - 1, u.column - 1), row: t.headerTop, column: u.column },
        value: u.header,
      })),
    ),
});
