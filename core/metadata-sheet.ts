/**
 * The metadata sheet (ข้อมูลหน่วยงาน) that the add-in and `sujarit template` write beside the plan
 * sheet and the pipeline reads back: which council, which document, which version. One place for
 * its name and keys, so writer and readers use the same words.
 */
export const METADATA_SHEET = 'ข้อมูลหน่วยงาน';

export const METADATA_KEYS = {
  council: 'ชื่อหน่วยงาน',
  type: 'ประเภท',
  district: 'อำเภอ',
  province: 'จังหวัด',
  kind: 'ประเภทเอกสาร',
  years: 'ปี',
  framework: 'กรอบแผน',
  version: 'ฉบับที่',
  date: 'วันที่',
} as const;

export type MetadataKey = keyof typeof METADATA_KEYS;

/** The metadata sheet's key/value pairs → named fields (unknown keys are ignored). */
export function readMetadataPairs(pairs: Record<string, string> | null): Partial<Record<MetadataKey, string>> {
  if (!pairs) return {};
  const out: Partial<Record<MetadataKey, string>> = {};
  for (const [field, label] of Object.entries(METADATA_KEYS) as [MetadataKey, string][]) {
    const value = pairs[label]?.trim();
    if (value) out[field] = value;
  }
  return out;
}
