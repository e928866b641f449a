/**
 * Every reader's rows are lists of objects to V8, packed, empty ones too (core/object-lists.ts): the
 * code that reads grids then meets one kind of row. A row of another kind, first met in some file after
 * that code was compiled, had it compiled again in each worker (a national run's recompiles: 93 → 74).
 * V8 is asked itself, in a process of its own (natives syntax is a flag of the process).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';

const ROOT = path.resolve(__dirname, '../../..');

/** The kinds of every row each reader makes of its input, as the child process reports them. */
function rowKinds(xlsxFile: string): Record<string, string[]> {
  const script = `
    require('ts-node').register({ transpileOnly: true });
    const fs = require('node:fs');
    const { csvTextToGrid } = require(${JSON.stringify(path.join(ROOT, 'pipeline/read/csv.ts'))});
    const { textToGrid } = require(${JSON.stringify(path.join(ROOT, 'pipeline/read/txt.ts'))});
    const { readXlsx } = require(${JSON.stringify(path.join(ROOT, 'pipeline/read/xlsx.ts'))});
    const kind = (a) => (%HasObjectElements(a) ? 'objects' : %HasSmiElements(a) ? 'small integers' : 'other') + (%HasHoleyElements(a) ? ', holey' : '');
    const kinds = (grid) => [kind(grid.rows), ...grid.rows.map(kind)];
    const csv = 'มิติ,โครงการ,งบ,,\\n,,,,\\n1,โครงการก,"5,000",,\\n1,2,3,4,5,6\\n';
    const out = {
      csv: kinds(csvTextToGrid(csv, 'csv').grid),
      txt: kinds(textToGrid('มิติ\\tโครงการ\\t\\t\\n\\n1\\tโครงการก\\t5000\\n', 'txt')),
      xlsx: readXlsx(new Uint8Array(fs.readFileSync(${JSON.stringify(xlsxFile)}))).grids.flatMap((g) => kinds(g.grid ?? g)),
    };
    console.log(JSON.stringify(out));
  `;
  return JSON.parse(execFileSync(process.execPath, ['--allow-natives-syntax', '-e', script], { cwd: ROOT, encoding: 'utf8' }));
}

describe("the readers' rows", () => {
  it('are packed lists of objects to V8, empty rows and rows of numbers too', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('แผน');
    ws.getCell('A1').value = 'มิติ';
    ws.getCell('B1').value = 'โครงการ';
    // Row 2 left empty: the reader makes it.
    ws.getCell('A3').value = 1;
    ws.getCell('C3').value = 5000;
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sujarit-kinds-')), 'plan.xlsx');
    fs.writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
    const kinds = rowKinds(file);
    expect(kinds.csv).toHaveLength(1 + 4);
    expect(kinds.txt).toHaveLength(1 + 3);
    expect(kinds.xlsx).toHaveLength(1 + 3);
    for (const list of [kinds.csv, kinds.txt, kinds.xlsx]) expect(new Set(list)).toEqual(new Set(['objects']));
  }, 60_000);
});
