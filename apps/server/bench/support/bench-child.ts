import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { monotonicMs } from './monotonic.js';

/**
 * A helper process of a benchmark (a real server, a bare WebSocket server) on
 * its own event loop and CPU, driven over the IPC channel: the parent sends
 * `{ id, command, args }`, the child answers `{ id, ok, result | error }`.
 * The child announces itself with `{ type: 'ready', info }` (or 'failed').
 */

interface Request {
  readonly id: number;
  readonly command: string;
  readonly args?: unknown;
}

type Reply = { readonly id: number; readonly ok: true; readonly result: unknown } | { readonly id: number; readonly ok: false; readonly error: string };
type Hello = { readonly type: 'ready'; readonly info: unknown } | { readonly type: 'failed'; readonly error: string };

export type CommandHandlers = Readonly<Record<string, (args: unknown) => unknown>>;

const KEEP_OUTPUT_CHARS = 20_000;

export class BenchChild<Info = unknown> {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private readonly exited: Promise<void>;
  private outputText = '';

  private constructor(
    readonly label: string,
    private readonly child: ChildProcess,
    readonly info: Info,
    exited: Promise<void>,
  ) {
    this.exited = exited;
    child.on('message', (message: Reply) => {
      if (typeof message !== 'object' || message === null || !('id' in message)) return;
      const waiter = this.pending.get(message.id);
      if (!waiter) return;
      this.pending.delete(message.id);
      if (message.ok) waiter.resolve(message.result);
      else waiter.reject(new Error(`${label}: ${message.error}`));
    });
    void exited.then(() => {
      for (const waiter of this.pending.values()) waiter.reject(new Error(`${label} exited (${this.tail(500)})`));
      this.pending.clear();
    });
  }

  /**
   * Forks `module` (a compiled file next to this one) with only PATH and `env`
   * (nothing of this process's DATABASE_URL, REDIS_URL …), waits for its hello.
   * BENCH_CHILD_NODE_ARGS (space-separated) are added to the children's node
   * flags, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to see where a server spends its time.
   */
  static async start<Info>(label: string, module: URL, env: Readonly<Record<string, string>>, timeoutMs = 60_000): Promise<BenchChild<Info>> {
    const extraArgs = process.env.BENCH_CHILD_NODE_ARGS?.trim().split(/\s+/) ?? [];
    const child = fork(fileURLToPath(module), [], {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      execArgv: ['--enable-source-maps', ...extraArgs],
    });
    let output = '';
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-KEEP_OUTPUT_CHARS);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const hello = await new Promise<Hello>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${label} did not start within ${timeoutMs} ms: ${output.slice(-1000)}`)), timeoutMs);
      child.on('message', (message: Hello) => {
        if (typeof message === 'object' && message !== null && 'type' in message) {
          clearTimeout(timer);
          resolve(message);
        }
      });
      void exited.then(() => {
        clearTimeout(timer);
        reject(new Error(`${label} exited during start (code ${child.exitCode}): ${output.slice(-2000)}`));
      });
    }).catch((error: unknown) => {
      child.kill('SIGKILL');
      throw error;
    });
    if (hello.type === 'failed') {
      child.kill('SIGKILL');
      throw new Error(`${label} failed to start: ${hello.error}`);
    }
    const started = new BenchChild<Info>(label, child, hello.info as Info, exited);
    started.outputText = output;
    child.stdout?.off('data', collect);
    child.stderr?.off('data', collect);
    const keep = (chunk: Buffer) => {
      started.outputText = (started.outputText + chunk.toString()).slice(-KEEP_OUTPUT_CHARS);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    return started;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** What the child wrote to stdout/stderr (the last 20 000 characters). */
  get output(): string {
    return this.outputText;
  }

  tail(chars: number): string {
    return this.outputText.slice(-chars).trim();
  }

  request<T>(command: string, args?: unknown, timeoutMs = 60_000): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${this.label}: '${command}' not answered within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value as T);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      const request: Request = { id, command, args };
      this.child.send(request, (error) => {
        if (error) this.pending.get(id)?.reject(error);
      });
    });
  }

  /**
   * Checks that the child's monotonic clock is this process's (see monotonicMs):
   * its reading must fall between the send and the answer. Returns the round trip.
   */
  async clockCheck(): Promise<number> {
    let best = Infinity;
    for (let i = 0; i < 5; i += 1) {
      const before = monotonicMs();
      const theirs = await this.request<number>('clock');
      const after = monotonicMs();
      if (theirs < before - 0.01 || theirs > after + 0.01) {
        throw new Error(`${this.label}: its monotonic clock (${theirs}) is not ours (${before}..${after}); cross-process latencies would be wrong`);
      }
      best = Math.min(best, after - before);
    }
    return best;
  }

  /** Asks the child to shut down, then kills it if it has not exited within `graceMs`. */
  async stop(graceMs = 10_000): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.request('stop', undefined, graceMs).catch(() => undefined);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }

  kill(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }

  /** A crash (SIGKILL: no graceful step runs), resolved once the process is gone. */
  async killAndWait(): Promise<void> {
    this.kill();
    await this.exited;
  }
}

/**
 * Starts several children at once; if any fails, the others are stopped and the
 * first failure is thrown. `onStarted` sees each child as soon as it is up
 * (register it for cleanup there).
 */
export async function startAll<Info>(
  starts: readonly (() => Promise<BenchChild<Info>>)[],
  onStarted: (child: BenchChild<Info>) => void = () => undefined,
): Promise<BenchChild<Info>[]> {
  const settled = await Promise.allSettled(
    starts.map(async (start) => {
      const child = await start();
      onStarted(child);
      return child;
    }),
  );
  const failure = settled.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
  const started = settled.filter((outcome): outcome is PromiseFulfilledResult<BenchChild<Info>> => outcome.status === 'fulfilled').map((outcome) => outcome.value);
  if (failure) {
    await Promise.allSettled(started.map((child) => child.stop()));
    throw failure.reason;
  }
  return started;
}

/** In the child: answers the parent's commands; 'clock' is built in; 'stop' answers, runs `onStop`, exits. */
export function serveParent(handlers: CommandHandlers, onStop: () => Promise<void>): void {
  if (!process.send) throw new Error('a bench child must be started with an IPC channel (BenchChild.start)');
  const send = (message: Reply | Hello) => process.send?.(message);
  process.on('message', (message: Request) => {
    if (typeof message !== 'object' || message === null || typeof message.id !== 'number') return;
    if (message.command === 'clock') {
      send({ id: message.id, ok: true, result: monotonicMs() });
      return;
    }
    if (message.command === 'stop') {
      void onStop()
        .catch((error: unknown) => process.stderr.write(`stop failed: ${String(error)}\n`))
        .finally(() => {
          send({ id: message.id, ok: true, result: null });
          setTimeout(() => process.exit(0), 50);
        });
      return;
    }
    const handler = handlers[message.command];
    if (!handler) {
      send({ id: message.id, ok: false, error: `unknown command ${message.command}` });
      return;
    }
    Promise.resolve()
      .then(() => handler(message.args))
      .then(
        (result) => send({ id: message.id, ok: true, result: result ?? null }),
        (error: unknown) => send({ id: message.id, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
      );
  });
  // The parent went away (crash, SIGKILL): do not linger.
  process.on('disconnect', () => {
    void onStop().finally(() => process.exit(0));
  });
}

export function announceReady(info: unknown): void {
  process.send?.({ type: 'ready', info } satisfies Hello);
}

export function announceFailure(error: unknown): void {
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
  if (process.send) process.send({ type: 'failed', error: text } satisfies Hello, () => process.exit(1));
  else process.exit(1);
}

/** What a child answers to `cpu`: its process.cpuUsage(), in microseconds. */
export interface CpuUsage {
  readonly user: number;
  readonly system: number;
}
