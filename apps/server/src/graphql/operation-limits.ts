import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { createRequire } from 'node:module';
import type * as QueryComplexity from 'graphql-query-complexity';
import type { ComplexityEstimator } from 'graphql-query-complexity';

// Its ESM build imports graphql's .mjs files while everything else here loads
// graphql's CommonJS entry; two copies of graphql refuse each other's schema.
const { getComplexity, simpleEstimator } = createRequire(import.meta.url)('graphql-query-complexity') as typeof QueryComplexity;

export interface OperationLimits {
  readonly maxDepth: number;
  readonly maxComplexity: number;
}

/** A list field costs its children times the page size asked for (`first`). */
const pageSizeEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = typeof args.first === 'number' ? args.first : undefined;
  return first === undefined ? undefined : 1 + childComplexity * first;
};

/**
 * The one check of depth and cost, for HTTP (the plugin above) and the WebSocket alike (#15 finding 2):
 * an error to answer with, or null when the operation is within the limits.
 */
export function operationLimitError(
  schema: GraphQLSchema,
  limits: OperationLimits,
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
  operationName: string | null | undefined,
): GraphQLError | null {
  const depth = operationDepth(document);
  if (depth > limits.maxDepth) {
    return limitError(`Operation is nested ${depth} levels deep; the limit is ${limits.maxDepth}`, 'depth', depth, limits.maxDepth);
  }
  let complexity: number;
  try {
    complexity = getComplexity({
      schema,
      query: document,
      variables: variables ?? {},
      ...(operationName ? { operationName } : {}),
      estimators: [pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch {
    // Variables that do not coerce: execution reports them next, as BAD_USER_INPUT.
    return null;
  }
  if (complexity > limits.maxComplexity) {
    return limitError(`Operation costs ${complexity}; the limit is ${limits.maxComplexity}`, 'complexity', complexity, limits.maxComplexity);
  }
  return null;
}

function limitError(message: string, limit: string, actual: number, allowed: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'OPERATION_TOO_COMPLEX', limit, actual, allowed } });
}

export function operationDepth(document: DocumentNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const depthOf = (selectionSet: SelectionSetNode, seen: ReadonlySet<string>): number => {
    let deepest = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        deepest = Math.max(deepest, selection.selectionSet ? 1 + depthOf(selection.selectionSet, seen) : 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet, seen));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (fragment && !seen.has(name)) deepest = Math.max(deepest, depthOf(fragment.selectionSet, new Set([...seen, name])));
      }
    }
    return deepest;
  };
  let deepest = 0;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) deepest = Math.max(deepest, depthOf(definition.selectionSet, new Set()));
  }
  return deepest;
}
