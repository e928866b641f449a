/**
 * A text's character codes, read through String.prototype.charCodeAt called as a function. Cells'
 * texts reach the hot loops in many string representations (cut out of a sheet's XML, joined,
 * decoded, interned: a different kind of object to V8 each), and `s.charCodeAt(i)` looks the method
 * up on whichever kind `s` is. Past four kinds at one place in the code, that lookup is megamorphic:
 * a probe of V8's stub cache for every character read. Through this one function V8 knows the method
 * and reads the character directly, whatever the kind. (isNormal, which reads every character of
 * every cell, had made such lookups 6 % of a checking thread's time, perf over 4,000 files; 2 % since.)
 */
const CHAR_CODE_AT = String.prototype.charCodeAt;

/** s.charCodeAt(i). */
export function charCode(s: string, i: number): number {
  return CHAR_CODE_AT.call(s, i);
}
