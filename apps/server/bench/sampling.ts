export interface SideBySideOptions {
  /** Rounds run and thrown away first: JIT, connection pools, the database's caches. */
  readonly warmup: number;
  /** Samples kept per side. */
  readonly samples: number;
  /** Called every `samples / 10` rounds, e.g. for a progress line. */
  readonly onProgress?: (done: number, of: number) => void;
}

export interface Samples {
  /** Wall time of each call, ms. */
  readonly wall: number[];
  /**
   * CPU time this Node process spent during each call, ms (user + system).
   * With the server in the same process it is client plus server work, and it
   * hardly moves when other processes load the machine, unlike wall time.
   */
  readonly cpu: number[];
}

export interface SideBySideSamples {
  readonly product: Samples;
  readonly baseline: Samples;
}

/**
 * Times two operations side by side in one run: after a warm-up, rounds
 * alternate A,B then B,A (and so on), so machine noise, garbage collection and
 * cache state land on both sides alike and neither always goes first.
 * Calls never overlap: each sample is the latency of one call on its own.
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
  const samples: SideBySideSamples = { product: { wall: [], cpu: [] }, baseline: { wall: [], cpu: [] } };
  const every = Math.max(1, Math.floor(options.samples / 10));
  for (let round = 0; round < options.samples; round += 1) {
    if (round % 2 === 0) {
      await sample(product, samples.product);
      await sample(baseline, samples.baseline);
    } else {
      await sample(baseline, samples.baseline);
      await sample(product, samples.product);
    }
    if ((round + 1) % every === 0) options.onProgress?.(round + 1, options.samples);
  }
  return samples;
}

async function sample(operation: () => Promise<unknown>, into: Samples): Promise<void> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await operation();
  into.wall.push(performance.now() - start);
  const used = process.cpuUsage(cpu);
  into.cpu.push((used.user + used.system) / 1000);
}

/** Wall time of one call in ms. */
export async function timed(operation: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await operation();
  return performance.now() - start;
}
