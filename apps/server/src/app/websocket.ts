import type { Server } from 'node:http';
import { GraphQLError } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { RateLimited } from '../common/errors.js';
import type { Actor } from '../graphql/actor.js';
import { mergeVariableErrors } from '../graphql/merge-input-errors.js';
import { isRefusal, type Refusal } from '../graphql/operation-check.js';
import { sharedSubscribe, type Broadcast } from '../graphql/shared-subscription-execution.js';
import type { DeskMetrics } from '../infra/metrics/metrics.js';
import { loadActor } from '../modules/auth/index.js';
import { BroadcastGroups, type Sink } from './broadcast-groups.js';
import { SharedFrames, SharedFrameSocket, sharedPayloadReplacer } from './shared-frames.js';
import { formattedResult, prepareStreamedOperation, type StreamedOperationDeps } from './streamed-operation.js';

/** API.md: a socket refused at connect closes 4403; one over its rate limit closes 4429 (#15 findings 2 and 9). */
export const CLOSE_FORBIDDEN = 4403;
export const CLOSE_RATE_LIMITED = 4429;
/** RFC 6455 "Service Restart": this process is stopping (#16); clients reconnect, and through the proxy reach another replica. */
export const CLOSE_SERVICE_RESTART = 1012;

/**
 * graphql-ws pings every socket this often (its default, 12 s, costs ~30 ms of CPU a second per 10 000 idle
 * sockets, pnpm bench fan-out). A dead peer is dropped after two intervals at most; the proxy in front
 * (deploy/nginx.conf, proxy_read_timeout 1h) keeps an idle upgraded connection far longer than that.
 */
export const KEEP_ALIVE_MS = 30_000;

export interface WebSocketEndpoint {
  /** Tells every open socket to reconnect elsewhere (1012), as a graceful shutdown begins. */
  closeForRestart(): void;
  dispose(): void | Promise<void>;
}

export interface WebSocketDeps extends StreamedOperationDeps {
  readonly httpServer: Server;
  /** Sockets and their subscriptions are counted for /metrics (#18). */
  readonly metrics: DeskMetrics;
}

/**
 * GraphQL over graphql-ws on `/graphql`. Every operation on the socket passes the same gates as one
 * over HTTP before anything runs (#15 finding 2): parsing and validation with Apollo's error codes,
 * variable coercion as BAD_USER_INPUT, the depth and cost limits, and the caller's rate limit, counted
 * per operation; a socket over its limit is closed with 4429; and, for partner API tokens, the allow-list (#18).
 */
export function serveGraphQLOverWebSocket(deps: WebSocketDeps): WebSocketEndpoint {
  const { schema, orm, services } = deps;
  // No per-message compression (a zlib context per socket would cost far more memory than the ~200-byte events save); frames spliced from one serialization.
  const wsServer = new WebSocketServer({ server: deps.httpServer, path: '/graphql', perMessageDeflate: false, WebSocket: SharedFrameSocket });
  const frames = new SharedFrames((result) => formattedResult(result, deps.formatError));
  const websocketResults = deps.metrics.subscriptionResults.labels({ transport: 'websocket' });
  const groups = new BroadcastGroups({ serialize: (result) => frames.textOf(result), delivered: (count) => websocketResults.inc(count) });
  // The socket and id of each subscription, by its execution context (onSubscribe makes one per subscription).
  const sinks = new WeakMap<object, Sink>();
  const broadcast: Broadcast = {
    join: (shape, args, source, execute) => {
      const sink = typeof args.contextValue === 'object' && args.contextValue !== null ? sinks.get(args.contextValue) : undefined;
      return sink && groups.join(shape, sink, source, execute);
    },
  };
  const actorOf = async (authorization: string | undefined, close: (code: number, reason: string) => void): Promise<Actor | null | Refusal> => {
    try {
      return await loadActor(orm.em.fork(), services, authorization);
    } catch (error) {
      if (!(error instanceof RateLimited)) throw error;
      close(CLOSE_RATE_LIMITED, `Too many requests: retry in ${error.retryAfterSeconds} s`);
      return [new GraphQLError(error.message, { extensions: { code: error.code, retryAfterSeconds: error.retryAfterSeconds } })];
    }
  };
  const formatAll = (errors: readonly GraphQLError[]) => mergeVariableErrors(errors.map((e) => deps.formatError(e.toJSON(), e)));
  const server = useServer<{ authorization?: string }>(
    {
      schema,
      subscribe: sharedSubscribe(broadcast),
      onConnect: async (ctx) => {
        const close = (code: number, reason: string) => ctx.extra.socket.close(code, reason);
        const authorization = ctx.connectionParams?.authorization;
        const actor = await actorOf(authorization, close);
        if (actor === null || Array.isArray(actor)) return false;
        // #12: deactivation, a role change, a new password or a revoked API token closes the socket (4403) at once.
        ctx.extra.socket.once('close', services.access.track(ctx.extra.socket, (actor as Actor).userId, authorization));
        deps.metrics.sockets.add(ctx);
        return true;
      },
      onClose: (ctx) => void deps.metrics.sockets.delete(ctx),
      onSubscribe: async (ctx, id, payload) => {
        const close = (code: number, reason: string) => ctx.extra.socket.close(code, reason);
        const prepared = await prepareStreamedOperation(deps, payload, ctx.extra.request, () => actorOf(ctx.connectionParams?.authorization, close));
        if (isRefusal(prepared)) return [...prepared];
        if (typeof prepared.contextValue === 'object' && prepared.contextValue !== null) sinks.set(prepared.contextValue, { socket: ctx.extra.socket, id });
        return prepared;
      },
      // Results of broadcast groups never come here: the group counts and sends them.
      onNext: (_ctx, _id, _payload, _args, result) => {
        websocketResults.inc();
        // Subscribers of one shape share the result object: formatted and serialized once for all of them.
        return frames.payloadOf(result);
      },
      onError: (_ctx, _id, _payload, errors) => [...formatAll(errors)],
      jsonMessageReplacer: sharedPayloadReplacer,
    },
    wsServer,
    KEEP_ALIVE_MS,
  );
  return {
    closeForRestart: () => {
      for (const socket of wsServer.clients) socket.close(CLOSE_SERVICE_RESTART, 'Service restart: reconnect');
    },
    dispose: () => server.dispose(),
  };
}
