import 'reflect-metadata';
import { startApp, type RunningApp } from '../../src/app/app.js';
import { loadConfig } from '../../src/config.js';
import type { DomainEvent } from '../../src/infra/events/domain-events.js';
import type { ArmedTimers } from '../../src/infra/scheduling/deadline-scheduler.js';
import { announceFailure, announceReady, serveParent } from './bench-child.js';
import { monotonicMs } from './monotonic.js';
import { settledMemory, startProfile, stopProfile } from './process-probes.js';

/**
 * The real server (startApp, configured from this process's environment like
 * main.ts) in a process of its own, for benchmarks that put many sockets or
 * several server processes on the machine. Fork it with BenchChild.
 *
 * Instrumented without touching the product: the instants (monotonicMs) at which
 *  - the event bus is handed a domain event by this process (`bus`: right after
 *    the ticket change or alert committed), and
 *  - the LiveHub publishes to this process's GraphQL subscribers (`live`: after
 *    it re-read the ticket or alert), the start of the fan-out.
 * Also counts the SQL statements the ORM sends (normalized text → count and
 * summed duration as MikroORM measures it: pool wait + round trip + event-loop lag).
 * Commands: marks, statements (both return and forget what was recorded),
 * sweep (app.deadlines.sweep()), armed (the scheduler's first arming after start,
 * see ArmedTimers), cpu (process.cpuUsage()), memory (heap and RSS
 * after a full collection), profileStart / profileStop { path } (a CPU profile
 * of a measured window), clock, stop.
 */

export interface ServerChildInfo {
  readonly url: string;
  readonly pid: number;
}

export interface BusMark {
  readonly at: number;
  readonly type: DomainEvent['type'];
  /** ticket.changed: the queue version (null when the queue did not move); sla.alert: the alert id. */
  readonly key: number | null;
  readonly ticketId: number;
}

export interface LiveMark {
  readonly at: number;
  readonly topic: string;
  /** QUEUE_CHANGED: the queue version; SLA_ALERT: the alert id; TICKET_UPDATED: the ticket id. */
  readonly key: number | null;
}

export interface ServerMarks {
  readonly bus: BusMark[];
  readonly live: LiveMark[];
}

export interface StatementCount {
  readonly sql: string;
  readonly count: number;
  readonly tookMs: number;
}

let app: RunningApp | null = null;
let marks: ServerMarks = { bus: [], live: [] };
let statements = new Map<string, { count: number; tookMs: number }>();

function instrument(running: RunningApp): void {
  const events = running.services.events;
  const publishEvent = events.publish.bind(events);
  events.publish = (event: DomainEvent) => {
    const at = monotonicMs();
    if (event.type === 'ticket.changed' || event.type === 'sla.alert') {
      marks.bus.push({
        at,
        type: event.type,
        key: event.type === 'ticket.changed' ? (event.queue?.version ?? null) : event.alertId,
        ticketId: event.ticketId,
      });
    }
    publishEvent(event);
  };

  const pubSub = running.services.live.pubSub;
  const publishLive = pubSub.publish.bind(pubSub) as (topic: string, ...args: unknown[]) => void;
  (pubSub as { publish: (topic: string, ...args: unknown[]) => void }).publish = (topic: string, ...args: unknown[]) => {
    const at = monotonicMs();
    publishLive(topic, ...args);
    marks.live.push({ at, topic, key: liveKey(topic, args) });
  };
}

function countStatements(running: RunningApp): void {
  const logger = running.orm.config.getLogger() as unknown as { logQuery(context: { query: string; took?: number }): void };
  const logQuery = logger.logQuery.bind(logger);
  logger.logQuery = (context) => {
    const key = normalize(String(context.query));
    const entry = statements.get(key) ?? { count: 0, tookMs: 0 };
    entry.count += 1;
    entry.tookMs += context.took ?? 0;
    statements.set(key, entry);
    logQuery(context);
  };
}

/** Literals out, so that one statement shape is one key. */
function normalize(sql: string): string {
  return sql
    .slice(0, 400)
    .replace(/'(?:[^']|'')*'/g, '?')
    .replace(/\b\d+(?:\.\d+)?\b/g, '?')
    .replace(/\((?:\?|, )+\)/g, '(…)')
    .replace(/\s+/g, ' ')
    .slice(0, 200);
}

function liveKey(topic: string, args: readonly unknown[]): number | null {
  const first = args[0] as { version?: unknown; id?: unknown } | string | undefined;
  if (topic === 'QUEUE_CHANGED' && typeof first === 'object') return Number(first.version);
  if (topic === 'SLA_ALERT' && typeof first === 'object') return Number(first.id);
  if (topic === 'TICKET_UPDATED') return Number(first);
  return null;
}

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  app = await startApp(config);
  instrument(app);
  countStatements(app);
  const running = app;
  serveParent(
    {
      marks: () => {
        const taken = marks;
        marks = { bus: [], live: [] };
        return taken;
      },
      statements: (): StatementCount[] => {
        const taken = statements;
        statements = new Map();
        return [...taken].map(([sql, entry]) => ({ sql, ...entry })).sort((a, b) => b.count - a.count);
      },
      sweep: async () => {
        await running.deadlines.sweep();
        return monotonicMs();
      },
      armed: async (): Promise<ArmedTimers> => running.deadlines.armed,
      cpu: () => process.cpuUsage(),
      memory: () => settledMemory(),
      profileStart: () => startProfile(),
      profileStop: (args) => stopProfile((args as { path: string }).path),
    },
    async () => {
      const closing = app;
      app = null;
      await closing?.close();
    },
  );
  announceReady({ url: running.url, pid: process.pid } satisfies ServerChildInfo);
}

main().catch(announceFailure);
