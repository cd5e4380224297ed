import { describe, expect, it, vi } from 'vitest';
import { LoginDocument } from '@/features/auth/graphql/login.api';
import { QueueDocument } from '@/features/queue/graphql/queue.api';
import { mockLink } from '@/test-support/mount-app';
import { bearer, createApolloClient, webSocketUrl } from '../apollo-client';

const unauthenticated = { errors: [{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }] };

describe('apollo client', () => {
  it('API.md: sends the token as Authorization: Bearer on HTTP', async () => {
    const { link, operations } = mockLink(() => ({ data: { queue: { __typename: 'TicketConnection', totalCount: 0, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, edges: [] } } }));
    const { client } = createApolloClient({ getToken: () => 'tok', onUnauthenticated: vi.fn(), terminatingLink: link });
    await client.query({ query: QueueDocument, variables: { first: 200 } });
    expect(operations[0]?.getContext().headers).toEqual({ Authorization: 'Bearer tok' });
  });

  it('sends no Authorization header when signed out', async () => {
    const { link, operations } = mockLink(() => ({ data: null }));
    const { client } = createApolloClient({ getToken: () => null, onUnauthenticated: vi.fn(), terminatingLink: link });
    await client.query({ query: QueueDocument, variables: { first: 1 } }).catch(() => undefined);
    expect(operations[0]?.getContext().headers).toBeUndefined();
  });

  it('signs out when the API answers UNAUTHENTICATED', async () => {
    const onUnauthenticated = vi.fn();
    const { link } = mockLink(() => unauthenticated);
    const { client } = createApolloClient({ getToken: () => 'expired', onUnauthenticated, terminatingLink: link });
    await expect(client.query({ query: QueueDocument, variables: { first: 1 } })).rejects.toThrow('Sign in first');
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it('does not treat a wrong password at sign-in as an expired session', async () => {
    const onUnauthenticated = vi.fn();
    const { link } = mockLink(() => unauthenticated);
    const { client } = createApolloClient({ getToken: () => null, onUnauthenticated, terminatingLink: link });
    await expect(client.mutate({ mutation: LoginDocument, variables: { email: 'a@b.c', password: 'x' } })).rejects.toThrow();
    expect(onUnauthenticated).not.toHaveBeenCalled();
  });

  it('#13: hands on every answer\'s extensions.serverTime, the clock the countdowns follow', async () => {
    const onServerTime = vi.fn();
    const { link } = mockLink(() => ({ data: null, extensions: { serverTime: '2026-03-04T09:00:00.000Z' } }));
    const { client } = createApolloClient({ getToken: () => 'tok', onUnauthenticated: vi.fn(), onServerTime, terminatingLink: link });
    await client.query({ query: QueueDocument, variables: { first: 1 } }).catch(() => undefined);
    expect(onServerTime).toHaveBeenCalledWith(new Date('2026-03-04T09:00:00.000Z'));
  });

  it('API.md: subscriptions use ws(s) on the same /graphql path', () => {
    expect(webSocketUrl({ protocol: 'http:', host: 'localhost:5173' })).toBe('ws://localhost:5173/graphql');
    expect(webSocketUrl({ protocol: 'https:', host: 'desk.example' })).toBe('wss://desk.example/graphql');
    expect(bearer('abc')).toBe('Bearer abc');
    expect(bearer(null)).toBeUndefined();
  });

  it('creates a lazy socket: nothing connects until something subscribes', () => {
    const socketConstructor = vi.fn();
    vi.stubGlobal('WebSocket', socketConstructor);
    try {
      const { wsClient } = createApolloClient({
        getToken: () => 'tok',
        onUnauthenticated: vi.fn(),
        location: { protocol: 'http:', host: 'localhost:1' },
      });
      expect(wsClient).not.toBeNull();
      expect(socketConstructor).not.toHaveBeenCalled();
      void wsClient?.dispose();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
