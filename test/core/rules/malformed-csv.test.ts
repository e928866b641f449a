import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { processFile } from '../../../pipeline/process-file';
import { readCsvDetailed } from '../../../pipeline/read/csv';
import { describeHostEntry } from '../../hostile/rule-entry';

const CODE = 'malformed-csv';
const utf8 = (s: string) => new TextEncoder().encode(s);

describe(CODE, () => {
  describeHostEntry(CODE, 'warning');

  it('comes from the CSV reader: a row wider than the others, a quote that never closes', () => {
    const r = readCsvDetailed(utf8('มิติ,โครงการ,ปี 2567\n1,ก,"5,000"\n1,ข,10,000\n1,"ค,3000\n1,ง,200\n'), 's');
    expect(r.issues).toEqual([
      { kind: 'ragged-row', row: 2, column: 3, value: '000', width: 4, common: 3 },
      { kind: 'stray-quote', row: 3, column: 1, value: '"ค' },
    ]);
    expect(readCsvDetailed(utf8('ก,ข\n1,2\n'), 's').issues).toBeUndefined();
  });

  it('is reported with the row and cell, in Thai and English', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sujarit-csv-'));
    try {
      const file = path.join(dir, 'แผน.csv');
      fs.writeFileSync(file, 'มิติ,โครงการ,ปี 2567\n1,ก,"5,000"\n1,ข,10,000\n1,ค,200\n');
      const f = (await processFile(file, 'แผน.csv')).findings.find((x) => x.code === CODE)!;
      expect([f.cell, f.value, f.expected]).toEqual(['D3', '000', '3']);
      expect(f.message).toContain('แถวที่ 3 มี 4 ช่อง มากกว่าแถวอื่นในไฟล์ (3 ช่อง)');
      expect(f.messageEn).toContain('Row 3 has 4 cells');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
