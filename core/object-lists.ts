/**
 * Empty lists that V8 keeps as lists of objects from the start. A `[]` literal is a list of small
 * integers to V8 until an object goes in, and code compiled for the lists it had met is thrown away
 * when a list of the other kind comes. Where that came late (a grid's empty row, a stray tick in a
 * budget column, a cell naming a place but no council), it was in some file long after the code was
 * compiled, and it was compiled again in each worker.
 */

/** An empty list, of objects to V8 (a list's kind only ever widens: emptying it keeps its kind). */
export function objectList<T>(): T[] {
  const list: T[] = [null as T];
  list.length = 0;
  return list;
}

/**
 * list.map(fn) as a packed list of objects to V8, whoever makes it: map's own list is packed when V8's
 * builtin makes it and holey once the caller is compiled with map inlined, so the code reading it met
 * both kinds, the second one late (a national run recompiled the readers of such lists in each worker).
 * For lists of objects and texts; numbers are better kept in a list of their own kind.
 */
export function mapToObjects<T, U>(list: readonly T[], fn: (value: T, index: number) => U): U[] {
  const out: U[] = objectList();
  for (let i = 0; i < list.length; i++) out.push(fn(list[i], i));
  return out;
}

/** list.filter(keep), as mapToObjects makes its list. */
export function filterToObjects<T>(list: readonly T[], keep: (value: T) => boolean): T[] {
  const out: T[] = objectList();
  for (let i = 0; i < list.length; i++) if (keep(list[i])) out.push(list[i]);
  return out;
}
