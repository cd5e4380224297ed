
import { mkdtemp, rm } from 'node:fs/promises';

import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

import { skipRow, type BenchRow } from './bench-table.js';
import { intFromEnv, type BenchContext } from './benchmark.js';
import { percentile, summarize } from './stats.js';
import { BenchChild, startAll } from './support/bench-child.js';
import { KeepAliveClient } from './support/http-client.js';
import { openGraphqlSubscribers, type GraphqlSubscribers } from './support/live-clients.js';
import { wallMs } from './support/monotonic.js';
import { createScratchDatabase, redact, type ScratchDatabase } from './support/postgres.js';
import type { ServerChildInfo, ServerMarks, StatementCount } from './support/server-child.js';
import { insertDueTickets } from './timeliness.fixture.js';
import { formatMs } from './bench-table.js';
import { loginAs, productServerEnv } from './support/product-server.js';
import { type CpuUsage } from './support/bench-child.js';
import { probeRedis } from './support/redis-probe.js';

export const TIMELINESS_BENCH = 'SLA timers: BREACHED receipt − dueAt';
const TIMELINESS_RAISED = 'SLA timers: BREACHED raisedAt − dueAt';
const TIMELINESS_ONCE = 'SLA timers: BREACHED exactly once';
const TARGET_P99_MS = 1_000;

export interface TimelinessOptions {
  /** Tickets whose deadline falls in the window (issue: 10 000). */
  readonly tickets: number;
  /** The window the deadlines are spread over (issue: one minute). */
  readonly spreadMs: number;
  /** From the insert to the first possible deadline. */
  readonly leadMs: number;
  /** How long after the last deadline the alerts may still arrive before they count as missing. */
  readonly marginMs: number;
  /** Server processes on the one database: 2 (needs Redis) or 1; 0 = 2 when Redis answers. */
  readonly processes: number;
  readonly redisUrl: string;
  readonly sweepIntervalMs: number;
}

export function timelinessOptionsFrom(env: NodeJS.ProcessEnv = process.env): TimelinessOptions {
  const int = (name: string, fallback: number) => intFromEnv(name, fallback, env);
  return {
    tickets: int('BENCH_TIMELINESS_TICKETS', 10_000),
    spreadMs: int('BENCH_TIMELINESS_SPREAD_MS', 60_000),
    leadMs: int('BENCH_TIMELINESS_LEAD_MS', 5_000),
    marginMs: int('BENCH_TIMELINESS_MARGIN_MS', 5_000),
    processes: Math.min(2, int('BENCH_TIMELINESS_PROCESSES', 0)),
    redisUrl: env.BENCH_REDIS_URL?.trim() || env.TEST_REDIS_URL?.trim() || 'redis://127.0.0.1:6379',
    sweepIntervalMs: int('BENCH_TIMELINESS_SWEEP_MS', 1_000),
  };
}

const SLA_ALERT = 'subscription { slaAlert { kind dueAt raisedAt ticket { id } } }';

interface AlertEvent {
  readonly kind: string;
  readonly dueAt: string;
  readonly raisedAt: string;
  readonly ticket: { readonly id: string };
}

interface Received {
  readonly ticketId: number;
  readonly dueAt: number;
  readonly raisedAt: number;
  readonly at: number;
}

/**
 * SLA-7 durable timers under load: 10 000 NEW tickets whose response deadlines
 * fall within the next minute, inserted behind the servers' backs in one
 * statement; the servers (real processes, startApp, on one scratch PostgreSQL
 * database, and over Redis when it answers) must raise one BREACHED alert per
 * ticket, on time and exactly once. Lateness is the alert's arrival at a
 * graphql-ws `slaAlert` subscriber (wall clock of this machine) minus dueAt.
 */
export async function timelinessBench(context: BenchContext, options: TimelinessOptions = timelinessOptionsFrom()): Promise<BenchRow[]> {
  const { postgres } = context;
  if (!postgres.reachable) {
    return [skipRow(TIMELINESS_BENCH, `skipped: PostgreSQL not reachable at ${redact(postgres.adminUrl)} (${postgres.reason})`)];
  }
  let processes = options.processes === 1 ? 1 : 2;
  let redisUrl: string | null = null;
  if (processes === 2) {
    const redis = await probeRedis(options.redisUrl);
    if (redis === true) redisUrl = options.redisUrl;
    else {
      if (options.processes === 2) return [skipRow(TIMELINESS_BENCH, `skipped: BENCH_TIMELINESS_PROCESSES=2 needs Redis, ${redact(options.redisUrl)} ${redis}`)];
      context.log(`Redis at ${redact(options.redisUrl)} ${redis}: one server process only`);
      processes = 1;
    }
  }

  const dataDir = await mkdtemp(join(tmpdir(), 'desk-bench-timers-'));
  let database: ScratchDatabase | null = null;
  const servers: BenchChild<ServerChildInfo>[] = [];
  const subscribers: GraphqlSubscribers[] = [];
  let http: KeepAliveClient | null = null;
  let sql: pg.Client | null = null;
  const forget = context.onCleanup(async () => {
    for (const server of servers) server.kill();
    await database?.drop();
    await rm(dataDir, { recursive: true, force: true });
  });
  try {
    database = await createScratchDatabase(postgres.adminUrl);
    const env = productServerEnv({
      DATA_DIR: dataDir,
      DATABASE_URL: database.url,
      SLA_SWEEP_INTERVAL_MS: String(options.sweepIntervalMs),
      ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
    });
    const started = performance.now();
    // Started together against the empty database, as a cluster deploys: the product migrates and seeds it once.
    const cluster = await startAll(
      Array.from({ length: processes }, (_, i) => () => BenchChild.start<ServerChildInfo>(`server ${'AB'[i]}`, new URL('./support/server-child.js', import.meta.url), env)),
      (server) => servers.push(server),
    );
    servers.splice(0, servers.length, ...cluster); // A, B in that order
    context.log(
      `scratch database ${database.name}; ${processes} server process${processes > 1 ? `es over Redis ${redact(redisUrl!)}` : ''} ` +
        `(SLA_SWEEP_INTERVAL_MS=${options.sweepIntervalMs}) started in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    http = new KeepAliveClient(servers[0]!.info.url);
    const token = await loginAs(http, 'lead@demo.local');
    // One subscriber per process: the first measures lateness; every one of them must see each alert once.
    const received: Received[][] = servers.map(() => []);
    const clientErrors: unknown[] = [];
    for (const [index, server] of servers.entries()) {
      subscribers.push(
        await openGraphqlSubscribers({
          url: server.info.url,
          tokens: [token],
          count: 1,
          batch: 1,
          query: SLA_ALERT,
          onResult: (result) => {
            const at = wallMs();
            const alert = result.data?.slaAlert as AlertEvent | undefined;
            if (!alert) clientErrors.push(result.errors ?? result);
            else if (alert.kind === 'BREACHED') {
              received[index]!.push({ ticketId: Number(alert.ticket.id), dueAt: Date.parse(alert.dueAt), raisedAt: Date.parse(alert.raisedAt), at });
            }
          },
        }),
      );
    }
    // graphql-ws acknowledges before it has registered the subscription.
    await new Promise((resolve) => setTimeout(resolve, 500));

    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    sql = client;

    await Promise.all(servers.map((server) => server.request('statements')));
    const cpuBefore = await Promise.all(servers.map((server) => server.request<CpuUsage>('cpu')));
    const firstDueAt = new Date(Date.now() + options.leadMs);
    const insertStarted = wallMs();
    const range = await insertDueTickets(client, options.tickets, firstDueAt, options.spreadMs);
    const committed = wallMs();
    // What a ticket event would do: make every process look at its deadlines now (the sweep also re-arms the timer).
    const sweeps = servers.map((server) => server.request<number>('sweep', undefined, options.spreadMs * 3).catch((error: unknown) => error));
    context.log(
      `inserted ${range.count} NEW tickets (ids ${range.firstId}…${range.lastId}) in ${((committed - insertStarted) / 1000).toFixed(2)} s, one statement; ` +
        `deadlines ${firstDueAt.toISOString()} … ${range.lastDueAt.toISOString()}, committed ${(firstDueAt.getTime() - committed).toFixed(0)} ms before the first; sweep triggered`,
    );
    const lateInsert = committed - firstDueAt.getTime();
    if (lateInsert > 0) context.log(`warning: the insert committed ${lateInsert.toFixed(0)} ms after the first deadline; raise BENCH_TIMELINESS_LEAD_MS`);

    const inRange = (event: Received) => event.ticketId >= range.firstId && event.ticketId <= range.lastId;
    const distinctOnFirst = new Set<number>();
    let seen = 0;
    const cutoff = range.lastDueAt.getTime() + options.marginMs;
    let nextProgress = wallMs() + 10_000;
    while (wallMs() < cutoff) {
      const events = received[0]!;
      for (; seen < events.length; seen += 1) if (inRange(events[seen]!)) distinctOnFirst.add(events[seen]!.ticketId);
      if (distinctOnFirst.size >= range.count) break;
      if (wallMs() >= nextProgress) {
        const due = Math.max(0, Math.min(range.count, Math.round(((wallMs() - firstDueAt.getTime()) / options.spreadMs) * range.count)));
        context.log(`  … ${distinctOnFirst.size} alerts received, ~${due} deadlines passed`);
        nextProgress += 10_000;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const finished = wallMs();
    // Give a duplicate every chance to show up: two more sweeps on each process.
    await new Promise((resolve) => setTimeout(resolve, 2 * options.sweepIntervalMs + 500));
    for (const sweep of sweeps) {
      const outcome = await Promise.race([sweep, new Promise((resolve) => setTimeout(() => resolve('still running'), 100))]);
      if (outcome instanceof Error) context.log(`the triggered sweep failed: ${outcome.message}`);
    }

    const raisedBy = await Promise.all(
      servers.map(async (server) => {
        const marks = await server.request<ServerMarks>('marks');
        return marks.bus.filter((mark) => mark.type === 'sla.alert' && mark.ticketId >= range.firstId && mark.ticketId <= range.lastId).length;
      }),
    );
    const cpuAfter = await Promise.all(servers.map((server) => server.request<CpuUsage>('cpu')));
    const statementStats = await Promise.all(servers.map((server) => server.request<StatementCount[]>('statements')));
    // Stop the servers (they may still be working through a backlog) before the database's account is taken.
    await Promise.allSettled(subscribers.map((subscriber) => subscriber.close()));
    await Promise.allSettled(servers.map((server) => server.stop()));

    // The database's account: one BREACHED alert per ticket, none twice, none for AT_RISK.
    const counts = await client.query<{ missing: number; twice: number; at_risk: number }>(
      `select count(*) filter (where breached = 0)::int as missing, count(*) filter (where breached > 1)::int as twice,
              coalesce(sum(at_risk), 0)::int as at_risk
       from (select t.id, count(a.id) filter (where a.kind = 'BREACHED') as breached, count(a.id) filter (where a.kind = 'AT_RISK') as at_risk
             from tickets t left join sla_alerts a on a.ticket_id = t.id
             where t.id between $1 and $2 group by t.id) per_ticket`,
      [range.firstId, range.lastId],
    );
    const stored = await client.query<{ ms: number; raised_at: Date }>(
      `select (extract(epoch from (a.raised_at - a.due_at)) * 1000)::float8 as ms, a.raised_at
       from sla_alerts a where a.kind = 'BREACHED' and a.ticket_id between $1 and $2`,
      [range.firstId, range.lastId],
    );
    const dueMismatch = await client.query<{ n: number }>(
      `select count(*)::int as n from sla_alerts a join tickets t on t.id = a.ticket_id
       where a.kind = 'BREACHED' and a.ticket_id between $1 and $2 and a.due_at <> t.response_due_at`,
      [range.firstId, range.lastId],
    );
    const { missing, twice, at_risk: atRisk } = counts.rows[0]!;

    // Each subscriber: every alert once.
    const perSubscriber = received.map((events) => {
      const byTicket = new Map<number, number>();
      for (const event of events.filter(inRange)) byTicket.set(event.ticketId, (byTicket.get(event.ticketId) ?? 0) + 1);
      return { distinct: byTicket.size, duplicated: [...byTicket.values()].filter((n) => n > 1).length };
    });
    const serverErrors = servers
      .map((server) => ({ label: server.label, lines: server.output.split('\n').filter((line) => /error/i.test(line)) }))
      .filter((entry) => entry.lines.length > 0);
    for (const entry of serverErrors) context.log(`${entry.label} logged ${entry.lines.length} error line(s), first: ${entry.lines[0]!.slice(0, 300)}`);
    if (clientErrors.length > 0) context.log(`${clientErrors.length} slaAlert results without data, first: ${JSON.stringify(clientErrors[0]).slice(0, 300)}`);

    // Lateness at the first subscriber; an alert that never came counts with its lateness at the cut-off (a lower bound).
    const first = received[0]!.filter(inRange);
    const firstSeen = new Set<number>();
    const lateness: number[] = [];
    const delivery: number[] = [];
    for (const event of first) {
      if (firstSeen.has(event.ticketId)) continue;
      firstSeen.add(event.ticketId);
      lateness.push(event.at - event.dueAt);
      delivery.push(event.at - event.raisedAt);
    }
    const notReceived = range.count - firstSeen.size;
    if (notReceived > 0) {
      const all = await client.query<{ id: number; due: Date }>(`select id, response_due_at as due from tickets where id between $1 and $2`, [
        range.firstId,
        range.lastId,
      ]);
      for (const row of all.rows) if (!firstSeen.has(row.id)) lateness.push(finished - new Date(row.due).getTime());
    }
    const raisedLateness = stored.rows.map((row) => row.ms);
    const raisedTimes = stored.rows.map((row) => new Date(row.raised_at).getTime()).sort((a, b) => a - b);
    const raisePeriodMs = raisedTimes.length > 1 ? raisedTimes.at(-1)! - raisedTimes[0]! : 0;
    const rate = raisePeriodMs > 0 ? (raisedTimes.length - 1) / (raisePeriodMs / 1000) : 0;
    context.log(
      `raised ${stored.rows.length} BREACHED alerts at ${rate.toFixed(0)}/s over ${(raisePeriodMs / 1000).toFixed(1)} s ` +
        `(deadlines came at ${((range.count / options.spreadMs) * 1000).toFixed(0)}/s); by process: ${raisedBy.map((n, i) => `${'AB'[i]} ${n}`).join(', ')}`,
    );
    const alertsRaised = raisedBy.reduce((sum, count) => sum + count, 0);
    if (alertsRaised > 0) {
      const cpuMs = cpuBefore.reduce((sum, before, i) => sum + (cpuAfter[i]!.user - before.user + cpuAfter[i]!.system - before.system) / 1000, 0);
      const merged = new Map<string, { count: number; tookMs: number }>();
      for (const list of statementStats) {
        for (const entry of list) {
          const known = merged.get(entry.sql) ?? { count: 0, tookMs: 0 };
          known.count += entry.count;
          known.tookMs += entry.tookMs;
          merged.set(entry.sql, known);
        }
      }
      const total = [...merged.values()].reduce((sum, entry) => sum + entry.count, 0);
      context.log(
        `per alert raised (all processes, sweeps + re-arming + live re-reads): ${(cpuMs / alertsRaised).toFixed(1)} ms server CPU, ` +
          `${(total / alertsRaised).toFixed(1)} SQL statements; the most frequent (per alert × mean ms as MikroORM times them):`,
      );
      for (const [sqlText, entry] of [...merged].sort((a, b) => b[1].count - a[1].count).slice(0, 10)) {
        context.log(`    ${(entry.count / alertsRaised).toFixed(2)} × ${(entry.tookMs / entry.count).toFixed(1)} ms  ${sqlText.slice(0, 150)}`);
      }
    }
    if (delivery.length > 0) {
      context.log(`delivery (receipt − raisedAt, commit + LiveHub + socket): median ${formatMs(percentile(delivery, 50))} ms, p99 ${formatMs(percentile(delivery, 99))} ms`);
    }

    const receipt = lateness.length > 0 ? summarize(lateness) : null;
    const raised = raisedLateness.length > 0 ? summarize(raisedLateness) : null;
    const onTime = receipt !== null && receipt.p99 <= TARGET_P99_MS && notReceived === 0;
    const duplicatedReceipts = perSubscriber.reduce((sum, s) => sum + s.duplicated, 0);
    const incomplete = perSubscriber.map((s, i) => ({ i, short: range.count - s.distinct })).filter((s) => s.short > 0);
    const setup = `${range.count} tickets, deadlines over ${options.spreadMs / 1000} s; ${processes} process${processes > 1 ? 'es (PostgreSQL + Redis)' : ' (PostgreSQL)'}`;
    return [
      {
        name: TIMELINESS_BENCH,
        ...(receipt ? { product: receipt } : {}),
        target: `p99 ≤ ${TARGET_P99_MS / 1000} s`,
        verdict: onTime ? 'PASS' : 'MISS',
        note:
          `${receipt ? `n=${receipt.count}, max ${formatMs(receipt.max)} ms` : 'no alert arrived'}` +
          `${notReceived > 0 ? `, of which ${notReceived} never arrived within ${options.marginMs / 1000} s after the last deadline (counted at the cut-off)` : ''}; ` +
          `at a graphql-ws slaAlert subscriber on process A; ${setup}`,
      },
      {
        name: TIMELINESS_RAISED,
        ...(raised ? { product: raised } : {}),
        target: '–',
        verdict: 'INFO',
        note: `${raised ? `n=${raised.count}, max ${formatMs(raised.max)} ms; ` : ''}stored in sla_alerts (the claim's transaction); raised at ${rate.toFixed(0)}/s for ${((range.count / options.spreadMs) * 1000).toFixed(0)} deadlines/s; by process ${raisedBy.map((n, i) => `${'AB'[i]} ${n}`).join(', ')}`,
      },
      {
        name: TIMELINESS_ONCE,
        target: 'twice 0, missing 0',
        verdict: twice === 0 && missing === 0 && duplicatedReceipts === 0 && atRisk === 0 && dueMismatch.rows[0]!.n === 0 ? 'PASS' : 'MISS',
        note:
          `sla_alerts: ${twice} ticket(s) raised twice, ${missing} left without one, ${atRisk} AT_RISK (expected 0), ${dueMismatch.rows[0]!.n} with another dueAt; ` +
          `subscribers (${perSubscriber.length}, one per process): ${duplicatedReceipts} duplicate receipt(s)` +
          `${incomplete.length > 0 ? `, ${incomplete.map((s) => `${'AB'[s.i]} short by ${s.short}`).join(', ')}` : ', each saw every alert'}`,
      },
    ];
  } finally {
    await Promise.allSettled(subscribers.map((subscriber) => subscriber.close()));
    http?.close();
    await sql?.end().catch(() => undefined);
    await Promise.allSettled(servers.map((server) => server.stop()));
    await database?.drop().catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true }).catch(() => undefined);
    forget();
  }
}
