/**
 * Shapes of a taxonomy (dimensions / missions / sub-missions) as data. The frameworks themselves are
 * in current.ts and legacy.ts; matching written text against them is in match.ts.
 */
import type { FrameworkId } from '../schema';

export type { FrameworkId };

export type TaxonLevel = 'dimension' | 'mission' | 'sub-mission';

export interface Taxon {
  /** Arabic digits, no trailing dot: "1", "2.3", "3.1.2". */
  code: string;
  /** The canonical name, as printed in the official template. */
  name: string;
  /** Real variants seen in submitted documents (same meaning, other wording). */
  aliases: string[];
  level: TaxonLevel;
}

export interface Framework {
  id: FrameworkId;
  label: string;
  /** Buddhist-era years the framework's plans cover. */
  years: number[];
  dimensions: Taxon[];
  missions: Taxon[];
  /** Empty when the framework leaves the x.y.z level free (2566-2570). */
  subMissions: Taxon[];
}
