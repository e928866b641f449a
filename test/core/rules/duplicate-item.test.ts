import { annualPlan, describeCatalogueEntry, expectWellFormed, findingsOf, multiYearPlan } from './helpers';

const CODE = 'duplicate-item';

describe(CODE, () => {
  describeCatalogueEntry(CODE, 'warning');

  it('reports an item listed twice in one plan (wrap spaces aside), at the repeat, naming the first', () => {
    const grid = annualPlan((s) => {
      s.dimensions[1].missions[1].items.push({
        title: '(2) มาตรการ “ส่งเสริม การปฏิบัติงานตาม ประมวลจริยธรรมของ เทศบาลตำบลหนองจอก”',
        quarters: ['✓', null, null, null],
        budget: '-',
      });
    });
    const found = findingsOf(grid, CODE);
    expect(found).toHaveLength(1);
    const f = found[0];
    expect(f.severity).toBe('warning');
    expect(f.cell).toBe('C12');
    expect(f.expected).toBe('C6');
    expect(f.value).toBe('มาตรการ “ส่งเสริม การปฏิบัติงานตาม ประมวลจริยธรรมของ เทศบาลตำบลหนองจอก”');
    expectWellFormed(f);
    expect(f.message).toContain('รายการ 2.2.(2) ซ้ำกับรายการที่ช่อง C6');
    expect(f.messageEn).toContain('Item 2.2.(2) repeats the item at C6');
  });

  it('reports a repeat under another number in a plan numbered 1..N', () => {
    const grid = multiYearPlan((s) => {
      s.dimensions[3].missions[2].items.push({ title: '๑๓) มาตรการ NO Gift Policy จากการปฏิบัติหน้าที่', budgets: Array(5).fill('ไม่ใช้งบประมาณ') });
    });
    expect(findingsOf(grid, CODE).map((f) => [f.cell, f.expected])).toEqual([['C20', 'C10']]);
  });

  it('says nothing when every title is different', () => {
    expect(findingsOf(multiYearPlan(), CODE)).toEqual([]);
    expect(findingsOf(annualPlan(), CODE)).toEqual([]);
  });

  it('does not take two titles for one when only their fingerprints are alike (test/core/shortcuts.test.ts)', () => {
    const grid = annualPlan((s) => {
      const items = s.dimensions[1].missions[1].items;
      items.push({ title: '(2) โครงการอบรมคุณธรรมจริยธรรม รุ่นที่ 14087', quarters: ['✓', null, null, null], budget: '-' });
      items.push({ title: '(3) โครงการอบรมคุณธรรมจริยธรรม รุ่นที่ 29906', quarters: ['✓', null, null, null], budget: '-' });
      items.push({ title: '(4) โครงการอบรมคุณธรรม จริยธรรม รุ่นที่ ๒๙๙๐๖', quarters: ['✓', null, null, null], budget: '-' });
    });
    // Of the three, only the last repeats one: the one before it, written with a wrap space and Thai digits.
    expect(findingsOf(grid, CODE).map((f) => [f.cell, f.expected])).toEqual([['C14', 'C13']]);
  });

  it('does not take a โครงการ and a มาตรการ of the same words for one item', () => {
    const grid = annualPlan((s) => {
      s.dimensions[1].missions[1].items.push({
        title: '(2) โครงการ “ส่งเสริมการปฏิบัติงานตามประมวลจริยธรรมของเทศบาลตำบลหนองจอก”',
        quarters: ['✓', null, null, null],
        budget: '-',
      });
    });
    expect(findingsOf(grid, CODE)).toEqual([]);
  });
});
