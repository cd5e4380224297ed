import { TypeInfo, createSourceEventStream, execute, print, visit, visitWithTypeInfo, BREAK, type DocumentNode, type ExecutionArgs, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { Actor } from './actor.js';
import type { RequestContext } from './context.js';
import { liveFeedOperation } from './live-feed.js';

/** Field extension: the field's value depends on who the viewer is, not only on what they may see (a preference of theirs). */
export const PER_VIEWER = 'perViewer';

/**
 * graphql-ws `subscribe` that executes the selection once per event and
 * subscription shape instead of once per subscriber: 1 000 agents watching
 * the queue with the console's one query cost one execution per event, not
 * 1 000 (see pnpm bench, fan-out). Subscribers share a result when they sent
 * the same document and variables and see the same things: the same role, the
 * same organizations (a partner serving two customers sees both customers'
 * feature-request tickets, each customer only its own), the same partner-admin
 * and API-token standing — and, when the document selects a PER_VIEWER field,
 * the same user (#15 finding 10).
 */
export function sharedSubscribe(broadcast?: Broadcast) {
  const executions = new WeakMap<object, Map<string, Promise<ExecutionResult>>>();
  return async (args: ExecutionArgs): Promise<AsyncIterable<ExecutionResult> | ExecutionResult> => {
    const source = await createSourceEventStream(args);
    if (!isAsyncIterable(source)) return source;
    const context = args.contextValue as RequestContext | undefined;
    const viewer = viewerKey(context?.actor ?? null, selectsPerViewerField(args.schema, args.document));
    // A live feed's resume point changes its source, not its results: keyed without it, resumed and fresh subscribers share.
    const feed = broadcast ? liveFeedOperation(args) : undefined;
    const { document, variableValues } = feed ?? args;
    const shape = JSON.stringify([print(document), args.operationName ?? null, variableValues ?? {}, viewer]);
    const run = (event: unknown) => Promise.resolve(execute({ ...args, rootValue: event }));
    const project = (event: unknown): Promise<ExecutionResult> => {
      if (typeof event !== 'object' || event === null) return run(event);
      let byShape = executions.get(event);
      if (!byShape) {
        byShape = new Map();
        executions.set(event, byShape);
      }
      let result = byShape.get(shape);
      if (!result) {
        result = run(event);
        byShape.set(shape, result);
      }
      return result;
    };
    const upstream = source[Symbol.asyncIterator]();
    const own = () => map(upstream, project);
    return broadcast && feed ? joiningWhenIdle(own, () => broadcast.join(shape, args, upstream, project)) : own();
  };
}

/**
 * A transport that can send one result to many subscribers itself (graphql-ws,
 * broadcast groups). `join` is offered every subscriber of a LIVE_FEED field,
 * when it subscribes and again before each event it asks for until it is taken;
 * it takes over `source` and returns the subscription's iterator, or returns
 * undefined to leave the subscriber to the ordinary path for now (a source that
 * still owes events: unread ones, a replay).
 */
export interface Broadcast {
  join(
    shape: string,
    args: ExecutionArgs,
    source: AsyncIterator<unknown>,
    execute: (event: unknown) => Promise<ExecutionResult>,
  ): AsyncIterableIterator<ExecutionResult> | undefined;
}

/** Everything about the viewer that changes what a payload may contain. */
function viewerKey(actor: Actor | null, perViewer: boolean): unknown[] {
  if (!actor) return ['anonymous'];
  const organizations = actor.visibleOrganizationIds === null ? 'all' : [...actor.visibleOrganizationIds].sort((a, b) => a - b);
  return [actor.role, organizations, actor.organizationAdmin, actor.viaApiToken, perViewer ? actor.userId : null];
}

function selectsPerViewerField(schema: GraphQLSchema, document: DocumentNode): boolean {
  const typeInfo = new TypeInfo(schema);
  let found = false;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        if (!typeInfo.getFieldDef()?.extensions[PER_VIEWER]) return undefined;
        found = true;
        return BREAK;
      },
    }),
  );
  return found;
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/**
 * The per-subscriber path (`own()`) until `offer` returns the broadcast's
 * iterator: offered now and at each `next()`. graphql-ws asks for the next
 * event only once the previous one's frame is sent, so at that moment
 * everything the own path yielded is on the socket and the group's frames come
 * after it; nothing is in flight.
 */
function joiningWhenIdle<R>(own: () => AsyncIterableIterator<R>, offer: () => AsyncIterableIterator<R> | undefined): AsyncIterableIterator<R> {
  let joined = offer();
  let current = joined ?? own();
  const iterator: AsyncIterableIterator<R> = {
    next: () => {
      if (!joined) {
        joined = offer();
        // The own path's source was closed by the join: it is dropped here.
        if (joined) current = joined;
      }
      return current.next();
    },
    return: () => current.return?.() ?? Promise.resolve({ value: undefined, done: true }),
    throw: (error?: unknown) => current.throw?.(error) ?? Promise.reject(error),
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

/**
 * `source` with each value replaced by `project(value)`, as a plain iterator:
 * no generator and no extra awaits per subscriber and event, which is what a
 * fan-out to 10 000 sockets multiplies (pnpm bench, fan-out). Ending it (the
 * client unsubscribes) or a failed projection ends the source.
 */
function map<T, R>(upstream: AsyncIterator<T>, project: (value: T) => Promise<R>): AsyncIterableIterator<R> {
  const end = (): Promise<IteratorResult<R>> => (upstream.return?.() ?? Promise.resolve({ value: undefined, done: true })).then(() => ({ value: undefined, done: true }));
  const iterator: AsyncIterableIterator<R> = {
    next: () =>
      upstream.next().then((step) =>
        step.done
          ? { value: undefined, done: true }
          : project(step.value).then(
              (value) => ({ value, done: false }),
              (error: unknown) => end().then(() => Promise.reject(error)),
            ),
      ),
    return: end,
    throw: (error?: unknown) => end().then(() => Promise.reject(error)),
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
