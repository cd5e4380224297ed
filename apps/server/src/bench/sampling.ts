export interface SideBySideOptions {
  /** Rounds run and thrown away first: JIT, connection pools, the database's caches. */
  readonly warmup: number;
  /** Samples kept per side. */
  readonly samples: number;
  /** Called every `samples / 10` rounds, e.g. for a progress line. */
  readonly onProgress?: (done: number, of: number) => void;
}

export interface SideBySideSamples {
  /** Wall time of each call in ms. */
  readonly product: number[];
  readonly baseline: number[];
}

/**
 * Times two operations side by side in one run: after a warm-up, rounds
 * alternate A,B then B,A (and so on), so machine noise, garbage collection and
 * cache state land on both sides alike and neither always goes first.
 * Calls never overlap: each sample is the latency of one call on an idle system.
 */
export async function sideBySide(
  product: () => Promise<unknown>,
  baseline: () => Promise<unknown>,
  options: SideBySideOptions,
): Promise<SideBySideSamples> {
  for (let round = 0; round < options.warmup; round += 1) {
    await product();
    await baseline();
  }
  const samples: SideBySideSamples = { product: [], baseline: [] };
  const every = Math.max(1, Math.floor(options.samples / 10));
  for (let round = 0; round < options.samples; round += 1) {
    if (round % 2 === 0) {
      samples.product.push(await timed(product));
      samples.baseline.push(await timed(baseline));
    } else {
      samples.baseline.push(await timed(baseline));
      samples.product.push(await timed(product));
    }
    if ((round + 1) % every === 0) options.onProgress?.(round + 1, options.samples);
  }
  return samples;
}

/** Wall time of one call in ms. */
export async function timed(operation: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await operation();
  return performance.now() - start;
}
