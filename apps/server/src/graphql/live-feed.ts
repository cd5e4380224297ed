import { getArgumentValues, getOperationAST, GraphQLError, type ExecutionArgs, type FieldNode } from 'graphql';

/**
 * Subscription field extension: the field's source is one live feed — every
 * subscriber allowed to subscribe gets the same events, from the moment it
 * subscribes — unless the named resume argument is given (then it replays
 * its own past first). Such subscribers may share one source and one send
 * loop (broadcast groups, #17 target 5); a source that depends on who
 * subscribes (a user's bell, a ticket's current state sent first) must not
 * carry it.
 */
export const LIVE_FEED = 'liveFeed';

export interface LiveFeedExtension {
  readonly resumeArgument: string;
}

/** Whether the operation subscribes to a LIVE_FEED field without resuming. */
export function isLiveFeed(args: ExecutionArgs): boolean {
  const operation = getOperationAST(args.document, args.operationName);
  const root = args.schema.getSubscriptionType();
  const selection = operation?.operation === 'subscription' && operation.selectionSet.selections.length === 1 ? operation.selectionSet.selections[0] : undefined;
  // A fragment at the root would need resolving against the schema: not worth sharing, the per-subscriber path serves it.
  if (!root || selection?.kind !== 'Field') return false;
  const field = root.getFields()[selection.name.value];
  const feed = field?.extensions[LIVE_FEED] as LiveFeedExtension | undefined;
  if (!field || !feed) return false;
  return resumePointOf(field, selection, args.variableValues, feed.resumeArgument) == null;
}

function resumePointOf(field: Parameters<typeof getArgumentValues>[0], node: FieldNode, variables: ExecutionArgs['variableValues'], name: string): unknown {
  try {
    return getArgumentValues(field, node, variables ?? {})[name];
  } catch (error) {
    // The source was created from the same arguments, so they coerce; if not, the per-subscriber path decides.
    if (error instanceof GraphQLError) return true;
    throw error;
  }
}
