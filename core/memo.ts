/**
 * Memos for pure functions of one string. The same texts come back in every row of a sheet and in
 * every file of a batch (header labels, dimension and mission names, amounts, council names), so
 * reading one again costs a lookup. Bounded: when a memo is full it starts afresh (cheaper than
 * tracking age, and a batch refills it with what it really uses). Texts longer than `maxLength`
 * are not kept (they are rarely met twice and would make the memo large).
 *
 * Only for functions whose result is never changed by the caller: the kept value is handed out
 * as it is.
 */
export function memoOfString<T>(fn: (s: string) => T, opts: { size?: number; maxLength?: number } = {}): (s: string) => T {
  const size = opts.size ?? 20_000;
  const maxLength = opts.maxLength ?? 400;
  const kept = new Map<string, T>();
  return (s: string): T => {
    const hit = kept.get(s);
    if (hit !== undefined || kept.has(s)) return hit as T;
    const value = fn(s);
    if (s.length <= maxLength) {
      if (kept.size >= size) kept.clear();
      kept.set(s, value);
    }
    return value;
  };
}
