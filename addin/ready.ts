/**
 * "Ready to submit": the checks a provincial office would otherwise bounce the file for,
 * from a read of the whole workbook. Failures block (an error finding, no metadata sheet,
 * metadata that disagrees with the title); warnings are worth a look but do not block.
 */
import type { Grid } from '../core/grid';
import { METADATA_KEYS, METADATA_SHEET, readMetadataPairs, type MetadataKey } from '../core/metadata-sheet';
import { canonicalProvince } from '../core/places';
import { parseGrid } from '../core/parse';
import type { Finding } from '../core/schema';
import { parseOrgName, sameOrg } from '../core/thai';
import type { ValidationResult } from '../core/validate';
import { typedTotals } from './fixes';
import type { MessageKey, Params } from './i18n';
import { metadataPairs } from './plan-form';

export type CheckStatus = 'pass' | 'warn' | 'fail';
export type CheckAction = 'validate' | 'fix' | 'new';

export interface CheckItem {
  id: string;
  status: CheckStatus;
  message: MessageKey;
  params?: Params;
  action?: CheckAction;
}

export interface Readiness {
  ready: boolean;
  items: CheckItem[];
  fileName: string | null;
}

export interface ReadinessInput {
  grids: Grid[];
  validation: ValidationResult;
  /** The add-in's highlights still on the workbook's sheets. */
  highlights: number;
}

const REQUIRED: readonly MetadataKey[] = ['council', 'type', 'district', 'province', 'kind', 'years', 'version'];

const KIND_FILE_WORDS: Record<string, string> = {
  'plan-multi-year': 'แผนปฏิบัติการ',
  'plan-annual': 'แผนปฏิบัติการประจำปี',
  'results-report': 'รายงานผล',
  'ita-measures': 'มาตรการITA',
};

const place = (s: string | null | undefined, prefix: RegExp) => (s ? s.replace(prefix, '').replace(/\s+/g, '') : null);

/** "อบต.หนองแวง-แผนปฏิบัติการ-2566-2570-ฉบับที่1.xlsx": what a provincial office can sort by eye. */
export function suggestedFileName(meta: Partial<Record<MetadataKey, string>>): string | null {
  const org = meta.council ? parseOrgName(meta.council) : null;
  if (!org) return null;
  const parts = [`${org.type}${org.name}`, KIND_FILE_WORDS[meta.kind ?? ''] ?? 'แผน', meta.years ?? '', meta.version ? `ฉบับที่${meta.version}` : ''];
  return `${parts.filter(Boolean).join('-').replace(/[\\/:*?"<>|\s]+/g, '')}.xlsx`;
}

export function readiness({ grids, validation, highlights }: ReadinessInput): Readiness {
  const items: CheckItem[] = [];
  const add = (item: CheckItem) => items.push(item);
  const main = validation.main;

  add(main ? { id: 'plan', status: 'pass', message: 'checkPlanFound' } : { id: 'plan', status: 'fail', message: 'checkPlanFoundNo', action: 'new' });

  const metaGrid = grids.find((g) => g.sheet === METADATA_SHEET) ?? null;
  const meta = metaGrid ? readMetadataPairs(metadataPairs(metaGrid)) : {};
  if (!metaGrid) {
    add({ id: 'meta', status: 'fail', message: 'checkMetaPresentNo', action: 'new' });
  } else {
    add({ id: 'meta', status: 'pass', message: 'checkMetaPresent' });
    const missing = REQUIRED.filter((k) => !meta[k] && !(k === 'district' && meta.type === 'อบจ.'));
    add(
      missing.length === 0
        ? { id: 'meta-complete', status: 'pass', message: 'checkMetaComplete' }
        : { id: 'meta-complete', status: 'fail', message: 'checkMetaCompleteNo', params: { missing: missing.map((k) => METADATA_KEYS[k]).join(', ') }, action: 'new' },
    );
    if (main) {
      const differs: string[] = [];
      const title = main.metadata;
      if (meta.council && title.council && !sameOrg(meta.council, title.council)) differs.push(METADATA_KEYS.council);
      const d1 = place(meta.district, /^(อำเภอ|อ\.)/);
      const d2 = place(title.district, /^(อำเภอ|อ\.)/);
      if (d1 && d2 && d1 !== d2) differs.push(METADATA_KEYS.district);
      const p1 = meta.province ? canonicalProvince(place(meta.province, /^(จังหวัด|จ\.)/) ?? '') : null;
      const p2 = title.province;
      if (p1 && p2 && p1 !== p2) differs.push(METADATA_KEYS.province);
      add(
        differs.length === 0
          ? { id: 'meta-match', status: 'pass', message: 'checkMetaMatches' }
          : { id: 'meta-match', status: 'fail', message: 'checkMetaMatchesNo', params: { what: differs.join(', ') } },
      );
    }
  }

  const count = (severity: Finding['severity']) => validation.findings.filter((f) => f.severity === severity).length;
  const errors = count('error');
  const warnings = count('warning');
  add(errors === 0 ? { id: 'errors', status: 'pass', message: 'checkNoErrors' } : { id: 'errors', status: 'fail', message: 'checkNoErrorsNo', params: { n: errors }, action: 'validate' });
  add(warnings === 0 ? { id: 'warnings', status: 'pass', message: 'checkWarnings' } : { id: 'warnings', status: 'warn', message: 'checkWarningsSome', params: { n: warnings }, action: 'validate' });

  const typed = grids
    .filter((g) => validation.documents.some((d) => d.sheet === g.sheet))
    .reduce((n, g) => n + typedTotals(g, parseGrid(g).doc).length, 0);
  add(typed === 0 ? { id: 'live-totals', status: 'pass', message: 'checkLiveTotals' } : { id: 'live-totals', status: 'warn', message: 'checkLiveTotalsNo', params: { n: typed }, action: 'fix' });

  add(highlights === 0 ? { id: 'highlights', status: 'pass', message: 'checkNoHighlights' } : { id: 'highlights', status: 'warn', message: 'checkNoHighlightsNo', params: { n: highlights }, action: 'validate' });

  return { ready: items.every((i) => i.status !== 'fail'), items, fileName: suggestedFileName(meta) };
}
