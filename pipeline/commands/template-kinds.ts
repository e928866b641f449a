/**
 * The kinds `sujarit template` writes. Apart from template.ts so that the CLI can list them in its
 * help without loading the workbook writer (exceljs), which only template and normalize need.
 */
import type { DocKind } from '../../core/schema';

export const TEMPLATE_KINDS: DocKind[] = ['plan-multi-year', 'plan-annual', 'results-report', 'ita-measures'];
