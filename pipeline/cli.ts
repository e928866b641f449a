/**
 * The sujarit command line. Each command lives in pipeline/commands/; this file only wires
 * options to them and turns usage errors into exit code 2.
 */
import { Command, CommanderError } from 'commander';
import { runRules } from './commands/rules';
import { runValidate } from './commands/validate';

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
      code = await runValidate(files, opts, out);
    });
  program
    .command('rules')
    .description('แสดงรายการรหัสข้อผิดพลาดทั้งหมด / list every finding code')
    .option('--markdown', 'print the catalogue as a Markdown table')
    .option('--markdown-into <readme>', "replace the README's generated rules section")
    .action(async (opts: { markdown?: boolean; markdownInto?: string }) => {
      code = await runRules(opts, out);
    });
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    throw err;
  }
  return code;
}
