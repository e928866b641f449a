/**
 * Thai text helpers: digits, text normalisation, amounts, Buddhist-era years, quarters,
 * organisation names, item titles and fuzzy comparison, one module each under core/thai/.
 *
 * Pure TypeScript (no node:fs, no Office APIs): it runs in the add-in's browser too.
 * Every rule here is driven by how real cells arrive (see shared/docs/domain.md): Thai digits,
 * PDF wrap spaces, U+200B, NBSP, sara am written as ํ + า, HTML fragments from web copies.
 */
export * from './thai/digits';
export * from './thai/text';
export * from './thai/amounts';
export * from './thai/years';
export * from './thai/org-names';
export * from './thai/item-titles';
export * from './thai/fuzzy';
