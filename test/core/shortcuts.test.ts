/**
 * The quick paths core takes to rule most cells out (a look at the first letters, one regexp before a
 * costlier reading, numbers compared instead of their text) must answer exactly as the full reading
 * would. These tests compare the two over many generated texts, made of the pieces that trip
 * normalisation (tags, entities, odd and zero-width spaces, a split sara am, quotes, Thai digits) and
 * of the words the checks look for, and pin the cases each shortcut was written for.
 */
import { findHeaderBlocks } from '../../core/detect';
import { a1, columnLetter, makeGrid } from '../../core/grid';
import { isGroupLabel, labelForm, mayBeTitleLabel, roleOfLabel } from '../../core/layouts/headers';
import { isDimensionHeading, isMissionHeading } from '../../core/parse/headings';
import { addressMentions, collectMentions, councilMentions } from '../../core/parse/metadata';
import { isSummaryLabel, parseStatedCount } from '../../core/parse/summary';
import { excelError } from '../../core/rules/formula-error';
import type { Item } from '../../core/schema';
import {
  compactFingerprint,
  compactText,
  compactTextUncached,
  fingerprintLength,
  isTick,
  leadingCode,
  normalizeText,
  parseAmount,
  readAmount,
  splitItemTitle,
  splitNumberedItems,
  toArabicDigits,
} from '../../core/thai';
import { computeTotals, tally } from '../../core/totals';

/** A small seeded generator: the same texts at every run. */
function generator(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const PIECES = [
  ...'รวมโคงกาชือทนตบจัหดภิ่้ำ',
  ' ', '  ', '\u00a0', '\u200b', '\u00ad', '\ufeff', '\t', '\n', '\u3000', '\u0e4d', '\u0e32',
  '<p>', '</p>', '<b>', '<br>', '<!--x-->', '&amp;', '&#3619;', '&#x0E23;', '&nbsp;', '&lt;', '&', '<',
  '“', '”', '"', "'", '‘', '’', ':', '：', '(', ')', '๑', '๒', '1', '2', '.', ',', '/', '-', '–', '✓', 'x', 'X', '*', 'A', 'Q', 'Σ', 'İ', '#',
  'รวม', 'รวมทั้งสิ้น', 'โครงการ', 'มาตรการ', 'กิจกรรม', 'ชื่อ', 'หรือ', 'มิติ', 'มติ', 'ที่', 'ภารกิจ', 'การกิจ', 'ตาม',
  'อบต', 'อบต.', 'อ.บ.ต.', 'ทต.', 'ทม', 'ทน ', 'ท.ต.', 'เทศบาลตำบล', 'องค์การบริหารส่วนตำบล', 'องค์กรบริหารส่วนจังหวัด',
  'จังหวัด', 'จ.', 'อำเภอ', 'หนองแวง', 'ตรวจสอบ', 'แทน', 'ระบุ', '(1)', '2)', '3.', '๑)', '10,000', 'บาท', '#REF!',
];

function texts(count: number, seed: number, parts = 6): string[] {
  const rand = generator(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let s = '';
    const n = 1 + Math.floor(rand() * parts);
    for (let k = 0; k < n; k++) s += PIECES[Math.floor(rand() * PIECES.length)];
    out.push(s);
  }
  return out;
}

const SAMPLE = texts(20_000, 1);

/** compactText as first written: every step, for every text. */
const fullCompact = (s: string) => toArabicDigits(normalizeText(s)).replace(/\s+/g, '').toLowerCase();

describe('compact forms', () => {
  it('are the same on the plain-text path as through every step', () => {
    for (const s of SAMPLE) {
      expect(compactTextUncached(s)).toBe(fullCompact(s));
      expect(compactText(s)).toBe(fullCompact(s));
    }
  });

  it('turn runs of Thai digits into Arabic ones', () => {
    expect(toArabicDigits('พ.ศ. ๒๕๖๖ - ๒๕๗๐ ข้อ ๑')).toBe('พ.ศ. 2566 - 2570 ข้อ 1');
    expect(compactTextUncached('โครงการ “บริการ ๑ ๒” (พ.ศ. ๒๕๖๖)')).toBe('โครงการ“บริการ12”(พ.ศ.2566)');
  });
});

describe('compact fingerprints', () => {
  it('are equal for texts of one compact form, and hold its length', () => {
    const seen = new Map<string, number>();
    for (const s of [...SAMPLE, ...SAMPLE.map((t) => ` ${t.replace(/[12]/g, (d) => (d === '1' ? '๑' : '๒'))}  `)]) {
      const compact = compactTextUncached(s);
      const print = compactFingerprint(s);
      expect(fingerprintLength(print)).toBe(Math.min(compact.length, 127));
      expect(seen.get(compact) ?? print).toBe(print);
      seen.set(compact, print);
    }
    expect(fingerprintLength(compactFingerprint('ก'.repeat(300)))).toBe(127);
  });

  it('are not the text: two titles may share one', () => {
    // Found by trying numbers: the duplicate search must compare such titles, not take them for one.
    const a = 'โครงการอบรมคุณธรรมจริยธรรม รุ่นที่ 14087';
    const b = 'โครงการอบรมคุณธรรมจริยธรรม รุ่นที่ 29906';
    expect(compactFingerprint(a)).toBe(compactFingerprint(b));
    expect(compactTextUncached(a)).not.toBe(compactTextUncached(b));
  });
});

describe('the first letter of a compact form', () => {
  const skip = '“”"\'‘’:：';
  const thaiLetter = (c: number) => c >= 0x0e01 && c <= 0x0e4f && c !== 0x0e4d;

  it('is read from the text as written, or not at all where markup or a split sara am starts it', () => {
    for (const s of SAMPLE) {
      const lead = leadingCode(s, skip);
      if (lead === null) continue;
      const compact = fullCompact(s).replace(/^[“”"'‘’:：]+/, '');
      if (Number.isNaN(lead)) expect(compact).toBe('');
      else if (thaiLetter(lead)) expect(compact.charCodeAt(0)).toBe(lead);
    }
    expect(leadingCode(' \u200b“รวม', skip)).toBe('ร'.charCodeAt(0));
    expect(leadingCode('<b>รวม</b>')).toBeNull();
    expect(leadingCode('&#3619;วม')).toBeNull();
    expect(Number.isNaN(leadingCode(' \u00a0 ') as number)).toBe(true);
  });

  it('rules out summary labels and heading lines as the full reading does', () => {
    for (const s of SAMPLE) {
      const compact = compactText(s);
      expect(isSummaryLabel(s)).toBe(/^รวม/.test(compact));
      expect(isDimensionHeading(s)).toBe(/^(มิติ|มติ)(ที่)?([0-9๐-๙]|[ก-๙])/.test(compact) && !/^(มิติ|มติ)$/.test(compact));
      expect(isMissionHeading(s)).toBe(/^(ภารกิจ|การกิจ)(ตาม)?(มิติ|มติ)?(ที่)?[0-9๐-๙]/.test(compact));
    }
    expect(isSummaryLabel('ร วม มิติที่ 1')).toBe(true);
    expect(isSummaryLabel('<b>รวม</b>')).toBe(true);
    expect(isSummaryLabel('โครงการรวมพลัง')).toBe(false);
  });

  it('tells an item title\'s kind as the full reading does', () => {
    const kind = (s: string) => (['โครงการ', 'มาตรการ', 'กิจกรรม'] as const).find((k) => fullCompact(s).replace(/^[“"‘'(]+/, '').startsWith(k)) ?? 'อื่น';
    for (const s of SAMPLE) {
      const parts = splitItemTitle(s);
      expect(parts.kind).toBe(kind(parts.title));
    }
    expect(splitItemTitle('(๑) โครง การอบรม').kind).toBe('โครงการ');
    expect(splitItemTitle('“มาตรการ” แสดงเจตนารมณ์').kind).toBe('มาตรการ');
    expect(splitItemTitle('12) จัดทำแผน').kind).toBe('อื่น');
  });
});

describe('title labels', () => {
  it('are never ruled out when the title patterns would accept them', () => {
    const words = ['โครงการ', 'มาตรการ', 'กิจกรรม', 'ชื่อ', 'หรือ', '/', ',', ' ', '“', ':', 'ติ', 'มติ', 'ส่งเสริม', '<b>', '&amp;', '\u200b', '\u0e4d', 'า', 'ม', 'ห', 'โครง การ'];
    const rand = generator(2);
    let titles = 0;
    for (let i = 0; i < 50_000; i++) {
      let s = '';
      for (let k = 1 + Math.floor(rand() * 4); k > 0; k--) s += words[Math.floor(rand() * words.length)];
      if (roleOfLabel(compactText(s)) !== 'title') continue;
      titles++;
      expect(mayBeTitleLabel(s)).toBe(true);
    }
    expect(titles).toBeGreaterThan(1000);
  });

  it('rule out item titles and other cells of an item row by their first words', () => {
    for (const s of ['โครงการส่งเสริมคุณธรรม', 'กิจกรรม “วันเด็ก”', '(1) มาตรการแสดงเจตนารมณ์', '10,000', 'รวม', 'หมายเหตุ']) {
      expect(mayBeTitleLabel(s)).toBe(false);
    }
    for (const s of ['โครงการ', 'ชื่อโครงการ', 'โครงการ/กิจกรรม', 'โครงการหรือกิจกรรม', '“โครงการ”', 'โครง การ', '<b>โครงการ</b>']) {
      expect(mayBeTitleLabel(s)).toBe(true);
    }
  });

  it('still open a header block written with wrap spaces, quotes and markup', () => {
    const grid = makeGrid('แผน', [
      ['มิติ', 'ภารกิจตามมิติ', '“โครง การ/กิจกรรม”', 'งบประมาณ ปี ๒๕๖๖', '2567', 'หมายเหตุ'],
      ['1', '1.1 การสร้างจิตสำนึก', 'โครงการส่งเสริมคุณธรรม', 10000, '-', ''],
    ]);
    const [block] = findHeaderBlocks(grid);
    expect(block.columns.map((c) => c.role)).toEqual(['dimension', 'mission', 'title', 'year-budget', 'year-budget', 'remark']);
    expect(isGroupLabel(labelForm(compactText('ผลการดำเนินงาน')))).toBe(true);
  });
});

describe('ticks', () => {
  it('are found whatever spaces, tags or entities surround them', () => {
    for (const tick of ['✓', '√', '/', 'x', '*', '1', '๑']) {
      for (const s of [tick, ` ${tick} `, `\u200b${tick}`, `<b>${tick}</b>`, `&nbsp;${tick}`, `\n${tick}\t`]) expect(isTick(s)).toBe(true);
    }
  });

  it('are never a text of two characters or more', () => {
    for (const s of SAMPLE) if (isTick(s)) expect(fullCompact(s).length).toBe(1);
    expect(isTick('10,000')).toBe(false);
    expect(isTick('✓✓')).toBe(false);
  });
});

describe('mentions', () => {
  it('find councils written every way, after a space, a bracket or nothing', () => {
    for (const before of ['', 'ตรวจสอบ ', '(']) {
      for (const [written, full] of [
        ['องค์การบริหารส่วนตำบลหนองแวง', 'องค์การบริหารส่วนตำบลหนองแวง'],
        ['อบต.หนองแวง', 'องค์การบริหารส่วนตำบลหนองแวง'],
        ['อ.บ.ต.หนองแวง', 'องค์การบริหารส่วนตำบลหนองแวง'],
        ['เทศบาลตำบลบ้านนา', 'เทศบาลตำบลบ้านนา'],
      ]) {
        expect(councilMentions(`${before}${written} อำเภอเมือง`).map((m) => m.full)).toContain(full);
      }
    }
    expect(councilMentions(' ทต.บ้านนา').map((m) => m.full)).toEqual(['เทศบาลตำบลบ้านนา']);
    expect(councilMentions('โครงการขององค์การบริหารส่วนตำบลหนองแวง').map((m) => m.full)).toEqual(['องค์การบริหารส่วนตำบลหนองแวง']);
    // An abbreviation right after a Thai letter is part of another word.
    expect(councilMentions('โครงการของอบต.หนองแวง')).toEqual([]);
    expect(councilMentions('ผู้รับผิดชอบตามหลัก')).toEqual([]);
    expect(councilMentions('10,000')).toEqual([]);
  });

  it('read the name after each type where it stands, spaces passed over, in every mention of a text', () => {
    const twice = 'อบต.หนองแวง ร่วมกับ เทศบาลตำบล  บ้านนา';
    const expected = [
      { full: 'องค์การบริหารส่วนตำบลหนองแวง', name: 'หนองแวง', index: 0 },
      { full: 'เทศบาลตำบลบ้านนา', name: 'บ้านนา', index: 20 },
    ];
    expect(councilMentions(twice)).toEqual(expected);
    // Read again from the start (the search keeps its place between matches, not between texts).
    expect(councilMentions(twice)).toEqual(expected);
    expect(councilMentions('ทน.เชียงใหม่ (ทน.เชียงใหม่)').map((m) => m.index)).toEqual([0, 14]);
    // A common noun after the type, one letter, or nothing at all names no council.
    expect(councilMentions('องค์การบริหารส่วนตำบลทุกแห่ง และ ทต. ก')).toEqual([]);
    expect(councilMentions('โครงการของเทศบาลตำบล')).toEqual([]);
  });

  it('are collected from every cell that names a council, an address or both, and from no other', () => {
    const grid = makeGrid('แผน', [
      ['แผนปฏิบัติการ', 'ทต.บ้านนา', null, 42],
      ['อ.ท่ายาง จ.เพชรบุรี', 'จัดทำแผน', 'อบต.หนองแวง อำเภอเมือง จังหวัดเพชรบุรี'],
      ['จ.', 'ท', 'ผู้รับผิดชอบตามหลัก'],
    ]);
    expect(collectMentions(grid).map((m) => [m.kind, m.value, m.source.cell])).toEqual([
      ['council', 'เทศบาลตำบลบ้านนา', 'B1'],
      ['district', 'ท่ายาง', 'A2'],
      ['province', 'เพชรบุรี', 'A2'],
      ['council', 'องค์การบริหารส่วนตำบลหนองแวง', 'C2'],
      ['district', 'เมือง', 'C2'],
      ['province', 'เพชรบุรี', 'C2'],
    ]);
  });

  it('find districts and provinces by จังหวัด or จ.', () => {
    expect(addressMentions('อำเภอท่ายาง จังหวัดเพชรบุรี')).toEqual([{ district: 'ท่ายาง', province: 'เพชรบุรี' }]);
    expect(addressMentions('อ.ท่ายาง จ.เพชรบุรี')).toEqual([{ district: 'ท่ายาง', province: 'เพชรบุรี' }]);
    expect(addressMentions('จัดทำแผน')).toEqual([]);
  });
});

describe('item numbers in a title cell', () => {
  it('split the cell only at the next numbers of the same style', () => {
    expect(splitNumberedItems('(1) โครงการก (2) โครงการข (3) โครงการค')).toEqual(['(1) โครงการก', '(2) โครงการข', '(3) โครงการค']);
    expect(splitNumberedItems(' <p>1. มาตรการก</p><p>2. มาตรการข</p>')).toEqual(['<p>1. มาตรการก</p>', '<p>2. มาตรการข</p>']);
    expect(splitNumberedItems('1) โครงการจัดทำแผน (พ.ศ. ๒๕๖๖ - ๒๕๗๐)')).toEqual(['1) โครงการจัดทำแผน (พ.ศ. ๒๕๖๖ - ๒๕๗๐)']);
    expect(splitNumberedItems('โครงการก (2) โครงการข')).toEqual(['โครงการก (2) โครงการข']);
    expect(splitNumberedItems('  ๑) โครงการก ๒) โครงการข ')).toEqual(['๑) โครงการก', '๒) โครงการข']);
  });
});

describe('stated counts and figures', () => {
  it('read counts by kind and alone', () => {
    expect(parseStatedCount('จำนวน ๘ โครงการ / ๑ มาตรการ')).toEqual({ total: 9, byKind: { โครงการ: 8, มาตรการ: 1, กิจกรรม: 0, อื่น: 0 } });
    expect(parseStatedCount('จำนวน ๔๘ โครงการ')).toEqual({ total: 48, byKind: null });
    expect(parseStatedCount('รวม 12')).toEqual({ total: 12, byKind: null });
    // The count's regexp is shared between calls: a second reading gives the same.
    expect(parseStatedCount('2 กิจกรรม 3 รายการ')).toEqual(parseStatedCount('2 กิจกรรม 3 รายการ'));
  });

  it('hand out amounts that callers may change without changing the next reading', () => {
    const first = parseAmount('๑๐,๐๐๐');
    first.amount = 1;
    expect(parseAmount('๑๐,๐๐๐').amount).toBe(10000);
    expect(readAmount('ไม่ใช้งบประมาณ', { dash: 'zero' })).toEqual(parseAmount('ไม่ใช้งบประมาณ', { dash: 'zero' }));
    expect(readAmount('-', { dash: 'zero' }).status).toBe('amount');
    expect(readAmount('-').status).toBe('not-planned');
  });
});

describe('totals', () => {
  const item = (kind: Item['kind'], dimension: string | null, budgets: [number | null, Item['budgets'][number]['status'], number][]): Item =>
    ({
      kind,
      dimension,
      budgets: budgets.map(([year, status, amount]) => ({ year, status, amount })),
      quarters: [{ q: 2, ticked: true }],
    }) as unknown as Item;

  it('sum each year in the order the years are first met, a budget without a year under ""', () => {
    const items = [
      item('โครงการ', '1', [[2567, 'not-planned', 0], [2566, 'amount', 0.1], [null, 'amount', 5]]),
      item('มาตรการ', '2', [[2566, 'amount', 0.2], [2567, 'no-budget', 0], [null, 'invalid', 0]]),
    ];
    const t = tally(items);
    expect(Object.keys(t.budgetByYear)).toEqual(['2566', '2567', '']);
    expect(t.budgetByYear).toEqual({ 2566: 0.1 + 0.2, 2567: 0, '': 5 });
    expect(t.plannedByYear).toEqual({ 2566: 2, 2567: 1, '': 1 });
    expect(t.budget).toBe(0.1 + 5 + 0.2);
    expect(t.byKind).toEqual({ โครงการ: 1, มาตรการ: 1, กิจกรรม: 0, อื่น: 0 });
    expect(t.quarters).toEqual([0, 2, 0, 0]);
    // The fields in the order the summaries write them.
    expect(Object.keys(t)).toEqual(['items', 'byKind', 'budgetByYear', 'plannedByYear', 'quarters', 'budget']);
    const totals = computeTotals({ items } as never);
    expect(Object.keys(totals.byDimension)).toEqual(['1', '2']);
    expect(totals.byDimension['2'].items).toBe(1);
  });

  it('count each ticked quarter in its own place, and no unticked one', () => {
    const ticks = (qs: [number, boolean][]) => ({ ...item('กิจกรรม', '1', []), quarters: qs.map(([q, ticked]) => ({ q, ticked })) }) as unknown as Item;
    const t = tally([ticks([[1, true], [3, true], [4, false]]), ticks([[4, true], [3, true], [2, false]]), ticks([])]);
    expect(t.quarters).toEqual([1, 0, 2, 1]);
    expect(t.items).toBe(3);
    expect(t.byKind.กิจกรรม).toBe(3);
  });
});

describe('cell addresses and error values', () => {
  it('name cells the same inside and outside the kept addresses', () => {
    expect([a1(0, 0), a1(11, 2), a1(2047, 63), a1(2048, 64), a1(99_999, 701)]).toEqual(['A1', 'C12', 'BL2048', 'BM2049', 'ZZ100000']);
    expect(a1(11, 2)).toBe(a1(11, 2));
    expect(columnLetter(26)).toBe('AA');
  });

  it('find error values after spaces, in any case', () => {
    expect(excelError(' #ref! ')).toBe('#REF!');
    expect(excelError('x#REF!')).toBeNull();
    expect(excelError('#ไม่ใช่')).toBeNull();
  });
});
