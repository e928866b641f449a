/**
 * The one place a plan document and its metadata are put together field by field. The parser makes
 * documents and the legacy mapping makes them again from parsed ones; a worker counts both, and a
 * document of another shape (a spread of a parsed one) had the code that counts plans compiled again
 * in each worker. Made here, both have the same fields in the same order.
 */
import type { Metadata, PlanDocument } from './schema';

export function planDocument(d: PlanDocument): PlanDocument {
  return {
    file: d.file,
    sheet: d.sheet,
    kind: d.kind,
    framework: d.framework,
    metadata: d.metadata,
    tables: d.tables,
    items: d.items,
    summaries: d.summaries,
    taxa: d.taxa,
    details: d.details,
  };
}

export function planMetadata(m: Metadata): Metadata {
  return {
    council: m.council,
    councilName: m.councilName,
    type: m.type,
    district: m.district,
    province: m.province,
    years: m.years,
    yearsFrom: m.yearsFrom,
    fiscalYear: m.fiscalYear,
    title: m.title,
    mentions: m.mentions,
  };
}
