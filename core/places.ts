/**
 * Thailand's provinces (76 and Bangkok), as written after จังหวัด. Used to recognise the
 * province a document names for itself: a list, because Thai text has no word boundaries.
 */
export const PROVINCES: readonly string[] = [
  'กรุงเทพมหานคร', 'กระบี่', 'กาญจนบุรี', 'กาฬสินธุ์', 'กำแพงเพชร', 'ขอนแก่น', 'จันทบุรี', 'ฉะเชิงเทรา',
  'ชลบุรี', 'ชัยนาท', 'ชัยภูมิ', 'ชุมพร', 'เชียงราย', 'เชียงใหม่', 'ตรัง', 'ตราด', 'ตาก', 'นครนายก',
  'นครปฐม', 'นครพนม', 'นครราชสีมา', 'นครศรีธรรมราช', 'นครสวรรค์', 'นนทบุรี', 'นราธิวาส', 'น่าน',
  'บึงกาฬ', 'บุรีรัมย์', 'ปทุมธานี', 'ประจวบคีรีขันธ์', 'ปราจีนบุรี', 'ปัตตานี', 'พระนครศรีอยุธยา',
  'พะเยา', 'พังงา', 'พัทลุง', 'พิจิตร', 'พิษณุโลก', 'เพชรบุรี', 'เพชรบูรณ์', 'แพร่', 'ภูเก็ต',
  'มหาสารคาม', 'มุกดาหาร', 'แม่ฮ่องสอน', 'ยโสธร', 'ยะลา', 'ร้อยเอ็ด', 'ระนอง', 'ระยอง', 'ราชบุรี',
  'ลพบุรี', 'ลำปาง', 'ลำพูน', 'เลย', 'ศรีสะเกษ', 'สกลนคร', 'สงขลา', 'สตูล', 'สมุทรปราการ',
  'สมุทรสงคราม', 'สมุทรสาคร', 'สระแก้ว', 'สระบุรี', 'สิงห์บุรี', 'สุโขทัย', 'สุพรรณบุรี',
  'สุราษฎร์ธานี', 'สุรินทร์', 'หนองคาย', 'หนองบัวลำภู', 'อ่างทอง', 'อำนาจเจริญ', 'อุดรธานี',
  'อุตรดิตถ์', 'อุทัยธานี', 'อุบลราชธานี',
];

/** Bangkok: a special administrative area, never written after จังหวัด. */
export const BANGKOK = 'กรุงเทพมหานคร';

/**
 * A province as a heading or a title names it: "จังหวัดเพชรบุรี" ("จ.เพชรบุรี" short), but
 * "กรุงเทพมหานคร" alone in either form.
 */
export function provinceHeading(name: string, form: 'full' | 'short' = 'full'): string {
  return name === BANGKOK ? name : `${form === 'short' ? 'จ.' : 'จังหวัด'}${name}`;
}

/**
 * Provinces in a title: "จังหวัดเพชรบุรี", "จังหวัดตรัง และจังหวัดพังงา", up to three by name, else
 * "77 จังหวัด"; empty for none.
 */
export function provincesPhrase(names: readonly string[]): string {
  if (names.length === 0) return '';
  if (names.length > 3) return `${names.length} จังหวัด`;
  const headings = names.map((name) => provinceHeading(name));
  return headings.length === 1 ? headings[0] : `${headings.slice(0, -1).join(' ')} และ${headings[headings.length - 1]}`;
}

/** Longest names first, so that a prefix never hides a longer name. */
const BY_LENGTH = [...PROVINCES].sort((a, b) => b.length - a.length);

/** The province named at the start of `text` (spaces inside the name allowed), if any. */
export function provinceAt(text: string): string | null {
  const squeezed = text.replace(/\s+/g, '');
  return BY_LENGTH.find((p) => squeezed.startsWith(p)) ?? null;
}

/** Accepts "กรุงเทพฯ" and "กทม." for Bangkok. */
export function canonicalProvince(name: string): string | null {
  const t = name.replace(/\s+/g, '');
  if (/^(กรุงเทพฯ|กทม\.?|กรุงเทพ)$/.test(t)) return BANGKOK;
  return PROVINCES.includes(t) ? t : provinceAt(t);
}
