import { getOperationAST, Kind, visit, type DocumentNode, type ExecutionArgs, type FieldNode, type OperationDefinitionNode } from 'graphql';

/**
 * Subscription field extension: the field's source is one live feed — every
 * subscriber allowed to subscribe gets the same events, from the moment it
 * subscribes — except that the named resume argument first replays its own
 * past. The resume argument must change nothing but the source (the result of
 * an event is the same with or without it): subscribers may then share one
 * source and one send loop (broadcast groups, #17 target 5), a resumed one once
 * its replay is done. A source that depends on who subscribes (a user's bell, a
 * ticket's current state sent first) must not carry it.
 */
export const LIVE_FEED = 'liveFeed';

export interface LiveFeedExtension {
  readonly resumeArgument: string;
}

/** An operation as a broadcast group tells it apart: without its resume point. */
export interface LiveFeedOperation {
  /** The document without the root field's resume argument (nor its variable's definition, when nothing else uses it). */
  readonly document: DocumentNode;
  /** The variables without the resume argument's variable (when nothing else uses it). */
  readonly variableValues: Readonly<Record<string, unknown>>;
}

/**
 * The operation without its resume point, when it subscribes to a LIVE_FEED
 * field; undefined otherwise. Subscribers that differ only in where they
 * resumed (`after: $after` with another value, or no `after` at all) then
 * have the same key: once caught up they receive the same events.
 */
export function liveFeedOperation(args: ExecutionArgs): LiveFeedOperation | undefined {
  const operation = getOperationAST(args.document, args.operationName);
  const root = args.schema.getSubscriptionType();
  const selection = operation?.operation === 'subscription' && operation.selectionSet.selections.length === 1 ? operation.selectionSet.selections[0] : undefined;
  // A fragment at the root would need resolving against the schema: not worth sharing, the per-subscriber path serves it.
  if (!root || !operation || selection?.kind !== Kind.FIELD) return undefined;
  const feed = root.getFields()[selection.name.value]?.extensions[LIVE_FEED] as LiveFeedExtension | undefined;
  if (!feed) return undefined;
  return withoutArgument(args, operation, selection, feed.resumeArgument);
}

function withoutArgument(args: ExecutionArgs, operation: OperationDefinitionNode, field: FieldNode, name: string): LiveFeedOperation {
  const variableValues = args.variableValues ?? {};
  const argument = field.arguments?.find((node) => node.name.value === name);
  if (!argument) return { document: args.document, variableValues };
  // A variable used elsewhere too still decides the result there: it stays, value and all.
  const variable = argument.value.kind === Kind.VARIABLE && usesOf(args.document, argument.value.name.value) === 1 ? argument.value.name.value : null;
  const rootField: FieldNode = { ...field, arguments: field.arguments?.filter((node) => node !== argument) };
  const trimmed: OperationDefinitionNode = {
    ...operation,
    variableDefinitions: operation.variableDefinitions?.filter((definition) => definition.variable.name.value !== variable),
    selectionSet: { ...operation.selectionSet, selections: [rootField] },
  };
  return {
    document: { ...args.document, definitions: args.document.definitions.map((definition) => (definition === operation ? trimmed : definition)) },
    variableValues: variable === null ? variableValues : Object.fromEntries(Object.entries(variableValues).filter(([key]) => key !== variable)),
  };
}

/** How many times `$name` is used in the document (its definitions not counted). */
function usesOf(document: DocumentNode, name: string): number {
  let uses = 0;
  visit(document, {
    VariableDefinition: () => false,
    Variable(node) {
      if (node.name.value === name) uses += 1;
    },
  });
  return uses;
}
