/**
 * CSV for Thai Excel: UTF-8 with a BOM (without it Excel reads the bytes as windows-874),
 * CRLF line ends, every field quoted when it needs to be, and cells that Excel would run as a
 * formula neutralised (OWASP CSV injection: a leading = + - @, TAB, CR or NUL gets a ').
 */
const DANGEROUS_START = /^[=+\-@\t\r\0]/;

/** Numbers stay numbers; text that starts like a formula is prefixed with an apostrophe. */
export function neutralise(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return DANGEROUS_START.test(value) ? `'${value}` : value;
}

function quote(field: string): string {
  return /[",\r\n]/.test(field) || field !== field.trim() ? `"${field.replace(/"/g, '""')}"` : field;
}

export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  const lines = [header, ...rows].map((r) => r.map((v) => quote(neutralise(v))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
