import WebSocket from 'ws';
import type { GraphQLErrorShape } from './graphql-client.js';
import { waitFor } from './subscription-client.js';

export interface SocketOutcome<T> {
  readonly data?: T | null;
  readonly errors?: GraphQLErrorShape[];
}

export interface GraphQLSocket {
  /** Runs one operation over the open socket: its first `next` (data and errors) or its `error` message. */
  run<T = any>(query: string, variables?: Record<string, unknown>): Promise<SocketOutcome<T>>;
  /** The code the server closed the socket with; null while it is open. */
  readonly closeCode: number | null;
  close(): Promise<void>;
}

/**
 * One graphql-ws socket speaking the protocol by hand (graphql-transport-ws), so a test sees exactly
 * what the server does: the client library would reconnect after an error and hide the close code.
 * Resolves once acknowledged, or once the server refused the connection (closeCode set).
 */
export async function openSocket(url: string, token: string | null): Promise<GraphQLSocket> {
  const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
  let closeCode: number | null = null;
  let acknowledged = false;
  const pending = new Map<string, (outcome: SocketOutcome<unknown>) => void>();
  socket.on('close', (code) => {
    closeCode = code;
    for (const resolve of pending.values()) resolve({});
    pending.clear();
  });
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as { type: string; id?: string; payload?: any };
    if (message.type === 'connection_ack') acknowledged = true;
    if (message.type === 'ping') socket.send(JSON.stringify({ type: 'pong' }));
    const resolve = message.id === undefined ? undefined : pending.get(message.id);
    if (!resolve) return;
    if (message.type === 'next') resolve({ data: message.payload.data ?? null, ...(message.payload.errors ? { errors: message.payload.errors } : {}) });
    else if (message.type === 'error') resolve({ errors: message.payload });
    else if (message.type === 'complete') resolve({});
    else return;
    pending.delete(message.id!);
    if (message.type === 'next') socket.send(JSON.stringify({ id: message.id, type: 'complete' }));
  });
  socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: token ? { authorization: `Bearer ${token}` } : {} })));
  socket.on('error', () => undefined); // surfaces as the close code
  await waitFor(() => acknowledged || closeCode !== null, 10_000, 'the socket to be acknowledged');
  let next = 0;
  return {
    get closeCode() {
      return closeCode;
    },
    run<T>(query: string, variables: Record<string, unknown> = {}) {
      const id = String((next += 1));
      return new Promise<SocketOutcome<T>>((resolve) => {
        if (closeCode !== null) return resolve({});
        pending.set(id, resolve as (outcome: SocketOutcome<unknown>) => void);
        socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query, variables } }));
      });
    },
    async close() {
      if (closeCode !== null) return;
      socket.close(1000);
      await waitFor(() => closeCode !== null, 10_000, 'the socket to close');
    },
  };
}
