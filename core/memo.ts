/**
 * Memos for pure functions of one string. The same texts come back in every row of a sheet and in
 * every file of a batch (header labels, dimension and mission names, amounts, council names), so
 * reading one again costs a lookup. Bounded: when a memo is full it starts afresh (cheaper than
 * tracking age, and a batch refills it with what it really uses). Texts longer than `maxLength`
 * are not kept (they are rarely met twice and would make the memo large).
 *
 * Only for functions whose result is never changed by the caller: the kept value is handed out
 * as it is.
 *
 * A kept text is a copy of its own. V8 makes a slice of a longer string (a cell's text cut out of
 * the sheet's XML) a view into that string, so keeping the slice kept the whole part: a worker of
 * a national run held some 20 KB of XML per file it had read, and spent its time marking them.
 */
export function memoOfString<T>(fn: (s: string) => T, opts: { size?: number; maxLength?: number } = {}): (s: string) => T {
  const size = opts.size ?? 20_000;
  const maxLength = opts.maxLength ?? 400;
  const kept = new Map<string, T>();
  return (s: string): T => {
    const hit = kept.get(s);
    if (hit !== undefined || kept.has(s)) return hit as T;
    if (s.length > maxLength) return fn(s);
    // The result is made from the copy too: it may hold slices of its text.
    const own = ownCopy(s);
    const value = fn(own);
    if (kept.size >= size) kept.clear();
    kept.set(own, value);
    return value;
  };
}

/** V8 copies strings shorter than this when slicing them, instead of making a view. */
const SLICE_MIN_LENGTH = 13;

/**
 * The same text in a string of its own. Slicing a concatenation makes V8 flatten it into a new
 * string first, so the slice views that new string and nothing the caller held.
 */
export function ownCopy(s: string): string {
  return s.length < SLICE_MIN_LENGTH ? s : ` ${s}`.slice(1);
}
