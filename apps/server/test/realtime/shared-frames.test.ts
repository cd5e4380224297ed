import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandSharedPayload, SharedFrames, sharedPayloadReplacer } from '../../src/app/shared-frames.js';
import { AGENT1, ALFA, ALFA_BASIC, LEAD } from '../support/demo-data.js';
import { payloadText, rawSocket } from '../support/raw-socket.js';
import { waitFor } from '../support/subscription-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';
import { createTicket } from '../support/tickets.js';

const QUEUE = 'subscription { queueChanged { version kind ticket { id number } } }';
const QUEUE_NARROW = 'subscription { queueChanged { version } }';

describe.each(TEST_DATABASES)('one serialization per shared result, frames per subscription on %s (#17)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(async () => t?.close());

  it('SLA-6: subscribers of one shape get byte-identical payloads under their own ids; another shape gets its own', async () => {
    const agent = await rawSocket(t.url, await t.login(AGENT1));
    const lead = await rawSocket(t.url, await t.login(LEAD));
    try {
      // Two subscriptions on one socket (one id needs escaping), one on another socket, one narrower document.
      agent.subscribe('q-1', QUEUE);
      agent.subscribe('q "2"', QUEUE);
      lead.subscribe('lead', QUEUE);
      lead.subscribe('narrow', QUEUE_NARROW);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const ticket = await createTicket(t, await t.login(ALFA), ALFA_BASIC);
      await waitFor(() => agent.frames.length >= 2 && lead.frames.length >= 2, 10_000, 'the queue event on every subscription');

      const shared = payloadText(agent.frames, 'q-1');
      expect(payloadText(agent.frames, 'q "2"')).toBe(shared);
      expect(payloadText(lead.frames, 'lead')).toBe(shared);
      const event = JSON.parse(shared) as { data: { queueChanged: { version: number; kind: string; ticket: { number: string } } } };
      expect(event.data.queueChanged).toMatchObject({ kind: 'ADDED', ticket: { number: ticket.number } });
      expect(JSON.parse(payloadText(lead.frames, 'narrow'))).toEqual({ data: { queueChanged: { version: event.data.queueChanged.version } } });
    } finally {
      agent.close();
      lead.close();
    }
  });
});

describe('shared frames, the splice itself', () => {
  it('a result is formatted once, whoever receives it', () => {
    let formatted = 0;
    const frames = new SharedFrames((result) => {
      formatted += 1;
      return { data: result.data };
    });
    const result = { data: { queueChanged: { version: 7 } } };
    expect(frames.payloadOf(result)).toBe(frames.payloadOf(result));
    expect(formatted).toBe(1);
  });

  it('the placeholder becomes the payload text; other messages pass untouched', () => {
    const frames = new SharedFrames((result) => ({ data: result.data }));
    const payload = frames.payloadOf({ data: { queueChanged: { version: 8, note: 'Очередь "A"' } } })!;
    const message = { id: 'x"1', type: 'next', payload };
    const wire = expandSharedPayload(JSON.stringify(message, sharedPayloadReplacer));
    expect(wire).toBe(JSON.stringify(message));
    const pong = JSON.stringify({ type: 'pong' });
    expect(expandSharedPayload(pong)).toBe(pong);
    // A placeholder whose text was already taken (its socket closed in between) is never filled with another payload.
    JSON.stringify(message, sharedPayloadReplacer);
    expandSharedPayload(pong);
    expect(expandSharedPayload(JSON.stringify({ type: 'next', id: '2', payload: { data: null } }))).toBe('{"type":"next","id":"2","payload":{"data":null}}');
  });
});
