import { legacyMappingSchema } from '../../../core/schema';
import { CURRENT_FRAMEWORK, LEGACY_FRAMEWORK, LEGACY_MAPPING, findTaxon, mapLegacy, matchTaxon } from '../../../core/framework';

describe('LEGACY_FRAMEWORK data', () => {
  test('4 dimensions, 15 missions (3/5/3/4), 38 sub-items, years 2561-2564', () => {
    expect(LEGACY_FRAMEWORK.id).toBe('legacy');
    expect(LEGACY_FRAMEWORK.years).toEqual([2561, 2562, 2563, 2564]);
    expect(LEGACY_FRAMEWORK.dimensions).toHaveLength(4);
    expect(LEGACY_FRAMEWORK.missions).toHaveLength(15);
    expect(LEGACY_FRAMEWORK.subMissions).toHaveLength(38);
    const perDimension = ['1', '2', '3', '4'].map((d) => LEGACY_FRAMEWORK.missions.filter((m) => m.code.startsWith(`${d}.`)).length);
    expect(perDimension).toEqual([3, 5, 3, 4]);
    expect(findTaxon(LEGACY_FRAMEWORK, 'sub-mission', '2.1.1')).toBeUndefined(); // 2.1 has no x.y.z
  });

  test("dimension 4's short form is an alias and matches as a variant", () => {
    const m = matchTaxon('มิติที่ 4. การเสริมสร้างและปรับปรุงกลไกในการตรวจสอบการปฏิบัติราชการ', 'dimension', LEGACY_FRAMEWORK);
    expect(m).toMatchObject({ code: '4', match: 'variant', similarity: 1 });
  });

  test('seed-002 wording of legacy 3.2.1 (verbatim except spacing) is exact in the legacy framework', () => {
    const raw =
      '๓.๒.๑ มีกระบวนการรับฟังความคิดเห็นของประชาชนในการดำเนินกิจการตามอำนาจหน้าที่ขององค์กรปกครองส่วนท้องถิ่นโดยเฉพาะการดำเนินกิจการที่จะมีผลกระทบต่อความเป็นอยู่ และสุขอนามัยของประชาชนในท้องถิ่น';
    expect(matchTaxon(raw, 'sub-mission', LEGACY_FRAMEWORK)).toMatchObject({ code: '3.2.1', match: 'exact' });
  });

  test('every mapping target and alternative is a 2566-2570 mission; every key a legacy code', () => {
    for (const [code, t] of Object.entries(LEGACY_MAPPING)) {
      const level = code.split('.').length === 2 ? 'mission' : 'sub-mission';
      expect(findTaxon(LEGACY_FRAMEWORK, level, code)).toBeDefined();
      for (const c of [t.target, t.alternative]) if (c) expect(findTaxon(CURRENT_FRAMEWORK, 'mission', c)).toBeDefined();
    }
    for (const m of LEGACY_FRAMEWORK.missions) expect(LEGACY_MAPPING[m.code]).toBeDefined();
  });
});

describe('mapLegacy follows legacy-framework.md section 3, row by row', () => {
  const map = (mission: string | null, sub: string | null = null) => mapLegacy(mission, sub, null);

  test('1.1 → 1.1 high', () => expect(map('1.1')).toMatchObject({ target: '1.1', alternative: null, certainty: 'high' }));
  test('1.1.3 → 1.1 (alt 2.2) medium', () => expect(map('1.1', '1.1.3')).toMatchObject({ target: '1.1', alternative: '2.2', certainty: 'medium' }));
  test('1.2 → 1.2 high', () => expect(map('1.2')).toMatchObject({ target: '1.2', certainty: 'high' }));
  test('1.3 → 1.3 high', () => expect(map('1.3')).toMatchObject({ target: '1.3', certainty: 'high' }));
  test('2.1 → 2.2 medium(-high)', () => expect(map('2.1')).toMatchObject({ target: '2.2', certainty: 'medium' }));
  test('2.2 → 2.2 medium', () => expect(map('2.2')).toMatchObject({ target: '2.2', certainty: 'medium' }));
  test('2.3 → 2.3 high', () => expect(map('2.3')).toMatchObject({ target: '2.3', certainty: 'high' }));
  test('2.4 → 1.2 (staff awards 1.1) uncertain', () => expect(map('2.4')).toMatchObject({ target: '1.2', alternative: '1.1', certainty: 'uncertain' }));
  test('2.5 → 4.3 medium', () => expect(map('2.5')).toMatchObject({ target: '4.3', certainty: 'medium' }));
  test('2.5.1 → 2.2 uncertain', () => expect(map('2.5', '2.5.1')).toMatchObject({ target: '2.2', certainty: 'uncertain' }));
  test('2.5.2 → 4.1 uncertain', () => expect(map('2.5', '2.5.2')).toMatchObject({ target: '4.1', certainty: 'uncertain' }));
  test('2.5.3 has no override → 4.3 medium', () => expect(map('2.5', '2.5.3')).toMatchObject({ target: '4.3', certainty: 'medium' }));
  test('3.1 → 2.1 high (not 3.1)', () => expect(map('3.1')).toMatchObject({ target: '2.1', certainty: 'high' }));
  test('3.2 → 3.2 high', () => expect(map('3.2')).toMatchObject({ target: '3.2', certainty: 'high' }));
  test('3.3 → 3.1 high (not 3.3)', () => expect(map('3.3')).toMatchObject({ target: '3.1', certainty: 'high' }));
  test('4.1 → 4.1 high', () => expect(map('4.1')).toMatchObject({ target: '4.1', certainty: 'high' }));
  test('4.2 → 2.2 (alt 3.1) uncertain', () => expect(map('4.2')).toMatchObject({ target: '2.2', alternative: '3.1', certainty: 'uncertain' }));
  test('4.3 → 4.2 high (not 4.3)', () => expect(map('4.3')).toMatchObject({ target: '4.2', certainty: 'high' }));
  test('4.4 → 3.3 high', () => expect(map('4.4')).toMatchObject({ target: '3.3', certainty: 'high' }));
});

describe('mapLegacy inputs', () => {
  test('returns the schema shape, with the dimension derived from the mission', () => {
    const m = mapLegacy('๓.๓', null, null);
    expect(legacyMappingSchema.parse(m)).toEqual(m);
    expect(m).toMatchObject({ dimension: '3', mission: '3.3', target: '3.1' });
    expect(m.reason).toMatch(/\S/);
  });

  test('Thai digits, trailing dots, and a sub-item without its mission', () => {
    expect(mapLegacy(null, '๒.๕.๒', null)).toMatchObject({ dimension: '2', mission: '2.5', target: '4.1', certainty: 'uncertain' });
    expect(mapLegacy('4.3.', null, '4')).toMatchObject({ target: '4.2' });
  });

  test('only a dimension: target null, uncertain', () => {
    const m = mapLegacy(null, null, '๒.');
    expect(m).toMatchObject({ dimension: '2', mission: null, target: null, alternative: null, certainty: 'uncertain' });
    expect(legacyMappingSchema.safeParse(m).success).toBe(true);
  });

  test('an unknown legacy mission or nothing at all: target null, uncertain', () => {
    expect(mapLegacy('2.9', null, null)).toMatchObject({ mission: '2.9', target: null, certainty: 'uncertain' });
    expect(mapLegacy(null, null, null)).toMatchObject({ dimension: null, mission: null, target: null, certainty: 'uncertain' });
  });
});
