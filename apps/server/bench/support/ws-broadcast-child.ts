import type { AddressInfo } from 'node:net';
import WebSocket, { WebSocketServer } from 'ws';
import { announceFailure, announceReady, serveParent } from './bench-child.js';
import { monotonicMs } from './monotonic.js';
import { settledMemory } from './process-probes.js';

/**
 * The fan-out baseline: a bare `ws` WebSocketServer in a process of its own
 * (like the product's server child) that broadcasts one JSON text, the `ws`
 * README way: serialize once, `client.send(data)` for every open client.
 * Commands: configure { bytes } (payload size), clients, broadcast { seq } →
 * { at, loopMs } (monotonicMs when broadcast() was called; time spent in the
 * send loop), cpu, memory (after a full collection), clock, stop.
 */

export interface BroadcastResult {
  readonly at: number;
  readonly loopMs: number;
}

export interface WsChildInfo {
  readonly url: string;
}

let payloadBytes = 256;

/** `{"seq":N,"pad":"xxx…"}` padded to `payloadBytes` (ASCII, so bytes = characters). */
export function broadcastPayload(seq: number, bytes: number): string {
  const bare = JSON.stringify({ seq, pad: '' });
  return JSON.stringify({ seq, pad: 'x'.repeat(Math.max(0, bytes - bare.length)) });
}

async function main(): Promise<void> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const broadcast = (data: string) => {
    for (const client of server.clients) if (client.readyState === WebSocket.OPEN) client.send(data);
  };
  serveParent(
    {
      configure: (args) => {
        payloadBytes = (args as { bytes: number }).bytes;
        return payloadBytes;
      },
      clients: () => server.clients.size,
      broadcast: (args) => {
        const at = monotonicMs();
        broadcast(broadcastPayload((args as { seq: number }).seq, payloadBytes));
        return { at, loopMs: monotonicMs() - at } satisfies BroadcastResult;
      },
      cpu: () => process.cpuUsage(),
      memory: () => settledMemory(),
    },
    async () => {
      for (const client of server.clients) client.terminate();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  );
  const port = (server.address() as AddressInfo).port;
  announceReady({ url: `ws://127.0.0.1:${port}` } satisfies WsChildInfo);
}

main().catch(announceFailure);
