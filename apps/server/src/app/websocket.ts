import type { Server } from 'node:http';
import { GraphQLError, getOperationAST, getVariableValues, parse, validate, type DocumentNode, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { RateLimited } from '../common/errors.js';
import type { Actor } from '../graphql/actor.js';
import type { RequestContext } from '../graphql/context.js';
import { withFormattedErrors } from '../graphql/format-error.js';
import { mergeVariableErrors } from '../graphql/merge-input-errors.js';
import { operationRefusal } from '../graphql/operation-gates.js';
import type { OperationLimits } from '../graphql/operation-limits.js';
import { sharedSubscribe } from '../graphql/shared-subscription-execution.js';
import type { Orm } from '../infra/database/orm.js';
import { requestOrigin } from './request-origin.js';
import type { DeskMetrics } from '../infra/metrics/metrics.js';
import { loadActor } from '../modules/auth/index.js';
import type { AppServices } from './app-services.js';

/** API.md: a socket refused at connect closes 4403; one over its rate limit closes 4429 (#15 findings 2 and 9). */
export const CLOSE_FORBIDDEN = 4403;
export const CLOSE_RATE_LIMITED = 4429;

export interface WebSocketDeps {
  readonly httpServer: Server;
  readonly schema: GraphQLSchema;
  readonly orm: Orm;
  readonly services: AppServices;
  /** Sockets and their subscriptions are counted for /metrics (#18). */
  readonly metrics: DeskMetrics;
  readonly limits: OperationLimits;
  readonly trustedProxies: number;
  readonly formatError: (formatted: GraphQLFormattedError, raw: unknown) => GraphQLFormattedError;
}

type Refusal = readonly [GraphQLError, ...GraphQLError[]];

/**
 * GraphQL over graphql-ws on `/graphql`. Every operation on the socket passes the same gates as one
 * over HTTP before anything runs (#15 finding 2): parsing and validation with Apollo's error codes,
 * variable coercion as BAD_USER_INPUT, the depth and cost limits, and the caller's rate limit, counted
 * per operation; a socket over its limit is closed with 4429.
 */
export function serveGraphQLOverWebSocket(deps: WebSocketDeps): { dispose(): void | Promise<void> } {
  const { schema, orm, services } = deps;
  const wsServer = new WebSocketServer({ server: deps.httpServer, path: '/graphql' });
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
  return useServer<{ authorization?: string }>(
    {
      schema,
      subscribe: sharedSubscribe(),
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
      onSubscribe: async (ctx, _id, payload) => {
        const checked = checkOperation(schema, deps.limits, payload.query, payload.variables, payload.operationName);
        if (Array.isArray(checked)) return checked;
        const close = (code: number, reason: string) => ctx.extra.socket.close(code, reason);
        const actor = await actorOf(ctx.connectionParams?.authorization, close);
        if (Array.isArray(actor)) return actor;
        const origin = requestOrigin(ctx.extra.request, deps.trustedProxies);
        const contextValue: RequestContext<AppServices> = { em: orm.em.fork(), app: services, actor: actor as Actor | null, origin };
        return { schema, document: checked as DocumentNode, variableValues: payload.variables, operationName: payload.operationName, contextValue };
      },
      onNext: (_ctx, _id, _payload, _args, result) => {
        const formatted = withFormattedErrors(result, deps.formatError);
        return formatted?.errors ? { ...formatted, errors: [...mergeVariableErrors(formatted.errors)] } : formatted;
      },
      onError: (_ctx, _id, _payload, errors) => [...formatAll(errors)],
    },
    wsServer,
  );
}

/** Parse, validate, coerce the variables and pass the operation gates, with the codes Apollo gives the same failures over HTTP. */
function checkOperation(
  schema: GraphQLSchema,
  limits: OperationLimits,
  query: string,
  variables: Record<string, unknown> | null | undefined,
  operationName: string | null | undefined,
): DocumentNode | Refusal {
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch (error) {
    return [coded(error as GraphQLError, 'GRAPHQL_PARSE_FAILED')];
  }
  const invalid = validate(schema, document);
  if (invalid.length > 0) return invalid.map((e) => coded(e, 'GRAPHQL_VALIDATION_FAILED')) as unknown as Refusal;
  const operation = getOperationAST(document, operationName);
  if (!operation) return [new GraphQLError('Unable to identify operation', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })];
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, { maxErrors: 50 });
  if (coerced.errors) return coerced.errors.map((e) => coded(e, 'BAD_USER_INPUT')) as unknown as Refusal;
  const refusal = operationRefusal(schema, limits, document, variables, operationName);
  return refusal ? [refusal] : document;
}

function coded(error: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(error.message, { nodes: error.nodes ?? null, source: error.source ?? null, positions: error.positions ?? null, extensions: { ...error.extensions, code } });
}
