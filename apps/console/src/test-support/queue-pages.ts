import type { QueueTicket } from '@/stores/queue';

/**
 * A `queue` answer as the server pages it: `first` rows after the `after`
 * cursor (`c<index>`). Shared by the unit tests and the bench, which loads
 * 10 000 rows through the real fetcher this way.
 */
export function queueAnswer(rows: readonly QueueTicket[], variables: Record<string, unknown> = {}, version = 100) {
  const first = Number(variables.first ?? 200);
  const start = typeof variables.after === 'string' ? Number(variables.after.slice(1)) + 1 : 0;
  const page = rows.slice(start, start + first);
  return {
    data: {
      queue: {
        __typename: 'TicketConnection',
        version,
        totalCount: rows.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: start + first < rows.length, endCursor: page.length ? `c${start + page.length - 1}` : null },
        edges: page.map((node, i) => ({ __typename: 'TicketEdge', cursor: `c${start + i}`, node })),
      },
    },
  };
}
