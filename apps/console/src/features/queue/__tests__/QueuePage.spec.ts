import { ApolloError } from '@apollo/client/core';
import { flushPromises } from '@vue/test-utils';
import { GraphQLError } from 'graphql';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSocketMonitor, type SocketMonitor } from '@/shared/graphql/connection-state';
import { mountWithApp, type OperationHandler } from '@/test-support/mount-app';
import { queueEvent, queueTicket } from '@/test-support/tickets';
import { useClockStore } from '@/shared/time/clock';
import { useQueueStore, type QueueTicket } from '@/stores/queue';
import { apolloQueueFetcher } from '../queue-fetcher';
import QueuePage from '../QueuePage.vue';

const msk = (local: string) => new Date(`${local}+03:00`);

function connectedSocket(): SocketMonitor {
  const socket = createSocketMonitor();
  socket.connecting(false);
  socket.connected(false);
  return socket;
}

function connection(rows: QueueTicket[], version = 100) {
  return {
    data: {
      queue: {
        __typename: 'TicketConnection',
        version,
        totalCount: rows.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: rows.map((node) => ({ __typename: 'TicketEdge', cursor: `c${node.id}`, node })),
      },
    },
  };
}

const p1 = queueTicket({ id: '1', number: 'SD-000001', priority: 1 });
const p2 = queueTicket({
  id: '2',
  number: 'SD-000002',
  priority: 2,
  supportLevel: 'BASIC',
  organization: { __typename: 'Organization', id: 'org-2', name: 'АО Альфа' },
  receivedAt: '2026-02-16T10:00:00+03:00',
  responseDueAt: '2026-02-16T10:30:00+03:00',
  atRiskAt: '2026-02-16T10:22:30+03:00',
});

async function mountQueue(handler: OperationHandler, socket?: SocketMonitor) {
  return mountWithApp(QueuePage, {
    route: '/sign-in',
    handler,
    ...(socket ? { socket } : {}),
    beforeMount: ({ client }) => useQueueStore().setFetcher(apolloQueueFetcher(client)),
  });
}

describe('QueuePage', () => {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    vi.setSystemTime(msk('2026-02-16T10:05:00'));
  });
  afterEach(() => {
    useClockStore().stop();
    vi.useRealTimers();
  });

  it('SLA-6: loads queue(first: 200) and shows the rows in server order', async () => {
    const { wrapper, operations } = await mountQueue(() => connection([p1, p2]));
    await vi.waitFor(() => expect(wrapper.findAll('[data-testid="queue-row"]')).toHaveLength(2));
    const query = operations.find((op) => op.operationName === 'Queue');
    expect(query?.variables).toMatchObject({ first: 200 });
    const numbers = wrapper.findAll('[data-testid="queue-row"]').map((row) => row.attributes('data-ticket-number'));
    expect(numbers).toEqual(['SD-000001', 'SD-000002']);
    expect(wrapper.get('[data-testid="queue-count"]').text()).toBe('2 заявки');
  });

  it('applies queueChanged events live: a new P1 appears at its position without a refetch', async () => {
    const socket = connectedSocket();
    const { wrapper, operations, emit } = await mountQueue(() => connection([p1, p2], 100), socket);
    await vi.waitFor(() => expect(wrapper.findAll('[data-testid="queue-row"]')).toHaveLength(2));
    expect(operations.some((op) => op.operationName === 'QueueChanged')).toBe(true);
    expect(wrapper.text()).toContain('Обновляется в реальном времени');

    const fresh = queueTicket({ id: '9', number: 'SD-000009', priority: 1, responseDueAt: '2026-02-16T10:25:00+03:00' });
    emit('QueueChanged', { data: { queueChanged: queueEvent(101, 'ADDED', fresh, 1) } });
    await vi.waitFor(() => expect(wrapper.findAll('[data-testid="queue-row"]')).toHaveLength(3));
    const numbers = wrapper.findAll('[data-testid="queue-row"]').map((row) => row.attributes('data-ticket-number'));
    expect(numbers).toEqual(['SD-000001', 'SD-000009', 'SD-000002']);

    // Connected: no polling.
    const queries = () => operations.filter((op) => op.operationName === 'Queue').length;
    const before = queries();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(queries()).toBe(before);

    // A skipped version means missed events: the queue is fetched again.
    emit('QueueChanged', { data: { queueChanged: queueEvent(105, 'REMOVED', fresh, null, 1) } });
    await vi.waitFor(() => expect(queries()).toBe(before + 1));
  });

  it('shows "connection lost" while the socket is down; when it is back the subscription resumes after its version, without a refetch (#16)', async () => {
    const socket = connectedSocket();
    const { wrapper, operations } = await mountQueue(() => connection([p1], 100), socket);
    await vi.waitFor(() => expect(wrapper.findAll('[data-testid="queue-row"]')).toHaveLength(1));
    const queries = () => operations.filter((op) => op.operationName === 'Queue').length;
    const before = queries();

    socket.closed({ code: 1006 });
    await flushPromises();
    expect(wrapper.get('[data-testid="connection-lost"]').attributes('role')).toBe('alert');
    expect(wrapper.text()).toContain('Соединение с сервером потеряно');
    // While it is down, the queue is polled instead.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(queries()).toBe(before + 1);

    socket.connecting(true);
    socket.connected(true);
    await flushPromises();
    expect(wrapper.find('[data-testid="connection-lost"]').exists()).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(queries()).toBe(before + 1);
    // graphql-ws re-sends the subscription as it serialises it now: from the version the page holds.
    const subscription = operations.find((op) => op.operationName === 'QueueChanged')!;
    expect(JSON.parse(JSON.stringify(subscription.variables))).toEqual({ after: 100 });
  });

  it('a RESET answer (the server no longer holds that version) refetches the queue and subscribes again from the new version (#16)', async () => {
    let version = 100;
    const { wrapper, operations, fail } = await mountQueue(() => connection([p1], version));
    await vi.waitFor(() => expect(wrapper.findAll('[data-testid="queue-row"]')).toHaveLength(1));
    const queries = () => operations.filter((op) => op.operationName === 'Queue').length;
    const subscriptions = () => operations.filter((op) => op.operationName === 'QueueChanged');
    const before = queries();
    const subscribed = subscriptions().length;
    version = 250;
    fail('QueueChanged', new ApolloError({ graphQLErrors: [new GraphQLError('Cannot resume after version 100', { extensions: { code: 'RESET' } })] }));
    await vi.waitFor(() => expect(subscriptions().length).toBe(subscribed + 1));
    expect(queries()).toBe(before + 1);
    expect(JSON.parse(JSON.stringify(subscriptions().at(-1)!.variables))).toEqual({ after: 250 });
  });

  it('polls the queue every 10 s while the subscription socket is not connected', async () => {
    const { wrapper, operations } = await mountQueue(() => connection([p1]));
    await vi.waitFor(() => expect(wrapper.findAll('[data-testid="queue-row"]')).toHaveLength(1));
    const before = operations.filter((op) => op.operationName === 'Queue').length;
    await vi.advanceTimersByTimeAsync(10_000);
    await flushPromises();
    expect(operations.filter((op) => op.operationName === 'Queue').length).toBe(before + 1);
    wrapper.unmount();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(operations.filter((op) => op.operationName === 'Queue').length).toBe(before + 1);
  });

  it('SLA-2: Start work calls startWork and the row leaves the queue', async () => {
    const { wrapper, operations } = await mountQueue((operation) => {
      if (operation.operationName === 'StartWork') {
        return {
          data: {
            startWork: {
              __typename: 'Ticket',
              id: '1',
              number: 'SD-000001',
              status: 'IN_PROGRESS',
              respondedAt: '2026-02-16T10:05:00+03:00',
              slaState: 'MET',
              assignee: { __typename: 'User', id: '2', fullName: 'Алексей Инженеров' },
            },
          },
        };
      }
      return connection([p1, p2]);
    });
    await vi.waitFor(() => expect(wrapper.findAll('[data-testid="queue-row"]')).toHaveLength(2));
    await wrapper.get('[data-ticket-id="1"] [data-testid="start-work"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.findAll('[data-testid="queue-row"]')).toHaveLength(1));

    const start = operations.find((op) => op.operationName === 'StartWork');
    expect(start?.variables).toEqual({ ticketId: '1' });
    expect(wrapper.get('[data-testid="queue-row"]').attributes('data-ticket-id')).toBe('2');
    expect(wrapper.get('[data-testid="queue-flash"]').text()).toContain('SD-000001');
    expect(wrapper.get('[data-testid="queue-flash"]').attributes('role')).toBe('status');
  });

  it('shows why startWork failed and drops a ticket someone else already took', async () => {
    let served = [p1, p2];
    const { wrapper } = await mountQueue((operation) => {
      if (operation.operationName === 'StartWork') {
        served = [p2];
        return { errors: [{ message: 'Ticket SD-000001 is IN_PROGRESS: work has already started or it is finished', extensions: { code: 'CONFLICT' } }] };
      }
      return connection(served);
    });
    await vi.waitFor(() => expect(wrapper.findAll('[data-testid="queue-row"]')).toHaveLength(2));
    await wrapper.get('[data-ticket-id="1"] [data-testid="start-work"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-testid="queue-flash"]').exists()).toBe(true));
    const flash = wrapper.get('[data-testid="queue-flash"]');
    expect(flash.attributes('role')).toBe('alert');
    expect(flash.text()).toContain('work has already started');
    await vi.waitFor(() => expect(wrapper.findAll('[data-testid="queue-row"]').map((r) => r.attributes('data-ticket-id'))).toEqual(['2']));
  });

  it('shows the "connection lost" banner when a refresh fails after the queue was loaded', async () => {
    let down = false;
    const { wrapper } = await mountQueue(() => {
      if (down) throw new TypeError('Failed to fetch');
      return connection([p1]);
    });
    await vi.waitFor(() => expect(wrapper.findAll('[data-testid="queue-row"]')).toHaveLength(1));
    expect(wrapper.find('[data-testid="connection-lost"]').exists()).toBe(false);
    down = true;
    // #16: a failed read is first retried with backoff (about 35 s, the outage banner says so); only then does the page hear of it.
    await vi.advanceTimersByTimeAsync(60_000);
    await vi.waitFor(() => expect(wrapper.find('[data-testid="connection-lost"]').exists()).toBe(true));
    // The rows stay visible: stale data is better than none in a queue.
    expect(wrapper.findAll('[data-testid="queue-row"]')).toHaveLength(1);
    down = false;
    await vi.advanceTimersByTimeAsync(10_000);
    await vi.waitFor(() => expect(wrapper.find('[data-testid="connection-lost"]').exists()).toBe(false));
  });
});
