import type { IncomingMessage } from 'node:http';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { ExecutionResult } from 'graphql';
import type { ExecutionResult as SseResult, OperationArgs } from 'graphql-sse';
import { createHandler } from 'graphql-sse/lib/use/express';
import { RateLimited } from '../common/errors.js';
import type { Actor } from '../graphql/actor.js';
import { isRefusal } from '../graphql/operation-check.js';
import { sharedSubscribe } from '../graphql/shared-subscription-execution.js';
import type { DeskMetrics } from '../infra/metrics/metrics.js';
import { loadActor } from '../modules/auth/index.js';
import { formattedResult, prepareStreamedOperation, type StreamedOperationDeps } from './streamed-operation.js';

/** Where integrations behind proxies that drop WebSockets stream GraphQL (#18). */
export const SSE_PATH = '/graphql/stream';

export interface ServerSentEventsDeps extends StreamedOperationDeps {
  /** Open streams are counted for /metrics. */
  readonly metrics: DeskMetrics;
}

const errorBody = (code: string, message: string, extensions: Record<string, unknown> = {}) => ({ errors: [{ message, extensions: { code, ...extensions } }] });

/**
 * GraphQL over Server-Sent Events (graphql-sse's "distinct connections" mode: one POST with
 * `Accept: text/event-stream` per operation) beside graphql-ws, for proxies that drop WebSockets (#18).
 * The same doors as the socket: the Bearer token of HTTP, checked — and its rate limit counted — once per
 * stream; no token, no stream (401, as a socket is refused at connect); the same gates and allow-list
 * for the operation (refusals come as the stream's one `next` event); the same shared subscription
 * execution and scoping; and a revoked identity ends the stream at once, as it closes a socket (4403).
 */
export function mountGraphQLOverSse(app: Express, deps: ServerSentEventsDeps): void {
  const callers = new WeakMap<IncomingMessage, Actor>();
  const handler = createHandler({
    // Single-connection mode keeps per-token stream state between requests; one stream per operation keeps none.
    authenticate: () => null,
    subscribe: sharedSubscribe(),
    onSubscribe: async (req, params) => {
      const prepared = await prepareStreamedOperation(deps, params, req.raw, async () => callers.get(req.raw) ?? null);
      // A refusal is a result (graphql-sse knows one by its `data`); graphql-sse types the context as a plain record, ours is an interface.
      return isRefusal(prepared) ? { data: null, errors: [...prepared] } : (prepared as OperationArgs);
    },
    // Formatted errors are plain objects, which graphql-sse sends as they are.
    onNext: (_ctx, _req, result) => {
      deps.metrics.subscriptionResults.inc({ transport: 'sse' });
      return formattedResult(result as ExecutionResult, deps.formatError) as SseResult | undefined;
    },
  });

  const admit = async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    if (req.headers.accept !== 'text/event-stream') {
      res.status(406).json(errorBody('NOT_ACCEPTABLE', `Send Accept: text/event-stream; for single results use POST /graphql`));
      return;
    }
    let actor: Actor | null;
    try {
      actor = await loadActor(deps.orm.em.fork(), deps.services, req.headers.authorization);
    } catch (error) {
      if (!(error instanceof RateLimited)) return next(error);
      res.status(429).set('Retry-After', String(error.retryAfterSeconds)).json(errorBody(error.code, error.message, { retryAfterSeconds: error.retryAfterSeconds }));
      return;
    }
    if (!actor) {
      res.status(401).set('WWW-Authenticate', 'Bearer').json(errorBody('UNAUTHENTICATED', 'Send Authorization: Bearer <token> to open a stream'));
      return;
    }
    callers.set(req, actor);
    next();
  };

  const stream = async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    // #12: a revoked token or a changed account ends the stream at once; the client reconnects and is checked anew.
    const untrack = deps.services.access.track({ close: () => res.end() }, callers.get(req)!.userId, req.headers.authorization);
    // Proxies such as nginx buffer responses unless told not to; an event stream must flow as written.
    res.setHeader('X-Accel-Buffering', 'no');
    deps.metrics.sseStreams.inc();
    res.once('close', () => {
      untrack();
      deps.metrics.sseStreams.dec();
    });
    try {
      await handler(req, res);
    } catch (error) {
      next(error);
    }
  };

  app.use(SSE_PATH, express.json({ limit: '2mb' }), admit, stream);
}
