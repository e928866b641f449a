/**
 * The CPU time a run of `sujarit consolidate` used, all its threads together, as the probe preloaded
 * into it (rss-probe.js) reads it from the system when the process exits. Beside the wall-clock time it
 * says how busy the cores were: a run whose CPU time is about its seconds times the cores is bound by
 * the CPU, and only less work makes it shorter. (On the shared build machine it rises and falls with
 * the wall-clock time: a slow hour is slower per instruction, not only shorter of cores.)
 */
import { median } from './median';

/** What the probe writes (rss-probe.js). */
export interface Probe {
  maxRssKB: number;
  userMs: number;
  systemMs: number;
}

/** A run's user and system time together, in seconds. */
export function cpuSeconds(probe: Probe): number {
  return (probe.userMs + probe.systemMs) / 1000;
}

/** One line for the bench's report: the median CPU time of a size's runs, and the cores it kept busy. */
export function cpuLine(councils: number, runs: { seconds: number; cpuSeconds: number }[], cores: number): string {
  const cpu = median(runs.map((r) => r.cpuSeconds));
  const busy = median(runs.map((r) => r.cpuSeconds / r.seconds));
  return (
    `CPU at ${councils} councils (median of ${runs.length} run${runs.length > 1 ? 's' : ''}, user and system, every thread): ${cpu.toFixed(2)} s, ` +
    `${busy.toFixed(2)} of the ${cores} cores busy on average`
  );
}
