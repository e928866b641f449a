/** The benches' clock: a monotonic instant, and the milliseconds since one. */
export const now = (): bigint => process.hrtime.bigint();

export const msSince = (t: bigint): number => Number(process.hrtime.bigint() - t) / 1e6;
