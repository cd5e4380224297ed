import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, split } from '@apollo/client/core';
import { onError } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient, type Client } from 'graphql-ws';
import { createSocketMonitor, type SocketMonitor } from './connection-state';
import { createOutageNotice, createOutageRetryLink, type OutageNotice, type OutageRetryOptions } from './outage-retry';
import { createResumeLink } from './resume-link';

export const GRAPHQL_PATH = '/graphql';

export interface ApolloClientOptions {
  /** The current bearer token, read on every request and every new socket. */
  getToken: () => string | null;
  /** API.md: an UNAUTHENTICATED error means the token is gone or expired. */
  onUnauthenticated: () => void;
  /** Defaults to the page's own origin (the server serves the console, and Vite proxies in dev). */
  location?: Pick<Location, 'protocol' | 'host'>;
  /** Every answer's `extensions.serverTime`: the clock SLA figures are decided on (#13). */
  onServerTime?: (serverTime: Date) => void;
  /** For tests: replaces both transports. */
  terminatingLink?: ApolloLink;
  /** For tests: how reads are retried through an outage (#16). */
  retry?: OutageRetryOptions;
}

export interface DeskApollo {
  client: ApolloClient<unknown>;
  /** null when a terminatingLink replaced the real transports. */
  wsClient: Client | null;
  socket: SocketMonitor;
  /** On while reads are being retried through an outage (#16). */
  outage: OutageNotice;
}

/** Operations whose UNAUTHENTICATED answer is the expected "wrong password", not an expired session. */
const SIGN_IN_OPERATIONS = new Set(['Login']);

export function webSocketUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${GRAPHQL_PATH}`;
}

export function bearer(token: string | null): string | undefined {
  return token ? `Bearer ${token}` : undefined;
}

export function createApolloClient(options: ApolloClientOptions): DeskApollo {
  const socket = createSocketMonitor();
  const outage = createOutageNotice();

  const authLink = new ApolloLink((operation, forward) => {
    const authorization = bearer(options.getToken());
    if (authorization) {
      operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
        headers: { ...headers, Authorization: authorization },
      }));
    }
    return forward(operation);
  });

  const errorLink = onError(({ graphQLErrors, networkError, operation }) => {
    if (SIGN_IN_OPERATIONS.has(operation.operationName)) return;
    const unauthenticated =
      graphQLErrors?.some((error) => error.extensions?.code === 'UNAUTHENTICATED') ||
      (networkError !== null && networkError !== undefined && 'statusCode' in networkError && networkError.statusCode === 401);
    if (unauthenticated) options.onUnauthenticated();
  });

  const serverTimeLink = new ApolloLink((operation, forward) =>
    forward(operation).map((result) => {
      const serverTime = result.extensions?.serverTime;
      if (typeof serverTime === 'string') options.onServerTime?.(new Date(serverTime));
      return result;
    }),
  );

  let wsClient: Client | null = null;
  let transport: ApolloLink;
  if (options.terminatingLink) {
    transport = options.terminatingLink;
  } else {
    const location = options.location ?? window.location;
    const httpLink = new HttpLink({ uri: GRAPHQL_PATH });
    wsClient = createClient({
      url: webSocketUrl(location),
      lazy: true,
      // Evaluated for every new socket, so a new sign-in reconnects with the new token.
      connectionParams: () => {
        const authorization = bearer(options.getToken());
        return authorization ? { authorization } : {};
      },
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: () => true,
      // 1 s, 2 s, 4 s … capped at 10 s, with jitter so a restarted server is not stormed.
      retryWait: (retries) =>
        new Promise((resolve) => setTimeout(resolve, Math.min(10_000, 1000 * 2 ** retries) + Math.random() * 500)),
      keepAlive: 15_000,
      on: {
        connecting: (isRetry) => socket.connecting(isRetry),
        connected: (_socket, _payload, wasRetry) => socket.connected(wasRetry),
        closed: (event) => socket.closed(event),
      },
    });
    const wsLink = new GraphQLWsLink(wsClient);
    transport = split(
      ({ query }) => {
        const definition = getMainDefinition(query);
        return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
      },
      wsLink,
      httpLink,
    );
  }

  const client = new ApolloClient({
    // Retries sit inside the error link: it sees only what is left once they gave up.
    link: ApolloLink.from([errorLink, createOutageRetryLink(outage, options.retry), serverTimeLink, authLink, createResumeLink(), transport]),
    cache: new InMemoryCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network', errorPolicy: 'none' },
      query: { fetchPolicy: 'network-only' },
    },
  });

  return { client, wsClient, socket, outage };
}
