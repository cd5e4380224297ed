import type { MikroORM } from '@mikro-orm/core';
import { ResumeReset } from '../../common/errors.js';
import type { SlaAlert } from '../../entities/sla/sla-alert.entity.js';
import type { Logger } from '../../infra/logger.js';
import { EventStream, materialize, readRange, retried, streamHeads, type QueueEventPayload, type RetryPolicy } from './event-log-reader.js';
import type { LiveSubscription } from './live-pubsub.js';
import { replayThenLive, type ResumedSource } from './replay-then-live.js';

/** Further behind than this, a refetch is cheaper than a replay: RESET. */
export const MAX_REPLAY = 5_000;

type Payload = QueueEventPayload | SlaAlert;

/**
 * A resumed subscription (#16): the log's events in (after, publishedUpTo],
 * then the live ones above `after`. `live` was subscribed in the same step
 * `publishedUpTo` was read, so together they hold every version once. RESET
 * when the log no longer holds the whole range (retention), the range is
 * longer than MAX_REPLAY, or `after` is beyond anything this cluster numbered.
 */
export async function resumeStream<T extends Payload>(
  deps: { orm: MikroORM; logger: Logger; retry: RetryPolicy },
  stream: EventStream.QUEUE | EventStream.ALERT,
  after: number,
  publishedUpTo: number,
  live: LiveSubscription<T>,
): Promise<ResumedSource<T>> {
  try {
    const replay = after < publishedUpTo ? await replayed<T>(deps, stream, after, publishedUpTo) : await nothingAfter<T>(deps, stream, after);
    return replayThenLive(replay, live, after, publishedUpTo);
  } catch (error) {
    await live.return?.();
    throw error;
  }
}

async function replayed<T extends Payload>(
  deps: { orm: MikroORM; logger: Logger; retry: RetryPolicy },
  stream: EventStream,
  after: number,
  upTo: number,
): Promise<T[]> {
  if (upTo - after > MAX_REPLAY) throw new ResumeReset(after, `more than ${MAX_REPLAY} events behind`, upTo);
  const rows = await retried(() => readRange(deps.orm.em.fork(), stream, after, upTo, MAX_REPLAY), deps.logger, 'replaying the event log', deps.retry);
  // Gap-free by the queue lock: a short read means rows were pruned (EVENT_LOG_RETENTION_HOURS).
  if (rows.length !== upTo - after || rows[0]?.version !== after + 1) throw new ResumeReset(after, 'older than the event log keeps', upTo);
  const events = await retried(() => materialize(deps.orm.em.fork(), rows), deps.logger, 'replaying the event log', deps.retry);
  return events.map((event) => (event.stream === EventStream.QUEUE ? event.queue : event.stream === EventStream.ALERT ? event.alert : null) as T);
}

/** Nothing to replay: `after` is where this process stands or ahead of it — but not ahead of the cluster. */
async function nothingAfter<T>(deps: { orm: MikroORM; logger: Logger; retry: RetryPolicy }, stream: EventStream, after: number): Promise<T[]> {
  const heads = await retried(() => streamHeads(deps.orm.em.fork()), deps.logger, 'reading the event versions', deps.retry);
  if (after > heads[stream]) throw new ResumeReset(after, 'ahead of every version this cluster has numbered', heads[stream]);
  return [];
}
