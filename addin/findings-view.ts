/**
 * Findings as the pane lists them: grouped by severity (errors first, since they make a
 * submission wrong), in reading order inside each group, each with its rule's title and message
 * in the pane's language and the cell it points at.
 */
import { parseA1 } from '../core/grid';
import { RULES } from '../core/rules';
import type { Finding, Severity } from '../core/schema';
import type { Lang, MessageKey } from './i18n';

export interface FindingEntry {
  /** Stable within one result: for keys and test ids. */
  id: string;
  code: string;
  severity: Severity;
  sheet: string | null;
  cell: string | null;
  title: string;
  message: string;
  /** Whether clicking it can select a cell. */
  selectable: boolean;
  finding: Finding;
}

export interface FindingGroup {
  severity: Severity;
  label: MessageKey;
  entries: FindingEntry[];
}

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export const SEVERITY_LABELS: Record<Severity, MessageKey> = {
  error: 'severityError',
  warning: 'severityWarning',
  info: 'severityInfo',
};

const TITLES = new Map(RULES.map((r) => [r.code, r.title]));

function position(f: Finding): [number, number] {
  if (!f.cell) return [-1, -1];
  const { row, col } = parseA1(f.cell);
  return [row, col];
}

export function findingEntry(f: Finding, index: number, lang: Lang): FindingEntry {
  const title = TITLES.get(f.code);
  return {
    id: `f${index}`,
    code: f.code,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    title: title ? title[lang] : f.code,
    message: lang === 'th' ? f.message : f.messageEn,
    selectable: Boolean(f.sheet && f.cell),
    finding: f,
  };
}

/** Non-empty groups, errors first; inside a group by row, then column. */
export function groupFindings(findings: Finding[], lang: Lang): FindingGroup[] {
  const entries = findings.map((f, i) => findingEntry(f, i, lang));
  return SEVERITIES.map((severity) => ({
    severity,
    label: SEVERITY_LABELS[severity],
    entries: entries
      .filter((e) => e.severity === severity)
      .sort((a, b) => {
        const [ra, ca] = position(a.finding);
        const [rb, cb] = position(b.finding);
        return (a.sheet ?? '').localeCompare(b.sheet ?? '') || ra - rb || ca - cb;
      }),
  })).filter((g) => g.entries.length > 0);
}

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
