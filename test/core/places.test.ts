/**
 * core/places.ts: the provinces a document may name, and how headings and titles name them.
 * Bangkok is a special administrative area, never written after จังหวัด.
 */
import { BANGKOK, canonicalProvince, provinceAt, provinceHeading, provincesPhrase, PROVINCES } from '../../core/places';

describe('the provinces', () => {
  it('are the 76 provinces and Bangkok, each once', () => {
    expect(PROVINCES).toHaveLength(77);
    expect(new Set(PROVINCES).size).toBe(77);
    expect(PROVINCES).toContain(BANGKOK);
  });

  it('are found at the start of a text, spaces inside allowed, and Bangkok by its short names', () => {
    expect(provinceAt('นครศรี ธรรมราช อำเภอเมือง')).toBe('นครศรีธรรมราช');
    expect(canonicalProvince('กทม.')).toBe(BANGKOK);
    expect(canonicalProvince('กรุงเทพฯ')).toBe(BANGKOK);
    expect(canonicalProvince('ไม่มีจังหวัดนี้')).toBeNull();
  });
});

describe('provinceHeading', () => {
  it('writes จังหวัด (or จ.) before a province, and Bangkok alone', () => {
    expect(provinceHeading('เพชรบุรี')).toBe('จังหวัดเพชรบุรี');
    expect(provinceHeading('เพชรบุรี', 'short')).toBe('จ.เพชรบุรี');
    expect(provinceHeading(BANGKOK)).toBe('กรุงเทพมหานคร');
    expect(provinceHeading(BANGKOK, 'short')).toBe('กรุงเทพมหานคร');
  });
});

describe('provincesPhrase', () => {
  it('names up to three provinces, and counts more', () => {
    expect(provincesPhrase([])).toBe('');
    expect(provincesPhrase(['เพชรบุรี'])).toBe('จังหวัดเพชรบุรี');
    expect(provincesPhrase(['ตรัง', 'พังงา'])).toBe('จังหวัดตรัง และจังหวัดพังงา');
    expect(provincesPhrase([BANGKOK, 'นนทบุรี', 'ปทุมธานี'])).toBe('กรุงเทพมหานคร จังหวัดนนทบุรี และจังหวัดปทุมธานี');
    expect(provincesPhrase(PROVINCES)).toBe('77 จังหวัด');
  });
});
