/**
 * Builds samples/province/: a round of submissions as a provincial office receives them, made
 * from the seed documents' data. The four real documents keep their real defects; the other
 * councils' plans are the อบจ.เพชรบุรี plan's items re-dealt (samples/generate.ts). Includes a
 * council that did not submit, a resubmission, a windows-874 CSV and a corrupt file.
 *
 *   npm run samples [-- OUT_DIR]
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Grid } from '../core/grid';
import { parseGrid } from '../core/parse';
import { METADATA_KEYS } from '../core/metadata-sheet';
import type { Item } from '../core/schema';
import { textToGrid } from '../pipeline/read/txt';
import { gridsToXlsx } from '../pipeline/write/grid-xlsx';
import { fullName, planRows, type CouncilSpec, type PlanSpec } from './generate';

const TABLES = path.join(__dirname, 'tables');

function seedGrid(file: string, sheet: string): Grid {
  return textToGrid(fs.readFileSync(path.join(TABLES, file), 'utf8'), sheet);
}

export function seedItems(): Item[] {
  return parseGrid(seedGrid('phetchaburi-pao-plan-2566-2570.txt', 'แผน')).doc.items;
}

/** TIS-620 / windows-874 bytes, as Thai Windows saves a CSV. */
function windows874(text: string): Buffer {
  return Buffer.from([...text].flatMap((ch) => {
    const c = ch.codePointAt(0) ?? 63;
    if (c >= 0x0e01 && c <= 0x0e5b) return [c - 0x0e01 + 0xa1];
    return c < 0x80 ? [c] : [63];
  }));
}

function csvOf(rows: (string | number | null)[][]): string {
  const q = (v: string | number | null) => (v === null ? '' : /[",\r\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  return rows.map((r) => r.map(q).join(',')).join('\r\n') + '\r\n';
}

const P = 'เพชรบุรี';
const council = (type: CouncilSpec['type'], name: string, district: string, province = P, code?: string): CouncilSpec => ({ type, name, district, province, code });

export const ROSTER: CouncilSpec[] = [
  council('อบจ.', 'เพชรบุรี', 'เมืองเพชรบุรี', P, '6760000'),
  council('ทม.', 'เพชรบุรี', 'เมืองเพชรบุรี'),
  council('ทม.', 'ชะอำ', 'ชะอำ'),
  council('ทต.', 'หนองจอก', 'ท่ายาง'),
  council('ทต.', 'ท่ายาง', 'ท่ายาง'),
  council('ทต.', 'บ้านลาด', 'บ้านลาด'),
  council('อบต.', 'ไร่สะท้อน', 'บ้านลาด'),
  council('อบต.', 'บางเก่า', 'ชะอำ'),
  council('อบต.', 'เขาใหญ่', 'ชะอำ'),
  council('อบต.', 'หนองปรง', 'เขาย้อย'),
  council('อบต.', 'เมืองน้อย', 'ธวัชบุรี', 'ร้อยเอ็ด'),
  council('อบต.', 'หนองแวง', 'เทพารักษ์', 'นครราชสีมา'),
  council('ทน.', 'นครราชสีมา', 'เมืองนครราชสีมา', 'นครราชสีมา'),
];

function meta(c: CouncilSpec, kind: string, years: string, version: number): Record<string, string> {
  return {
    [METADATA_KEYS.council]: fullName(c), [METADATA_KEYS.type]: c.type, [METADATA_KEYS.district]: c.district,
    [METADATA_KEYS.province]: c.province, [METADATA_KEYS.kind]: kind, [METADATA_KEYS.years]: years,
    [METADATA_KEYS.framework]: 'current', [METADATA_KEYS.version]: String(version),
  };
}

export async function buildSamples(out: string): Promise<string[]> {
  fs.mkdirSync(out, { recursive: true });
  const items = seedItems();
  const written: string[] = [];
  const put = (rel: string, data: Buffer | string) => {
    const file = path.join(out, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, data);
    written.push(file);
  };
  const plan = (c: CouncilSpec, over: Partial<PlanSpec>): Grid => ({
    sheet: 'แผนปฏิบัติการ',
    merges: [],
    rows: planRows({ council: c, layout: 'multi-year', years: [2566, 2567, 2568, 2569, 2570], size: 24, seed: 1, defect: 'none', thaiDigits: false, ...over }, items),
  });
  const [, tmPetch, tmChaam, , tcThayang, tcBanlad, aRaisathon, aBangkao, , aNongprong, , , tnKorat] = ROSTER;

  // The four real documents, as workbooks, their defects intact.
  put('เพชรบุรี/อบจ.เพชรบุรี-แผน2566-2570.xlsx', await gridsToXlsx([seedGrid('phetchaburi-pao-plan-2566-2570.txt', 'แผนปฏิบัติการ')]));
  put('เพชรบุรี/ทต.หนองจอก-แผนประจำปี2567.xlsx', await gridsToXlsx([seedGrid('nongchok-annual-plan-2567.txt', 'แผน2567')]));
  put('อื่นๆ/อบต.เมืองน้อย-รายงานผล2568.xlsx', await gridsToXlsx([seedGrid('muangnoi-results-report-2568.txt', 'รายงานผล')]));
  put('อื่นๆ/อบต.หนองแวง-ITA2568.xlsx', await gridsToXlsx([seedGrid('nongwaeng-ita-measures-2568.txt', 'มาตรการ ITA')]));

  // Generated councils of every type.
  put('เพชรบุรี/ทม.เพชรบุรี.xlsx', await gridsToXlsx([plan(tmPetch, { seed: 11, size: 30 })], meta(tmPetch, 'plan-multi-year', '2566-2570', 1)));
  put('เพชรบุรี/ทต.ท่ายาง-แผน.xlsx', await gridsToXlsx([plan(tcThayang, { seed: 12, size: 18, defect: 'total' })]));
  put('เพชรบุรี/อบต.ไร่สะท้อน-2567.xlsx', await gridsToXlsx([plan(aRaisathon, { seed: 13, size: 14, layout: 'annual', years: [2567], defect: 'tick' })]));
  put('เพชรบุรี/อบต.บางเก่า.xlsx', await gridsToXlsx([plan(aBangkao, { seed: 14, size: 20, thaiDigits: true })]));
  put('อื่นๆ/ทน.นครราชสีมา.xlsx', await gridsToXlsx([plan(tnKorat, { seed: 15, size: 40 })], meta(tnKorat, 'plan-multi-year', '2566-2570', 1)));
  // A resubmission: version 1 had a wrong count, version 2 fixes it.
  put('เพชรบุรี/ทต.บ้านลาด-ฉบับที่1.xlsx', await gridsToXlsx([plan(tcBanlad, { seed: 16, size: 22, defect: 'count' })], meta(tcBanlad, 'plan-multi-year', '2566-2570', 1)));
  put('เพชรบุรี/ทต.บ้านลาด-ฉบับที่2.xlsx', await gridsToXlsx([plan(tcBanlad, { seed: 16, size: 22 })], meta(tcBanlad, 'plan-multi-year', '2566-2570', 2)));
  // Saved as CSV on Thai Windows (windows-874).
  const chaam = plan(tmChaam, { seed: 17, size: 16, layout: 'annual', years: [2567] });
  // windows-874 has no ✓: clerks saving CSV tick with "/" (domain.md), so the sample does too.
  const ticked = chaam.rows.map((r) => r.map((v) => (v === '✓' ? '/' : v)));
  put('เพชรบุรี/ทม.ชะอำ-แผน2567.csv', windows874(csvOf(ticked as (string | number | null)[][])));
  // A corrupt file: an upload cut short.
  const whole = await gridsToXlsx([plan(aNongprong, { seed: 18 })]);
  put('เพชรบุรี/อบต.หนองปรง.xlsx', whole.subarray(0, Math.floor(whole.length / 3)));
  // The roster: อบต.เขาใหญ่ never sent a file.
  const roster = ['council,district,province,code', ...ROSTER.map((c) => [fullName(c), c.district, c.province, c.code ?? ''].join(','))];
  put('roster.csv', `\uFEFF${roster.join('\r\n')}\r\n`);
  return written;
}

if (require.main === module) {
  const out = process.argv[2] ?? path.join(__dirname, 'province');
  buildSamples(out).then((files) => process.stdout.write(`samples: ${files.length} files in ${out}\n`));
}
