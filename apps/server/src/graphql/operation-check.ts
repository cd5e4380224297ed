import { GraphQLError, getOperationAST, getVariableValues, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { operationRefusal } from './operation-gates.js';
import type { OperationLimits } from './operation-limits.js';

/** Why an operation may not run: at least one error, in the shape Apollo gives the same failure over HTTP. */
export type Refusal = readonly [GraphQLError, ...GraphQLError[]];

export function isRefusal(value: unknown): value is Refusal {
  return Array.isArray(value);
}

/**
 * For the transports Apollo does not serve (graphql-ws, graphql-sse): parse, validate, coerce the variables
 * and pass the operation gates, with the codes Apollo gives the same failures over HTTP (#15 finding 2).
 */
export function checkOperation(
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
