/** What each kind of document is called, in Thai and English: one place for every output's labels. */
import type { DocKind } from './schema';

export const DOC_KIND_NAMES: Record<DocKind, { th: string; en: string }> = {
  'plan-multi-year': { th: 'แผนปฏิบัติการหลายปี', en: 'Multi-year plan' },
  'plan-annual': { th: 'แผนปฏิบัติการประจำปี', en: 'Annual plan' },
  'results-report': { th: 'รายงานผลการดำเนินงาน', en: 'Results report' },
  'ita-measures': { th: 'มาตรการส่งเสริมคุณธรรม (ITA)', en: 'ITA integrity measures' },
  'project-detail': { th: 'รายละเอียดโครงการ', en: 'Project detail' },
};

export const DOC_KIND_TH = Object.fromEntries(
  Object.entries(DOC_KIND_NAMES).map(([k, v]) => [k, v.th]),
) as Record<DocKind, string>;
