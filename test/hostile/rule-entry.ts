/**
 * The catalogue-entry checks of test/core/rules/helpers.ts for codes that hosts emit (the
 * pipeline sees what core cannot: files, folders, bytes, cell formats), which have no check of
 * their own: describeCatalogueEntry there expects a check for every code but unreadable-file.
 */
import { makeFinding } from '../../core/findings';
import { ruleByCode } from '../../core/rules';
import { findingSchema, type Finding, type Severity } from '../../core/schema';

const THAI = /[\u0E01-\u0E5B]/;

export function describeHostEntry(code: string, severity: Severity): void {
  describe('catalogue entry', () => {
    const rule = ruleByCode(code);
    it(`is "${code}", kebab-case, equal to its file name, severity ${severity}`, () => {
      expect(rule.code).toBe(code);
      expect(rule.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(require.resolve(`../../core/rules/${code}`)).toMatch(new RegExp(`[\\\\/]${code}\\.ts$`));
      expect(rule.severity).toBe(severity);
    });
    it('has non-empty Thai and English title and message templates', () => {
      for (const text of [rule.title.th, rule.title.en, rule.message.th, rule.message.en]) expect(text.trim().length).toBeGreaterThan(0);
      expect(rule.title.th).toMatch(THAI);
      expect(rule.title.en).toMatch(/[A-Za-z]/);
    });
    it('has no check of its own: the hosts emit it', () => {
      expect(rule.check).toBeUndefined();
      expect(rule.checkWorkbook).toBeUndefined();
    });
  });
}

/** A finding of `code` as a host makes it, checked against the finding schema and for unfilled {placeholders}. */
export function hostFinding(code: string, file: string, input: Parameters<typeof makeFinding>[2]): Finding {
  const f = makeFinding(ruleByCode(code), file, input);
  expect(findingSchema.parse(f)).toEqual(f);
  expect(f.message).toMatch(THAI);
  expect(f.message).not.toMatch(/\{\w+\}/);
  expect(f.messageEn).not.toMatch(/\{\w+\}/);
  return f;
}
