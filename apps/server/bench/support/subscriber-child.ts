import { announceFailure, announceReady, serveParent } from './bench-child.js';
import { openBareSubscribers, openGraphqlSubscribers, Receipts, type BareSubscribers, type GraphqlSubscribers } from './live-clients.js';

/**
 * A process holding some of a fan-out benchmark's subscribers, so that 10 000
 * sockets are spread over several processes and the measured server process
 * is alone with its work. Receipt instants are monotonicMs (the machine's
 * clock, shared with the parent and the servers). Commands:
 *  - graphql { url, tokens, count, batch, query, variables?, keyField }: opens graphql-ws
 *    clients; a result's key is `data[keyField].version` (a queue version);
 *  - bare { url, count, batch }: opens bare `ws` clients; a message's key is its `seq`;
 *  - wait { side, above?, equals?, count, timeoutMs } → the first key with
 *    `count` receipts on that side;
 *  - take { side, key } → that key's receipt instants (forgotten afterwards);
 *  - keys { side } → keys not taken; problems → client errors and results without data;
 *  - cpu, clock, stop.
 */

export type Side = 'graphql' | 'bare';

export interface WaitArgs {
  readonly side: Side;
  readonly above?: number;
  readonly equals?: number;
  readonly count: number;
  readonly timeoutMs: number;
}

export interface SubscriberProblems {
  readonly count: number;
  readonly first: string | null;
  /** One graphql-ws result as received, to size the baseline's messages. */
  readonly sample: unknown;
}

const receipts: Record<Side, Receipts> = { graphql: new Receipts(), bare: new Receipts() };
const problems: unknown[] = [];
let sample: unknown = null;
const graphqlSets: GraphqlSubscribers[] = [];
const bareSets: BareSubscribers[] = [];

async function main(): Promise<void> {
  serveParent(
    {
      graphql: async (args) => {
        const options = args as { url: string; tokens: string[]; count: number; batch: number; query: string; variables?: Record<string, unknown>; keyField: string };
        const opened = await openGraphqlSubscribers({
          ...options,
          onResult: (result, at) => {
            const event = result.data?.[options.keyField] as { version?: unknown } | undefined;
            if (typeof event?.version !== 'number') {
              problems.push(result.errors ?? result);
              return;
            }
            sample ??= result;
            receipts.graphql.add(event.version, at);
          },
        });
        graphqlSets.push(opened);
        return opened.clients.length;
      },
      bare: async (args) => {
        const options = args as { url: string; count: number; batch: number };
        const opened = await openBareSubscribers({ ...options, onMessage: (message, at) => receipts.bare.add((message as { seq: number }).seq, at) });
        bareSets.push(opened);
        return opened.sockets.length;
      },
      wait: (args) => {
        const { side, above, equals, count, timeoutMs } = args as WaitArgs;
        const accept = (key: number) => (equals === undefined || key === equals) && (above === undefined || key > above);
        return receipts[side].waitFor(accept, count, timeoutMs, side === 'graphql' ? 'queueChanged' : 'broadcast');
      },
      take: (args) => {
        const { side, key } = args as { side: Side; key: number };
        return receipts[side].take(key);
      },
      keys: (args) => receipts[(args as { side: Side }).side].keys(),
      problems: (): SubscriberProblems => {
        const all = [...problems, ...graphqlSets.flatMap((set) => set.errors), ...bareSets.flatMap((set) => set.errors)];
        return { count: all.length, first: all.length > 0 ? JSON.stringify(all[0]).slice(0, 300) : null, sample };
      },
      cpu: () => process.cpuUsage(),
    },
    async () => {
      for (const set of bareSets) set.close();
      await Promise.allSettled(graphqlSets.map((set) => set.close()));
    },
  );
  announceReady({ pid: process.pid });
}

main().catch(announceFailure);
