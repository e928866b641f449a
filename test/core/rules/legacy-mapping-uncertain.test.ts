import { describeCatalogueEntry, expectWellFormed, findingsOf, legacyPlan, MIS, multiYearPlan, validate } from './helpers';

const CODE = 'legacy-mapping-uncertain';

describe(CODE, () => {
  describeCatalogueEntry(CODE, 'warning');

  it('reports an item under legacy mission 2.4 (honouring: no 2566-2570 mission), with the proposed targets', () => {
    const grid = legacyPlan();
    const doc = validate(grid).main!;
    expect(doc.framework).toBe('legacy');
    const found = findingsOf(grid, CODE);
    expect(found).toHaveLength(1);
    const f = found[0];
    expect(f.severity).toBe('warning');
    expect(f.cell).toBe('B12');
    expect(f.value).toBe('2.4');
    expect(f.expected).toBe('1.2 / 1.1');
    expectWellFormed(f);
    expect(f.message).toBe(
      'รายการ 2.4.(1) อยู่ในภารกิจ 2.4 ของกรอบ พ.ศ. 2561-2564 ซึ่งเทียบกับกรอบ พ.ศ. 2566-2570 ได้ไม่แน่ชัด (เสนอ 1.2 / 1.1) โปรดพิจารณา',
    );
    expect(f.messageEn).toBe('Item 2.4.(1) is under legacy mission 2.4, which has no certain 2566-2570 counterpart (proposed: 1.2 / 1.1); please decide');
  });

  it('reports the uncertain sub-item 2.5.1 (integrity agreement) written after its mission in one cell', () => {
    const grid = legacyPlan({
      mission2:
        '๒.๕ มาตรการจัดการในกรณีได้ทราบ หรือรับแจ้ง หรือตรวจสอบพบการทุจริต 2.5.1 ดำเนินการให้มีข้อตกลงระหว่างบุคลากรในองค์กรได้ปฏิบัติหน้าที่ราชการด้วยความซื่อสัตย์ สุจริต มีคุณธรรม จริยธรรม และการบริหารราชการกิจการบ้านเมืองที่ดี',
    });
    expect(findingsOf(grid, CODE).map((f) => [f.cell, f.value, f.expected])).toEqual([['B12', '2.5.1', '2.2 / 4.3']]);
  });

  it('reports legacy mission 4.2 (public oversight), proposed 2.2 or 3.1', () => {
    const grid = legacyPlan({
      mission2: '๔.๒ การสนับสนุนให้ภาคประชาชนมีส่วนร่วมตรวจสอบการปฏิบัติหรือการบริหารราชการ ตามช่องทางที่สามารถดำเนินการได้',
    });
    expect(findingsOf(grid, CODE).map((f) => [f.value, f.expected])).toEqual([['4.2', '2.2 / 3.1']]);
  });

  it('says nothing for legacy missions that map with high or medium certainty (2.1 → 2.2, 2.5 → 4.3, 1.1, 2.3, 3.2, 4.3 → 4.2)', () => {
    expect(findingsOf(legacyPlan({ mission2: '๒.๑ แสดงเจตจำนงทางการเมืองในการต่อต้านการทุจริตของผู้บริหาร' }), CODE)).toEqual([]);
    expect(findingsOf(legacyPlan({ mission2: '๒.๕ มาตรการจัดการในกรณีได้ทราบ หรือรับแจ้ง หรือตรวจสอบพบการทุจริต' }), CODE)).toEqual([]);
  });

  it('never maps a 2566-2570 plan, even with an honouring project', () => {
    const grid = multiYearPlan((s) => {
      s.dimensions[0].missions[1] = {
        name: MIS['1.2'],
        items: [{ title: '๒) โครงการยกย่องเชิดชูเกียรติหน่วยงานและบุคคลที่ประพฤติปฏิบัติตนให้เป็นที่ประจักษ์', budgets: Array(5).fill('ไม่ใช้งบประมาณ') }],
      };
    });
    expect(validate(grid).main!.framework).toBe('current');
    expect(findingsOf(grid, CODE)).toEqual([]);
  });
});
