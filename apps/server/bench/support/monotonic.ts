/**
 * Milliseconds on the machine's monotonic clock (process.hrtime → CLOCK_MONOTONIC
 * on Linux). Unlike performance.now(), whose origin is each process's start, it is
 * one clock for every process on the machine: an instant taken in a server child
 * compares directly with one taken here. (BenchChild.clockCheck verifies it.)
 */
export function monotonicMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** Wall-clock milliseconds with sub-millisecond resolution, for comparing with stored timestamps. */
export function wallMs(): number {
  return performance.timeOrigin + performance.now();
}
