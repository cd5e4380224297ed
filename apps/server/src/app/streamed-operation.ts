import type { IncomingMessage } from 'node:http';
import { getOperationAST, type DocumentNode, type ExecutionArgs, type ExecutionResult, type FormattedExecutionResult, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import type { Actor } from '../graphql/actor.js';
import type { RequestContext } from '../graphql/context.js';
import { withFormattedErrors } from '../graphql/format-error.js';
import { mergeVariableErrors } from '../graphql/merge-input-errors.js';
import { checkOperation, isRefusal, type Refusal } from '../graphql/operation-check.js';
import type { OperationLimits } from '../graphql/operation-limits.js';
import type { Orm } from '../infra/database/orm.js';
import { allowListRefusal } from '../modules/integrations/index.js';
import type { AppServices } from './app-services.js';
import { requestOrigin } from './request-origin.js';

/** What the transports Apollo does not serve (graphql-ws, graphql-sse) need to run an operation as HTTP would. */
export interface StreamedOperationDeps {
  readonly schema: GraphQLSchema;
  readonly orm: Orm;
  readonly services: AppServices;
  readonly limits: OperationLimits;
  readonly trustedProxies: number;
  readonly formatError: (formatted: GraphQLFormattedError, raw: unknown) => GraphQLFormattedError;
}

export interface OperationParams {
  readonly query: string;
  readonly variables?: Record<string, unknown> | null | undefined;
  readonly operationName?: string | null | undefined;
}

/**
 * One operation over a socket or an event stream, through the same gates in the same order as over HTTP:
 * parsing, validation, variables, depth and cost (before anything else, so a refused operation costs
 * nothing), then the caller — whose rate limit `actorFor` counts — and the allow-list of partner API
 * tokens (#18). The execution arguments, or why it may not run.
 */
export async function prepareStreamedOperation(
  deps: StreamedOperationDeps,
  params: OperationParams,
  request: IncomingMessage,
  actorFor: () => Promise<Actor | null | Refusal>,
): Promise<ExecutionArgs | Refusal> {
  const checked = checkOperation(deps.schema, deps.limits, params.query, params.variables, params.operationName);
  if (isRefusal(checked)) return checked;
  const document = checked as DocumentNode;
  const caller = await actorFor();
  if (isRefusal(caller)) return caller;
  const actor = caller as Actor | null;
  const em = deps.orm.em.fork();
  const refused = await allowListRefusal(em, actor, params.query, getOperationAST(document, params.operationName)?.name?.value);
  if (refused) return [refused];
  const contextValue: RequestContext<AppServices> = { em, app: deps.services, actor, origin: requestOrigin(request, deps.trustedProxies) };
  return { schema: deps.schema, document, variableValues: params.variables, operationName: params.operationName, contextValue };
}

/** A result as these transports send it: errors in the shape HTTP gives them, variable problems merged. */
export function formattedResult(result: ExecutionResult, format: StreamedOperationDeps['formatError']): FormattedExecutionResult | void {
  const formatted = withFormattedErrors(result, format);
  return formatted?.errors ? { ...formatted, errors: [...mergeVariableErrors(formatted.errors)] } : formatted;
}
