import type { ApolloClient } from '@apollo/client/core';
import type { QueueFetcher, QueueTicket } from '@/stores/queue';
import { QueueDocument, type QueueQuery, type QueueQueryVariables } from './graphql/queue.api';

/** The server caps `first` at 200; larger queues are read page by page. */
export const QUEUE_PAGE_SIZE = 200;
/** The console holds up to this many queued tickets (a virtualised list shows them); the count says when there are more. */
export const QUEUE_MAX_ROWS = 10_000;

/**
 * Reads the queue in SLA-6 order, following `after` cursors up to
 * QUEUE_MAX_ROWS. The snapshot's version is the first page's: events after it
 * are replayed on top, and placing by id makes any overlap harmless. A ticket
 * that moved between two page reads could show on both: it is kept once.
 */
export function apolloQueueFetcher(client: ApolloClient<unknown>): QueueFetcher {
  return async () => {
    const rows: QueueTicket[] = [];
    const seen = new Set<string>();
    let version: number | null | undefined;
    let totalCount = 0;
    let after: string | null = null;
    do {
      const variables: QueueQueryVariables = after ? { first: QUEUE_PAGE_SIZE, after } : { first: QUEUE_PAGE_SIZE };
      const { data }: { data: QueueQuery } = await client.query<QueueQuery, QueueQueryVariables>({
        query: QueueDocument,
        variables,
        // The store keeps the queue; normalising up to 10 000 tickets into Apollo's cache on every refetch only costs time.
        fetchPolicy: 'no-cache',
      });
      if (version === undefined) version = data.queue.version;
      totalCount = data.queue.totalCount;
      for (const edge of data.queue.edges) {
        if (seen.has(edge.node.id)) continue;
        seen.add(edge.node.id);
        rows.push(edge.node);
      }
      const { hasNextPage, endCursor } = data.queue.pageInfo;
      after = hasNextPage && endCursor && data.queue.edges.length > 0 ? endCursor : null;
    } while (after !== null && rows.length < QUEUE_MAX_ROWS);
    return { rows: rows.slice(0, QUEUE_MAX_ROWS), totalCount, version: version ?? null };
  };
}
