import Papa from 'papaparse';
import { CSV_CHUNK, csvChunks, neutralise, runsAsFormula, type CsvValue } from '../../../pipeline/write/csv';

/** Rows shaped like a national items.csv: a council's province, name and file repeat down its items. */
function itemRows(n: number): CsvValue[][] {
  const rows: CsvValue[][] = [];
  for (let i = 0; i < n; i++) {
    const council = Math.floor(i / 37);
    rows.push([
      council % 3 === 0 ? 'เชียงใหม่' : 'ลำปาง',
      `อบต.บ้าน${council}`,
      `${i % 37 + 1}`,
      i % 11 === 0 ? `=HYPERLINK("x${i}")` : `โครงการส่งเสริมคุณธรรม "รุ่นที่ ${i}", หมู่ ${i % 9}`,
      i % 5 === 0 ? null : 20000 + i,
      i % 13 === 0 ? ' ตั้งต้นด้วยช่องว่าง' : 'สำนักปลัด',
      `inbox/เชียงใหม่/council-${council}.xlsx`,
    ]);
  }
  return rows;
}

describe('csvChunks', () => {
  const header = ['จังหวัด (province)', 'หน่วยงาน (council)', 'ลำดับ (ref)', 'ชื่อโครงการ (title)', 'งบประมาณ 2567', 'ผู้รับผิดชอบ (responsible)', 'ไฟล์ (file)'];

  it('gives the same text as a line-by-line CSV, in pieces no longer than a line over the chunk size', () => {
    const rows = itemRows(6000);
    const pieces = [...csvChunks(header, rows)];
    expect(pieces.length).toBeGreaterThan(3);
    const longestLine = Math.max(...pieces.join('').split('\r\n').map((l) => l.length + 2));
    for (const p of pieces) expect(p.length).toBeLessThan(CSV_CHUNK + longestLine);

    const text = pieces.join('');
    // Parsed back, every field is the value written (neutralised), also where a piece ends and the
    // next one repeats the last row's values.
    const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { header: false, skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual(header);
    expect(parsed).toHaveLength(rows.length + 1);
    rows.forEach((r, i) => expect(parsed[i + 1]).toEqual(r.map((v) => neutralise(v))));
    expect(parsed.slice(1).flat().some((f) => runsAsFormula(f))).toBe(false);
  });
});
