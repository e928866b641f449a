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
