/**
 * core/legacy.ts: a parsed document brought into the 2566-2570 framework, item by item. Legacy plans
 * in every shape (test/pipeline/normalize/shapes.ts builds them from legacy-framework.md's names and
 * the seed plan's items) map by meaning, as legacy-framework.md's table says; nothing is lost.
 */
import { CURRENT_FRAMEWORK, findTaxon } from '../../core/framework';
import { keepFramework, toCurrentFramework } from '../../core/legacy';
import { parseGrid } from '../../core/parse';
import { validateGrid } from '../../core/validate';
import { seedItems } from '../../samples/build';
import { SAMPLE, sampleGrid } from '../helpers/samples';
import { allShapes, DOC_MAPPING, docTarget } from '../pipeline/normalize/shapes';

const shapes = allShapes(seedItems());
const compact = (s: string) => s.replace(/\s+/g, '');

describe.each(Object.entries(shapes))('shape %s', (name, shape) => {
  const { doc } = parseGrid(shape.grid, { file: name });

  it('parses every item the shape holds, with its legacy codes, titles and kinds', () => {
    expect(doc.framework).toBe(shape.options.framework);
    expect(doc.kind).toBe(shape.options.kind);
    expect(doc.items.map((i) => compact(i.title))).toEqual(shape.items.map((i) => compact(i.title)));
    expect(doc.items.map((i) => i.kind)).toEqual(shape.items.map((i) => i.kind));
    expect(doc.items.map((i) => i.mission)).toEqual(shape.items.map((i) => i.mission));
    if (shape.options.subItems) expect(doc.items.map((i) => i.subMission)).toEqual(shape.items.map((i) => i.subMission));
  });

  it('validates with no error but what the shape means (an annual table without มิติ, a mission it cannot place)', () => {
    const errors = validateGrid(shape.grid, { file: name }).findings.filter((f) => f.severity === 'error').map((f) => f.code);
    const expected = shape.options.dimension === 'none' ? ['column-missing'] : [];
    if (shape.items.some((i) => i.target === null)) expected.push('unknown-mission', 'unknown-dimension');
    expect(errors.sort()).toEqual(expected.sort());
  });

  it('maps every item to the mission legacy-framework.md gives, its dimension from that mission; nothing lost', () => {
    const conv = toCurrentFramework(doc);
    expect(conv.doc.framework).toBe('current');
    expect(conv.mappings).toHaveLength(doc.items.length);
    expect(conv.doc.items.length + conv.unmapped.length).toBe(doc.items.length);
    conv.mappings.forEach((m, i) => {
      const expected = shape.items[i];
      expect(m.index).toBe(i);
      expect(m.source).toEqual(doc.items[i].source);
      if (expected.target === null) {
        expect(m).toMatchObject({ status: 'unmapped', to: null });
        return;
      }
      expect(m.to).toMatchObject({ framework: 'current', mission: expected.target, dimension: expected.target.split('.')[0] });
      if (shape.options.framework === 'legacy') {
        const doc = docTarget(expected.mission!, expected.subMission);
        expect(m.certainty).toBe(doc.certainty);
        expect(m.status).toBe(doc.certainty === 'uncertain' ? 'uncertain' : 'mapped');
      } else {
        expect(m.status).toBe('kept');
      }
    });
    for (const item of conv.doc.items) {
      expect(findTaxon(CURRENT_FRAMEWORK, 'mission', item.mission!)).toBeDefined();
      expect(item.dimension).toBe(item.mission!.split('.')[0]);
    }
    // Years are the plan's own: a 2561-2564 plan stays 2561-2564.
    expect(conv.doc.metadata.years).toEqual(doc.metadata.years);
    // The source document is not changed.
    expect(doc.framework).toBe(shape.options.framework);
  });

  it('lists every legacy mission it uses, each mapped with the certainty of legacy-framework.md', () => {
    const conv = toCurrentFramework(doc);
    if (shape.options.framework !== 'legacy') {
      expect(conv.missions).toEqual([]);
      return;
    }
    const used = new Set(shape.items.map((i) => (i.subMission && DOC_MAPPING[i.subMission] ? i.subMission : i.mission)));
    expect(new Set(conv.missions.map((m) => m.subMission ?? m.mission))).toEqual(used);
    for (const m of conv.missions) {
      const row = DOC_MAPPING[m.subMission ?? m.mission];
      expect([m.subMission ?? m.mission, m.target, m.certainty]).toEqual([m.subMission ?? m.mission, row.target, row.certainty]);
    }
    expect(conv.missions.reduce((n, m) => n + m.items, 0)).toBe(doc.items.length);
  });

  it('keeps the framework as written with --framework keep: nothing moves, nothing is unmapped', () => {
    const kept = keepFramework(doc);
    expect(kept.doc.framework).toBe(doc.framework);
    expect(kept.unmapped).toEqual([]);
    expect(kept.doc.items.map((i) => [i.dimension, i.mission])).toEqual(doc.items.map((i) => [i.dimension, i.mission]));
    expect(kept.mappings.every((m) => m.status === 'kept' && m.to?.framework === doc.framework)).toBe(true);
  });
});

describe('toCurrentFramework on particular documents', () => {
  it('flags the uncertain legacy mappings (2.4, 2.5.1, 2.5.2, 4.2) for a person, and validation says so too', () => {
    const shape = shapes['legacy-headings'];
    const { doc } = parseGrid(shape.grid, { file: 'x' });
    const conv = toCurrentFramework(doc);
    const uncertain = conv.mappings.filter((m) => m.status === 'uncertain');
    expect(new Set(uncertain.map((m) => m.from.subMission && DOC_MAPPING[m.from.subMission] ? m.from.subMission : m.from.mission))).toEqual(new Set(['2.4', '2.5.1', '2.5.2', '4.2']));
    // Each is still written, at the proposed target, with its alternative named.
    expect(uncertain.every((m) => m.to?.mission && m.alternative)).toBe(true);
    const findings = validateGrid(shape.grid, { file: 'x' }).findings.filter((f) => f.code === 'legacy-mapping-uncertain');
    expect(findings.map((f) => f.cell).sort()).toEqual(uncertain.map((m) => m.source.cell).sort());
  });

  it('never maps by code: legacy 3.1 → 2.1, 3.3 → 3.1, 4.3 → 4.2, 4.4 → 3.3, 2.5 → 4.3', () => {
    const { doc } = parseGrid(shapes['legacy-dimension-column'].grid, { file: 'x' });
    const conv = toCurrentFramework(doc);
    const byLegacy = Object.fromEntries(conv.mappings.filter((m) => !m.from.subMission).map((m) => [m.from.mission, m.to?.mission]));
    expect(byLegacy).toMatchObject({ '3.1': '2.1', '3.3': '3.1', '4.3': '4.2', '4.4': '3.3', '2.1': '2.2', '4.2': '2.2' });
  });

  it('reports as unmapped an annual item whose mission has no code or known name, and keeps the rest where their codes say', () => {
    const shape = shapes['annual-no-dimension'];
    const { doc } = parseGrid(shape.grid, { file: 'x' });
    // Without a มิติ column each mission's code gives the dimension (and an unknown mission gives none).
    expect(doc.items.map((i) => i.dimension)).toEqual(shape.items.map((i) => i.target?.split('.')[0] ?? null));
    const conv = toCurrentFramework(doc);
    expect(conv.unmapped).toHaveLength(1);
    expect(conv.unmapped[0].reason).toMatch(/could not be resolved/);
    expect(conv.doc.items).toHaveLength(doc.items.length - 1);
    const keepUnmapped = toCurrentFramework(doc, { keepUnmapped: true });
    expect(keepUnmapped.doc.items).toHaveLength(doc.items.length);
    expect(keepUnmapped.doc.items.filter((i) => i.dimension === null)).toHaveLength(1);
  });

  it('leaves a current plan as it is: the อบจ.เพชรบุรี plan keeps its 48 items where they are', () => {
    const { doc } = parseGrid(sampleGrid(SAMPLE.pao));
    const conv = toCurrentFramework(doc);
    expect(conv.unmapped).toEqual([]);
    expect(conv.doc.items.map((i) => [i.dimension, i.mission])).toEqual(doc.items.map((i) => [i.dimension, i.mission]));
    expect(conv.mappings.every((m) => m.status === 'kept')).toBe(true);
  });

  it('keeps the items of a document without taxonomy (ITA measures) as they are', () => {
    const { doc } = parseGrid(sampleGrid(SAMPLE.nongwaeng));
    const conv = toCurrentFramework(doc);
    expect(conv.doc.items).toHaveLength(doc.items.length);
    expect(conv.unmapped).toEqual([]);
  });

  it('turns a legacy item with no legacy mission into an unmapped line, not a guess', () => {
    const { doc } = parseGrid(shapes['legacy-headings'].grid, { file: 'x' });
    const broken = { ...doc, items: doc.items.map((i, k) => (k === 0 ? { ...i, mission: null, subMission: null, legacy: null } : i)) };
    const conv = toCurrentFramework(broken);
    expect(conv.unmapped.map((m) => m.index)).toEqual([0]);
    expect(conv.unmapped[0].reason).toMatch(/missions are needed/);
  });
});
