/**
 * The memos keep copies of the texts they are given, never views into longer strings: a cell's
 * text cut out of a sheet's XML would otherwise keep the whole part alive for the rest of a run.
 * Measured on the heap: texts sliced out of large strings, the large strings dropped, a full
 * garbage collection, and the heap must not have kept them.
 */
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { makeGrid, type CellValue } from '../../core/grid';
import { memoOfString, ownCopy } from '../../core/memo';
import { validateGrid } from '../../core/validate';
import { SAMPLE, sampleGrid } from '../helpers/samples';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** A flat string of about `mb` megabytes (two-byte: Thai) that ends with `tail`. */
function bigStringEndingWith(mb: number, tail: string): string {
  const pad = 'ก'.repeat((mb * 1024 * 1024) / 2);
  // Through a Buffer: one flat string, as a decoded XML part is.
  return Buffer.from(pad + tail, 'utf8').toString('utf8');
}

const MB = 1024 * 1024;

describe('ownCopy', () => {
  it('gives the same text', () => {
    for (const s of ['', 'a', 'สั้น', 'x'.repeat(12), 'x'.repeat(13), 'โครงการส่งเสริมคุณธรรม จริยธรรม'.repeat(5)]) expect(ownCopy(s)).toBe(s);
  });
});

describe('memoOfString keeps no view into a longer string', () => {
  it('does not keep 20 strings of 2 MB alive through 20 keys and values cut from them', () => {
    const memo = memoOfString((s: string) => ({ text: s.slice(2), length: s.length }));
    const before = heapAfterGc();
    const results: unknown[] = [];
    for (let i = 0; i < 20; i++) {
      const tail = `ข้อความของเซลล์ที่ ${i} ที่ยาวพอ`;
      const big = bigStringEndingWith(2, tail);
      const cell = big.slice(big.length - tail.length);
      results.push(memo(cell));
    }
    const kept = heapAfterGc() - before;
    // Still a memo: the same text, however made, gets the kept result.
    expect(memo(['ข้อความของเซลล์ที่', '3', 'ที่ยาวพอ'].join(' '))).toBe(results[3]);
    expect(kept).toBeLessThan(4 * MB);
  });

  it('a sheet parsed and checked from texts cut out of large strings keeps none of them', () => {
    const sample = sampleGrid(SAMPLE.pao);
    // Warm the memos with the sample's own texts, so that only the copies' texts are new.
    validateGrid(sample, { file: 'warm' });
    const before = heapAfterGc();
    for (let k = 0; k < 8; k++) {
      // Every text cell made distinct (the memos would otherwise hand back the first copy's key)
      // and cut out of one large string, as the xlsx reader cuts cells out of a sheet's XML.
      const texts: string[] = [];
      const rows: CellValue[][] = sample.rows.map((row) => row.map((v) => (typeof v === 'string' ? (texts.push(`${v} ชุด${k}`), '') : v)));
      const joined = texts.join('\u0001');
      const big = bigStringEndingWith(4, joined);
      let at = big.length - joined.length;
      let t = 0;
      for (const row of rows) {
        for (let c = 0; c < row.length; c++) {
          if (row[c] !== '') continue;
          const len = texts[t++].length;
          row[c] = big.slice(at, at + len);
          at += len + 1;
        }
      }
      const { findings } = validateGrid(makeGrid(sample.sheet, rows, sample.merges), { file: `copy-${k}` });
      expect(findings.length).toBeGreaterThan(0);
    }
    // Eight strings of 4 MB went through the parser and every rule.
    expect(heapAfterGc() - before).toBeLessThan(8 * MB);
  });
});
