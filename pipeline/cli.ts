/**
 * The sujarit command line. Each command lives in pipeline/commands/; this file only wires
 * options to them and turns usage errors into exit code 2. A command's module is loaded when it
 * runs: loading them all took a tenth of a second before any command could start.
 */
import { Command, CommanderError } from 'commander';
import type { NormalizeArgs } from './commands/normalize';
import type { TemplateArgs } from './commands/template';
import { TEMPLATE_KINDS } from './commands/template-kinds';
import { UsageError } from './commands/usage-error';

export async function main(argv: string[]): Promise<number> {
  const out = (s: string) => process.stdout.write(`${s}\n`);
  let code = 0;
  const program = new Command()
    .name('sujarit')
    .description('สุจริต — ตรวจและรวบรวมแผนปฏิบัติการป้องกันการทุจริตขององค์กรปกครองส่วนท้องถิ่น\nValidate and consolidate Thai local anti-corruption action plans.')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  program
    .command('validate')
    .description('ตรวจไฟล์แผน/รายงาน แล้วแสดงข้อผิดพลาดพร้อมตำแหน่งช่อง / validate plan files and list every finding with its cell')
    .argument('<files...>', 'plan files (.txt / .tsv tab-separated text)')
    .option('--json', 'print a JSON report instead of the table')
    .action(async (files: string[], opts: { json?: boolean }) => {
      const { runValidate } = await import('./commands/validate');
      code = await runValidate(files, opts, out);
    });
  program
    .command('consolidate')
    .description('รวบรวมไฟล์แผนของทุกหน่วยงานเป็นสรุปจังหวัด / consolidate the councils\' files into province summaries')
    .argument('<paths...>', 'files and folders (read recursively): .xlsx .xlsm .xls .csv .txt .tsv')
    .requiredOption('--out <dir>', 'output folder (summary.xlsx, report.html, summary.json, items.csv, findings.csv)')
    .option('--roster <file>', 'CSV of expected councils: council,district,province[,code]')
    .option('--province <name>', 'the province this run is for')
    .option('--jobs <n>', 'worker threads (default: one per core)', (v: string) => Number(v))
    .action(async (paths: string[], opts: { out: string; roster?: string; province?: string; jobs?: number }) => {
      const { runConsolidate } = await import('./commands/consolidate');
      code = await runConsolidate(paths, opts, out);
    });
  program
    .command('normalize')
    .description('แปลงแผนรูปแบบเก่า (กรอบ 2561-2564, ตารางอิสระ) เป็นแบบทางการ พร้อมรายงานการเทียบ / normalise legacy and free-form plan files into the official layout, with a mapping report')
    .argument('<paths...>', 'files and folders (read recursively): .xlsx .xlsm .xls .csv .txt .tsv')
    .requiredOption('--out <dir>', 'output folder (one workbook per plan, normalize-report.xlsx, normalize-report.json)')
    .option('--framework <mode>', 'current: map legacy (2561-2564) plans to 2566-2570 | keep: keep each plan\'s own framework', 'current')
    .action(async (paths: string[], opts: NormalizeArgs) => {
      // The workbook writer (exceljs) alone takes a third of a second to load.
      const { runNormalize } = await import('./commands/normalize');
      code = await runNormalize(paths, opts, out);
    });
  program
    .command('template')
    .description('สร้างแบบฟอร์มแผน/รายงานเปล่าตามแบบทางการ / write a blank official workbook')
    .requiredOption('--kind <kind>', TEMPLATE_KINDS.join(' | '))
    .requiredOption('--council <name>', 'e.g. "อบต.หนองแวง" or the full name')
    .requiredOption('--district <name>', 'อำเภอ')
    .requiredOption('--province <name>', 'จังหวัด')
    .requiredOption('--years <years>', 'e.g. 2566-2570, or 2568 for one year')
    .requiredOption('--out <file.xlsx>', 'where to write the workbook')
    .action(async (opts: TemplateArgs) => {
      const { runTemplate } = await import('./commands/template');
      code = await runTemplate(opts, out);
    });
  program
    .command('rules')
    .description('แสดงรายการรหัสข้อผิดพลาดทั้งหมด / list every finding code')
    .option('--markdown', 'print the catalogue as a Markdown table')
    .option('--markdown-into <readme>', "replace the README's generated rules section")
    .action(async (opts: { markdown?: boolean; markdownInto?: string }) => {
      const { runRules } = await import('./commands/rules');
      code = await runRules(opts, out);
    });
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    if (err instanceof UsageError) {
      process.stderr.write(`sujarit: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  return code;
}
