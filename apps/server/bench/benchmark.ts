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
  /**
   * The size knobs (environment variables this entry reads) that shrink it to
   * a few seconds: `pnpm bench:smoke` sets them, runs the entry in `pnpm test`
   * and fails only on ERROR, so the bench code never rots. Knobs the caller
   * set already win.
   */
  readonly smoke: Readonly<Record<string, string>>;
}

/** A whole-number knob from the environment, or the fallback when unset or not a number. */
export function intFromEnv(name: string, fallback: number, env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[name]?.trim();
  return raw && /^\d+$/.test(raw) ? Number(raw) : fallback;
}
