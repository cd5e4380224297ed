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

// Distinct variable sets remembered per document; past it, the document's memo starts over.
const VERDICTS_PER_DOCUMENT = 32;

/**
 * The gates over HTTP. A refusal is the caller's fault: HTTP 400, not 500 (#15 finding 8).
 * The verdict depends on nothing but the document, its variables and the operation name, and
 * Apollo hands the same DocumentNode for a query text it has seen (its document store), so it
 * is remembered per document: the cost walk was a twentieth of the queue page's CPU (#17).
 */
export function operationGates(schema: GraphQLSchema, limits: OperationLimits): ApolloServerPlugin {
  const verdicts = new WeakMap<DocumentNode, Map<string, GraphQLError | null>>();
  const refusalOf = (document: DocumentNode, variables: Record<string, unknown> | undefined, operationName: string | null | undefined) => {
    const key = `${operationName ?? ''}\u0000${JSON.stringify(variables ?? null)}`;
    let known = verdicts.get(document);
    if (known?.has(key)) return known.get(key) ?? null;
    if (!known || known.size >= VERDICTS_PER_DOCUMENT) verdicts.set(document, (known = new Map()));
    const refusal = operationRefusal(schema, limits, document, variables, operationName);
    known.set(key, refusal);
    return refusal;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, operationName }) {
          const refusal = refusalOf(document, request.variables, operationName);
          if (refusal) throw new GraphQLError(refusal.message, { extensions: { ...refusal.extensions, http: { status: 400 } } });
        },
      };
    },
  };
}
