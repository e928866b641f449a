/// <reference types="office-js" />
/**
 * What this Excel can do (the API sets beyond 1.1), and the host the pane runs its batches on.
 */

/** The request context every function of excel-host takes (an office-addin-mock object in tests). */
export type ExcelContext = Excel.RequestContext;

/**
 * The Excel API sets the add-in uses beyond 1.1 (Excel 2016): each feature is skipped, never
 * failed, where it is missing. Office 2019 has up to 1.8, Office 2021 up to 1.14, Microsoft 365
 * and Excel on the web all of them.
 */
export const CAP_VERSIONS = {
  /** Merges, column widths, row autofit. */
  layout: '1.2',
  /** getItemOrNullObject / getUsedRangeOrNullObject: an optional sheet read in the same sync. */
  nullObjects: '1.4',
  /** Highlights that do not overwrite the clerk's own formatting. */
  conditionalFormats: '1.6',
  freeze: '1.7',
  dataValidation: '1.8',
  pageLayout: '1.9',
  screenUpdating: '1.9',
  rangeAreas: '1.9',
  /** Reading merged areas; without it merged header cells read as their top-left cell only. */
  mergedAreas: '1.13',
} as const;

export type HostCaps = Record<keyof typeof CAP_VERSIONS, boolean>;

export function capsFrom(isSetSupported: (name: string, version: string) => boolean): HostCaps {
  return Object.fromEntries(Object.entries(CAP_VERSIONS).map(([k, v]) => [k, isSetSupported('ExcelApi', v)])) as HostCaps;
}

export const ALL_CAPS: HostCaps = capsFrom(() => true);

/** Runs batches against Excel; the pane gets one from `officeHost()`, tests build their own. */
export interface ExcelHost {
  caps: HostCaps;
  run<T>(batch: (context: ExcelContext) => Promise<T>): Promise<T>;
}

/** Resolves once Office.js is ready; `inExcel` is false when the page is opened outside Excel. */
export async function whenOfficeReady(): Promise<{ inExcel: boolean }> {
  if (typeof Office === 'undefined') return { inExcel: false };
  const info = await Office.onReady();
  return { inExcel: info.host === Office.HostType.Excel };
}

export function officeHost(): ExcelHost {
  return {
    caps: capsFrom((name, version) => Office.context.requirements.isSetSupported(name, version)),
    run: (batch) => Excel.run((context) => batch(context)),
  };
}
