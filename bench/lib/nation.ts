/**
 * A synthetic but realistically shaped nation of councils: 77 provinces (the 76 and Bangkok, as
 * core/places.ts lists them), each with an อบจ. and municipalities and อบต. in roughly the national
 * proportions (76 อบจ., 30 ทน., 195 ทม., 2,247 ทต., 5,300 อบต. ≈ 7,850), spread over districts.
 * Names are made of common Thai place-name words, unique inside a province, repeated across
 * provinces as real names are (หนองบัว exists in dozens of provinces). Deterministic.
 */
import { PROVINCES } from '../../core/places';
import type { OrgType } from '../../core/schema';
import { rng, type CouncilSpec } from '../../samples/generate';

export const NATIONAL_COUNCILS = 7850;

const HEADS = ['หนอง', 'บ้าน', 'โคก', 'ดอน', 'นา', 'ห้วย', 'บาง', 'ท่า', 'วัง', 'สระ', 'ทุ่ง', 'เขา', 'ป่า', 'คลอง', 'ไร่', 'โนน', 'หัว', 'แม่', 'ลำ', 'บึง', 'เวียง', 'สำโรง'];
const TAILS = ['แวง', 'จอก', 'ใหญ่', 'น้อย', 'ทอง', 'เหนือ', 'ใต้', 'กลาง', 'สวรรค์', 'ศรี', 'ตะเคียน', 'ยาง', 'งาม', 'หลวง', 'ขาม', 'บัว', 'แก้ว', 'ไผ่', 'โพธิ์', 'มะม่วง', 'ดู่', 'เกลือ', 'จาน', 'สะแก', 'พะยอม', 'ชุมแสง', 'กระทุ่ม', 'สำราญ'];
const THIRD = ['พัฒนา', 'สามัคคี', 'เจริญ', 'สุข', 'ทรัพย์', 'ประดู่'];

export interface NationCouncil {
  /** 0-based, in the national order (province by province). */
  id: number;
  spec: CouncilSpec;
  provinceIndex: number;
}

/**
 * How many councils each province has when the nation has `total`: weights 1..8, at least one each.
 * A small corpus (tests use 30 councils) fills the first provinces with about ten councils each,
 * so that it still holds every council type and several districts.
 */
function provinceCounts(total: number): number[] {
  if (total < PROVINCES.length * 10) {
    const used = Math.ceil(total / 10);
    return PROVINCES.map((_, i) => (i < used ? Math.floor(total / used) + (i < total % used ? 1 : 0) : 0));
  }
  const rand = rng(77);
  const weights = PROVINCES.map((p) => (p === 'กรุงเทพมหานคร' ? 0.3 : 1 + rand() * 7));
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * total);
  const counts = exact.map((x) => Math.max(1, Math.floor(x)));
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, frac: x - Math.floor(x) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) counts[order[k].i]++;
  for (let k = counts.length - 1; left < 0; k = (k + counts.length - 1) % counts.length) {
    if (counts[k] > 1) {
      counts[k]--;
      left++;
    }
  }
  return counts;
}

function placeName(i: number, shift: number): string {
  const h = (i + shift) % HEADS.length;
  const t = Math.floor(i / HEADS.length) % TAILS.length;
  const third = Math.floor(i / (HEADS.length * TAILS.length));
  return `${HEADS[h]}${TAILS[(t + shift) % TAILS.length]}${third > 0 ? THIRD[(third - 1) % THIRD.length] : ''}`;
}

function typeFor(r: number): OrgType {
  if (r < 0.004) return 'ทน.';
  if (r < 0.029) return 'ทม.';
  if (r < 0.315) return 'ทต.';
  return 'อบต.';
}

/** The nation's councils, `total` of them (7,850 is the real number), in province order. */
export function nation(total: number): NationCouncil[] {
  const counts = provinceCounts(total);
  const out: NationCouncil[] = [];
  PROVINCES.forEach((province, p) => {
    const n = counts[p];
    const rand = rng(1000 + p);
    const districtCount = Math.max(1, Math.round(n / 9));
    const districts = Array.from({ length: districtCount }, (_, d) => (d === 0 ? `เมือง${province}` : placeName(d * 7 + 3, p + 5)));
    const shift = Math.floor(rand() * HEADS.length);
    for (let k = 0; k < n; k++) {
      const type: OrgType = k === 0 ? 'อบจ.' : typeFor(rand());
      const name = type === 'อบจ.' ? province : placeName(k, shift);
      const district = type === 'อบจ.' ? districts[0] : districts[Math.floor(rand() * districts.length)];
      const code = `${String(p + 10).padStart(2, '0')}${String(k).padStart(5, '0')}`;
      out.push({ id: out.length, provinceIndex: p, spec: { type, name, district, province, code } });
    }
  });
  return out;
}
