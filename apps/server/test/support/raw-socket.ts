import WebSocket from 'ws';
import { expect } from 'vitest';
import { waitFor } from './subscription-client.js';

/** A graphql-transport-ws socket that keeps every frame as the exact text the server sent. */
export async function rawSocket(url: string, token: string) {
  const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
  const frames: string[] = [];
  let acknowledged = false;
  socket.on('message', (data) => {
    const text = String(data);
    if ((JSON.parse(text) as { type: string }).type === 'connection_ack') acknowledged = true;
    else frames.push(text);
  });
  socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
  await waitFor(() => acknowledged, 10_000, 'the socket to be acknowledged');
  return {
    frames,
    subscribe: (id: string, query: string, variables?: Record<string, unknown>) => socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query, variables } })),
    unsubscribe: (id: string) => socket.send(JSON.stringify({ id, type: 'complete' })),
    close: () => socket.terminate(),
  };
}

/** The payload text of the frame sent for subscription `id` (the frame must be exactly `{"id":…,"type":"next","payload":…}`). */
export function payloadText(frames: readonly string[], id: string): string {
  const head = `{"id":${JSON.stringify(id)},"type":"next","payload":`;
  const frame = frames.find((text) => text.startsWith(head));
  if (!frame) throw new Error(`no next frame for ${id} in ${frames.join('\n')}`);
  expect(frame.endsWith('}')).toBe(true);
  return frame.slice(head.length, -1);
}
