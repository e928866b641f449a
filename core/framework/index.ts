/** The 2566-2570 and 2561-2564 taxonomies as data, the legacy mapping, and matching text against them. */
import type { FrameworkId } from '../schema';
import { CURRENT_FRAMEWORK } from './current';
import { LEGACY_FRAMEWORK } from './legacy';
import type { Framework } from './types';

export * from './types';
export * from './words';
export * from './codes';
export * from './current';
export * from './legacy';
export * from './match';

const FRAMEWORKS: Record<FrameworkId, Framework> = { current: CURRENT_FRAMEWORK, legacy: LEGACY_FRAMEWORK };

export function frameworkById(id: FrameworkId): Framework {
  return FRAMEWORKS[id];
}
