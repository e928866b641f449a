/**
 * An Excel request context made of office-addin-mock objects, for excel-host's unit tests: sheets
 * with a used range (values, formulas, merged areas) that only read back after load + sync, ranges
 * that record what is written to them, and a counter of `context.sync()` calls and of
 * screen-updating suspensions. Ranges created on the fly are registered, so that `sync` settles
 * their loads as Excel would.
 */
import { OfficeMockObject } from 'office-addin-mock';

// office-addin-mock needs only the OfficeApp names from office-addin-manifest, whose main module
// pulls in an ESM-only dependency that jest's CommonJS loader cannot read.
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));
import { parseRangeA1, type CellValue } from '../../../core/grid';
import type { ExcelContext } from '../../../addin/excel-host';

export interface SheetSpec {
  name: string;
  values: CellValue[][];
  formulas?: (string | CellValue)[][];
  /** Where the used range starts (0-based); the values begin there. */
  rowIndex?: number;
  columnIndex?: number;
  /** `getMergedAreasOrNullObject().address`, or null for none. */
  merged?: string | null;
}

export interface RangeRecord {
  sheet: string;
  address: string;
  mock: Record<string, unknown> & { format: Record<string, unknown> };
  /** What the code under test assigned to values / formulas / numberFormat, in order. */
  writes: { prop: 'values' | 'formulas' | 'numberFormat'; value: unknown }[];
}

export interface MockExcel {
  context: ExcelContext;
  calls: { syncs: number; suspends: number };
  /** Every range handed out by getRange / getRanges, in order, with what was set on it. */
  ranges: RangeRecord[];
  /** Sheets added by the code under test. */
  added: string[];
  sheets: Map<string, Record<string, unknown>>;
}

type Mock = OfficeMockObject & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const toExcel = (v: unknown) => (v === null || v === undefined ? '' : v);

export function mockExcel(specs: SheetSpec[], opts: { active?: string } = {}): MockExcel {
  const calls = { syncs: 0, suspends: 0 };
  const ranges: RangeRecord[] = [];
  const added: string[] = [];
  const created: Mock[] = [];
  const sheets = new Map<string, Mock>();
  let active = opts.active ?? specs[0]?.name;

  let syncing = false;
  const register = (m: Mock) => {
    created.push(m);
    return m;
  };

  /** A range that records writes; its values and formulas read back from the sheet's spec after a sync. */
  function rangeMock(sheet: string, address: string | undefined, spec?: SheetSpec): Mock {
    const data: Record<string, unknown> = {
      address: `${sheet}!${address ?? 'A:XFD'}`,
      format: {
        font: {},
        fill: {},
        borders: { getItem: (edge: string) => register(new OfficeMockObject({ edge }) as Mock) },
        autofitRows() {},
      },
      dataValidation: {},
      merge() {},
      unmerge() {},
      clear() {},
      select() {},
    };
    if (address && spec && /^[A-Z]+\d+(:[A-Z]+\d+)?$/.test(address)) {
      const r = parseRangeA1(address);
      const cell = (rows: unknown[][] | undefined, row: number, col: number) => {
        const rr = row - (spec.rowIndex ?? 0);
        const cc = col - (spec.columnIndex ?? 0);
        return toExcel(rows?.[rr]?.[cc]);
      };
      const grid = (rows: unknown[][] | undefined) =>
        Array.from({ length: r.bottom - r.top + 1 }, (_, i) => Array.from({ length: r.right - r.left + 1 }, (_, j) => cell(rows, r.top + i, r.left + j)));
      data.values = grid(spec.values);
      data.formulas = grid(spec.formulas ?? spec.values);
    }
    const mock = register(new OfficeMockObject(data) as Mock);
    const writes: RangeRecord['writes'] = [];
    for (const prop of ['values', 'formulas', 'numberFormat'] as const) {
      let current = mock[prop];
      Object.defineProperty(mock, prop, {
        configurable: true,
        enumerable: true,
        get: () => current,
        set: (value: unknown) => {
          // The mock's own sync also assigns (loaded values); only the code under test's writes count.
          if (!syncing) writes.push({ prop, value });
          current = value;
        },
      });
    }
    // The whole sheet's conditional formats: none (the stand-in tests cover highlights).
    mock.conditionalFormats = { load() {}, items: [], add: () => ({ custom: { rule: {}, format: { fill: {}, font: {} } } }) };
    ranges.push({ sheet, address: address ?? '', mock: mock as unknown as RangeRecord['mock'], writes });
    return mock;
  }

  function sheetMock(spec: SheetSpec): Mock {
    const height = spec.values.length;
    const width = Math.max(1, ...spec.values.map((r) => r.length));
    const merged = { address: spec.merged ?? '' };
    const sheet = new OfficeMockObject({
      name: spec.name,
      usedRange: {
        address: `${spec.name}!A1`,
        values: spec.values.map((r) => Array.from({ length: width }, (_, c) => toExcel(r[c]))),
        formulas: (spec.formulas ?? spec.values).map((r) => Array.from({ length: width }, (_, c) => toExcel(r[c]))),
        rowIndex: spec.rowIndex ?? 0,
        columnIndex: spec.columnIndex ?? 0,
        rowCount: height,
        columnCount: width,
        merged,
        getMergedAreasOrNullObject: function () {
          return this.merged;
        },
      },
      getUsedRange: function () {
        return this.usedRange;
      },
      getUsedRangeOrNullObject: function () {
        return this.usedRange;
      },
      getRange: (address?: string) => rangeMock(spec.name, address, spec),
      getRanges: (address: string) => rangeMock(spec.name, address),
      activate: () => {
        active = spec.name;
      },
      freezePanes: { freezeRows() {} },
      pageLayout: {
        headersFooters: { defaultForAllPages: {} },
        setPrintTitleRows() {},
      },
    }) as Mock;
    // Client-side flags real Office.js sets without a load.
    sheet.isNullObject = false;
    sheet.usedRange.isNullObject = false;
    sheet.usedRange.merged.isNullObject = !spec.merged;
    sheets.set(spec.name, sheet);
    return sheet;
  }

  specs.forEach(sheetMock);

  const nullSheet = (): Mock => {
    const m = new OfficeMockObject({ name: '' }) as Mock;
    m.isNullObject = true;
    m.getUsedRangeOrNullObject = () => ({ isNullObject: true, load() {} });
    return m;
  };

  let itemsLoaded = false;
  const worksheets = {
    load() {
      // 'items/name': each sheet's name arrives with the next sync.
      itemsLoaded = true;
      for (const sheet of sheets.values()) sheet.load('name');
      return worksheets;
    },
    get items() {
      if (!itemsLoaded) return 'Error, property was not loaded';
      return [...sheets.values()];
    },
    getActiveWorksheet: () => sheets.get(active as string),
    getItem: (name: string) => {
      const s = sheets.get(name);
      if (!s) throw new Error(`ItemNotFound: ${name}`);
      return s;
    },
    getItemOrNullObject: (name: string) => sheets.get(name) ?? nullSheet(),
    add: (name: string) => {
      added.push(name);
      return sheetMock({ name, values: [] });
    },
  };

  const context = new OfficeMockObject({
    workbook: {},
    application: {
      suspendScreenUpdatingUntilNextSync() {
        calls.suspends++;
      },
    },
  }) as Mock;
  context.workbook.worksheets = worksheets;
  const syncTree = context.sync.bind(context);
  context.sync = async () => {
    calls.syncs++;
    syncing = true;
    await syncTree();
    for (const s of sheets.values()) await s.sync();
    for (const m of created) await m.sync();
    // The mock settles nested properties in microtasks; let them run before the caller reads.
    await new Promise((resolve) => setImmediate(resolve));
    syncing = false;
  };

  return { context: context as unknown as ExcelContext, calls, ranges, added, sheets };
}
