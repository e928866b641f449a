import { levenshtein, similarity } from '../../../core/framework';
import { toArabicDigits } from '../../../core/thai/digits';
import { compactText, normalizeText } from '../../../core/thai/text';

// The matcher compares names in core/thai's forms (normalizeText, compactText), as every cell is compared.
describe('framework text helpers', () => {
  test('Thai digits become Arabic, also mixed inside one token (seed 000 "ปี ๒๕๖7")', () => {
    expect(toArabicDigits('ปี ๒๕๖7')).toBe('ปี 2567');
    expect(toArabicDigits('๐๑๒๓๔๕๖๗๘๙')).toBe('0123456789');
  });

  test('normalizeText strips HTML, zero-width chars and NBSP, and collapses spaces', () => {
    expect(normalizeText('<p>๒.๓\u200B มาตรการ</p>\u00A0 ลด  การใช้')).toBe('๒.๓ มาตรการ ลด การใช้');
    expect(normalizeText('a&nbsp;&amp;b')).toBe('a &b');
  });

  test('compactText removes PDF wrap spaces and normalises digits and sara am (ํ + า)', () => {
    expect(compactText('การบริหาร ราชการด้วย ความโปร่งใส')).toBe('การบริหารราชการด้วยความโปร่งใส');
    expect(compactText('๒.๓ จิตส\u0E4D\u0E32นึก')).toBe('2.3จิตสำนึก');
  });

  test('Levenshtein distance and similarity', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(similarity('ดุลยพินิจ', 'ดุลยพินิจ')).toBe(1);
    expect(similarity('ดุลยพินิจ', 'ดุลพินิจ')).toBeCloseTo(1 - 1 / 9);
    expect(similarity('', '')).toBe(1);
    expect(similarity('abc', 'xyz')).toBe(0);
  });
});
