/// <reference types="office-js" />
/**
 * The only module that talks to Excel (its parts in excel-host/, by what they do: host.ts what this
 * Excel can do, read.ts, write.ts, highlights.ts, fixes.ts). Everything else in the add-in is plain
 * TypeScript over core's shapes; this module moves Grids out of Excel and SheetPlans, formats,
 * highlights and cell fixes into it.
 *
 * Every round trip to Excel (`context.sync()`) costs a network call in Excel on the web, so:
 * - a read is one batch of loads and one sync, whatever the sheet's size;
 * - a write is queued whole and synced once, with screen updating suspended; values go as one
 *   2-D array, formats by range areas, never cell by cell; nothing syncs inside a loop;
 * - features that can fail on older Excel (page setup, dropdowns, frozen panes) go in a last,
 *   separate sync, so that a refusal there never costs the sheet itself.
 * The functions take the request context as an argument, so tests hand them a mock.
 */
export { ALL_CAPS, CAP_VERSIONS, capsFrom, officeHost, whenOfficeReady, type ExcelContext, type ExcelHost, type HostCaps } from './excel-host/host';
export { readSheet, readWorkbook, type SheetRead, type WorkbookRead } from './excel-host/read';
export { applySheetFormat, insertWorkbookPlan, type Extra, type InsertResult } from './excel-host/write';
export { clearHighlights, findingPosition, replaceHighlights, selectCell } from './excel-host/highlights';
export { applyCellChanges, SheetChangedError, undoLastFix, UndoConflictError, type ApplyResult, type UndoResult } from './excel-host/fixes';
