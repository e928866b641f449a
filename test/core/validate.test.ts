/**
 * validateGrids: what the rules are handed. The catalogue's own rules are watched (jest.spyOn on
 * their check functions), so the contexts seen are the ones every rule reads.
 */
import type { Grid } from '../../core/grid';
import { parseGrid } from '../../core/parse';
import { RULES } from '../../core/rules';
import type { Rule, SheetContext, WorkbookContext } from '../../core/rules/rule';
import { validateGrids } from '../../core/validate';
import { annualPlan, multiYearPlan } from './rules/helpers';

type Checked = Required<Pick<Rule, 'check'>>;
type CheckedBook = Required<Pick<Rule, 'checkWorkbook'>>;

/** The sheet contexts and workbook contexts the catalogue's first rules of each kind were handed. */
function watch(run: () => void): { sheets: SheetContext[]; books: WorkbookContext[] } {
  const sheetRule = RULES.find((r) => r.check) as Checked;
  const bookRule = RULES.find((r) => r.checkWorkbook) as CheckedBook;
  const sheets = jest.spyOn(sheetRule, 'check');
  const books = jest.spyOn(bookRule, 'checkWorkbook');
  try {
    run();
    return { sheets: sheets.mock.calls.map(([ctx]) => ctx), books: books.mock.calls.map(([ctx]) => ctx) };
  } finally {
    sheets.mockRestore();
    books.mockRestore();
  }
}

function notes(): Grid {
  return { sheet: 'หมายเหตุ', rows: [['ส่งภายในวันที่ 30 ตุลาคม']], merges: [], formulas: {} };
}

describe('validateGrids', () => {
  it("hands each rule every sheet that holds a table, as the file's grid and the sheet's parse, and the workbook every sheet", () => {
    const plan = multiYearPlan();
    const annual = { ...annualPlan(), sheet: 'แผนประจำปี' };
    let result: ReturnType<typeof validateGrids> | undefined;
    const seen = watch(() => {
      result = validateGrids([plan, notes(), annual], { file: 'plan.xlsx' });
    });

    expect(seen.sheets.map((s) => s.grid.sheet)).toEqual([plan.sheet, 'แผนประจำปี']);
    expect(seen.sheets.map((s) => s.file)).toEqual(['plan.xlsx', 'plan.xlsx']);
    expect(seen.sheets[0].grid).toBe(plan);
    expect(seen.sheets[0].doc).toEqual(parseGrid(plan, { file: 'plan.xlsx' }).doc);
    expect(seen.books).toHaveLength(1);
    expect(seen.books[0].sheets.map((s) => s.grid.sheet)).toEqual([plan.sheet, 'หมายเหตุ', 'แผนประจำปี']);
    // The documents returned are the very ones the rules read.
    expect(result?.documents).toEqual(seen.sheets.map((s) => s.doc));
    expect(result?.documents[0]).toBe(seen.sheets[0].doc);
    expect(result?.main).toBe(seen.sheets[0].doc);
  });

  it('hands the rules sheet contexts of plain data, no getter among them', () => {
    // A getter in these contexts, made per sheet, was kept by V8 in the old generation with its closure,
    // and held every file's parse through every young-generation collection (README, Performance).
    const seen = watch(() => validateGrids([multiYearPlan()], { file: 'plan.xlsx' }));
    const descriptors = Object.getOwnPropertyDescriptors(seen.sheets[0]);
    expect(Object.keys(descriptors).sort()).toEqual(['doc', 'file', 'grid']);
    for (const d of Object.values(descriptors)) expect(d.get).toBeUndefined();
  });
});
