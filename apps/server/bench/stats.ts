/** Order statistics of one side of a benchmark; every value in the unit of the samples (ms here). */
export interface Summary {
  readonly count: number;
  readonly min: number;
  readonly median: number;
  readonly p99: number;
  readonly max: number;
  readonly mean: number;
}

/** Median: the middle sample, or the mean of the two middle ones. */
export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/** p99 by the nearest-rank method: the smallest sample that at least 99 % of the samples do not exceed. */
export function p99(samples: readonly number[]): number {
  return percentile(samples, 99);
}

/**
 * The p-th percentile (0 < p ≤ 100). p = 50 is the conventional median (interpolated
 * between the two middle samples of an even count); any other p is nearest-rank, which
 * never invents a value that was not measured.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new RangeError('percentile of no samples');
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile ${p} is outside (0, 100]`);
  const sorted = [...samples].sort((a, b) => a - b);
  if (p === 50) {
    const middle = sorted.length >> 1;
    return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  }
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new RangeError('summary of no samples');
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (const value of samples) {
    if (value < min) min = value;
    if (value > max) max = value;
    sum += value;
  }
  return { count: samples.length, min, median: median(samples), p99: p99(samples), max, mean: sum / samples.length };
}
