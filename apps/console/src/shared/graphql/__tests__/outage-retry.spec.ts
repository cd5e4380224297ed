import { describe, expect, it, vi } from 'vitest';
import { LoginDocument } from '@/features/auth/graphql/login.api';
import { QueueDocument } from '@/features/queue/graphql/queue.api';
import { mockLink } from '@/test-support/mount-app';
import { createApolloClient } from '../apollo-client';
import { retryableWait } from '../outage-retry';

const EMPTY_QUEUE = { data: { queue: { __typename: 'TicketConnection', totalCount: 0, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, edges: [] } } };
const UNAVAILABLE = { errors: [{ message: 'The service is temporarily unavailable: retry in 2 s', extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 2 } }] };

/** What HttpLink throws for a non-2xx answer: a ServerError with the status, the Response and the parsed body. */
function serverError(statusCode: number, retryAfter?: string) {
  return Object.assign(new Error(`Response not successful: Received status code ${statusCode}`), {
    statusCode,
    response: new Response(null, { status: statusCode, headers: retryAfter ? { 'retry-after': retryAfter } : {} }),
    result: UNAVAILABLE,
  });
}

/** A client whose transport fails `failures` times with `failure`, then answers; waits are recorded, not slept. */
function outageClient(failures: number, failure: () => unknown) {
  let calls = 0;
  const { link, operations } = mockLink(() => {
    calls++;
    const outcome = calls <= failures ? failure() : EMPTY_QUEUE;
    return outcome instanceof Error ? Promise.reject(outcome) : (outcome as never);
  });
  const waits: number[] = [];
  const shown: boolean[] = [];
  const desk = createApolloClient({
    getToken: () => 'tok',
    onUnauthenticated: vi.fn(),
    terminatingLink: link,
    retry: {
      sleep: async (ms) => {
        waits.push(ms);
        shown.push(desk.outage.active.value);
      },
    },
  });
  return { desk, operations, waits, shown };
}

describe('#16: reads retried through an outage, the user told once', () => {
  it('retries a query answered 503 SERVICE_UNAVAILABLE after the Retry-After it was given, then shows the answer and clears the notice', async () => {
    const { desk, operations, waits, shown } = outageClient(2, () => serverError(503, '3'));
    const { data } = await desk.client.query({ query: QueueDocument, variables: { first: 1 } });
    expect(data.queue.totalCount).toBe(0);
    expect(operations).toHaveLength(3);
    expect(waits).toEqual([3000, 3000]);
    expect(shown).toEqual([true, true]);
    expect(desk.outage.active.value).toBe(false);
  });

  it('backs off exponentially when the server gave no Retry-After (a proxy, or nothing answering at all)', async () => {
    const { desk, waits } = outageClient(4, () => new TypeError('Failed to fetch'));
    await desk.client.query({ query: QueueDocument, variables: { first: 1 } });
    expect(waits).toEqual([1000, 2000, 4000, 8000]);
  });

  it('retries SERVICE_UNAVAILABLE errors inside a 200 answer too, honouring retryAfterSeconds', async () => {
    const { desk, waits } = outageClient(1, () => UNAVAILABLE);
    await desk.client.query({ query: QueueDocument, variables: { first: 1 } });
    expect(waits).toEqual([2000]);
  });

  it('gives up after a bounded number of retries, passes the error on and clears the notice', async () => {
    const { desk, operations } = outageClient(100, () => serverError(503, '1'));
    await expect(desk.client.query({ query: QueueDocument, variables: { first: 1 } })).rejects.toThrow('503');
    expect(operations).toHaveLength(7);
    expect(desk.outage.active.value).toBe(false);
  });

  it('never retries a mutation: only the user may send a change again', async () => {
    const { desk, operations, waits } = outageClient(1, () => serverError(503, '1'));
    await expect(desk.client.mutate({ mutation: LoginDocument, variables: { email: 'a@b.c', password: 'x' } })).rejects.toThrow('503');
    expect(operations).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('one notice for many reads: on while any is retrying, off when the last recovers', async () => {
    const { desk, shown } = outageClient(2, () => serverError(503, '1'));
    await Promise.all([desk.client.query({ query: QueueDocument, variables: { first: 1 } }), desk.client.query({ query: QueueDocument, variables: { first: 2 } })]);
    expect(shown.every(Boolean)).toBe(true);
    expect(desk.outage.active.value).toBe(false);
  });

  it('does not retry what retrying cannot fix', () => {
    expect(retryableWait({ networkError: serverError(500) })).toBeNull();
    expect(retryableWait({ networkError: serverError(400) })).toBeNull();
    expect(retryableWait({ result: { errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] } })).toBeNull();
    expect(retryableWait({ result: { data: { ok: true } } })).toBeNull();
    expect(retryableWait({ networkError: serverError(502) })).toBe(2);
  });
});
