import type { ApolloClient } from '@apollo/client/core';
import type { QueueFetcher } from '@/stores/queue';
import { QueueDocument, type QueueQuery, type QueueQueryVariables } from './graphql/queue.api';

/** The first page is all the console shows; the server caps `first` at 200. */
export const QUEUE_PAGE_SIZE = 200;

export function apolloQueueFetcher(client: ApolloClient<unknown>): QueueFetcher {
  return async () => {
    const { data } = await client.query<QueueQuery, QueueQueryVariables>({
      query: QueueDocument,
      variables: { first: QUEUE_PAGE_SIZE },
      fetchPolicy: 'network-only',
    });
    return {
      rows: data.queue.edges.map((edge) => edge.node),
      totalCount: data.queue.totalCount,
      version: data.queue.version,
    };
  };
}
