import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { collectInputs } from '../../../pipeline/collect';
import { folderFindings } from '../../../pipeline/commands/consolidate';
import { describeHostEntry, hostFinding } from '../../hostile/rule-entry';

const CODE = 'unreadable-folder';

describe(CODE, () => {
  describeHostEntry(CODE, 'error');

  it('renders the folder and the reason, in Thai and English', () => {
    const f = hostFinding(CODE, 'รับเรื่อง/อำเภอชะอำ', { value: 'รับเรื่อง/อำเภอชะอำ', params: { reason: 'ไม่มีสิทธิ์เข้าถึง, EACCES', reasonEn: 'permission denied, EACCES' } });
    expect(f.message).toContain('อ่านรายการไฟล์ใน "รับเรื่อง/อำเภอชะอำ" ไม่ได้ (ไม่มีสิทธิ์เข้าถึง, EACCES)');
    expect(f.severity).toBe('error');
  });

  it('is made for each folder the run could not list, with the reason in words', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sujarit-folders-'));
    try {
      fs.symlinkSync('วน', path.join(dir, 'วน'));
      fs.mkdirSync(path.join(dir, 'ย่อย'));
      fs.symlinkSync('..', path.join(dir, 'ย่อย', 'ขึ้นไป'));
      fs.writeFileSync(path.join(dir, 'ย่อย', 'แผน.csv'), 'ก,ข\n');
      const { files, problems } = await collectInputs([dir]);
      expect(files.map((f) => path.basename(f.abs))).toEqual(['แผน.csv']);
      expect(problems.map((p) => [path.basename(p.path), p.reason])).toEqual([['วน', 'ELOOP']]);
      const [f] = folderFindings(problems);
      expect(f.code).toBe(CODE);
      expect(f.message).toContain('ทางลัด (ลิงก์) วนกลับมาที่ตัวเอง');
      expect(f.messageEn).toContain('the link loops back on itself');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
