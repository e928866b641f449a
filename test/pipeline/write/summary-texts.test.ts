/**
 * summary.json and report.html are made on a worker thread of their own in the CLI (compiled), while
 * the main thread makes the item outputs: the bytes must be the ones made on the main thread, also
 * when the worker is stopped before it answers. The worker is the compiled one (build/, made by
 * `npm ci`'s prepare step), as the CLI runs it.
 */
import { consolidate } from '../../../pipeline/consolidate';
import { renderReportHtml } from '../../../pipeline/write/report-html';
import { summaryJson, summaryOutputs, summaryWorkerScript } from '../../../pipeline/write/summary-texts';
import { samplesWithLegacyForSuite } from '../../helpers/samples';

const { results } = samplesWithLegacyForSuite('sujarit-summary-texts-');

const bytesOf = async (content: () => Promise<string | Uint8Array | Iterable<string | Uint8Array>>) => {
  const c = await content();
  return typeof c === 'string' ? Buffer.from(c, 'utf8') : Buffer.from(c as Uint8Array);
};

describe('summaryOutputs', () => {
  it('makes on a worker thread the bytes the main thread makes', async () => {
    expect(summaryWorkerScript()).not.toBeNull();
    const run = consolidate(results, { roster: null, province: null });
    const out = summaryOutputs(run, { isolate: true });
    try {
      const json = await bytesOf(out.json);
      const html = await bytesOf(out.html);
      expect(json.equals(Buffer.from(summaryJson(run), 'utf8'))).toBe(true);
      expect(html.equals(Buffer.from(renderReportHtml(run), 'utf8'))).toBe(true);
      expect(JSON.parse(json.toString('utf8')).councils.length).toBe(run.summary.councils.length);
    } finally {
      await out.close();
    }
  }, 30000);

  it('makes them on the main thread when the worker stops before it answers', async () => {
    const run = consolidate(results, { roster: null, province: null });
    const out = summaryOutputs(run, { isolate: true });
    await out.close();
    expect((await bytesOf(out.json)).equals(Buffer.from(summaryJson(run), 'utf8'))).toBe(true);
    expect((await bytesOf(out.html)).equals(Buffer.from(renderReportHtml(run), 'utf8'))).toBe(true);
  }, 30000);
});
