/**
 * CSV for Thai Excel: UTF-8 with a BOM (without it Excel reads the bytes as windows-874),
 * CRLF line ends, every field quoted when it needs to be, and cells that Excel would run as a
 * formula neutralised (OWASP CSV injection): text that starts with = + - @, TAB, CR, LF or NUL,
 * also after leading blanks (spreadsheets trim them) and in the full-width forms some input
 * methods type (＝ ＋ － ＠), gets a leading apostrophe, which Excel shows as text.
 */
const DANGEROUS_START = /^[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n\0]/;

/** Numbers stay numbers; text that starts like a formula is prefixed with an apostrophe. */
export function neutralise(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return DANGEROUS_START.test(value) ? `'${value}` : value;
}

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Whether a CSV field (as written, quotes removed) could run as a formula: text that starts like
 * one and is not a plain number (Excel reads "-5000" as the number it is). The check tests use.
 */
export function runsAsFormula(field: string): boolean {
  return DANGEROUS_START.test(field) && !PLAIN_NUMBER.test(field);
}

function quote(field: string): string {
  return /[",\r\n]/.test(field) || field !== field.trim() ? `"${field.replace(/"/g, '""')}"` : field;
}

export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  const lines = [header, ...rows].map((r) => r.map((v) => quote(neutralise(v))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
