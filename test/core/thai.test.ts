/**
 * Tests for core/thai.ts. Cell texts are copied from shared/docs/domain.md and the seed files
 * (000 lines 26-82: annual plan with quarters; 004 lines 224-302: multi-year plan), never read at run time.
 */
import {
  NO_BUDGET_PHRASES,
  ORG_TYPE_NAMES,
  compactSimilarity,
  compactText,
  findYears,
  fiscalQuarterOf,
  fiscalYearOf,
  formatNumber,
  isTick,
  joinThaiWrapSpaces,
  levenshtein,
  normalizeText,
  parseAmount,
  parseNumber,
  parseOrgName,
  parseQuarterLabel,
  parseYearRange,
  sameOrg,
  similarity,
  splitItemTitle,
  splitNumberedItems,
  toArabicDigits,
  toBuddhistYear,
  toThaiDigits,
} from '../../core/thai';
import { isNormal } from '../../core/thai/text';

const ZWSP = '\u200B';
const NBSP = '\u00A0';
const NIKHAHIT = '\u0E4D';
const SARA_AA = '\u0E32';
const SARA_AM = '\u0E33';

describe('digits', () => {
  it('turns Thai digits into Arabic ones, also inside mixed tokens', () => {
    expect(toArabicDigits('ปี ๒๕๖7')).toBe('ปี 2567');
    expect(toArabicDigits('๐๑๒๓๔๕๖๗๘๙')).toBe('0123456789');
    expect(toArabicDigits('จำนวน ๓๔,๐๐๐ บาท')).toBe('จำนวน 34,000 บาท');
    expect(toArabicDigits('no digits')).toBe('no digits');
  });

  it('turns Arabic digits into Thai ones', () => {
    expect(toThaiDigits('ปี 2567')).toBe('ปี ๒๕๖๗');
    expect(toThaiDigits('34,000')).toBe('๓๔,๐๐๐');
    expect(toArabicDigits(toThaiDigits('0123456789'))).toBe('0123456789');
  });
});

describe('normalizeText', () => {
  it('strips HTML tags and decodes entities', () => {
    expect(normalizeText('<p>โครงการจัดเวที ประชาคม</p>')).toBe('โครงการจัดเวที ประชาคม');
    expect(normalizeText('<ul style="margin:0"><li>ก</li><li>ข</li></ul>')).toBe('ก ข');
    expect(normalizeText('บรรทัดแรก<br/>บรรทัดสอง')).toBe('บรรทัดแรก บรรทัดสอง');
    expect(normalizeText('<p>A&nbsp;&amp;&nbsp;B &lt;C&gt; &quot;D&quot; &#3585;&#x0E02;</p>')).toBe('A & B <C> "D" กข');
    expect(normalizeText('&amp;lt;')).toBe('&lt;');
    expect(normalizeText('<span>ข้อ</span>มูล')).toBe('ข้อมูล');
    // As the framework matcher meets dimension and mission cells (seed 000).
    expect(normalizeText('<p>๒.๓\u200B มาตรการ</p>\u00A0 ลด  การใช้')).toBe('๒.๓ มาตรการ ลด การใช้');
    expect(normalizeText('a&nbsp;&amp;b')).toBe('a &b');
  });

  it('removes zero-width characters and soft hyphens', () => {
    expect(normalizeText(`${ZWSP}ไม่ใช้งบประมาณ${ZWSP}`)).toBe('ไม่ใช้งบประมาณ');
    expect(normalizeText('ก\u200Cข\u200Dค\u2060ง\uFEFFจ\u00ADฉ')).toBe('กขคงจฉ');
    expect(normalizeText(`${ZWSP}   ${ZWSP}`)).toBe('');
  });

  it('turns NBSP and other Unicode spaces into plain spaces and collapses whitespace', () => {
    expect(normalizeText(`งบประมาณ${NBSP}(บาท)`)).toBe('งบประมาณ (บาท)');
    expect(normalizeText('ก\u2003ข\u3000ค\u202Fง')).toBe('ก ข ค ง');
    expect(normalizeText('  โครงการ/กิจกรรม/\n\t มาตรการ \r\n')).toBe('โครงการ/กิจกรรม/ มาตรการ');
  });

  it('composes sara am typed as nikhahit + sara aa', () => {
    expect(normalizeText(`ดำเนินการ`)).toBe('ดำเนินการ');
    expect(normalizeText(`ด${NIKHAHIT}${SARA_AA}เนินการ`)).toBe(`ด${SARA_AM}เนินการ`);
    expect(normalizeText(`ตำบล`.replace(SARA_AM, NIKHAHIT + SARA_AA))).toBe('ตำบล');
    // with a tone mark on either side of the nikhahit
    expect(normalizeText(`น\u0E49${NIKHAHIT}${SARA_AA}`)).toBe('น้ำ');
    expect(normalizeText(`น${NIKHAHIT}\u0E49${SARA_AA}`)).toBe('น้ำ');
    // a zero-width space between the two halves does not stop it
    expect(normalizeText(`ด${NIKHAHIT}${ZWSP}${SARA_AA}`)).toBe(`ด${SARA_AM}`);
  });

  it('keeps the spaces between words', () => {
    expect(normalizeText('การบริหาร ราชการด้วย ความโปร่งใส')).toBe('การบริหาร ราชการด้วย ความโปร่งใส');
  });

  it('returns a text at once only when it has nothing to change (isNormal: one pass over the characters)', () => {
    // What isNormal decides, as a pattern and three searches: no tag or entity, no zero-width character,
    // no `\s` but a lone inner space, no space at either end, no split sara am's nikhahit.
    const pattern = /[<&\u200B\u200C\u200D\u2060\uFEFF\u00AD\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\u0E4D\t\n\v\f\r]/;
    const expected = (s: string) => !pattern.test(s) && !s.startsWith(' ') && !s.endsWith(' ') && !s.includes('  ');
    const odd = ['<', '&', ' ', '\t', '\n', '\v', '\f', '\r', '\u00A0', '\u00AD', '\u1680', '\u2000', '\u2005', '\u200A', '\u200B', '\u200D', '\u200E', '\u2028', '\u2029', '\u202F', '\u205F', '\u2060', '\u3000', '\uFEFF', NIKHAHIT, '\u0E4C', '\u0E4E', '\u0E7F', '\u0F00', '\u00A1', '\u009F', '>', ';', '='];
    const plain = ['ก', 'โครงการ', 'A', '1', ',', 'ำ'];
    const texts = [''];
    for (const a of odd) for (const b of [...odd, ...plain]) for (const at of [0, 1, 2]) {
      const base = [...'ดำเนินการ'];
      base.splice(at === 0 ? 0 : at === 1 ? 4 : base.length, 0, a, b);
      texts.push(a, a + b, base.join(''));
    }
    for (const p of plain) texts.push(p, `${p} ${p}`, `${p}  ${p}`);
    let normal = 0;
    for (const t of texts) {
      expect([t, isNormal(t)]).toEqual([t, expected(t)]);
      if (isNormal(t)) {
        normal++;
        expect(normalizeText(`${t}\u200B`)).toBe(t);
      }
    }
    expect(normal).toBeGreaterThan(200);
  });
});

describe('compactText', () => {
  it('makes wrap spaces, digit scripts, case and HTML irrelevant', () => {
    expect(compactText('การบริหาร ราชการด้วย ความโปร่งใส')).toBe(compactText('การบริหารราชการด้วยความโปร่งใส'));
    expect(compactText('๒. การบริหาร ราชการด้วย ความโปร่งใส')).toBe('2.การบริหารราชการด้วยความโปร่งใส');
    expect(compactText('มาตรการ NO Gift Policy')).toBe('มาตรการnogiftpolicy');
    expect(compactText(`<p>ไม่ใช้งบ${NBSP}ประมาณ${ZWSP}</p>`)).toBe('ไม่ใช้งบประมาณ');
    expect(compactText('ปี ๒๕๖7')).toBe('ปี2567');
    expect(compactText('การบริหาร ราชการด้วย ความโปร่งใส')).toBe('การบริหารราชการด้วยความโปร่งใส');
    expect(compactText('๒.๓ จิตส\u0E4D\u0E32นึก')).toBe('2.3จิตสำนึก');
  });
});

describe('joinThaiWrapSpaces', () => {
  it('joins spaces between Thai letters', () => {
    expect(joinThaiWrapSpaces('ตำบลเมือง น้อย')).toBe('ตำบลเมืองน้อย');
    expect(joinThaiWrapSpaces('เทศบาลตำบล หนองจอก')).toBe('เทศบาลตำบลหนองจอก');
    expect(joinThaiWrapSpaces(`องค์การบริหาร${NBSP}ส่วนจังหวัด  เพชรบุรี`)).toBe('องค์การบริหารส่วนจังหวัดเพชรบุรี');
  });

  it('keeps spaces next to Latin letters, digits, quotes, brackets and slashes', () => {
    expect(joinThaiWrapSpaces('มาตรการ NO Gift Policy')).toBe('มาตรการ NO Gift Policy');
    expect(joinThaiWrapSpaces('ปี ๒๕๖๗')).toBe('ปี ๒๕๖๗');
    expect(joinThaiWrapSpaces('ปี 2567')).toBe('ปี 2567');
    expect(joinThaiWrapSpaces('มาตรการ “ส่งเสริม')).toBe('มาตรการ “ส่งเสริม');
    expect(joinThaiWrapSpaces('สำนักปลัดฯ/ กองการเจ้าหน้าที่')).toBe('สำนักปลัดฯ/ กองการเจ้าหน้าที่');
    expect(joinThaiWrapSpaces('ระบบอิเล็กทรอนิกส์ (E-Service)')).toBe('ระบบอิเล็กทรอนิกส์ (E-Service)');
  });

  it('keeps the space after ฯ and ๆ, which Thai writes on purpose', () => {
    expect(joinThaiWrapSpaces('สำนักปลัดฯ กองคลัง')).toBe('สำนักปลัดฯ กองคลัง');
    expect(joinThaiWrapSpaces('ต่างๆ ที่เกี่ยวข้อง')).toBe('ต่างๆ ที่เกี่ยวข้อง');
  });
});

describe('parseNumber / formatNumber', () => {
  it('reads Thai and Arabic digits with thousands commas and decimals', () => {
    expect(parseNumber('๓๔,๐๐๐')).toBe(34000);
    expect(parseNumber('1,234.50')).toBe(1234.5);
    expect(parseNumber('๑๒')).toBe(12);
    expect(parseNumber('๒,๐๐๐')).toBe(2000);
    expect(parseNumber('10000')).toBe(10000);
    expect(parseNumber('0')).toBe(0);
    expect(parseNumber(' 15,000 ')).toBe(15000);
    expect(parseNumber('-5,000')).toBe(-5000);
    expect(parseNumber('๑,๒๓4')).toBe(1234);
  });

  it('returns null for anything that is not a plain number', () => {
    for (const s of ['', 'abc', '10,000 / 5,000', 'หนึ่งหมื่น', '10,00', '1,0000', '15,000 บาท', '1.2.3', '-', '.5', '1e5']) {
      expect(parseNumber(s)).toBeNull();
    }
    expect(Object.is(parseNumber('-0'), 0)).toBe(true);
  });

  it('formats with thousands commas', () => {
    expect(formatNumber(34000)).toBe('34,000');
    expect(formatNumber(1234.5)).toBe('1,234.5');
    expect(formatNumber(-5000)).toBe('-5,000');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(76000)).toBe('76,000');
    expect(formatNumber(1234567)).toBe('1,234,567');
  });

  it("formats as Intl.NumberFormat('en-US', up to 6 decimals) does, rounding and exponents included", () => {
    const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
    const values = [
      0, 1, 12, 123, 1234, 12345, 123456, 1234567, 999999.999999, 1e15, 2 ** 53, 2 ** 53 + 2, 1e20, 1e21, 1.5e22,
      0.1 + 0.2, 1.0000005, 1.0000015, 5e-7, 2.5e-7, 1e-7, 0.000001, 123456789.123456789, 1234.5678901,
      Infinity, NaN, Number.MAX_VALUE, Number.MIN_VALUE,
    ];
    // And amounts as budgets hold them: whole baht, satang, and doubles from sums.
    let seed = 7;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    for (let i = 0; i < 3000; i++) {
      values.push(Math.round(random() * 10 ** (1 + (i % 12))), Math.round(random() * 1e8) / 100, random() * 10 ** (i % 25), random() * 1e-3);
    }
    for (const v of values) {
      expect(formatNumber(v)).toBe(intl.format(v));
      expect(formatNumber(-v)).toBe(intl.format(-v === 0 ? 0 : -v));
    }
  });
});

describe('isTick', () => {
  it('accepts the marks seen in quarter columns', () => {
    for (const t of ['✓', '✔', '☑', '√', '/', 'x', 'X', '✗', '✘', '*', '1', ' ✓ ', `${ZWSP}✓`, '๑']) {
      expect(isTick(t)).toBe(true);
    }
    expect(isTick(1)).toBe(true);
    expect(isTick(true)).toBe(true);
  });

  it('rejects empty cells, dashes, amounts and text', () => {
    for (const t of ['', ' ', '-', '–', '0', '2', '15,000', '✓✓', 'ไตรมาส 1', 'xx']) {
      expect(isTick(t)).toBe(false);
    }
    expect(isTick(null)).toBe(false);
    expect(isTick(0)).toBe(false);
    expect(isTick(2)).toBe(false);
    expect(isTick(false)).toBe(false);
  });
});

describe('parseAmount', () => {
  const amount = (n: number) => ({ status: 'amount', amount: n, usesBudget: n !== 0, notPlanned: false });
  const noBudget = { status: 'no-budget', amount: 0, usesBudget: false, notPlanned: false };

  it('reads spreadsheet numbers', () => {
    expect(parseAmount(15000)).toEqual(amount(15000));
    expect(parseAmount(0)).toEqual(amount(0));
    expect(parseAmount(1234.5)).toEqual(amount(1234.5));
    expect(parseAmount(Number.NaN).status).toBe('invalid');
    expect(parseAmount(Number.POSITIVE_INFINITY).status).toBe('invalid');
  });

  it('reads amounts as written in seed 004 and 000', () => {
    expect(parseAmount('๒,๐๐๐')).toEqual(amount(2000));
    expect(parseAmount('๑๐,๐๐๐')).toEqual(amount(10000));
    expect(parseAmount('๒๐,๐๐๐')).toEqual(amount(20000));
    expect(parseAmount('15,000')).toEqual(amount(15000));
    expect(parseAmount('10,000')).toEqual(amount(10000));
    expect(parseAmount('จำนวน ๓๔,๐๐๐ บาท')).toEqual(amount(34000));
    expect(parseAmount('จำนวน ๗๖,๐๐๐ บาท')).toEqual(amount(76000));
    expect(parseAmount('จำนวน ๐ บาท')).toEqual(amount(0));
  });

  it('reads บาท, .- and leading words', () => {
    expect(parseAmount('๒,๐๐๐.- บาท')).toEqual(amount(2000));
    expect(parseAmount('10,000.-')).toEqual(amount(10000));
    expect(parseAmount('10,000บาท')).toEqual(amount(10000));
    expect(parseAmount('10,000 บาท.')).toEqual(amount(10000));
    expect(parseAmount('งบประมาณ 15,000 บาท')).toEqual(amount(15000));
    expect(parseAmount('1,234.50 บาท')).toEqual(amount(1234.5));
    expect(parseAmount(`${NBSP}๑๕,๐๐๐${ZWSP}`)).toEqual(amount(15000));
    expect(parseAmount('<p>20,000</p>')).toEqual(amount(20000));
  });

  it('keeps negative amounts negative', () => {
    expect(parseAmount('-5,000')).toEqual(amount(-5000));
    expect(parseAmount('(5,000)')).toEqual(amount(-5000));
    expect(parseAmount('- 5,000 บาท')).toEqual(amount(-5000));
    expect(parseAmount(-200)).toEqual(amount(-200));
  });

  it('reads every no-budget phrase, with or without wrap spaces', () => {
    for (const s of [
      'ไม่ใช้งบประมาณ',
      'ไม่ใช้งบ ประมาณ',
      'ไม่มีงบประมาณ',
      'ไม่ได้ใช้งบประมาณ',
      'ไม่ได้ใช้งบประมาณดำเนินการ',
      'ไม่ได้ใช้ งบประมาณ ดำเนินการ',
      'ดำเนินการโดยไม่ใช้งบประมาณ',
      'ไม่ใช้งบประมาณดำเนินการ',
      'ไม่ใช้งบฯ',
      `${ZWSP}ไม่ใช้งบ${NBSP}ประมาณ`,
      '<p>ไม่ใช้งบประมาณ</p>',
      `ไม่ใช้งบประมาณด${NIKHAHIT}${SARA_AA}เนินการ`,
    ]) {
      expect(parseAmount(s)).toEqual(noBudget);
    }
  });

  it('tells a dash (not planned) from a no-budget phrase', () => {
    const notPlanned = { status: 'not-planned', amount: 0, usesBudget: false, notPlanned: true };
    for (const d of ['-', '–', '—', '--', ' - ']) expect(parseAmount(d)).toEqual(notPlanned);
    expect(parseAmount('-', { dash: 'not-planned' })).toEqual(notPlanned);
    expect(parseAmount('-', { dash: 'zero' })).toEqual(amount(0));
    expect(parseAmount('—', { dash: 'zero' })).toEqual(amount(0));
  });

  it('reads empty cells', () => {
    const empty = { status: 'empty', amount: 0, usesBudget: false, notPlanned: false };
    expect(parseAmount(null)).toEqual(empty);
    expect(parseAmount('')).toEqual(empty);
    expect(parseAmount('   ')).toEqual(empty);
    expect(parseAmount(`${ZWSP}${NBSP}`)).toEqual(empty);
  });

  it('reads tick marks and placeholders', () => {
    // seed 000 item 1.1.(6): a ✓ in the budget column
    expect(parseAmount('✓')).toEqual({ status: 'tick', amount: 0, usesBudget: false, notPlanned: false });
    expect(parseAmount('√').status).toBe('tick');
    expect(parseAmount('x').status).toBe('tick');
    expect(parseAmount('ระบุงบประมาณที่ใช้ดำเนินการ')).toEqual({
      status: 'placeholder',
      amount: 0,
      usesBudget: false,
      notPlanned: false,
    });
    expect(parseAmount('ระบุ').status).toBe('placeholder');
    expect(parseAmount('(ระบุจำนวนเงิน)').status).toBe('placeholder');
  });

  it('reads "1" as an amount, not a tick', () => {
    expect(parseAmount('1')).toEqual(amount(1));
    expect(parseAmount(1)).toEqual(amount(1));
  });

  it('calls anything else invalid', () => {
    for (const v of ['หนึ่งหมื่น', '10,000 / 5,000', 'abc', '10,00', 'ใช้งบประมาณ', true, false]) {
      expect(parseAmount(v)).toEqual({ status: 'invalid', amount: 0, usesBudget: false, notPlanned: false });
    }
  });

  it('always returns a finite amount', () => {
    for (const v of ['-', 'abc', null, '✓', 'ไม่ใช้งบประมาณ', Number.NaN, '']) {
      expect(Number.isFinite(parseAmount(v).amount)).toBe(true);
    }
  });

  it('lists the no-budget phrases in compact form', () => {
    for (const p of NO_BUDGET_PHRASES) expect(p).toBe(compactText(p));
    for (const p of [
      'ไม่ใช้งบประมาณ',
      'ไม่มีงบประมาณ',
      'ไม่ได้ใช้งบประมาณ',
      'ไม่ได้ใช้งบประมาณดำเนินการ',
      'ดำเนินการโดยไม่ใช้งบประมาณ',
      'ไม่ใช้งบประมาณดำเนินการ',
      'ไม่ใช้งบฯ',
    ]) {
      expect(NO_BUDGET_PHRASES).toContain(p);
    }
  });
});

describe('years', () => {
  it('converts CE to BE', () => {
    expect(toBuddhistYear(2024)).toBe(2567);
    expect(toBuddhistYear(2567)).toBe(2567);
    expect(toBuddhistYear(2400)).toBe(2400);
  });

  it('finds years in Thai, Arabic and mixed digits', () => {
    expect(findYears('ปี ๒๕๖7')).toEqual([2567]);
    expect(findYears('ปี 2567')).toEqual([2567]);
    expect(findYears('พ.ศ.2567')).toEqual([2567]);
    expect(findYears('พ.ศ. ๒๕๖๘')).toEqual([2568]);
    expect(findYears('ปี๒๕๖๖')).toEqual([2566]);
  });

  it('reads two-digit years only right after ปี / พ.ศ.', () => {
    expect(findYears('งบประมาณ ปี 61')).toEqual([2561]);
    expect(findYears('ปี 61')).toEqual([2561]);
    expect(findYears('พ.ศ.67')).toEqual([2567]);
    expect(findYears('พ.ศ 67')).toEqual([2567]);
    expect(findYears('ประจำปีงบประมาณ 61')).toEqual([]);
    expect(findYears('จำนวน 61 โครงการ')).toEqual([]);
    expect(findYears('ระยะเวลา 1 ปี 12 เดือน')).toEqual([]);
  });

  it('returns every year in order, once', () => {
    expect(findYears('(พ.ศ. ๒๕๖๖ – ๒๕๗๐)')).toEqual([2566, 2570]);
    expect(findYears('โครงการจัดทำแผนพัฒนาท้องถิ่น (พ.ศ. ๒๕๖๖ - ๒๕๗๐) ขององค์การบริหารส่วนจังหวัดเพชรบุรี')).toEqual([
      2566, 2570,
    ]);
    expect(findYears('ปี ๒๕๖๖ ปี ๒๕๖๗ ปี ๒๕๖๘ ปี ๒๕๖๙ ปี ๒๕๗๐ ปี ๒๕๖๖')).toEqual([2566, 2567, 2568, 2569, 2570]);
    expect(findYears('ตุลาคม ๒๕๖๗ - เมษายน ๒๕๖๘')).toEqual([2567, 2568]);
  });

  it('reads CE years only after ค.ศ.', () => {
    expect(findYears('ค.ศ. 2024')).toEqual([2567]);
    expect(findYears('ค.ศ.2023')).toEqual([2566]);
    expect(findYears('ปี 2024')).toEqual([]);
  });

  it('does not take amounts for years', () => {
    expect(findYears('2,500')).toEqual([]);
    expect(findYears('25,000')).toEqual([]);
    expect(findYears('๒๕๐๐ บาท')).toEqual([]);
    expect(findYears('2500บาท')).toEqual([]);
    expect(findYears('2,500.- บาท')).toEqual([]);
    expect(findYears('2500.50')).toEqual([]);
    expect(findYears('125000')).toEqual([]);
    expect(findYears('จำนวน ๒๕,๐๐๐ บาท ปี ๒๕๖๗')).toEqual([2567]);
    expect(findYears('1234')).toEqual([]);
  });

  it('reads year ranges', () => {
    expect(parseYearRange('พ.ศ. ๒๕๖๖ - ๒๕๗๐')).toEqual({ from: 2566, to: 2570 });
    expect(parseYearRange('2561 – 2564')).toEqual({ from: 2561, to: 2564 });
    expect(parseYearRange('(พ.ศ.๒๕๖๖ - ๒๕๗๐)')).toEqual({ from: 2566, to: 2570 });
    expect(parseYearRange('แผนปฏิบัติการป้องกันการทุจริต ๔ ปี (พ.ศ. ๒๕๖๑ ถึง ๒๕๖๔)')).toEqual({ from: 2561, to: 2564 });
    expect(parseYearRange('พ.ศ. 2566-70')).toEqual({ from: 2566, to: 2570 });
  });

  it('returns null for a single year or amounts', () => {
    expect(parseYearRange('ปี ๒๕๖๗')).toBeNull();
    expect(parseYearRange('2566')).toBeNull();
    expect(parseYearRange('2,500 - 2,600')).toBeNull();
    expect(parseYearRange('')).toBeNull();
  });

  it('finds the BE fiscal year of a date', () => {
    expect(fiscalYearOf(new Date(2024, 9, 1))).toBe(2568);
    expect(fiscalYearOf(new Date(2025, 8, 30))).toBe(2568);
    expect(fiscalYearOf(new Date(2024, 8, 30))).toBe(2567);
    expect(fiscalYearOf(new Date(2025, 0, 15))).toBe(2568);
  });

  it('finds the fiscal quarter of a date', () => {
    expect(fiscalQuarterOf(new Date(2024, 9, 1))).toEqual({ fiscalYear: 2568, quarter: 1 });
    expect(fiscalQuarterOf(new Date(2024, 11, 31))).toEqual({ fiscalYear: 2568, quarter: 1 });
    expect(fiscalQuarterOf(new Date(2025, 0, 1))).toEqual({ fiscalYear: 2568, quarter: 2 });
    expect(fiscalQuarterOf(new Date(2025, 2, 31))).toEqual({ fiscalYear: 2568, quarter: 2 });
    expect(fiscalQuarterOf(new Date(2025, 3, 1))).toEqual({ fiscalYear: 2568, quarter: 3 });
    expect(fiscalQuarterOf(new Date(2025, 5, 30))).toEqual({ fiscalYear: 2568, quarter: 3 });
    expect(fiscalQuarterOf(new Date(2025, 6, 1))).toEqual({ fiscalYear: 2568, quarter: 4 });
    expect(fiscalQuarterOf(new Date(2025, 8, 30))).toEqual({ fiscalYear: 2568, quarter: 4 });
  });
});

describe('parseQuarterLabel', () => {
  it('reads quarter headers', () => {
    expect(parseQuarterLabel('ไตรมาส 1')).toBe(1);
    expect(parseQuarterLabel('ไตรมาสที่ ๒')).toBe(2);
    expect(parseQuarterLabel('ไตร มาส 3')).toBe(3);
    expect(parseQuarterLabel('ไตรมาส ๔')).toBe(4);
    expect(parseQuarterLabel('Q4')).toBe(4);
    expect(parseQuarterLabel('q1')).toBe(1);
    expect(parseQuarterLabel(`<p>ไตรมาส${NBSP}2</p>`)).toBe(2);
    expect(parseQuarterLabel('ไตรมาส 1 (ต.ค.-ธ.ค.)')).toBe(1);
  });

  it('reads month ranges that are exactly one fiscal quarter', () => {
    expect(parseQuarterLabel('ต.ค.-ธ.ค.')).toBe(1);
    expect(parseQuarterLabel('ม.ค.-มี.ค.')).toBe(2);
    expect(parseQuarterLabel('เม.ย.-มิ.ย.')).toBe(3);
    expect(parseQuarterLabel('ก.ค.-ก.ย.')).toBe(4);
    expect(parseQuarterLabel('ต.ค. ๖๗ - ธ.ค. ๖๗')).toBe(1);
    expect(parseQuarterLabel('ตุลาคม - ธันวาคม')).toBe(1);
  });

  it('returns null for anything else', () => {
    for (const s of ['', 'ไตรมาส', 'ไตรมาส 5', 'Q5', 'ปี 2567', 'ต.ค.-พ.ย.', 'ต.ค.', 'งบประมาณ (บาท)', '1']) {
      expect(parseQuarterLabel(s)).toBeNull();
    }
  });
});

describe('organisation names', () => {
  it('lists the five types', () => {
    expect(ORG_TYPE_NAMES.map((o) => o.type)).toEqual(['อบจ.', 'ทน.', 'ทม.', 'ทต.', 'อบต.']);
    const full = Object.fromEntries(ORG_TYPE_NAMES.map((o) => [o.type, o.full]));
    expect(full).toEqual({
      'อบจ.': 'องค์การบริหารส่วนจังหวัด',
      'ทน.': 'เทศบาลนคร',
      'ทม.': 'เทศบาลเมือง',
      'ทต.': 'เทศบาลตำบล',
      'อบต.': 'องค์การบริหารส่วนตำบล',
    });
    for (const o of ORG_TYPE_NAMES) {
      expect(o.abbreviations).toContain(o.type);
      expect(o.en).not.toBe('');
    }
  });

  const nongwaeng = { type: 'อบต.', name: 'หนองแวง', full: 'องค์การบริหารส่วนตำบลหนองแวง', abbr: 'อบต.หนองแวง' };

  it('reads full and abbreviated อบต. names', () => {
    for (const s of ['องค์การบริหารส่วนตำบลหนองแวง', 'อบต.หนองแวง', 'อบต. หนองแวง', 'อบต หนองแวง', 'อ.บ.ต.หนองแวง']) {
      expect(parseOrgName(s)).toEqual(nongwaeng);
    }
  });

  it('stops the name before district and province', () => {
    expect(parseOrgName('องค์การบริหารส่วนตำบลหนองแวง อำเภอเทพารักษ์ จังหวัดนครราชสีมา')).toEqual(nongwaeng);
    expect(parseOrgName('อบต.หนองแวง อ.เทพารักษ์ จ.นครราชสีมา')).toEqual(nongwaeng);
    expect(parseOrgName('องค์การบริหารส่วนตำบลหนองแวงอำเภอเทพารักษ์')).toEqual(nongwaeng);
  });

  it('reads เทศบาลตำบล / ทต.', () => {
    const nongjok = { type: 'ทต.', name: 'หนองจอก', full: 'เทศบาลตำบลหนองจอก', abbr: 'ทต.หนองจอก' };
    expect(parseOrgName('เทศบาลตำบลหนองจอก')).toEqual(nongjok);
    expect(parseOrgName('ทต.หนองจอก')).toEqual(nongjok);
    // wrap space from seed 000: "ของเทศบาลตำบล หนองจอก"
    expect(parseOrgName('เทศบาลตำบล หนองจอก')).toEqual(nongjok);
    expect(parseOrgName('เทศบาล ตำบลหนองจอก')).toEqual(nongjok);
  });

  it('reads อบจ. full and abbreviated, and tells จังหวัด from ตำบล', () => {
    const phetchaburi = {
      type: 'อบจ.',
      name: 'เพชรบุรี',
      full: 'องค์การบริหารส่วนจังหวัดเพชรบุรี',
      abbr: 'อบจ.เพชรบุรี',
    };
    expect(parseOrgName('อบจ.เพชรบุรี')).toEqual(phetchaburi);
    expect(parseOrgName('องค์การบริหารส่วนจังหวัดเพชรบุรี')).toEqual(phetchaburi);
    // seed 004: wrap space inside the type, and the องค์กร typo
    expect(parseOrgName('องค์การ บริหารส่วนจังหวัดเพชรบุรี')).toEqual(phetchaburi);
    expect(parseOrgName('องค์กรบริหารส่วนจังหวัดเพชรบุรี')).toEqual(phetchaburi);
    expect(parseOrgName('องค์การบริหารส่วนตำบลเพชรบุรี')?.type).toBe('อบต.');
  });

  it('reads เทศบาลเมือง / ทม. and เทศบาลนคร / ทน.', () => {
    expect(parseOrgName('เทศบาลเมืองชัยภูมิ')).toEqual({
      type: 'ทม.',
      name: 'ชัยภูมิ',
      full: 'เทศบาลเมืองชัยภูมิ',
      abbr: 'ทม.ชัยภูมิ',
    });
    expect(parseOrgName('ทม.ชัยภูมิ')?.full).toBe('เทศบาลเมืองชัยภูมิ');
    expect(parseOrgName('เทศบาลนครนครราชสีมา')).toEqual({
      type: 'ทน.',
      name: 'นครราชสีมา',
      full: 'เทศบาลนครนครราชสีมา',
      abbr: 'ทน.นครราชสีมา',
    });
    expect(parseOrgName('ทน.นครราชสีมา')?.type).toBe('ทน.');
  });

  it('lets เทศบาลตำบล win even when the name starts with เมือง or นคร', () => {
    const p = parseOrgName('เทศบาลตำบลเมือง น้อย');
    expect(p).toEqual({ type: 'ทต.', name: 'เมืองน้อย', full: 'เทศบาลตำบลเมืองน้อย', abbr: 'ทต.เมืองน้อย' });
    expect(parseOrgName('เทศบาลตำบลนครไทย')?.type).toBe('ทต.');
    expect(parseOrgName('เทศบาลเมืองตำบลใหม่')?.type).toBe('ทม.');
  });

  it('skips leading words and stops at the rest of a sentence', () => {
    expect(parseOrgName('สำนักงานเทศบาลตำบลหนองจอก')?.abbr).toBe('ทต.หนองจอก');
    expect(parseOrgName('สำนักงานองค์การบริหารส่วนตำบลหนองแวง')).toEqual(nongwaeng);
    expect(parseOrgName('ของเทศบาลตำบลหนองจอก”')?.name).toBe('หนองจอก');
    expect(parseOrgName('มาตรการ “ส่งเสริม การปฏิบัติงานตาม ประมวลจริยธรรมของ เทศบาลตำบลหนองจอก”')?.abbr).toBe(
      'ทต.หนองจอก',
    );
    expect(
      parseOrgName('๔) โครงการฝึกอบรมการส่งเสริมคุณธรรมจริยธรรมบุคลากรองค์การบริหารส่วนจังหวัดเพชรบุรี เพื่อเสริมสร้างวัฒนธรรมองค์กรสุจริต')
        ?.name,
    ).toBe('เพชรบุรี');
    expect(parseOrgName('องค์การบริหารส่วนตำบลหนองแวง ประจำปี 2568')).toEqual(nongwaeng);
    expect(parseOrgName('ของเทศบาล ตำบลหนองจอก ด้วยการจัดทำแผนปฏิบัติ')?.name).toBe('หนองจอก');
    expect(parseOrgName('ประจำปีงบประมาณ ๒๕๖๘ ของ อบต.หนองแวง (พ.ศ.๒๕๖๖-๒๕๗๐)')).toEqual(nongwaeng);
    expect(parseOrgName('<p>อบต.หนองแวง</p>')).toEqual(nongwaeng);
    expect(parseOrgName(`${ZWSP}อบต.${NBSP}หนองแวง`)).toEqual(nongwaeng);
  });

  it('returns null without a type prefix or a name', () => {
    for (const s of ['', 'หนองแวง', 'ระบุชื่อองค์กรปกครองส่วนท้องถิ่น', 'องค์กรปกครองส่วนท้องถิ่น', 'อบต.', 'เทศบาลตำบล', 'ตอบแทน หนองแวง']) {
      expect(parseOrgName(s)).toBeNull();
    }
    expect(parseOrgName('ค่าตอบแทน ทน หนองแวง')?.type).toBe('ทน.');
  });

  it('compares full and abbreviated names of one council', () => {
    expect(sameOrg('องค์การบริหารส่วนตำบลหนองแวง', 'อบต.หนองแวง')).toBe(true);
    expect(sameOrg('เทศบาลตำบลหนองจอก', 'ทต. หนองจอก')).toBe(true);
    expect(sameOrg('องค์การบริหารส่วนตำบลหนองแวง อำเภอเทพารักษ์', 'อบต หนองแวง')).toBe(true);
    expect(sameOrg('อบจ.เพชรบุรี', 'องค์การบริหาร ส่วนจังหวัดเพชร บุรี')).toBe(true);
    // seed 001 spells one council two ways: a finding, not the same name
    expect(sameOrg('อบต.หนองแวง', 'อบต.หนองแขวง')).toBe(false);
    expect(sameOrg('อบต.หนองแวง', 'ทต.หนองแวง')).toBe(false);
    expect(sameOrg('อบจ.เพชรบุรี', 'อบต.เพชรบุรี')).toBe(false);
    expect(sameOrg('หนองแวง', 'หนอง แวง')).toBe(true);
    expect(sameOrg('หนองแวง', 'อบต.หนองแวง')).toBe(false);
    expect(sameOrg('', '')).toBe(false);
  });
});

describe('splitItemTitle', () => {
  it('reads the number and the kind word (seed 004)', () => {
    expect(
      splitItemTitle('๑๓) มาตรการแสดงเจตนากรณีในการนำหลัก คุณธรรมมาใช้ในการบริหารงานของผู้บริหาร'),
    ).toEqual({
      kind: 'มาตรการ',
      number: 13,
      numberRaw: '๑๓)',
      title: 'มาตรการแสดงเจตนากรณีในการนำหลัก คุณธรรมมาใช้ในการบริหารงานของผู้บริหาร',
    });
    expect(splitItemTitle('๑๘) กิจกรรม “สร้างความโปร่งใสในการพิจารณาเลื่อนขั้นเงินเดือน”')).toEqual({
      kind: 'กิจกรรม',
      number: 18,
      numberRaw: '๑๘)',
      title: 'กิจกรรม “สร้างความโปร่งใสในการพิจารณาเลื่อนขั้นเงินเดือน”',
    });
    expect(splitItemTitle('๔๘) มาตรการจัดให้มีระบบและช่องทางการรับ เรื่องร้องเรียน').number).toBe(48);
    expect(splitItemTitle('๑๔) มาตรการ NO Gift Policy')).toEqual({
      kind: 'มาตรการ',
      number: 14,
      numberRaw: '๑๔)',
      title: 'มาตรการ NO Gift Policy',
    });
  });

  it('reads (n) numbers in Thai or Arabic digits (seed 000)', () => {
    expect(splitItemTitle('(2) มาตรการ “ส่งเสริม การปฏิบัติงานตาม ประมวลจริยธรรมของ เทศบาลตำบลหนองจอก”')).toEqual({
      kind: 'มาตรการ',
      number: 2,
      numberRaw: '(2)',
      title: 'มาตรการ “ส่งเสริม การปฏิบัติงานตาม ประมวลจริยธรรมของ เทศบาลตำบลหนองจอก”',
    });
    const first = splitItemTitle('(๑) โครงการเผยแพร่ ประชาสัมพันธ์ความรู้ด้าน กฎหมายและระเบียบที่');
    expect(first).toEqual({
      kind: 'โครงการ',
      number: 1,
      numberRaw: '(๑)',
      title: 'โครงการเผยแพร่ ประชาสัมพันธ์ความรู้ด้าน กฎหมายและระเบียบที่',
    });
    expect(splitItemTitle('(12) มาตรการจัดทำแผนปฏิบัติการป้องกันการทุจริต').number).toBe(12);
    expect(splitItemTitle('(6) กิจกรรม “วิเคราะห์ ผลการจัดซื้อจัดจ้าง ประจำปี”').kind).toBe('กิจกรรม');
  });

  it('reads 1) and ๑. numbers', () => {
    expect(splitItemTitle('1) โครงการจัดเวทีประชาคม')).toEqual({
      kind: 'โครงการ',
      number: 1,
      numberRaw: '1)',
      title: 'โครงการจัดเวทีประชาคม',
    });
    expect(splitItemTitle('๑. โครงการจัดเวทีประชาคม')).toEqual({
      kind: 'โครงการ',
      number: 1,
      numberRaw: '๑.',
      title: 'โครงการจัดเวทีประชาคม',
    });
    expect(splitItemTitle('๑.โครงการจัดเวทีประชาคม').number).toBe(1);
  });

  it('gives อื่น to a title with no kind word', () => {
    expect(splitItemTitle('(2) ส่งเสริมการมีส่วน ร่วมของประชาชนในการ บริหารกิจการของเทศบาล ตำบลหนองจอก')).toEqual({
      kind: 'อื่น',
      number: 2,
      numberRaw: '(2)',
      title: 'ส่งเสริมการมีส่วน ร่วมของประชาชนในการ บริหารกิจการของเทศบาล ตำบลหนองจอก',
    });
  });

  it('reads titles without a number', () => {
    expect(splitItemTitle('กิจกรรม “วิเคราะห์ผลการจัดซื้อจัดจ้างประจำปี”')).toEqual({
      kind: 'กิจกรรม',
      number: null,
      numberRaw: null,
      title: 'กิจกรรม “วิเคราะห์ผลการจัดซื้อจัดจ้างประจำปี”',
    });
    expect(splitItemTitle('').kind).toBe('อื่น');
    // "1.1" is a mission code, not an item number
    expect(splitItemTitle('1.1 การสร้างจิตสำนึก').number).toBeNull();
  });

  it('lets the first word win', () => {
    expect(splitItemTitle('๓๗) โครงการมาตรการกระจายอำนาจของ องค์การบริหารส่วนจังหวัดเพชรบุรี').kind).toBe('โครงการ');
    expect(splitItemTitle('(5) มาตรการการสร้าง ความโปร่งใสในการ บริหารงานบุคคล').kind).toBe('มาตรการ');
  });

  it('accepts kind words followed by a quote, a space, or text', () => {
    expect(splitItemTitle('มาตรการ“ส่งเสริม”').kind).toBe('มาตรการ');
    expect(splitItemTitle("มาตรการ 'ส่งเสริม'").kind).toBe('มาตรการ');
    expect(splitItemTitle('โครงการ "บริการเป็นเลิศ"').kind).toBe('โครงการ');
    expect(splitItemTitle('มาตรการ‘ส่งเสริม’').kind).toBe('มาตรการ');
    expect(splitItemTitle('โครง การจัดเวที').kind).toBe('โครงการ');
  });

  it('normalises HTML and invisible characters but keeps wrap spaces', () => {
    expect(splitItemTitle(`<p>(${'๑'})${NBSP}โครงการเผยแพร่ ประชาสัมพันธ์${ZWSP}</p>`)).toEqual({
      kind: 'โครงการ',
      number: 1,
      numberRaw: '(๑)',
      title: 'โครงการเผยแพร่ ประชาสัมพันธ์',
    });
  });
});

describe('splitNumberedItems', () => {
  // seed 000 line 37: three items in one cell
  const cell37 =
    '(1) โครงการส่งเสริมการ ดำเนินชีวิตตามหลัก ปรัชญาของเศรษฐกิจ พอเพียง (2) โครงการเสริมสร้าง ค่านิยมต่อต้านการทุจริต (3) โครงการยกย่องเชิดชู เกียรติหน่วยงานและ บุคคลที่ประพฤติปฏิบัติ ตนให้เป็นที่ประจักษ์';

  it('splits the three items of seed 000 line 37', () => {
    expect(splitNumberedItems(cell37)).toEqual([
      '(1) โครงการส่งเสริมการ ดำเนินชีวิตตามหลัก ปรัชญาของเศรษฐกิจ พอเพียง',
      '(2) โครงการเสริมสร้าง ค่านิยมต่อต้านการทุจริต',
      '(3) โครงการยกย่องเชิดชู เกียรติหน่วยงานและ บุคคลที่ประพฤติปฏิบัติ ตนให้เป็นที่ประจักษ์',
    ]);
    expect(splitNumberedItems(cell37).map((p) => splitItemTitle(p).number)).toEqual([1, 2, 3]);
  });

  it('splits Thai-digit and n) numbering', () => {
    expect(splitNumberedItems('๑) โครงการA ๒) มาตรการB ๓) กิจกรรมC')).toEqual(['๑) โครงการA', '๒) มาตรการB', '๓) กิจกรรมC']);
    expect(splitNumberedItems('1) โครงการA 2) โครงการB')).toEqual(['1) โครงการA', '2) โครงการB']);
    expect(splitNumberedItems('(๑) โครงการA\n(๒) โครงการB')).toEqual(['(๑) โครงการA', '(๒) โครงการB']);
    // a sequence that starts from another number
    expect(splitNumberedItems('(4) โครงการA (5) โครงการB')).toEqual(['(4) โครงการA', '(5) โครงการB']);
  });

  it('does not split at numbers that do not continue the sequence', () => {
    const s = '(1) โครงการตามระเบียบ ข้อ (3) และ (5) ของกฎหมาย';
    expect(splitNumberedItems(s)).toEqual([s]);
    expect(splitNumberedItems('(1) โครงการA ตามข้อ 2) ของระเบียบ (2) โครงการB')).toEqual([
      '(1) โครงการA ตามข้อ 2) ของระเบียบ',
      '(2) โครงการB',
    ]);
    expect(splitNumberedItems('(1) โครงการA ตามข้อ (2) ของระเบียบ (2) โครงการB')).toEqual([
      '(1) โครงการA ตามข้อ (2) ของระเบียบ',
      '(2) โครงการB',
    ]);
  });

  it('returns a one-item cell whole', () => {
    const one = '(๑) โครงการเผยแพร่ ประชาสัมพันธ์ความรู้ด้าน กฎหมายและระเบียบที่ เกี่ยวข้องกับกาปฏิบัติงาน';
    expect(splitNumberedItems(one)).toEqual([one]);
    expect(splitNumberedItems('  (2) มาตรการ NO Gift Policy  ')).toEqual(['(2) มาตรการ NO Gift Policy']);
    expect(splitNumberedItems('โครงการจัดเวที ประชาคม (2) ครั้ง')).toEqual(['โครงการจัดเวที ประชาคม (2) ครั้ง']);
    expect(splitNumberedItems('มาตรการ NO Gift Policy')).toEqual(['มาตรการ NO Gift Policy']);
  });

  it('keeps each part as written', () => {
    expect(splitNumberedItems('<p>(1) โครงการA</p> <p>(2) โครงการB</p>')).toEqual(['<p>(1) โครงการA</p>', '<p>(2) โครงการB</p>']);
  });
});

describe('levenshtein / similarity', () => {
  it('computes edit distances', () => {
    expect(levenshtein('', '')).toBe(0);
    expect(levenshtein('abc', '')).toBe(3);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('flaw', 'lawn')).toBe(2);
    expect(levenshtein('มิติ', 'มติ')).toBe(1);
    expect(levenshtein('ดุลยพินิจ', 'ดุลพินิจ')).toBe(1);
    expect(levenshtein('หนองแวง', 'หนองแขวง')).toBe(1);
    expect(levenshtein('abc', 'abc')).toBe(0);
  });

  it('is symmetric', () => {
    const pairs: Array<[string, string]> = [
      ['การสร้างจิตสำนึก', 'การเสริมสร้างจิตสำนึก'],
      ['บริหารกิจการ', 'บริหารจัดการ'],
      ['abcdef', 'azced'],
    ];
    for (const [a, b] of pairs) expect(levenshtein(a, b)).toBe(levenshtein(b, a));
  });

  it('scores compact forms', () => {
    expect(similarity('การบริหาร ราชการด้วย ความโปร่งใส', 'การบริหารราชการด้วยความโปร่งใส')).toBe(1);
    expect(similarity('', '')).toBe(1);
    expect(similarity('abc', 'xyz')).toBe(0);
    expect(similarity('abc', '')).toBe(0);
    const s = similarity('มาตรการลดการใช้ดุลยพินิจในการปฏิบัติงาน', 'มาตรการลดการใช้ดุลพินิจในการปฏิบัติงาน');
    expect(s).toBeGreaterThan(0.95);
    expect(s).toBeLessThan(1);
    const far = similarity('การสร้างวัฒนธรรมสุจริต', 'การยกระดับกลไกการตรวจสอบการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น');
    expect(far).toBeLessThan(0.5);
    expect(far).toBeGreaterThanOrEqual(0);
  });

  it('scores texts already compact as they are (compactSimilarity, the framework matcher\'s)', () => {
    expect(compactSimilarity('ดุลยพินิจ', 'ดุลยพินิจ')).toBe(1);
    expect(compactSimilarity('ดุลยพินิจ', 'ดุลพินิจ')).toBeCloseTo(1 - 1 / 9);
    expect(compactSimilarity('', '')).toBe(1);
    expect(compactSimilarity('abc', 'xyz')).toBe(0);
    // Not compacted again: a wrap space is a letter like any other here.
    expect(compactSimilarity('ab c', 'abc')).toBe(0.75);
  });

  it('scores a mission name written with the council name close to the canonical one', () => {
    const canonical = 'การส่งเสริมให้ประชาชนมีส่วนร่วมบริหารกิจการขององค์กรปกครองส่วนท้องถิ่น';
    const written = '3.1 การส่งเสริมให้ ประชาชนมีส่วนร่วม บริหารกิจการของ เทศบาลตำบล หนองจอก';
    const other = 'การรับฟังความคิดเห็น การรับและตอบสนองเรื่องร้องเรียน/ร้องทุกข์ของประชาชน';
    expect(similarity(written, canonical)).toBeGreaterThan(similarity(written, other));
  });

  it('gives the full table\'s distance for long texts, whatever they share at either end (one row reused, prefix and suffix cut)', () => {
    // The textbook table, every cell kept: what the one-row version must agree with.
    const reference = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      }
      return d[a.length][b.length];
    };
    const base = 'โครงการเสริมสร้างความโปร่งใสในการบริหารงบประมาณ'.repeat(7).slice(0, 300);
    const pairs: Array<[string, string]> = [
      [base, [...base].reverse().join('')],
      [base, `${base.slice(0, 120)}ของเทศบาลตำบล${base.slice(150)}`],
      [base.slice(0, 280), base],
      [`ก${base}`, `${base}ข`],
      [base, 'x'.repeat(300)],
    ];
    // 300 characters are more than the reused row first holds (256): it grows on the first pair.
    for (const [a, b] of [...pairs, ['สั้น', base] as [string, string]]) {
      expect(levenshtein(a, b)).toBe(reference(a, b));
      expect(levenshtein(b, a)).toBe(reference(a, b));
    }
  });
});
