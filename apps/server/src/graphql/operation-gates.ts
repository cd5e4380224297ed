import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, getOperationAST, type DocumentNode, type GraphQLSchema } from 'graphql';
import { controlCharacterError } from './argument-text.js';
import { operationLimitError, type OperationLimits } from './operation-limits.js';

/**
 * What an operation must pass before any resolver runs, over HTTP and the WebSocket alike (#15 findings 2
 * and 4): the depth and cost limits, then no control characters in any text argument. Null when it passes.
 */
export function operationRefusal(
  schema: GraphQLSchema,
  limits: OperationLimits,
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
  operationName: string | null | undefined,
): GraphQLError | null {
  const operation = getOperationAST(document, operationName);
  if (!operation) return null;
  return operationLimitError(schema, limits, document, variables, operationName) ?? controlCharacterError(schema, document, operation, variables);
}

/** The gates over HTTP. A refusal is the caller's fault: HTTP 400, not 500 (#15 finding 8). */
export function operationGates(schema: GraphQLSchema, limits: OperationLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, operationName }) {
          const refusal = operationRefusal(schema, limits, document, request.variables, operationName);
          if (refusal) throw new GraphQLError(refusal.message, { extensions: { ...refusal.extensions, http: { status: 400 } } });
        },
      };
    },
  };
}
