import { CURRENT_FRAMEWORK, LEGACY_FRAMEWORK, detectFramework } from '../../../core/framework';

describe('detectFramework', () => {
  test('legacy dimension names (legacy-framework.md) → legacy', () => {
    for (const d of LEGACY_FRAMEWORK.dimensions.filter((t) => t.code !== '3')) {
      const r = detectFramework([`มิติที่ ${d.code}. ${d.name}`]);
      expect(r.framework).toBe('legacy');
      expect(r.evidence.join(' ')).toMatch(`dimension ${d.code}`);
    }
  });

  test('legacy names with PDF wrap spaces and Thai digits → legacy', () => {
    const r = detectFramework(['มิติที่ ๑ การสร้างสังคม ที่ไม่ทนต่อ การทุจริต', '๑.๑ การสร้างจิตสำนึกและความตระหนัก']);
    expect(r.framework).toBe('legacy');
  });

  test('legacy-only mission codes with legacy names → legacy', () => {
    expect(detectFramework(['๒.๔ การเชิดชูเกียรติแก่หน่วยงาน/บุคคลในการดำเนินกิจการ การประพฤติปฏิบัติตนให้เป็นที่ประจักษ์']).framework).toBe('legacy');
    expect(detectFramework(['2.5 มาตรการจัดการในกรณีได้ทราบ หรือรับแจ้ง หรือตรวจสอบพบการทุจริต']).framework).toBe('legacy');
    expect(detectFramework(['๔.๔ เสริมพลังการมีส่วนร่วมของชุมชน (Community) และบูรณาการทุกภาคส่วนเพื่อต่อต้านการทุจริต']).framework).toBe('legacy');
    // a legacy-only code with some other name is no signal
    expect(detectFramework(['2.4 มาตรการ NO Gift Policy']).framework).toBe('current');
  });

  test('a full legacy table sample → legacy, with evidence', () => {
    const texts = [
      ...LEGACY_FRAMEWORK.dimensions.map((d) => `มิติที่ ${d.code} ${d.name}`),
      ...LEGACY_FRAMEWORK.missions.map((m) => `${m.code} ${m.name}`),
    ];
    const r = detectFramework(texts);
    expect(r.framework).toBe('legacy');
    expect(r.evidence).toEqual(
      expect.arrayContaining([expect.stringContaining('mission 2.4'), expect.stringContaining('mission 2.5'), expect.stringContaining('mission 4.4')]),
    );
  });

  test('current-framework seed texts → current', () => {
    const seed000 = ['๑. การสร้าง วัฒนธรรม สุจริต', '2. การบริหาร ราชการด้วย ความโปร่งใส', '3. การส่งเสริม บทบาทและการ มีส่วนร่วมของ ภาคประชาชน', '4. การยกระดับ กลไกการ ตรวจสอบการ ดำเนินการของ องค์กรปกครอง ส่วนท้องถิ่น'];
    const seed003 = ['มติ๒การบริหารราชการด้วยความโปร่งใส', 'มติ ๔ การยกระดับกลไกการตรวจสอบการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น', 'การกิจตามมติ ๔.๒ มาตรการจัดการเรื่องร้องเรียนการทุจริต'];
    expect(detectFramework(seed000).framework).toBe('current');
    expect(detectFramework(seed003).framework).toBe('current');
    expect(detectFramework(CURRENT_FRAMEWORK.dimensions.map((d) => d.name)).evidence).toHaveLength(3);
  });

  test('prose saying เพื่อป้องกันการทุจริต (seed 000) does not make a plan legacy', () => {
    const r = detectFramework(['- 2) เพื่อป้องกันการทุจริตในการใช้จ่ายงบประมาณของเทศบาลตำบลหนองจอก']);
    expect(r.framework).toBe('current');
  });

  test('no signal at all (dimension 3 is the same in both) → current by default', () => {
    const r = detectFramework(['มิติที่ ๓ การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน', 'hello']);
    expect(r).toEqual({ framework: 'current', evidence: [expect.stringContaining('default')] });
    expect(detectFramework([]).framework).toBe('current');
  });
});
