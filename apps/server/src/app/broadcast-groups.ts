import type { ExecutionResult } from 'graphql';

/** What a group needs of a socket: the `ws` WebSocket fits. */
export interface FrameSocket {
  readonly readyState: number;
  readonly bufferedAmount: number;
  send(data: string): void;
}

/** Where one subscriber's frames go: its socket and its graphql-ws subscription id. */
export interface Sink {
  readonly socket: FrameSocket;
  readonly id: string;
}

const OPEN = 1;

/** Why a source ended abnormally (an execution that threw): graphql-ws sends it as an `error` message. */
interface Failure {
  readonly error: unknown;
}

/**
 * A socket with more than this many bytes not yet handed to the kernel is not
 * reading: its subscription is ended (the client gets `complete`, resubscribes
 * and refetches), the contract LivePubSub keeps for a subscriber 10 000 events
 * behind. 4 MiB is about 10 000 frames of the console's queue event.
 */
export const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;

/**
 * A source that tells where it stands against the live feed (LivePubSub's
 * subscribers and resumed streams do): what makes a join exact.
 */
export interface CountedSource extends AsyncIterator<unknown> {
  /** Events published to it so far, read or not. */
  readonly received: number;
  /** Events published before now that it will still yield (unread; for a resumed stream, its replay too). */
  readonly pending: number;
  /** Ended (LivePubSub ends a subscriber 10 000 events behind): it must end for its subscriber too, not carry on in a group. */
  readonly ended: boolean;
  /** False while it would still drop live events (a resumed stream whose resume point is ahead of them). */
  readonly caughtUp?: boolean;
}

/**
 * Whether what `source` yields from now on is exactly what is published from
 * now on — nothing owed from before, nothing to be dropped, not ended. Only then may a
 * group send its events instead (or take it as the group's source).
 */
function owesNothing(source: AsyncIterator<unknown>): source is CountedSource {
  const counted = source as Partial<CountedSource>;
  return typeof counted.received === 'number' && counted.pending === 0 && counted.ended === false && counted.caughtUp !== false;
}

export interface BroadcastGroupsOptions {
  /** The text of a result's `payload`, byte for byte what graphql-ws would put there. */
  readonly serialize: (result: ExecutionResult) => string;
  /** Results written to sockets (the subscriptionResults metric). */
  readonly delivered: (count: number) => void;
  readonly maxBufferedBytes?: number;
}

/**
 * Broadcast groups (#17 target 5): subscribers of one subscription shape
 * (sharedSubscribe's key: document, operation, variables, viewer scope) share
 * one source, and each event is executed, formatted and serialized once, then
 * written to every subscriber's socket in one synchronous loop as
 * `{"id":<its id>,"type":"next","payload":<shared text>}` — the frame
 * graphql-ws would send. Per subscriber and event that is a string
 * concatenation and a `send`; graphql-ws's own per-subscription loop (a
 * promise chain per event) only waits for the end.
 *
 * Joining is exact — every event published after the join, none before, none
 * twice — because publishing is synchronous and a source is taken over only
 * when it owes nothing (`owesNothing`): everything published before the join
 * has already been yielded to (and sent by) the subscriber's own path, and
 * everything published after it reaches the group's source too. The newcomer
 * is sent the group's events from the group source's count at that moment on
 * (its own source is closed); the first subscriber's source becomes the
 * group's. A source that still owes events (unread, a replay, live events to
 * drop) or cannot count is declined: the per-subscriber path serves it, and
 * sharedSubscribe offers it again at its next `next()`.
 */
export class BroadcastGroups {
  private readonly groups = new Map<string, Group>();

  constructor(private readonly options: BroadcastGroupsOptions) {}

  join(shape: string, sink: Sink, source: AsyncIterator<unknown>, execute: (event: unknown) => Promise<ExecutionResult>): AsyncIterableIterator<ExecutionResult> | undefined {
    if (!owesNothing(source)) return undefined;
    const group = this.groups.get(shape);
    if (group) {
      void source.return?.();
      return group.add(sink, execute, group.nextEvent);
    }
    const created = new Group(source, this.options, () => {
      if (this.groups.get(shape) === created) this.groups.delete(shape);
    });
    this.groups.set(shape, created);
    return created.add(sink, execute, created.nextEvent);
  }

  /** Groups alive now (for tests and diagnostics). */
  get size(): number {
    return this.groups.size;
  }
}

class Group {
  private readonly members = new Set<Member>();
  private pumping = false;
  /**
   * The source's count of the next event taken: event n goes to the members whose first event is n or before.
   * The source owed nothing when the group took it, so it has yielded exactly the `received` events before.
   */
  private taken: number;

  constructor(
    private readonly source: CountedSource,
    private readonly options: BroadcastGroupsOptions,
    private readonly closed: () => void,
  ) {
    this.taken = source.received;
  }

  /** The number the next event published will have (the source yields events in the order they were published). */
  get nextEvent(): number {
    return this.source.received;
  }

  add(sink: Sink, execute: (event: unknown) => Promise<ExecutionResult>, firstEvent: number): Member {
    const member = new Member(sink, execute, firstEvent, (left) => this.leave(left));
    this.members.add(member);
    if (!this.pumping) {
      this.pumping = true;
      void this.pump();
    }
    return member;
  }

  private leave(member: Member): void {
    if (!this.members.delete(member) || this.members.size > 0) return;
    this.closed();
    void this.source.return?.();
  }

  private async pump(): Promise<void> {
    try {
      for (;;) {
        const step = await this.source.next();
        const index = this.taken;
        this.taken += 1;
        const lead = this.first();
        if (step.done || !lead) break;
        // Executed as a member still here sees it: a departed subscriber's context is never used again.
        const result = await lead.execute(step.value);
        this.deliver(result, index);
      }
      this.end();
    } catch (error) {
      this.end({ error });
    }
  }

  private deliver(result: ExecutionResult, index: number): void {
    if (this.members.size === 0) return;
    const tail = `${this.options.serialize(result)}}`;
    const bound = this.options.maxBufferedBytes ?? MAX_BUFFERED_BYTES;
    let sent = 0;
    for (const member of this.members) {
      if (index < member.firstEvent) continue;
      const { socket } = member.sink;
      // A closing socket's subscriptions end through graphql-ws's close handler.
      if (socket.readyState !== OPEN) continue;
      if (socket.bufferedAmount > bound) {
        member.finish();
        continue;
      }
      socket.send(member.prefix + tail);
      sent += 1;
    }
    if (sent > 0) this.options.delivered(sent);
  }

  /** The source ended (or failed): every member's subscription ends the same way. */
  private end(failure?: Failure): void {
    this.closed();
    for (const member of [...this.members]) member.finish(failure);
  }

  private first(): Member | undefined {
    for (const member of this.members) return member;
    return undefined;
  }
}

/**
 * One subscriber, as graphql-ws sees it: an iterator that yields nothing (the
 * group writes the frames) and whose one pending `next` settles when the
 * subscription ends — done, and graphql-ws sends `complete`; rejected, and it
 * sends `error`. graphql-ws calls `return` when the client unsubscribes or the
 * socket closes: the sink leaves at once, so no frame follows.
 */
class Member implements AsyncIterableIterator<ExecutionResult> {
  readonly prefix: string;
  private settle: { resolve: (result: IteratorResult<ExecutionResult>) => void; reject: (error: unknown) => void } | null = null;
  private outcome: Promise<IteratorResult<ExecutionResult>> | null = null;
  private ended: { failure?: Failure } | null = null;

  constructor(
    readonly sink: Sink,
    readonly execute: (event: unknown) => Promise<ExecutionResult>,
    /** The group source's count of the first event published after this member joined. */
    readonly firstEvent: number,
    private readonly leave: (member: Member) => void,
  ) {
    this.prefix = `{"id":${JSON.stringify(sink.id)},"type":"next","payload":`;
  }

  next(): Promise<IteratorResult<ExecutionResult>> {
    if (this.ended) return this.ended.failure ? Promise.reject(this.ended.failure.error) : Promise.resolve({ value: undefined, done: true });
    this.outcome ??= new Promise((resolve, reject) => {
      this.settle = { resolve, reject };
    });
    return this.outcome;
  }

  return(): Promise<IteratorResult<ExecutionResult>> {
    this.finish();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error?: unknown): Promise<IteratorResult<ExecutionResult>> {
    this.finish();
    return Promise.reject(error);
  }

  /** Leaves the group and ends the subscription: done, or failed when a failure is given. */
  finish(failure?: Failure): void {
    if (this.ended) return;
    this.ended = { failure };
    this.leave(this);
    const settle = this.settle;
    this.settle = null;
    if (!settle) return;
    if (failure) settle.reject(failure.error);
    else settle.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<ExecutionResult> {
    return this;
  }
}
