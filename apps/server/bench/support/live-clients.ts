import { readFileSync } from 'node:fs';
import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';
import { monotonicMs } from './monotonic.js';

/**
 * Receipt instants grouped by a key (a queue version, a broadcast sequence
 * number): every client records into one, and a benchmark waits for "all N
 * clients have it" without polling.
 */
export class Receipts {
  private readonly byKey = new Map<number, number[]>();
  private waiter: { readonly accept: (key: number) => boolean; readonly count: number; readonly resolve: (key: number) => void } | null = null;

  add(key: number, at: number): void {
    let list = this.byKey.get(key);
    if (!list) this.byKey.set(key, (list = []));
    list.push(at);
    const waiter = this.waiter;
    if (waiter && list.length >= waiter.count && waiter.accept(key)) {
      this.waiter = null;
      waiter.resolve(key);
    }
  }

  /** Waits until some key that `accept`s has `count` receipts; returns the key. */
  waitFor(accept: (key: number) => boolean, count: number, timeoutMs: number, what: string): Promise<number> {
    for (const [key, list] of this.byKey) if (list.length >= count && accept(key)) return Promise.resolve(key);
    return new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiter = null;
        const best = [...this.byKey].filter(([key]) => accept(key)).reduce((most, [, list]) => Math.max(most, list.length), 0);
        reject(new Error(`${what}: only ${best} of ${count} clients received it within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiter = {
        accept,
        count,
        resolve: (key) => {
          clearTimeout(timer);
          resolve(key);
        },
      };
    });
  }

  /** The receipts of `key`, forgotten afterwards. */
  take(key: number): number[] {
    const list = this.byKey.get(key) ?? [];
    this.byKey.delete(key);
    return list;
  }

  /** Keys other than the ones taken so far (unexpected events show up here). */
  keys(): number[] {
    return [...this.byKey.keys()];
  }
}

export interface GraphqlSubscribers {
  readonly clients: Client[];
  readonly errors: unknown[];
  close(): Promise<void>;
}

/**
 * Opens `count` graphql-ws clients, `batch` at a time (each batch acknowledged
 * before the next, so the server is not flooded with handshakes), each with one
 * subscription. `onResult` is called with the receipt instant (monotonicMs) taken
 * as the client hands the result over, i.e. after graphql-ws parsed the message.
 */
export async function openGraphqlSubscribers(options: {
  readonly url: string;
  readonly tokens: readonly string[];
  readonly count: number;
  readonly batch: number;
  readonly query: string;
  readonly variables?: Record<string, unknown>;
  readonly onResult: (result: FormattedExecutionResult<Record<string, unknown>, unknown>, at: number, client: number) => void;
}): Promise<GraphqlSubscribers> {
  const wsUrl = `${options.url.replace(/^http/, 'ws')}/graphql`;
  const clients: Client[] = [];
  const errors: unknown[] = [];
  const open = (index: number) =>
    new Promise<Client>((resolve, reject) => {
      let connected = false;
      const client = createClient({
        url: wsUrl,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${options.tokens[index % options.tokens.length]}` },
        retryAttempts: 0,
        lazy: false,
        onNonLazyError: (error) => {
          if (!connected) reject(new Error(`graphql-ws client ${index} could not connect: ${describe(error)}`));
        },
        on: {
          connected: () => {
            connected = true;
            resolve(client);
          },
          closed: (event) => {
            if (connected) errors.push(event);
          },
        },
      });
      clients.push(client);
      client.subscribe<Record<string, unknown>>(
        { query: options.query, variables: options.variables },
        {
          next: (result) => options.onResult(result, monotonicMs(), index),
          error: (error) => errors.push(error),
          complete: () => undefined,
        },
      );
    });
  for (let start = 0; start < options.count; start += options.batch) {
    const end = Math.min(options.count, start + options.batch);
    await Promise.all(Array.from({ length: end - start }, (_, i) => open(start + i)));
  }
  return {
    clients,
    errors,
    close: async () => {
      await Promise.allSettled(clients.map((client) => client.dispose()));
    },
  };
}

export interface BareSubscribers {
  readonly sockets: WebSocket[];
  readonly errors: unknown[];
  close(): void;
}

/** `count` bare `ws` clients, `batch` at a time; `onMessage` gets the parsed JSON and the receipt instant after parsing. */
export async function openBareSubscribers(options: {
  readonly url: string;
  readonly count: number;
  readonly batch: number;
  readonly onMessage: (message: unknown, at: number, client: number) => void;
}): Promise<BareSubscribers> {
  const sockets: WebSocket[] = [];
  const errors: unknown[] = [];
  const open = (index: number) =>
    new Promise<void>((resolve, reject) => {
      const socket = new WebSocket(options.url);
      sockets.push(socket);
      socket.once('open', () => resolve());
      socket.on('error', (error) => {
        errors.push(error);
        reject(error);
      });
      socket.on('message', (data: WebSocket.RawData) => {
        const message: unknown = JSON.parse(data.toString());
        options.onMessage(message, monotonicMs(), index);
      });
    });
  for (let start = 0; start < options.count; start += options.batch) {
    const end = Math.min(options.count, start + options.batch);
    await Promise.all(Array.from({ length: end - start }, (_, i) => open(start + i)));
  }
  return {
    sockets,
    errors,
    close: () => {
      for (const socket of sockets) socket.terminate();
    },
  };
}

/** The soft limit on open files of this process (Linux), or null when unknown. */
export function openFileLimit(): number | null {
  try {
    const line = readFileSync('/proc/self/limits', 'utf8')
      .split('\n')
      .find((text) => text.startsWith('Max open files'));
    const soft = line?.split(/\s{2,}/)[1];
    return soft === undefined || soft === 'unlimited' ? null : Number(soft);
  } catch {
    return null;
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const event = error as { code: unknown; reason?: unknown };
    return `closed ${String(event.code)} ${String(event.reason ?? '')}`;
  }
  return String(error);
}
