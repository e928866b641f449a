/**
 * How a finding is made from a rule's definition: a stable code, a severity, a Thai and an
 * English title and message template (frictionless-py's error catalogue, plus sheet and A1 cell).
 */
import type { Finding, Severity, Source } from './schema';

export interface RuleDef {
  code: string;
  severity: Severity;
  title: { th: string; en: string };
  /** Templates: {value}, {expected} and any named parameter are filled in. */
  message: { th: string; en: string };
}

export interface FindingInput {
  source?: Source | null;
  /** The sheet, when the finding names a sheet but no cell. */
  sheet?: string | null;
  value?: string | number | null;
  expected?: string | number | null;
  params?: Record<string, string | number | null | undefined>;
  /** Overrides the rule's severity where one code covers cases of different weight. */
  severity?: Severity;
}

function render(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}

function asText(v: string | number | null | undefined): string | null {
  if (v === null || v === undefined) return null;
  return typeof v === 'number' ? String(v) : v;
}

export function makeFinding(def: RuleDef, file: string, input: FindingInput): Finding {
  const value = asText(input.value);
  const expected = asText(input.expected);
  const values: Record<string, string> = { value: value ?? '', expected: expected ?? '' };
  for (const [k, v] of Object.entries(input.params ?? {})) values[k] = asText(v) ?? '';
  const src = input.source ?? null;
  return {
    code: def.code,
    severity: input.severity ?? def.severity,
    file,
    sheet: src?.sheet ?? input.sheet ?? null,
    cell: src?.cell ?? null,
    row: src?.row ?? null,
    column: src?.column ?? null,
    value,
    expected,
    message: render(def.message.th, values),
    messageEn: render(def.message.en, values),
  };
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Reading order: by sheet, then row, then column; findings without a cell first. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      compareText(a.file, b.file) ||
      compareText(a.sheet ?? '', b.sheet ?? '') ||
      (a.row ?? 0) - (b.row ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      compareText(a.code, b.code),
  );
}

/**
 * a.localeCompare(b), which is 0 for the same text without asking the collator: the findings of one
 * file share their file and mostly their sheet, and a collation per comparison was most of a sort.
 */
function compareText(a: string, b: string): number {
  return a === b ? 0 : a.localeCompare(b);
}

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
