import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { flagDuplicateSubmissions } from '../../../pipeline/commands/consolidate';
import { processFile } from '../../../pipeline/process-file';
import { council, handXlsx, metadataOf, plan } from '../../hostile/build';
import { describeHostEntry, hostFinding } from '../../hostile/rule-entry';

const CODE = 'duplicate-submission';

describe(CODE, () => {
  describeHostEntry(CODE, 'warning');

  it('renders both files, the council, the version and the file used', () => {
    const f = hostFinding(CODE, 'ก.xlsx', {
      value: 'ข.xlsx',
      expected: 'ข.xlsx',
      params: { kind: 'แผนปฏิบัติการหลายปี', kindEn: 'multi-year plan', council: 'องค์การบริหารส่วนตำบลบางกุ้ง', version: 'ไม่ระบุฉบับที่', versionEn: 'no version given', used: 'ข.xlsx', by: 'เวลาแก้ไขไฟล์', byEn: 'file time' },
    });
    expect(f.message).toBe(
      'ไฟล์นี้และ ข.xlsx เป็นแผนปฏิบัติการหลายปีของ องค์การบริหารส่วนตำบลบางกุ้ง ฉบับเดียวกัน (ไม่ระบุฉบับที่) แต่เนื้อหาต่างกัน ระบบใช้ไฟล์ ข.xlsx (ใหม่กว่าตามเวลาแก้ไขไฟล์) กรุณาสอบถามหน่วยงานว่าฉบับใดถูกต้อง และให้ระบุฉบับที่ในแผ่นข้อมูลหน่วยงาน',
    );
  });

  it('is added to different files of one council and version; not to numbered versions or identical copies', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sujarit-dup-'));
    try {
      const put = (name: string, seed: number, version?: number) => {
        const file = path.join(dir, name);
        fs.writeFileSync(file, handXlsx({ sheets: [{ name: 'แผน', rows: plan(council(0), { seed }) }], metadata: metadataOf(council(0), version) }));
        return processFile(file, name);
      };
      const [a, b, copy] = await Promise.all([put('a.xlsx', 1), put('b.xlsx', 2), put('copy.xlsx', 2)]);
      const flagged = flagDuplicateSubmissions([a, b, copy], null, null);
      const codes = flagged.map((r) => r.findings.filter((f) => f.code === CODE).map((f) => f.value));
      expect(codes[0]).toEqual([expect.stringMatching(/^(b|copy)\.xlsx, (b|copy)\.xlsx$/)]);
      expect(codes[1]).toEqual(['a.xlsx']);
      expect(codes[2]).toEqual(['a.xlsx']);

      const [v1, v2] = await Promise.all([put('v1.xlsx', 1, 1), put('v2.xlsx', 2, 2)]);
      expect(flagDuplicateSubmissions([v1, v2], null, null).flatMap((r) => r.findings).map((f) => f.code)).not.toContain(CODE);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
