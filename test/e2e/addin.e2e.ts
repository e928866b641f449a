/**
 * The built task pane in headless Debian Chromium, against an in-memory Excel: the production
 * bundle is built by webpack, served from 127.0.0.1, and Microsoft's office.js is answered with
 * the stand-in (test/e2e/addin/excel-standin.js), so no request leaves the machine. A clerk's
 * round: create a 5-year plan sheet, type items and a wrong total, validate, click the finding,
 * highlight without touching their own formatting, preview and apply the fix, validate clean,
 * check readiness, switch to English. Screenshots of the pane go to test-results/addin-*.png.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildAddin } from './addin/build';
import { serveDir, type StaticServer } from './addin/serve';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const STANDIN = path.join(__dirname, 'addin', 'excel-standin.js');
const RESULTS = path.join(__dirname, '..', '..', 'test-results');
/** About the width Excel gives a task pane. */
const VIEWPORT = { width: 380, height: 1000 };
const SHEET = 'แผนปฏิบัติการ 2566-2570';
const LOG = 'บันทึกการแก้ไข';

const haveChromium = fs.existsSync(CHROMIUM);
if (!haveChromium) {
  // eslint-disable-next-line no-console
  console.warn(`addin.e2e.ts skipped: ${CHROMIUM} is missing. Install Debian's Chromium with: apt-get update && apt-get install -y chromium`);
  test.skip(`SKIPPED: ${CHROMIUM} is missing (apt-get install -y chromium)`, () => undefined);
}

interface StandInCell {
  value: unknown;
  formula: string | null;
  numberFormat: string;
  format: Record<string, unknown>;
}

(haveChromium ? describe : describe.skip)('the Excel task pane in headless Chromium', () => {
  let dir: string;
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  const blocked: string[] = [];
  const problems: string[] = [];

  const standIn = <T>(fn: string, ...args: unknown[]): Promise<T> =>
    page.evaluate(({ fn, args }) => (window as unknown as { __standin: Record<string, (...a: unknown[]) => unknown> }).__standin[fn](...args), { fn, args }) as Promise<T>;
  const cell = (sheet: string, address: string) => standIn<StandInCell>('cell', sheet, address);
  const shot = async (name: string) => {
    fs.mkdirSync(RESULTS, { recursive: true });
    const file = path.join(RESULTS, `addin-${name}.png`);
    // The pane down to the end of its content (the rest is empty task pane).
    const height = await page.evaluate(() => Math.ceil(Math.max(...Array.from(document.querySelectorAll('#panel *, #status')).map((e) => e.getBoundingClientRect().bottom))) + 24);
    await page.screenshot({ path: file, clip: { x: 0, y: 0, width: VIEWPORT.width, height: Math.min(Math.max(height, 400), VIEWPORT.height) } });
    return file;
  };
  const status = () => page.locator('#status').innerText();

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sujarit-addin-'));
    await buildAddin(path.join(dir, 'dist'));
    server = await serveDir(path.join(dir, 'dist'));
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
    context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 2, locale: 'th-TH' });
    context.on('request', (r) => requests.push(r.url()));
    const standInJs = fs.readFileSync(STANDIN, 'utf8');
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: standInJs });
      if (url.startsWith(server.url)) return route.continue();
      blocked.push(url);
      return route.abort();
    });
    page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${server.url}taskpane.html`, { waitUntil: 'load' });
    await page.waitForSelector('#app[data-ready="true"]');
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('opens in Thai on the New tab', async () => {
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('th');
    expect(await page.locator('#tab-new').getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('h2').first().innerText()).toBe('สร้างแผ่นงานแผนใหม่');
    expect(await page.locator('#f-firstYear').inputValue()).toBe('2566');
    expect(await page.locator('#f-lastYear').inputValue()).toBe('2570');
    // The Thai title is drawn with a Thai font: it has height and is not empty boxes of fallback glyphs.
    const box = await page.locator('h2').first().boundingBox();
    expect(box!.height).toBeGreaterThan(15);
  });

  test('asks for what is missing before writing anything', async () => {
    await page.click('#insert');
    await page.waitForSelector('#f-council-error');
    expect(await page.locator('#f-council').getAttribute('aria-invalid')).toBe('true');
    expect(await standIn<string[]>('sheetNames')).toEqual(['Sheet1']);
  });

  test('creates a 5-year plan sheet and the metadata sheet in at most three syncs', async () => {
    await page.fill('#f-council', 'หนองแวง');
    await page.fill('#f-district', 'เทพารักษ์');
    await page.fill('#f-province', 'นครราชสีมา');
    await shot('new');
    await standIn('resetCounters');
    await page.click('#insert');
    await page.waitForSelector('#status.status-success');
    const counters = await standIn<{ syncs: number; implicitSyncs: number; suspends: number }>('counters');
    expect(counters.syncs).toBeLessThanOrEqual(3);
    expect(counters.implicitSyncs).toBe(0);
    expect(counters.suspends).toBeGreaterThanOrEqual(1);
    expect(await standIn<string[]>('sheetNames')).toEqual(['Sheet1', SHEET, 'ข้อมูลหน่วยงาน']);
    expect(await standIn('activeSheet')).toBe(SHEET);
    expect((await cell(SHEET, 'A4')).value).toBe('มิติ');
    expect((await cell(SHEET, 'D9')).formula).toBe('=SUM(D6:D8)');
    expect((await cell(SHEET, 'C22')).value).toBe('จำนวน 0 โครงการ');
    expect((await cell(SHEET, 'A6')).format['font.name']).toBe('TH Sarabun New');
    const sheet = await standIn<{ validations: { range: string }[]; freezeRows: number; page: Record<string, unknown> }>('sheet', SHEET);
    expect(sheet.validations.map((v) => v.range)).toContain('B6:B8');
    expect(sheet.freezeRows).toBe(5);
    expect(sheet.page.orientation).toBe('Landscape');
    expect((await cell('ข้อมูลหน่วยงาน', 'B1')).value).toBe('องค์การบริหารส่วนตำบลหนองแวง');
    expect(await status()).toContain(SHEET);
  });

  test('finds the wrong total the clerk typed', async () => {
    // The clerk types one item per dimension, then overwrites a total with a wrong figure.
    await standIn('type', SHEET, 'C6', '1) โครงการอบรมคุณธรรมจริยธรรมบุคลากร');
    await standIn('type', SHEET, 'D6', '10000');
    await standIn('type', SHEET, 'E6', 'ไม่ใช้งบประมาณ');
    await standIn('type', SHEET, 'C10', '2) มาตรการเผยแพร่ข้อมูลสาธารณะ');
    await standIn('type', SHEET, 'C14', '3) กิจกรรมรับฟังความคิดเห็นประชาชน');
    await standIn('type', SHEET, 'C18', '4) มาตรการตรวจสอบภายใน');
    await standIn('type', SHEET, 'D9', '5000');
    await page.click('#tab-validate');
    await standIn('resetCounters');
    await page.click('#validate');
    await page.waitForSelector('.finding-button[data-cell="D9"]');
    expect((await standIn<{ syncs: number }>('counters')).syncs).toBeLessThanOrEqual(2);
    const finding = page.locator('.finding-button[data-cell="D9"]');
    expect(await finding.innerText()).toContain('ยอดรวมไม่ตรงกับรายการ');
    expect(await finding.innerText()).toContain('10,000');
    // Both amounts as the clerk reads them, grouped (the stated one used to show as "5000").
    expect(await finding.innerText()).toContain('ระบุ 5,000');
    expect(await page.locator('.group-error h3').innerText()).toContain('ข้อผิดพลาด');
    await shot('validate');
  });

  test('clicking the finding selects its cell', async () => {
    await page.click('.finding-button[data-cell="D9"]');
    await page.waitForFunction(() => (window as unknown as { __standin: { selection(): { address: string } | null } }).__standin.selection()?.address === 'D9');
    expect(await standIn('selection')).toEqual({ sheet: SHEET, address: 'D9' });
  });

  test('highlights without overwriting the clerk’s own formatting, and clears', async () => {
    await standIn('fill', SHEET, 'D9', '#FFFF00');
    await page.check('#highlight');
    await page.click('#validate');
    await page.waitForSelector('#status:has-text("ไฮไลต์")');
    let sheet = await standIn<{ conditionalFormats: { formula: string; areas: string[] }[] }>('sheet', SHEET);
    expect(sheet.conditionalFormats).toHaveLength(1);
    expect(sheet.conditionalFormats[0].formula).toContain('sujarit');
    expect(sheet.conditionalFormats[0].areas).toContain('D9');
    expect((await cell(SHEET, 'D9')).format.fill).toBe('#FFFF00');
    await page.click('#clear-highlights');
    await page.waitForSelector('#status.status-success');
    sheet = await standIn('sheet', SHEET);
    expect(sheet.conditionalFormats).toHaveLength(0);
    expect((await cell(SHEET, 'D9')).format.fill).toBe('#FFFF00');
    await page.uncheck('#highlight');
  });

  test('previews the fix, applies it on confirmation and logs the old value', async () => {
    await page.click('#tab-fix');
    await page.click('#preview-button');
    await page.waitForSelector('#preview tr.change[data-cell="D9"]');
    const row = page.locator('#preview tr.change[data-cell="D9"]');
    expect(await row.innerText()).toContain('=SUM(D6:D8)');
    expect(await row.innerText()).toContain('5,000');
    // Nothing is written by the preview.
    expect((await cell(SHEET, 'D9')).value).toBe(5000);
    await shot('fix');
    await page.click('#apply');
    await page.waitForSelector('#status.status-success');
    const d9 = await cell(SHEET, 'D9');
    expect(d9.formula).toBe('=SUM(D6:D8)');
    expect(d9.value).toBe(10000);
    expect(await standIn<string[]>('sheetNames')).toContain(LOG);
    const log = await standIn<unknown[][]>('values', LOG);
    expect(log[0][0]).toBe('ครั้งที่');
    expect(log[1].slice(2, 7)).toEqual([SHEET, 'D9', 5000, 'ค่า', '=SUM(D6:D8)']);
  });

  test('validates clean after the fix', async () => {
    await page.click('#tab-validate');
    await page.click('#validate');
    await page.waitForSelector('#validate-clean');
    expect(await page.locator('.finding-button').count()).toBe(0);
    await shot('clean');
  });

  test('the readiness checklist passes', async () => {
    await page.click('#tab-ready');
    await page.click('#ready');
    await page.waitForSelector('#ready-verdict');
    expect(await page.locator('#ready-verdict').innerText()).toContain('พร้อมส่ง');
    expect(await page.locator('.check-fail').count()).toBe(0);
    expect(await page.locator('#file-name').innerText()).toBe('อบต.หนองแวง-แผนปฏิบัติการ-2566-2570-ฉบับที่1.xlsx');
    await shot('ready');
  });

  test('tabs answer the arrow keys', async () => {
    await page.focus('#tab-ready');
    await page.keyboard.press('Home');
    expect(await page.locator('#tab-new').getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('#tab-format').getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-format');
  });

  test('switches to English and back', async () => {
    await page.click('#lang');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('#tab-validate').innerText()).toBe('Check');
    await page.click('#tab-validate');
    await page.click('#validate');
    await page.waitForSelector('#validate-clean');
    await shot('english');
    await page.click('#lang');
    expect(await page.locator('#tab-validate').innerText()).toBe('ตรวจสอบ');
  });

  test('fetches nothing from outside this machine and logs no error', () => {
    expect(blocked).toEqual([]);
    expect(requests.filter((u) => !u.startsWith(server.url) && u !== OFFICE_JS)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
