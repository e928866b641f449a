/**
 * The manifests: the unified JSON one against Microsoft's schema through office-addin-manifest
 * (offline: the schema ships with the package; the child process below has no network), the XML
 * one against the rules Office enforces when sideloading, both against the icons that exist, and
 * the production copies webpack writes into dist/.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SaxesParser } from 'saxes';

const ROOT = path.join(__dirname, '..', '..');
const XML = path.join(ROOT, 'manifests', 'manifest.xml');
const JSON_PATH = path.join(ROOT, 'manifests', 'manifest.json');
const ASSETS = path.join(ROOT, 'addin', 'assets');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const webpackConfig = require('../../webpack.config.js') as ((env: Record<string, string>, argv: { mode: string }) => Promise<Record<string, unknown>>) & {
  retarget(content: string, url: string): string;
};

/**
 * office-addin-manifest's validation, run by Node itself (its schema package is ESM-only, which
 * jest's loader cannot require), with every network call made to fail.
 */
function validateJson(file: string): { isValid: boolean; report?: { errors?: { content: string }[] } } {
  const script = `
    const http = require('node:http'), https = require('node:https');
    const refuse = () => { throw new Error('network access during validation'); };
    http.request = https.request = http.get = https.get = refuse;
    globalThis.fetch = refuse;
    require('office-addin-manifest').validateManifest(process.argv[1])
      .then((v) => process.stdout.write(JSON.stringify(v)))
      .catch((e) => { process.stdout.write(JSON.stringify({ isValid: false, report: { errors: [{ content: String(e.message) }] } })); });`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script, file], { cwd: ROOT, encoding: 'utf8' }));
}

interface Node {
  name: string;
  attributes: Record<string, string>;
  children: Node[];
  text: string;
}

function parseXml(text: string): Node {
  const parser = new SaxesParser({ xmlns: false });
  const root: Node = { name: '#root', attributes: {}, children: [], text: '' };
  const stack = [root];
  parser.on('opentag', (tag) => {
    const node: Node = { name: tag.name, attributes: tag.attributes as Record<string, string>, children: [], text: '' };
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  });
  parser.on('text', (t) => (stack[stack.length - 1].text += t));
  parser.on('closetag', () => void stack.pop());
  parser.write(text).close();
  return root.children[0];
}

const all = (node: Node, name: string): Node[] => [...(node.name === name ? [node] : []), ...node.children.flatMap((c) => all(c, name))];
const one = (node: Node, name: string) => all(node, name)[0];

/** Width and height from a PNG's IHDR. */
function pngSize(file: string): [number, number] {
  const b = fs.readFileSync(file);
  expect(b.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

const assetFor = (url: string) => path.join(ASSETS, path.basename(new URL(url).pathname));

describe('the unified JSON manifest (Microsoft 365)', () => {
  const manifest = JSON.parse(fs.readFileSync(JSON_PATH, 'utf8'));

  test('validates against the schema, offline', () => {
    const result = validateJson(JSON_PATH);
    expect(result.report?.errors ?? []).toEqual([]);
    expect(result.isValid).toBe(true);
  });

  test('a broken manifest does not validate (the check is real)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sujarit-manifest-'));
    const broken = path.join(dir, 'manifest.json');
    fs.writeFileSync(broken, JSON.stringify({ ...manifest, extensions: [{ ...manifest.extensions[0], requirements: { scopes: ['spreadsheet'] } }] }));
    const result = validateJson(broken);
    expect(result.isValid).toBe(false);
    expect(JSON.stringify(result.report)).toMatch(/scopes/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('runs in workbooks, opens the task pane, and its icons exist at the sizes the schema asks', () => {
    const ext = manifest.extensions[0];
    expect(ext.requirements.scopes).toEqual(['workbook']);
    expect(ext.runtimes[0].code.page).toBe('https://localhost:3000/taskpane.html');
    expect(ext.ribbons[0].tabs[0].groups[0].controls[0].actionId).toBe(ext.runtimes[0].actions[0].id);
    expect(pngSize(path.join(ROOT, 'addin', manifest.icons.color))).toEqual([192, 192]);
    expect(pngSize(path.join(ROOT, 'addin', manifest.icons.outline))).toEqual([32, 32]);
    for (const icon of ext.ribbons[0].tabs[0].groups[0].icons) expect(pngSize(assetFor(icon.url))).toEqual([icon.size, icon.size]);
  });
});

describe('the XML manifest (Office 2016-2021 and Microsoft 365)', () => {
  const text = fs.readFileSync(XML, 'utf8');
  const doc = parseXml(text);
  const json = JSON.parse(fs.readFileSync(JSON_PATH, 'utf8'));

  test('a task pane add-in for workbooks, with the same id as the JSON manifest and a four-part version', () => {
    expect(doc.name).toBe('OfficeApp');
    expect(doc.attributes['xsi:type']).toBe('TaskPaneApp');
    expect(one(doc, 'Id').text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(one(doc, 'Id').text).toBe(json.id);
    expect(one(doc, 'Version').text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(one(doc, 'Version').text.startsWith(json.version)).toBe(true);
    expect(one(doc, 'Permissions').text).toBe('ReadWriteDocument');
    expect(all(one(doc, 'Hosts'), 'Host').map((h) => h.attributes.Name)).toEqual(['Workbook']);
    expect(all(doc, 'Host').filter((h) => h.attributes['xsi:type']).map((h) => h.attributes['xsi:type'])).toEqual(['Workbook']);
    // ExcelApi 1.1 only, so that Excel 2016 loads it; newer API sets are checked at run time.
    expect(all(doc, 'Set').map((s) => [s.attributes.Name, s.attributes.MinVersion])).toEqual([['ExcelApi', '1.1']]);
  });

  test('the pane is served over https, and every image it names exists at its size', () => {
    expect(one(one(doc, 'DefaultSettings'), 'SourceLocation').attributes.DefaultValue).toBe('https://localhost:3000/taskpane.html');
    const urls = [...text.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.every((u) => u.startsWith('https://'))).toBe(true);
    const images = [one(doc, 'IconUrl'), one(doc, 'HighResolutionIconUrl')].map((n) => n.attributes.DefaultValue);
    expect(images.map((u) => pngSize(assetFor(u))[0])).toEqual([32, 64]);
    for (const image of all(one(doc, 'bt:Images'), 'bt:Image')) {
      const size = Number(/(\d+)x\1/.exec(image.attributes.id)?.[1]);
      expect(pngSize(assetFor(image.attributes.DefaultValue))).toEqual([size, size]);
    }
  });

  test('every resid points at a resource, short strings fit Office’s 125 characters, long ones 250', () => {
    const ids = new Set(all(one(doc, 'Resources'), 'bt:Image').concat(all(one(doc, 'Resources'), 'bt:Url'), all(one(doc, 'Resources'), 'bt:String')).map((n) => n.attributes.id));
    const used = [...text.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    expect(used.filter((r) => !ids.has(r))).toEqual([]);
    for (const s of all(one(doc, 'bt:ShortStrings'), 'bt:String')) expect(s.attributes.DefaultValue.length).toBeLessThanOrEqual(125);
    for (const s of all(one(doc, 'bt:LongStrings'), 'bt:String')) expect(s.attributes.DefaultValue.length).toBeLessThanOrEqual(250);
    expect(one(doc, 'DisplayName').attributes.DefaultValue.length).toBeLessThanOrEqual(125);
  });
});

describe('the build', () => {
  test('production manifests point at the address given at build time, and still validate', () => {
    const url = 'https://plans.example.go.th/sujarit/';
    const xml = webpackConfig.retarget(fs.readFileSync(XML, 'utf8'), url);
    const json = webpackConfig.retarget(fs.readFileSync(JSON_PATH, 'utf8'), url);
    expect(xml).not.toContain('localhost');
    expect(json).not.toContain('localhost');
    expect(xml).toContain('<SourceLocation DefaultValue="https://plans.example.go.th/sujarit/taskpane.html"/>');
    expect(xml).toContain('<AppDomain>https://plans.example.go.th</AppDomain>');
    expect(JSON.parse(json).validDomains).toEqual(['plans.example.go.th']);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sujarit-manifest-'));
    fs.writeFileSync(path.join(dir, 'manifest.json'), json);
    expect(validateJson(path.join(dir, 'manifest.json')).isValid).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('the config builds the pane, the stylesheet, the icons and both manifests; Office.js stays on the CDN', async () => {
    const config = (await webpackConfig({ outputPath: '/tmp/x', quiet: 'true' }, { mode: 'production' })) as {
      entry: Record<string, string>;
      output: { path: string };
      plugins: { constructor: { name: string } }[];
      devServer?: unknown;
    };
    expect(Object.keys(config.entry)).toEqual(['taskpane']);
    expect(config.output.path).toBe('/tmp/x');
    expect(config.plugins.map((p) => p.constructor.name)).toEqual(['HtmlWebpackPlugin', 'CopyPlugin']);
    expect(config.devServer).toBeUndefined();
    const html = fs.readFileSync(path.join(ROOT, 'addin', 'taskpane', 'taskpane.html'), 'utf8');
    expect(html).toContain('<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>');
    await expect(webpackConfig({ url: 'http://insecure.example/' }, { mode: 'production' })).rejects.toThrow(/https/);
  });
});
