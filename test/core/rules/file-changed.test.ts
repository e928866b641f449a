import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { processFile } from '../../../pipeline/process-file';
import { describeHostEntry, hostFinding } from '../../hostile/rule-entry';

const CODE = 'file-changed';

describe(CODE, () => {
  describeHostEntry(CODE, 'error');

  it('renders the file\'s size and time before and after the read', () => {
    const f = hostFinding(CODE, 'แผน.xlsx', { value: '1000 bytes, 2024-05-01T08:00:00.000Z', expected: '5096 bytes, 2024-05-01T08:00:01.000Z' });
    expect(f.message).toContain('ก่อนอ่าน: 1000 bytes');
    expect(f.messageEn).toContain('after: 5096 bytes');
  });

  it('is reported when the file grows between the read and the second look, never otherwise', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sujarit-changed-'));
    try {
      const file = path.join(dir, 'แผน.csv');
      fs.writeFileSync(file, 'มิติ,โครงการ\n');
      expect((await processFile(file, 'แผน.csv')).findings.map((f) => f.code)).not.toContain(CODE);
      const r = await processFile(file, 'แผน.csv', { afterRead: () => fs.appendFileSync(file, 'ก,ข\n') });
      const f = r.findings.find((x) => x.code === CODE)!;
      const before = Buffer.byteLength('มิติ,โครงการ\n');
      expect([f.value?.startsWith(`${before} bytes`), f.expected?.startsWith(`${before + Buffer.byteLength('ก,ข\n')} bytes`)]).toEqual([true, true]);
      expect(r.bytes).toBe(before);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
