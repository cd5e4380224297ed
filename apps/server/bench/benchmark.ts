import type { BenchRow } from './bench-table.js';

/** Where the benchmarks may create their scratch databases, and whether it answered. */
export type PostgresTarget =
  | { readonly reachable: true; readonly adminUrl: string; readonly version: string }
  | { readonly reachable: false; readonly adminUrl: string; readonly reason: string };

export interface BenchContext {
  readonly postgres: PostgresTarget;
  /** Detail worth keeping beside the table (plans, sizes, timings of the setup). */
  log(line: string): void;
  /** Registers work that must run even when the run is interrupted (dropping a scratch database). */
  onCleanup(cleanup: () => Promise<void>): () => void;
}

/** One entry of `pnpm bench`: runs, and returns its rows for the shared table. */
export interface Benchmark {
  readonly name: string;
  run(context: BenchContext): Promise<BenchRow[]>;
}
