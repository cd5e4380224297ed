import type { FrameSocket } from '../../src/app/broadcast-groups.js';

/** The LivePubSub topic the broadcast-group tests publish on. */
export type QueueTopics = { QUEUE: [{ version: number }] };

export type FakeSocket = FrameSocket & { frames: string[]; bufferedAmount: number; readyState: number };

/** A socket that keeps what was sent; `bufferedAmount` and `readyState` set by the test. */
export function fakeSocket(): FakeSocket {
  return {
    frames: [],
    bufferedAmount: 0,
    readyState: 1,
    send(data: string) {
      this.frames.push(data);
    },
  };
}

export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The frame graphql-ws sends for one result. */
export const frameOf = (id: string, payload: unknown) => JSON.stringify({ id, type: 'next', payload });

/** The queue versions a socket was sent, in order. */
export const versions = (socket: { frames: string[] }) =>
  socket.frames.map((frame) => (JSON.parse(frame) as { payload: { data: { queueChanged: { version: number } } } }).payload.data.queueChanged.version);
