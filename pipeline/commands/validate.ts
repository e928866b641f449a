/**
 * `sujarit validate FILE… [--json]`: reads each file, validates it, prints the findings.
 * Exit 0 without error findings, 1 with one, 2 when a file cannot be read.
 */
import { makeFinding } from '../../core/findings';
import { summarizeDocument, validateReportSchema, type DocumentSummary } from '../../core/report';
import { ruleByCode } from '../../core/rules';
import { validateGrids } from '../../core/validate';
import { formatSummary } from '../format';
import { readGrids, UnreadableError } from '../read';

export interface ValidateOutcome {
  summary: DocumentSummary;
  unreadable: boolean;
}

export async function validateFile(filePath: string): Promise<ValidateOutcome> {
  try {
    const grids = await readGrids(filePath);
    const result = validateGrids(grids, { file: filePath });
    return { summary: summarizeDocument(filePath, result.main, result.findings), unreadable: false };
  } catch (err) {
    if (!(err instanceof UnreadableError)) throw err;
    const finding = makeFinding(ruleByCode('unreadable-file'), filePath, {
      value: filePath,
      params: { reason: err.reason, reasonEn: err.reasonEn },
    });
    return { summary: summarizeDocument(filePath, null, [finding]), unreadable: true };
  }
}

export async function runValidate(files: string[], opts: { json?: boolean }, out: (s: string) => void): Promise<number> {
  const outcomes: ValidateOutcome[] = [];
  for (const file of files) outcomes.push(await validateFile(file));
  if (opts.json) {
    const report = validateReportSchema.parse({ files: outcomes.map((o) => o.summary) });
    out(JSON.stringify(report, null, 2));
  } else {
    out(outcomes.map((o) => formatSummary(o.summary)).join('\n\n'));
  }
  if (outcomes.some((o) => o.unreadable)) return 2;
  return outcomes.some((o) => o.summary.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}
