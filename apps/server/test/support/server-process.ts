import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { waitFor } from './subscription-client.js';

const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));

export interface ServerProcess {
  readonly url: string;
  readonly port: number;
  readonly output: string[];
  /** SIGKILL: no shutdown hooks, as in a crash. */
  crash(): Promise<void>;
  /** SIGTERM, resolved once the process exited (a graceful shutdown, #16). */
  stop(): Promise<void>;
  /** The exit code once exited (null before, or when killed by a signal). */
  exitCode(): number | null;
}

/**
 * A real server process (the built dist/main.js), as production runs it.
 * Healthy within a minute, like the console e2e's servers: a cold start that
 * migrates and seeds a fresh database takes tens of seconds on a loaded 2-core
 * machine (30 s was seen to be too short with two processes starting at once).
 */
export async function startServerProcess(env: Record<string, string>, port?: number, startTimeoutMs = 60_000): Promise<ServerProcess> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: build the server first (pnpm --filter @desk/server build)`);
  const listenPort = port ?? (await freePort());
  const child: ChildProcess = spawn(process.execPath, ['--enable-source-maps', MAIN], {
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', HOST: '127.0.0.1', PORT: String(listenPort), CONSOLE_DIR: '', LOG_LEVEL: 'error', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${listenPort}`;
  try {
    await waitFor(
      async () => {
        if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${output.join('')}`);
        return fetch(`${url}/healthz`).then((r) => r.ok, () => false);
      },
      startTimeoutMs,
      `${url}/healthz`,
    );
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return { url, port: listenPort, output, crash: () => end('SIGKILL'), stop: () => end('SIGTERM'), exitCode: () => child.exitCode };
}

/** A port nothing listens on now, chosen by the OS (never a fixed or guessed one: test files run in parallel, beside other people's). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
