/**
 * The rule catalogue as a whole: 39 codes, unique, each defined in a file of its own name and
 * covered by a test file of its own name in this folder.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES, ruleByCode } from '../../../core/rules';

const RULE_DIR = path.join(__dirname, '..', '..', '..', 'core', 'rules');

const CODES = [
  'header-not-found', 'column-missing', 'column-unrecognised', 'unknown-dimension', 'unknown-mission',
  'mission-dimension-mismatch', 'mission-code-conflict', 'name-variant', 'invalid-amount', 'negative-amount',
  'tick-outside-quarter', 'no-quarter', 'year-out-of-range', 'year-mismatch', 'count-mismatch', 'total-mismatch',
  'summary-missing', 'org-mismatch', 'detail-mismatch', 'duplicate-item', 'placeholder-text', 'empty-dimension',
  'legacy-mapping-uncertain', 'unreadable-file',
  // Hostile and damaged input (issue 8).
  'empty-workbook', 'no-items', 'implausible-amount', 'date-in-amount', 'formula-error', 'formula-like-text',
  'merge-overlap', 'damaged-cell', 'text-too-long', 'control-characters', 'malformed-csv', 'file-changed',
  'duplicate-submission', 'unreadable-folder', 'too-many-findings',
];

describe('rule catalogue', () => {
  it('lists the 39 finding codes the validator must report, each once', () => {
    expect(RULES.map((r) => r.code).sort()).toEqual([...CODES].sort());
    expect(new Set(RULES.map((r) => r.code)).size).toBe(RULES.length);
  });

  it('defines each rule in core/rules/<code>.ts and tests it in test/core/rules/<code>.test.ts', () => {
    for (const code of CODES) {
      expect(fs.existsSync(path.join(RULE_DIR, `${code}.ts`))).toBe(true);
      expect(fs.existsSync(path.join(__dirname, `${code}.test.ts`))).toBe(true);
    }
  });

  it('gives Thai and English titles that differ between rules', () => {
    expect(new Set(RULES.map((r) => r.title.th)).size).toBe(RULES.length);
    expect(new Set(RULES.map((r) => r.title.en)).size).toBe(RULES.length);
  });

  it('refuses an unknown code', () => {
    expect(() => ruleByCode('no-such-rule')).toThrow('no-such-rule');
  });
});
