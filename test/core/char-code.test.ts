/**
 * charCode(s, i) is s.charCodeAt(i) for texts of every string representation the hot loops meet
 * (cut out of a longer text, joined, decoded, interned; one byte or two a character), and NaN past
 * either end, as charCodeAt gives.
 */
import { charCode } from '../../core/char-code';

describe('charCode', () => {
  const long = `${'ก'.repeat(40)}องค์การบริหารส่วนตำบลบ้านใหม่${'x'.repeat(40)}`;
  const kinds: [string, string][] = [
    ['a literal', 'โครงการ 1'],
    ['one byte a character', 'Project 2566'],
    ['cut out of a longer text', long.slice(40, 70)],
    ['cut out of a one-byte text', `${'y'.repeat(30)}budget 20,000${'z'.repeat(30)}`.slice(30, 43)],
    ['joined', ['ร้อย', 'ละ', String(5)].join('')],
    ['decoded', Buffer.from('ผู้รับผิดชอบ', 'utf8').toString('utf8')],
    ['interned as a key', Object.keys({ ['สำนักปลัด']: 1 })[0]],
    ['empty', ''],
  ];

  it.each(kinds)('reads %s as charCodeAt does', (_, s) => {
    for (let i = -1; i <= s.length; i++) expect(Object.is(charCode(s, i), s.charCodeAt(i))).toBe(true);
    expect(charCode(s, s.length)).toBeNaN();
  });
});
