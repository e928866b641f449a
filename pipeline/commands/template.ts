/**
 * `sujarit template --kind … --council … --district … --province … --years 2566-2570 --out FILE.xlsx`:
 * a blank workbook in the official layout (core's SheetPlan), with the metadata sheet the add-in
 * and the pipeline read, live formulas in every total and dropdowns for dimension and mission.
 */
import { blankWorkbookPlan } from '../../core/sheet-plan';
import { docKindSchema } from '../../core/schema';
import { TEMPLATE_KINDS } from './template-kinds';
import { parseOrgName, parseYearRange, findYears } from '../../core/thai';
import { cleanDistrict, cleanProvince } from '../roster';
import { workbookPlanToXlsx } from '../write/workbook-xlsx';
import { writeFileAtomic } from '../write/atomic';
import { UsageError } from './usage-error';

export interface TemplateArgs {
  kind: string;
  council: string;
  district: string;
  province: string;
  years: string;
  out: string;
}

function years(text: string): number[] {
  const range = parseYearRange(text);
  if (range) return Array.from({ length: range.to - range.from + 1 }, (_, i) => range.from + i);
  return findYears(`ปี ${text}`);
}

export async function runTemplate(args: TemplateArgs, out: (s: string) => void): Promise<number> {
  const kind = docKindSchema.safeParse(args.kind);
  if (!kind.success || !TEMPLATE_KINDS.includes(kind.data)) throw new UsageError(`--kind must be one of ${TEMPLATE_KINDS.join(', ')}`);
  const org = parseOrgName(args.council);
  if (!org) throw new UsageError(`--council: "${args.council}" names no council type (อบจ. ทน. ทม. ทต. อบต. or the full name)`);
  const ys = years(args.years);
  if (ys.length === 0) throw new UsageError(`--years: "${args.years}" is not a Buddhist-era year or range (2566-2570, 2567)`);
  if (kind.data === 'plan-multi-year' && ys.length < 2) throw new UsageError('--years: a multi-year plan needs a range such as 2566-2570');
  const district = cleanDistrict(args.district);
  const province = cleanProvince(args.province);
  if (!district || !province) throw new UsageError('--district and --province are required');
  const plan = blankWorkbookPlan({ kind: kind.data, council: org.full, type: org.type, district, province, years: kind.data === 'plan-multi-year' ? ys : [ys[0]] });
  await writeFileAtomic(args.out, await workbookPlanToXlsx(plan));
  out(`เขียนแบบฟอร์ม ${plan.sheets.map((s) => s.name).join(', ')} ของ ${org.full} ลงใน ${args.out} / wrote ${args.out}`);
  return 0;
}
