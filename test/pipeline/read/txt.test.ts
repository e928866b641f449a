import { decodeText } from '../../../pipeline/read/decode';
import { readTxt, textToGrid } from '../../../pipeline/read/txt';

/** TIS-620 / windows-874: Thai U+0E01-U+0E5B sit at 0xA1-0xFB. */
function tis620(text: string): Uint8Array {
  return Uint8Array.from([...text].map((ch) => {
    const code = ch.charCodeAt(0);
    return code >= 0x0e01 && code <= 0x0e5b ? code - 0x0e01 + 0xa1 : code;
  }));
}

describe('decoding text files', () => {
  const line = 'มิติ\tภารกิจตามมิติ\tปี ๒๕๖๖';

  it('reads UTF-8 with and without a BOM', () => {
    const bytes = new TextEncoder().encode(line);
    expect(decodeText(bytes)).toEqual({ text: line, encoding: 'utf-8' });
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes])).text).toBe(line);
  });

  it('falls back to windows-874 when the bytes are not UTF-8 (CSV and text saved by Thai Windows)', () => {
    expect(decodeText(tis620(line))).toEqual({ text: line, encoding: 'windows-874' });
  });

  it('reads UTF-16 with its BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(line, 'utf16le')]);
    expect(decodeText(le)).toEqual({ text: line, encoding: 'utf-16le' });
  });
});

describe('tab-separated text → Grid', () => {
  it('splits lines at tabs, keeps one-cell lines, empties blank cells and trims trailing empties', () => {
    const grid = textToGrid('ส่วนที่ ๒\r\n\tรวม\tจำนวน ๘ โครงการ\t\t\n--\t--\n', 'แผน');
    expect(grid).toEqual({ sheet: 'แผน', merges: [], rows: [['ส่วนที่ ๒'], [null, 'รวม', 'จำนวน ๘ โครงการ'], ['--', '--']] });
  });

  it('names the sheet after the file and keeps Thai intact whatever the encoding', () => {
    const grid = readTxt(tis620('๑) โครงการเวทีประชาคม\t๒๐,๐๐๐'), '/data/in/อบต.หนองแวง.txt');
    expect(grid.sheet).toBe('อบต.หนองแวง');
    expect(grid.rows).toEqual([['๑) โครงการเวทีประชาคม', '๒๐,๐๐๐']]);
  });
});
