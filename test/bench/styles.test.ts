/**
 * The styles bench (bench/styles.ts): the same plan with more and more named styles, each workbook
 * read whole; its styles part grows as a copied-around workbook's does.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { stylesLine, timeStyles } from '../../bench/styles';
import { stylesXml, writeXlsx } from '../../bench/lib/xlsx';
import { parseDateStyles } from '../../pipeline/read/xlsx/xml';

describe('the styles bench', () => {
  it('writes the named styles a copied-around workbook collects, each with its format, and reads the plan beside them', async () => {
    const part = strFromU8(unzipSync(writeXlsx([{ name: 'แผน', rows: [['x', 1]] }], { namedStyles: 1000 }))['xl/styles.xml']);
    expect(part).toBe(stylesXml(1000));
    expect(part.match(/<cellStyle /g)).toHaveLength(1001);
    expect(part).toContain('<cellStyleXfs count="1001">');
    expect(part).toContain('name="ปกติ 1001"');
    // The cell formats are what they were: the named styles add nothing to read.
    expect(parseDateStyles(part, 'xl/styles.xml')).toEqual(parseDateStyles(stylesXml(0), 'xl/styles.xml'));
    const t = await timeStyles(1, [0, 1000]);
    expect(t.map((s) => s.namedStyles)).toEqual([0, 1000]);
    expect(t[1].stylesBytes - t[0].stylesBytes).toBeGreaterThan(50_000);
    expect(t.every((s) => Number.isFinite(s.readMs) && s.readMs > 0)).toBe(true);
    expect(stylesLine(t)).toMatch(/^a 60-row plan read with its styles part: 0 named styles \(styles part 1 KB, file \d+ KB\) [\d.]+ ms; 1,000 named styles/);
  });
});
