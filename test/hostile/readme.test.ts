/**
 * The README's "Bad and hostile input" table is kinds.ts, written out: every kind, its finding
 * codes and what the analyst sees. Regenerate with `npx ts-node --transpile-only test/hostile/readme.ts`.
 */
import * as fs from 'node:fs';
import { RULES } from '../../core/rules';
import { KINDS } from './kinds';
import { BEGIN, END, hostileMarkdown, README, withHostileSection } from './readme';

describe('the kinds of bad input', () => {
  it('number at least 25, with unique ids and every field filled', () => {
    expect(KINDS.length).toBeGreaterThanOrEqual(25);
    expect(new Set(KINDS.map((k) => k.id)).size).toBe(KINDS.length);
    for (const k of KINDS) {
      expect([k.id, k.name.length > 0, k.made.length > 0, k.files.length > 0]).toEqual([k.id, true, true, true]);
      expect(k.sees).toMatch(/[\u0E01-\u0E5B]/);
    }
  });

  it('expect only codes the catalogue has', () => {
    const codes = new Set(RULES.map((r) => r.code));
    for (const k of KINDS) for (const c of k.codes) expect([k.id, c, codes.has(c)]).toEqual([k.id, c, true]);
  });

  it('are the README\'s "Bad and hostile input" table, right after "Other commands"', () => {
    const readme = fs.readFileSync(README, 'utf8');
    expect(withHostileSection(readme)).toBe(readme);
    expect(readme).toContain(`${BEGIN}\n${hostileMarkdown()}\n${END}`);
    const headings = readme.split('\n').filter((l) => l.startsWith('## '));
    expect(headings[headings.indexOf('## Other commands') + 1]).toBe('## Bad and hostile input');
  });
});
