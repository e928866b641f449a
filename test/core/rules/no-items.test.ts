import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { processFile } from '../../../pipeline/process-file';
import { csvText } from '../../hostile/build';
import { describeHostEntry, hostFinding } from '../../hostile/rule-entry';
import { findingsOf, multiYearPlan } from './helpers';

const CODE = 'no-items';

describe(CODE, () => {
  describeHostEntry(CODE, 'error');

  it('renders the sheet whose table has no item', () => {
    const f = hostFinding(CODE, 'แผน.xlsx', { source: { sheet: 'แผน', cell: 'A3', row: 3, column: 1 }, value: 'แผน' });
    expect(f.message).toBe('แผ่นงาน "แผน" มีหัวตารางแต่ไม่มีโครงการ/กิจกรรม/มาตรการใต้หัวตารางเลย กรอกรายการแล้วส่งใหม่');
    expect(f.messageEn).toContain('has the table header but not one project');
  });

  it('is reported by the pipeline for a submission with the header only, at the header, and not by the validator', async () => {
    const grid = multiYearPlan();
    const headerOnly = grid.rows.slice(0, 4);
    expect(findingsOf({ ...grid, rows: headerOnly }, CODE)).toEqual([]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sujarit-no-items-'));
    try {
      const file = path.join(dir, 'หัวตาราง.csv');
      fs.writeFileSync(file, csvText(headerOnly));
      const r = await processFile(file, 'หัวตาราง.csv');
      expect(r.findings.filter((f) => f.code === CODE).map((f) => [f.sheet, f.cell])).toEqual([['หัวตาราง', 'A3']]);
      const full = path.join(dir, 'ครบ.csv');
      fs.writeFileSync(full, csvText(grid.rows));
      expect((await processFile(full, 'ครบ.csv')).findings.map((f) => f.code)).not.toContain(CODE);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
