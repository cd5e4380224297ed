import { createSourceEventStream, execute, print, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { isStaff } from './actor.js';
import type { RequestContext } from './context.js';

/**
 * graphql-ws `subscribe` that executes the selection once per event and
 * subscription shape instead of once per subscriber: 1 000 agents watching
 * the queue with the console's one query cost one execution per event, not
 * 1 000 (see pnpm bench, fan-out). Subscribers share a result when they sent
 * the same document and variables and see the same things — staff or not
 * is the only thing a payload's fields depend on (internal notes, TKT-9).
 */
export function sharedSubscribe() {
  const executions = new WeakMap<object, Map<string, Promise<ExecutionResult>>>();
  return async (args: ExecutionArgs): Promise<AsyncIterable<ExecutionResult> | ExecutionResult> => {
    const source = await createSourceEventStream(args);
    if (!isAsyncIterable(source)) return source;
    const context = args.contextValue as RequestContext | undefined;
    const shape = JSON.stringify([print(args.document), args.operationName ?? null, args.variableValues ?? {}, isStaff(context?.actor ?? null)]);
    const run = (event: unknown) => Promise.resolve(execute({ ...args, rootValue: event }));
    return map(source, (event) => {
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
    });
  };
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/** Ending the mapped stream (client unsubscribes) ends the source through for-await's return(). */
async function* map<T, R>(source: AsyncIterable<T>, project: (value: T) => Promise<R>): AsyncGenerator<R> {
  for await (const value of source) yield await project(value);
}
