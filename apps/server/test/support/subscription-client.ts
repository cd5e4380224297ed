import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface LiveSubscription<T> {
  readonly events: T[];
  readonly errors: unknown[];
  /** Waits until `predicate` holds for the events received so far (polling with a deadline, never a fixed sleep). */
  until(predicate: (events: T[]) => boolean, timeoutMs?: number): Promise<T[]>;
  close(): Promise<void>;
}

/** A real graphql-ws client over a real socket, as a console or partner portal would open it. */
export async function subscribe<T = any>(
  url: string,
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<LiveSubscription<T>> {
  const client: Client = createClient({
    url: `${url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined, // surfaced through the 'closed' listener below
  });
  const events: T[] = [];
  const errors: unknown[] = [];
  let acknowledged = false;
  client.on('connected', () => (acknowledged = true));
  client.on('closed', (event) => errors.push(event));
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (result) => {
        if (result.errors) errors.push(...result.errors);
        if (result.data) events.push(result.data as T);
      },
      error: (error) => errors.push(error),
      complete: () => undefined,
    },
  );
  await waitFor(() => acknowledged || errors.length > 0, 5_000, 'connection');
  // graphql-ws acknowledges before the subscribe message is processed; give the server a beat to register it.
  await new Promise((resolve) => setTimeout(resolve, 100));
  return {
    events,
    errors,
    async until(predicate, timeoutMs = 10_000) {
      await waitFor(() => predicate(events), timeoutMs, `events (have ${events.length}: ${JSON.stringify(events).slice(0, 500)})`);
      return events;
    },
    async close() {
      dispose();
      await client.dispose();
    },
  };
}

export async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
