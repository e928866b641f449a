/**
 * Why a file could not be read, in Thai and English, and the size past which none is read: apart
 * from the readers, so that the pool's reading thread (pipeline/reader.ts) loads only what it uses.
 */

/** Where in a file a reason applies, when the reader knows (a sheet, and a cell in it). */
export interface UnreadableWhere {
  sheet: string;
  /** A1 address, e.g. "A1048576". */
  cell?: string | null;
}

export class UnreadableError extends Error {
  constructor(
    readonly reason: string,
    readonly reasonEn: string,
    readonly where: UnreadableWhere | null = null,
  ) {
    super(reasonEn);
  }
}

/** Files larger than this are refused before being read. */
export const MAX_INPUT_BYTES = 200 * 1024 * 1024;
