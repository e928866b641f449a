/**
 * LibreOffice, headless, as a converter of last resort: old Excel 97-2003 workbooks (.xls),
 * password-protected workbooks (which it refuses without the password, giving us a clear reason),
 * and HTML / Excel 2003 XML tables saved under Excel names. Everything else is read in-process.
 *
 * Each conversion runs with its own throw-away profile (-env:UserInstallation), so parallel workers
 * and a root user do not fight over ~/.config/libreoffice, and on a private copy of the input in a
 * temporary folder, so nothing (not even LibreOffice's `.~lock.*#` file) is written next to the input.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { UnreadableError } from './unreadable';

const CANDIDATE_NAMES = process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];

const KNOWN_PLACES = [
  '/usr/bin/soffice',
  '/usr/bin/libreoffice',
  '/usr/lib/libreoffice/program/soffice',
  '/usr/local/bin/soffice',
  '/opt/libreoffice/program/soffice',
  '/snap/bin/libreoffice',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
  'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
];

let cached: string | null | undefined;

function executable(file: string): boolean {
  try {
    if (!fs.statSync(file).isFile()) return false;
    fs.accessSync(file, process.platform === 'win32' ? fs.constants.F_OK : fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The LibreOffice executable: `soffice` / `libreoffice` on PATH, else the usual install places; cached. */
export function findSoffice(): string | null {
  if (cached !== undefined) return cached;
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter((d) => d !== '');
  let found: string | null = null;
  for (const name of CANDIDATE_NAMES) {
    for (const dir of dirs) {
      const file = path.join(dir, name);
      if (executable(file)) {
        found = file;
        break;
      }
    }
    if (found) break;
  }
  if (!found) found = KNOWN_PLACES.find(executable) ?? null;
  cached = found;
  return found;
}

/** Forget the cached answer of findSoffice (tests, or after installing LibreOffice mid-run). */
export function resetSofficeCache(): void {
  cached = undefined;
}

export interface ConvertOptions {
  /**
   * LibreOffice's import filter name ("MS Excel 97", "Calc MS Excel 2007 XML", "HTML (StarCalc)",
   * "MS Excel 2003 XML"). Without one LibreOffice guesses, and it reads anything it cannot parse
   * as plain text, "converting" junk into a sheet of garbage.
   */
  inFilter?: string;
}

function failed(detail: string): UnreadableError {
  const d = detail.trim().replace(/\s+/g, ' ').slice(0, 300);
  const suffix = d ? ` (${d})` : '';
  return new UnreadableError(
    `LibreOffice แปลงไฟล์นี้เป็น .xlsx ไม่ได้ ไฟล์อาจเสียหายหรือมีรหัสผ่าน${suffix} กรุณาเปิดใน Excel แล้วบันทึกเป็น Excel Workbook (.xlsx) โดยไม่ตั้งรหัสผ่าน`,
    `LibreOffice could not convert the file to .xlsx; it may be damaged or password-protected${suffix}; open it in Excel and save it as an Excel Workbook (.xlsx) without a password`,
  );
}

/**
 * Converts `inputPath` to .xlsx in `outDir` and returns the path of the file written there.
 * Runs `soffice --headless --norestore --convert-to xlsx --outdir OUTDIR INPUT` on a private copy of
 * the input with a fresh profile; throws UnreadableError when LibreOffice is missing, fails (it
 * exits 0 even then: the proof is the output file), or runs past `timeoutMs` (it is then killed).
 */
export async function convertWithSoffice(inputPath: string, outDir: string, timeoutMs = 120000, opts: ConvertOptions = {}): Promise<string> {
  const soffice = findSoffice();
  if (!soffice) {
    throw new UnreadableError(
      'ไม่พบโปรแกรม LibreOffice ในเครื่องนี้ จึงแปลงไฟล์ไม่ได้ กรุณาเปิดใน Excel แล้วบันทึกเป็น Excel Workbook (.xlsx)',
      'LibreOffice is not installed on this machine, so the file cannot be converted; open it in Excel and save it as an Excel Workbook (.xlsx)',
    );
  }
  const work = await fsp.mkdtemp(path.join(os.tmpdir(), 'sujarit-soffice-'));
  try {
    const profile = path.join(work, 'profile');
    const srcDir = path.join(work, 'src');
    await fsp.mkdir(srcDir);
    await fsp.mkdir(outDir, { recursive: true });
    // An ASCII name: LibreOffice under a C locale mangles Thai file names.
    const ext = path.extname(inputPath).toLowerCase().replace(/[^.a-z0-9]/g, '') || '.bin';
    const source = path.join(srcDir, `input${ext}`);
    await fsp.copyFile(inputPath, source);
    const expected = path.join(outDir, 'input.xlsx');
    await fsp.rm(expected, { force: true });

    const args = [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--nologo', '--nodefault', '--nolockcheck'];
    if (opts.inFilter) args.push(`--infilter=${opts.inFilter}`);
    args.push('--convert-to', 'xlsx', '--outdir', outDir, source);

    const { code, signal, output, timedOut } = await run(soffice, args, timeoutMs, work);
    if (timedOut) {
      throw new UnreadableError(
        `LibreOffice แปลงไฟล์นี้ไม่เสร็จภายใน ${Math.round(timeoutMs / 1000)} วินาที (ไฟล์อาจใหญ่มาก เสียหาย หรือรอรหัสผ่าน) กรุณาเปิดใน Excel แล้วบันทึกเป็น Excel Workbook (.xlsx) โดยไม่ตั้งรหัสผ่าน`,
        `LibreOffice did not finish converting the file within ${Math.round(timeoutMs / 1000)} seconds (the file may be very large, damaged, or waiting for a password); open it in Excel and save it as an Excel Workbook (.xlsx) without a password`,
      );
    }
    if (!fs.existsSync(expected)) {
      const said = output.split('\n').filter((l) => /error/i.test(l) && !/javaldx/i.test(l)).join(' ');
      throw failed(said || (signal ? `signal ${signal}` : `exit code ${code}`));
    }
    return expected;
  } finally {
    await fsp.rm(work, { recursive: true, force: true }).catch(() => undefined);
  }
}

interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
  timedOut: boolean;
}

function run(command: string, args: string[], timeoutMs: number, cwd: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    // Its own process group (not on Windows), so a timeout kills soffice.bin too, not just the launcher.
    const detached = process.platform !== 'win32';
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], detached, windowsHide: true });
    let output = '';
    let timedOut = false;
    const keep = (chunk: Buffer): void => {
      if (output.length < 16384) output += chunk.toString('utf8');
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    const kill = (): void => {
      try {
        if (detached && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(
        new UnreadableError(
          `เรียกโปรแกรม LibreOffice ไม่สำเร็จ (${(err as NodeJS.ErrnoException).code ?? err.message})`,
          `LibreOffice could not be started (${(err as NodeJS.ErrnoException).code ?? err.message})`,
        ),
      );
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, output, timedOut });
    });
  });
}
