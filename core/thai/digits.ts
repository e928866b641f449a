/**
 * Thai and Arabic digits.
 */
export const THAI_ZERO = 0x0e50;

const THAI_DIGIT = /[\u0E50-\u0E59]/;

/** ๐-๙ → 0-9 anywhere, also inside mixed tokens ("ปี ๒๕๖7" → "ปี 2567"); `Number('๑๒')` is NaN. */
export function toArabicDigits(s: string): string {
  if (!THAI_DIGIT.test(s)) return s;
  return s.replace(THAI_DIGIT_RUNS, arabicRun);
}

// Kept as constants: a regexp literal or an arrow function in a function is a new object at every call.
// Digits come in runs ("๒๕๖๗"): one call per run rather than per digit.
const THAI_DIGIT_RUNS = /[\u0E50-\u0E59]+/g;
const ARABIC_DIGITS = '0123456789';
const arabicRun = (run: string): string => {
  let out = '';
  for (let i = 0; i < run.length; i++) out += ARABIC_DIGITS[run.charCodeAt(i) - THAI_ZERO];
  return out;
};

/** 0-9 → ๐-๙ (for Thai display). */
export function toThaiDigits(s: string): string {
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(THAI_ZERO + Number(d)));
}
