import { cleanText, compact, levenshtein, similarity, thaiDigitsToArabic } from '../../../core/framework';

describe('framework text helpers', () => {
  test('Thai digits become Arabic, also mixed inside one token (seed 000 "ปี ๒๕๖7")', () => {
    expect(thaiDigitsToArabic('ปี ๒๕๖7')).toBe('ปี 2567');
    expect(thaiDigitsToArabic('๐๑๒๓๔๕๖๗๘๙')).toBe('0123456789');
  });

  test('cleanText strips HTML, zero-width chars and NBSP, and collapses spaces', () => {
    expect(cleanText('<p>๒.๓\u200B มาตรการ</p>\u00A0 ลด  การใช้')).toBe('๒.๓ มาตรการ ลด การใช้');
    expect(cleanText('a&nbsp;&amp;b')).toBe('a &b');
  });

  test('compact removes PDF wrap spaces and normalises digits and sara am (ํ + า)', () => {
    expect(compact('การบริหาร ราชการด้วย ความโปร่งใส')).toBe('การบริหารราชการด้วยความโปร่งใส');
    expect(compact('๒.๓ จิตส\u0E4D\u0E32นึก')).toBe('2.3จิตสำนึก');
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
