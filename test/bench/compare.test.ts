/**
 * bench/lib/compare.ts, the check the bench makes before it keeps any figure: sujarit's budgets
 * against the peer's and the corpus truth, per province × dimension × year, and every file read
 * and given the status the corpus intends. Planted disagreements must each be caught and named.
 */
import type { CorpusFile, Manifest } from '../../bench/corpus';
import { compareTotals, LEGACY, NATION, truthAsPeer, type OurSummary, type PeerResult } from '../../bench/lib/compare';

const file = (over: Partial<CorpusFile> & Pick<CorpusFile, 'path' | 'province'>): CorpusFile => ({
  council: 0, layout: 'multi-year', format: 'xlsx', version: null, superseded: false, corrupt: false, defect: 'none', items: 2, years: [2566, 2567], truth: {}, ...over,
});

function fixture(): { manifest: Manifest; ours: OurSummary; peer: PeerResult } {
  const manifest: Manifest = {
    generatorVersion: 0,
    councils: 4,
    provinces: 2,
    missing: [],
    bytes: 0,
    files: [
      file({ path: 'กระบี่/a.xlsx', province: 'กระบี่', council: 1, truth: { 1: { 2566: 1000, 2567: 500 }, 2: { 2566: 250.5 } } }),
      file({ path: 'กระบี่/b-ฉบับที่1.xlsx', province: 'กระบี่', council: 2, version: 1, superseded: true, truth: { 1: { 2566: 9 } } }),
      file({ path: 'กระบี่/b-ฉบับที่2.xlsx', province: 'กระบี่', council: 2, version: 2, truth: { 1: { 2566: 10 } } }),
      // A legacy plan: the truth and the peer keep the heading's dimension 3, sujarit maps it to 2.
      file({ path: 'ตรัง/c.xlsx', province: 'ตรัง', council: 3, layout: 'legacy', years: [2561], truth: { 3: { 2561: 400 } } }),
      file({ path: 'ตรัง/d.xlsx', province: 'ตรัง', council: 4, corrupt: true, layout: null, items: 0, years: [], truth: null }),
    ],
  };
  const council = (f: string, province: string, byDimension: Record<string, Record<string, number>>, framework = 'current') => ({
    file: f, province, kind: 'plan-multi-year', framework,
    byDimension: Object.fromEntries(Object.entries(byDimension).map(([d, y]) => [d, { budgetByYear: y }])),
  });
  const ours: OurSummary = {
    files: [
      { path: 'กระบี่/a.xlsx', status: 'accepted', kind: 'plan-multi-year' },
      { path: 'กระบี่/b-ฉบับที่1.xlsx', status: 'superseded', kind: 'plan-multi-year' },
      { path: 'กระบี่/b-ฉบับที่2.xlsx', status: 'accepted', kind: 'plan-multi-year' },
      { path: 'ตรัง/c.xlsx', status: 'accepted', kind: 'plan-multi-year' },
      { path: 'ตรัง/d.xlsx', status: 'rejected', kind: null },
    ],
    councils: [
      council('กระบี่/a.xlsx', 'กระบี่', { 1: { 2566: 1000, 2567: 500 }, 2: { 2566: 250.5, 2567: 0 } }),
      council('กระบี่/b-ฉบับที่2.xlsx', 'กระบี่', { 1: { 2566: 10 } }),
      council('ตรัง/c.xlsx', 'ตรัง', { 2: { 2561: 400 } }, 'legacy'),
    ],
    // ตรัง's second council sent only the corrupt upload: it sent something all the same.
    provinces: [
      { name: 'กระบี่', budgetByYear: { 2566: 1260.5, 2567: 500 }, councilsSubmitted: 2 },
      { name: 'ตรัง', budgetByYear: { 2561: 400 }, councilsSubmitted: 2 },
    ],
    national: { councilsSubmitted: 4 },
  };
  return { manifest, ours, peer: truthAsPeer(manifest) };
}

describe('compareTotals', () => {
  it('agrees when every budget, read and status match (a legacy plan compared over all its dimensions)', () => {
    const { manifest, ours, peer } = fixture();
    const a = compareTotals(ours, peer, manifest);
    expect(a.agree).toBe(true);
    expect(a.cells).toBe(4); // กระบี่|1|2566, กระบี่|1|2567, กระบี่|2|2566, ตรัง|legacy|2561
    expect(a.baht).toBe(1000 + 500 + 250.5 + 10 + 400);
    expect(a.files).toBe(3);
  });

  it('catches one baht more in one province, dimension and year, and names the cell', () => {
    const { manifest, ours, peer } = fixture();
    ours.councils[0].byDimension['1'].budgetByYear['2567'] = 501;
    const a = compareTotals(ours, peer, manifest);
    expect(a.agree).toBe(false);
    expect(a.disagreements).toEqual([{ key: 'กระบี่|1|2567', ours: 501, peer: 500, truth: 500 }]);
    expect(a.fileDifferences.map((f) => f.path)).toEqual(['กระบี่/a.xlsx']);
  });

  it('compares to the satang: less than half a satang apart is the same amount', () => {
    const { manifest, ours, peer } = fixture();
    ours.councils[0].byDimension['2'].budgetByYear['2566'] = 250.504;
    expect(compareTotals(ours, peer, manifest).agree).toBe(true);
    ours.councils[0].byDimension['2'].budgetByYear['2566'] = 250.51;
    expect(compareTotals(ours, peer, manifest).disagreements.map((d) => d.key)).toEqual(['กระบี่|2|2566']);
  });

  it('catches a budget counted under another dimension, and one the peer alone found', () => {
    const { manifest, ours, peer } = fixture();
    const dims = ours.councils[0].byDimension;
    dims['4'] = dims['2'];
    delete dims['2'];
    expect(compareTotals(ours, peer, manifest).disagreements.map((d) => d.key)).toEqual(['กระบี่|2|2566', 'กระบี่|4|2566']);
    const { ours: o2, peer: p2, manifest: m2 } = fixture();
    p2.files[0].totals['1']['2568'] = 70;
    expect(compareTotals(o2, p2, m2).disagreements).toEqual([{ key: 'กระบี่|1|2568', ours: 0, peer: 70, truth: 0 }]);
  });

  it('catches councils of two provinces counted as one in the nation, and a province short of a council', () => {
    const { manifest, ours, peer } = fixture();
    ours.national.councilsSubmitted = 3;
    let a = compareTotals(ours, peer, manifest);
    expect(a.agree).toBe(false);
    expect(a.councilDifferences).toEqual([{ province: NATION, ours: 3, expected: 4 }]);
    ours.national.councilsSubmitted = 4;
    ours.provinces[1].councilsSubmitted = 1;
    a = compareTotals(ours, peer, manifest);
    expect(a.councilDifferences).toEqual([{ province: 'ตรัง', ours: 1, expected: 2 }]);
    expect(a.disagreements).toEqual([]);
  });

  it('catches a plan counted in the wrong province', () => {
    const { manifest, ours, peer } = fixture();
    ours.councils[1].province = 'ตรัง';
    const keys = compareTotals(ours, peer, manifest).disagreements.map((d) => d.key);
    expect(keys).toEqual(['กระบี่|1|2566', 'ตรัง|1|2566']);
  });

  it('catches a file one side read and the other did not', () => {
    const { manifest, ours, peer } = fixture();
    peer.files = peer.files.filter((f) => f.path !== 'ตรัง/c.xlsx');
    const a = compareTotals(ours, peer, manifest);
    expect(a.agree).toBe(false);
    expect(a.readDifferences).toEqual([{ path: 'ตรัง/c.xlsx', ours: 'accepted', peer: 'not seen' }]);
  });

  it('catches the wrong version of a resubmission counted, by the files\' statuses', () => {
    const { manifest, ours, peer } = fixture();
    ours.files[1].status = 'accepted';
    ours.files[2].status = 'superseded';
    ours.councils[1].file = 'กระบี่/b-ฉบับที่1.xlsx';
    ours.councils[1].byDimension['1'].budgetByYear['2566'] = 9;
    const a = compareTotals(ours, peer, manifest);
    expect(a.agree).toBe(false);
    expect(a.statusDifferences).toEqual([
      { path: 'กระบี่/b-ฉบับที่1.xlsx', ours: 'accepted', expected: 'superseded' },
      { path: 'กระบี่/b-ฉบับที่2.xlsx', ours: 'superseded', expected: 'accepted' },
    ]);
    // The budgets follow the file sujarit counted (the truth is per file), so only the status check sees it.
    expect(a.disagreements).toEqual([]);
  });

  it('keeps a legacy plan whole: its budget moved between dimensions is not a disagreement, a changed amount is', () => {
    const { manifest, ours, peer } = fixture();
    ours.councils[2].byDimension = { 1: { budgetByYear: { 2561: 100 } }, 4: { budgetByYear: { 2561: 300 } } };
    expect(compareTotals(ours, peer, manifest).agree).toBe(true);
    ours.councils[2].byDimension['4'].budgetByYear['2561'] = 301;
    expect(compareTotals(ours, peer, manifest).disagreements).toEqual([{ key: `ตรัง|${LEGACY}|2561`, ours: 401, peer: 400, truth: 400 }]);
  });
});
