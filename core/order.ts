/**
 * Code-unit order for texts: the same on every machine and locale (a collator's Thai order depends
 * on its ICU version), so that outputs sorted by it are byte-stable. Where a reader expects Thai
 * dictionary order, the outputs use a collator instead (summary-xlsx/labels.ts compareText).
 */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
