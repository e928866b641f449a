/**
 * report.html in a real browser: headless Debian Chromium, opened from disk as file://, with every
 * request recorded and anything but the page itself blocked. The charts must draw, the Thai
 * heading must show, nothing may be fetched, and a full-page screenshot is kept for people to look
 * at (test-results/report.png).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { consolidate } from '../../pipeline/consolidate';
import { processFile } from '../../pipeline/process-file';
import { renderReportHtml } from '../../pipeline/write/report-html';
import { SAMPLE, SAMPLES } from '../helpers/samples';

const CHROMIUM = '/usr/bin/chromium';
/** The flags known to work here (node.md): without the background-networking ones Chromium calls out at start. */
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SCREENSHOT = path.join(__dirname, '..', '..', 'test-results', 'report.png');
const TITLE = 'สรุปแผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส';
const VIEWPORT = { width: 1100, height: 900 };

const haveChromium = fs.existsSync(CHROMIUM);
if (!haveChromium) {
  // eslint-disable-next-line no-console
  console.warn(`report.e2e.ts skipped: ${CHROMIUM} is missing. Install Debian's Chromium with: apt-get update && apt-get install -y chromium`);
  test.skip(`SKIPPED: ${CHROMIUM} is missing (apt-get install -y chromium)`, () => undefined);
}

(haveChromium ? describe : describe.skip)('report.html in headless Chromium', () => {
  let dir: string;
  let context: BrowserContext;
  let page: Page;
  let pageUrl: string;
  const requests: string[] = [];
  const blocked: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    const files = [SAMPLE.pao, SAMPLE.nongchok, SAMPLE.muangnoi, SAMPLE.nongwaeng];
    const results = await Promise.all(files.map((f) => processFile(path.join(SAMPLES, f), 'samples/tables/' + f)));
    const run = consolidate(results, { roster: null, province: null });
    expect(run.summary.councils).toHaveLength(4);

    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sujarit-report-'));
    const file = path.join(dir, 'report.html');
    fs.writeFileSync(file, renderReportHtml(run));
    pageUrl = pathToFileURL(file).href;

    context = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      viewport: VIEWPORT,
    });
    context.on('request', (r) => requests.push(r.url()));
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url === pageUrl) return route.continue();
      blocked.push(url);
      return route.abort();
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(pageUrl, { waitUntil: 'load' });
  });

  afterAll(async () => {
    await context?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('fetches nothing: the only request is the page itself', () => {
    expect(blocked).toEqual([]);
    expect(requests.filter((u) => u !== pageUrl)).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('shows the Thai heading', async () => {
    const h1 = page.locator('h1');
    await expect(h1.isVisible()).resolves.toBe(true);
    await expect(h1.textContent()).resolves.toBe(TITLE);
    const box = await h1.boundingBox();
    expect(box!.height).toBeGreaterThan(10);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('th');
  });

  test('draws the three charts, whole and inside the page', async () => {
    for (const id of ['chart-budget', 'chart-status', 'chart-findings']) {
      const box = await page.locator(`svg#${id}`).boundingBox();
      expect(box).not.toBeNull();
      expect(box!.width).toBeGreaterThan(300);
      expect(box!.height).toBeGreaterThan(60);
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(VIEWPORT.width);
    }
    // 5 years × 4 dimensions; the dimensions with a budget have visible segments
    const segments = await page.locator('svg#chart-budget rect.seg').evaluateAll((els) => els.map((e) => (e as SVGGraphicsElement).getBBox().height));
    expect(segments).toHaveLength(20);
    expect(segments.filter((h) => h > 0).length).toBeGreaterThanOrEqual(10);
    const bars = await page.locator('svg#chart-status g.bar rect').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
    expect(bars).toHaveLength(4);
    expect(Math.max(...bars)).toBeGreaterThan(50);
    // every label of the charts is drawn within its chart
    const outside = await page.evaluate(() =>
      Array.from(document.querySelectorAll('svg.chart')).flatMap((svg) => {
        const frame = svg.getBoundingClientRect();
        return Array.from(svg.querySelectorAll('text'))
          .map((t) => ({ t: t.textContent, r: t.getBoundingClientRect() }))
          .filter(({ r }) => r.width > 0 && (r.left < frame.left - 1 || r.right > frame.right + 1 || r.top < frame.top - 1 || r.bottom > frame.bottom + 1))
          .map(({ t }) => `${svg.id}: ${t}`);
      }),
    );
    expect(outside).toEqual([]);
  });

  test('the page fits the window: no sideways scrolling at 100 %', async () => {
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(scroll).toBeLessThanOrEqual(client);
  });

  test('saves a full-page screenshot to test-results/report.png', async () => {
    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(fs.statSync(SCREENSHOT).size).toBeGreaterThan(10000);
  });
});
