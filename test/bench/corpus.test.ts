/**
 * The benchmark corpus generator (bench/corpus.ts): the same size gives the same bytes, a cached
 * corpus is recognised as stale when its files are not what the generator makes, and a small
 * corpus still holds what the national one is made of.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { cachedCorpusIsCurrent, ensureCorpus, generateCorpus } from '../../bench/corpus';
import { nation } from '../../bench/lib/nation';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sujarit-bench-corpus-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Every file under `dir`, relative path → sha256. */
function hashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(path.relative(dir, p), createHash('sha256').update(fs.readFileSync(p)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

describe('the corpus generator', () => {
  it('makes the same bytes for the same size (30 councils, twice)', () => {
    const a = generateCorpus(30, path.join(tmp, 'a'));
    const b = generateCorpus(30, path.join(tmp, 'b'));
    const ha = hashes(a.dir);
    expect(ha.size).toBeGreaterThan(30); // inbox files, roster.csv, manifest.json
    expect([...hashes(b.dir)]).toEqual([...ha]);
    expect(b.manifest).toEqual(a.manifest);
  });

  it('spreads a small corpus over a few provinces, with every council type and its roster', () => {
    const c = generateCorpus(30, path.join(tmp, 'c'));
    const councils = nation(30);
    expect(councils).toHaveLength(30);
    expect(new Set(councils.map((x) => x.spec.province)).size).toBe(3);
    expect(new Set(councils.map((x) => x.spec.type))).toEqual(new Set(['อบจ.', 'อบต.', 'ทต.', 'ทม.']));
    const roster = fs.readFileSync(c.roster, 'utf8');
    expect(roster.startsWith('\uFEFFcouncil,district,province,code\r\n')).toBe(true);
    expect(roster.trim().split('\r\n')).toHaveLength(31);
    for (const f of c.manifest.files) {
      expect(fs.existsSync(path.join(c.inbox, f.path))).toBe(true);
      expect(f.path.startsWith(`${f.province}/`)).toBe(true);
      if (!f.corrupt) expect(f.items).toBeGreaterThanOrEqual(4);
    }
  });

  it('holds realistic shares at 300 councils: 5-year, annual, legacy and CSV plans, defects, resubmissions', () => {
    const m = generateCorpus(300, path.join(tmp, 'd')).manifest;
    const share = (pred: (f: (typeof m.files)[number]) => boolean) => m.files.filter(pred).length / m.files.length;
    expect(share((f) => f.layout === 'multi-year')).toBeGreaterThan(0.45);
    expect(share((f) => f.layout === 'annual')).toBeGreaterThan(0.2);
    expect(share((f) => f.layout === 'legacy')).toBeGreaterThan(0.02);
    expect(share((f) => f.format === 'csv')).toBeGreaterThan(0.03);
    expect(share((f) => f.defect !== 'none')).toBeGreaterThan(0.1);
    expect(m.files.some((f) => f.superseded)).toBe(true);
    const items = m.files.filter((f) => !f.corrupt && f.layout !== 'legacy').map((f) => f.items);
    expect(Math.min(...items)).toBeGreaterThanOrEqual(10);
    expect(Math.max(...items)).toBeLessThanOrEqual(80);
  });

  it("writes its workbooks as they are saved: Excel's (shared strings, styles) with CR LF after each part's declaration, scripts' with LF", () => {
    const c = generateCorpus(30, path.join(tmp, 'e'));
    const flavours = new Map<string, number>();
    for (const f of c.manifest.files.filter((x) => x.format === 'xlsx' && !x.corrupt)) {
      const parts = unzipSync(new Uint8Array(fs.readFileSync(path.join(c.inbox, f.path))));
      const excel = 'xl/styles.xml' in parts;
      expect('xl/sharedStrings.xml' in parts).toBe(excel);
      for (const [name, bytes] of Object.entries(parts)) {
        const head = strFromU8(bytes.subarray(0, 60));
        expect([name, head.includes('?>\r\n<')]).toEqual([name, excel]);
      }
      flavours.set(excel ? 'excel' : 'script', (flavours.get(excel ? 'excel' : 'script') ?? 0) + 1);
    }
    expect(flavours.get('excel')).toBeGreaterThan(flavours.get('script') ?? 0);
    expect(flavours.get('script')).toBeGreaterThan(0);
  });

  it('reuses a cached corpus only while it is what the generator makes', () => {
    const root = path.join(tmp, 'cache');
    const first = ensureCorpus(30, root);
    expect(first.generated).toBe(true);
    const again = ensureCorpus(30, root);
    expect(again.generated).toBe(false);
    // Council 0 is among the councils the check makes again; its file changed on disk → stale.
    const probed = again.manifest.files.find((f) => f.council === 0 && !f.corrupt)!;
    const file = path.join(again.inbox, probed.path);
    const bytes = fs.readFileSync(file);
    bytes[bytes.length - 30] ^= 1;
    fs.writeFileSync(file, bytes);
    expect(cachedCorpusIsCurrent(again.dir, again.manifest)).toBe(false);
    expect(ensureCorpus(30, root).generated).toBe(true);
  });

  it('does not reuse a cached corpus whose inbox holds a file it did not make, or lacks one', () => {
    const root = path.join(tmp, 'stray');
    const c = ensureCorpus(30, root);
    expect(cachedCorpusIsCurrent(c.dir, c.manifest)).toBe(true);
    const stray = path.join(c.inbox, 'isolate-0x1234-v8.log');
    fs.writeFileSync(stray, 'code-creation,Builtin\n');
    expect(cachedCorpusIsCurrent(c.dir, c.manifest)).toBe(false);
    fs.unlinkSync(stray);
    expect(cachedCorpusIsCurrent(c.dir, c.manifest)).toBe(true);
    // A file the probe does not make again (the last one listed) is gone: stale as well.
    fs.unlinkSync(path.join(c.inbox, c.manifest.files[c.manifest.files.length - 1].path));
    expect(cachedCorpusIsCurrent(c.dir, c.manifest)).toBe(false);
    expect(ensureCorpus(30, root).generated).toBe(true);
  });
});
