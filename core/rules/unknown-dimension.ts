import type { FindingInput } from '../findings';
import { layoutById, type LayoutId } from '../layouts';
import { defineRule } from './rule';

/** A dimension cell that names no dimension of the framework, or items under no dimension at all. */
export const unknownDimension = defineRule({
  code: 'unknown-dimension',
  severity: 'error',
  title: { th: 'ไม่รู้จักมิติ', en: 'Unknown dimension' },
  message: {
    th: '{what}',
    en: '{whatEn}',
  },
  check: ({ doc }) => {
    const out: FindingInput[] = doc.taxa
      .filter((t) => t.level === 'dimension' && t.match === 'unknown')
      .map((t) => ({
        source: t.source,
        value: t.raw,
        params: { what: `"${t.raw}" ไม่ตรงกับมิติใดในกรอบ ${frameworkLabel(doc.framework)}`, whatEn: `"${t.raw}" is not a dimension of the ${doc.framework} framework` },
      }));
    const taxonomyTables = doc.tables.filter((t) => layoutById(t.layout as LayoutId).taxonomy);
    if (taxonomyTables.length === 0) return out;
    for (const item of doc.items.filter((i) => i.dimension === null)) {
      out.push({
        source: item.source,
        value: item.title.slice(0, 60),
        params: { what: `รายการ ${item.ref} ไม่อยู่ใต้มิติใด`, whatEn: `Item ${item.ref} is under no dimension` },
      });
    }
    return out;
  },
});

function frameworkLabel(id: string): string {
  return id === 'legacy' ? 'พ.ศ. 2561-2564' : 'พ.ศ. 2566-2570';
}
