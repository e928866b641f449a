/**
 * Making items from a title cell: one per numbered part (a cell may hold several), with the
 * dimension and mission carried forward from the merged cells above.
 */
import { mapToObjects } from '../object-lists';
import type { Item, Source } from '../schema';
import { splitItemTitle, splitNumberedItems, type TitleParts } from '../thai/item-titles';
import type { ParseState } from './state';

export function blankItem(state: ParseState, title: string, source: Source): Item {
  return itemOf(state, splitItemTitle(title), source);
}

/** A new item from its title's parts, with the place the state has reached. */
function itemOf(state: ParseState, parts: TitleParts, source: Source): Item {
  return {
    ref: '',
    number: parts.number,
    numberRaw: parts.numberRaw,
    dimension: state.dimension,
    mission: state.mission,
    subMission: state.subMission,
    kind: parts.kind,
    title: parts.title,
    source,
    splitIndex: null,
    budgets: [],
    quarters: [],
    strayTicks: [],
    responsible: null,
    targetGroup: null,
    outputs: null,
    outcomes: null,
    period: null,
    remark: null,
    legacy: null,
  };
}

/**
 * Numbering restarts at 1 under a cell that named several missions: the restart moves the
 * items on to the next mission of that cell.
 */
function advanceMission(state: ParseState, number: number | null): void {
  if (number !== 1 || state.pendingMissions.length === 0) return;
  const mission = state.mission;
  const hasItems = state.doc.items.some((i) => i.mission === mission && i.dimension === state.dimension);
  if (!hasItems) return;
  state.mission = state.pendingMissions.shift() ?? state.mission;
}

/** The items of one title cell, added to the document. */
export function addItems(state: ParseState, title: string, source: Source): Item[] {
  const parts = splitNumberedItems(title);
  // A packed list of objects (core/object-lists.ts): the continuation rows read it as lastItems.
  const items = mapToObjects(parts, (part, i) => {
    const title = splitItemTitle(part);
    advanceMission(state, title.number);
    const item = itemOf(state, title, source);
    if (parts.length > 1) item.splitIndex = i;
    state.doc.items.push(item);
    return item;
  });
  state.lastItems = items;
  state.filled = 0;
  return items;
}

/** A title fragment on its own row, continuing the last item's title (text pasted from PDF). */
export function appendTitle(state: ParseState, text: string): boolean {
  const last = state.lastItems[state.lastItems.length - 1];
  if (!last) return false;
  last.title = `${last.title} ${text}`.trim();
  return true;
}

/**
 * Gives every item its ref: the running number when numbers are unique across the plan
 * ("6"), else mission + number as in the detail sections ("1.1.(6)").
 */
export function assignRefs(items: Item[]): void {
  const numbers: number[] = [];
  for (const item of items) if (item.number !== null) numbers.push(item.number);
  const unique = new Set(numbers).size === numbers.length && numbers.length === items.length;
  const perMission = new Map<string, number>();
  for (const item of items) {
    const scope = item.mission ?? item.dimension ?? '';
    const k = (perMission.get(scope) ?? 0) + 1;
    perMission.set(scope, k);
    if (unique) item.ref = String(item.number);
    else item.ref = `${scope ? `${scope}.` : ''}(${item.number ?? k})`;
  }
}
