import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startApp, type RunningApp } from '../src/app/app.js';
import { ThreadTokens } from '../src/common/thread-token.js';
import { loadConfig } from '../src/config.js';
import { formatMs, ratioRow, skipRow, type BenchRow } from './bench-table.js';
import { intFromEnv, type BenchContext } from './benchmark.js';
import { checkStormOutcomes, latestQueueVersion } from './mail-storm.check.js';
import { HELPDESK_ADDRESS, insertStormCustomers, planStorm, StormKind, type StormCustomers, type StormPlan } from './mail-storm.fixture.js';
import { summarize } from './stats.js';
import { bareStoredSince, startBareSmtpStore, type BareSmtpStore } from './support/bare-smtp-store.js';
import { KeepAliveClient } from './support/http-client.js';
import { createScratchDatabase } from './support/postgres.js';
import { loginAs, productServerEnv } from './support/product-server.js';
import { QueueWatchers } from './support/queue-watchers.js';
import { deliverStorm, type StormDelivery } from './support/smtp-storm.js';

export const MAIL_STORM_BENCH = 'e-mail storm: 5 000 messages over SMTP, drain vs bare store';
const MAIL_STORM_LATENCY = 'e-mail storm: per message, DATA sent → 250';
/** #17 target 4: the product drains the storm in at most twice the time a bare listener needs to store it. */
const TARGET_RATIO = 2;
const STAFF = ['lead@demo.local', 'agent1@demo.local', 'agent2@demo.local'];

export interface MailStormOptions {
  /** Messages per storm (issue: 5 000). */
  readonly messages: number;
  /** Customer organizations, each with one contract and one contact known by e-mail. */
  readonly organizations: number;
  /** Concurrent SMTP connections of the sending relay. */
  readonly connections: number;
  /** Storms per side; sides alternate (baseline, product, product, baseline, ...). */
  readonly rounds: number;
  /** Open tickets the replies of the storm answer (opened by mail before the storm). */
  readonly replyTickets: number;
}

export function mailStormOptionsFrom(env: NodeJS.ProcessEnv = process.env): MailStormOptions {
  const int = (name: string, fallback: number) => intFromEnv(name, fallback, env);
  return {
    messages: int('BENCH_MAIL_MESSAGES', 5_000),
    organizations: int('BENCH_MAIL_ORGANIZATIONS', 20_000),
    connections: Math.max(1, int('BENCH_MAIL_CONNECTIONS', 8)),
    rounds: Math.max(1, int('BENCH_MAIL_ROUNDS', 1)),
    replyTickets: Math.max(1, int('BENCH_MAIL_REPLY_TICKETS', 200)),
  };
}

interface ProductStorm {
  readonly drainMs: number;
  readonly delivery: StormDelivery;
  readonly events: number;
}

/**
 * #17 target 4, an outage at a large customer: a relay delivers a storm of
 * inbound mail over SMTP (several connections, as fast as the listener
 * answers) — mostly new requests from known contacts, some answers on open
 * tickets, some from unknown senders or expired contracts, a few automatic
 * replies — to the product's listener (startApp in this process, PostgreSQL)
 * while staff watch the live queue. Drain time: first message sent → every
 * message answered (the product answers 250 only once it is recorded and
 * routed) and every queueChanged subscriber has every event. Checked exactly:
 * each message kept and made into what the rules say (ID-1, ID-2, threading,
 * loop protection), each subscriber's versions gap-free. Baseline, same run:
 * the same bytes stored by a bare listener of the same SMTP library.
 */
export async function mailStormBench(context: BenchContext, options: MailStormOptions = mailStormOptionsFrom()): Promise<BenchRow[]> {
  const { postgres } = context;
  if (!postgres.reachable) return [skipRow(MAIL_STORM_BENCH, `skipped: PostgreSQL not reachable (${postgres.reason})`)];
  const database = await createScratchDatabase(postgres.adminUrl);
  const dataDir = await mkdtemp(join(tmpdir(), 'desk-bench-mail-'));
  const forget = context.onCleanup(async () => {
    await database.drop();
    await rm(dataDir, { recursive: true, force: true });
  });
  let app: RunningApp | null = null;
  let bare: BareSmtpStore | null = null;
  let watchers: QueueWatchers | null = null;
  let http: KeepAliveClient | null = null;
  const sql = new pg.Client({ connectionString: database.url });
  try {
    const config = { ...loadConfig(productServerEnv({ DATA_DIR: dataDir, SMTP_INBOUND_PORT: '0' })), database: { kind: 'postgresql' as const, url: database.url } };
    app = await startApp(config);
    const smtpPort = app.smtpInboundPort;
    if (smtpPort === null) throw new Error('the product started without its SMTP listener');
    await sql.connect();
    const started = performance.now();
    const customers = await insertStormCustomers(sql, options.organizations);
    bare = await startBareSmtpStore(database.url);
    const tokens = new ThreadTokens(config.jwtSecret);
    const openers = await openReplyTickets(sql, smtpPort, customers, tokens, options);
    const replyTickets = openers.tickets;
    // The same mail warms the bare listener (its pool's connections, the JIT) as it warmed the product.
    const warmup = await deliverStorm(bare.port, openers.plan.messages, { connections: options.connections, to: HELPDESK_ADDRESS });
    if (warmup.refused.length > 0) throw new Error(`the bare listener refused the warm-up: ${warmup.refused[0]!.reason}`);
    http = new KeepAliveClient(app.url);
    const client = http;
    watchers = await QueueWatchers.open(app.url, await Promise.all(STAFF.map((email) => loginAs(client, email))));
    context.log(
      `scratch database ${database.name}: ${options.organizations} customer organizations (${customers.expired.length} with an expired contract), ` +
        `${replyTickets.length} open tickets for the replies, ${watchers.count} queueChanged subscribers; set up in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    const productDrains: number[] = [];
    const baselineStores: number[] = [];
    const productLatencies: number[] = [];
    const baselineLatencies: number[] = [];
    let lastBareId = (await bareStoredSince(sql, 0)).lastId;
    for (let round = 0; round < options.rounds; round += 1) {
      const name = `r${round}`;
      const plan = await planStorm({ total: options.messages, round: name, customers, replyTickets, tokens });
      if (round === 0) context.log(`the storm: ${describeCounts(plan)}; ${options.connections} SMTP connections, ${(plan.messages.reduce((s, m) => s + m.raw.length, 0) / plan.messages.length).toFixed(0)} bytes a message`);
      const runBaseline = async () => {
        const cpu = process.cpuUsage();
        const delivery = await deliverStorm(bare!.port, plan.messages, { connections: options.connections, to: HELPDESK_ADDRESS });
        if (delivery.refused.length > 0) throw new Error(`the bare listener refused ${delivery.refused.length} messages: ${delivery.refused[0]!.reason}`);
        const stored = await bareStoredSince(sql, lastBareId);
        if (stored.count !== plan.messages.length) throw new Error(`the bare listener stored ${stored.count} of ${plan.messages.length}`);
        lastBareId = stored.lastId;
        const storeMs = delivery.lastAnswerAt - delivery.startedAt;
        baselineStores.push(storeMs);
        baselineLatencies.push(...delivery.latencies);
        context.log(
          `round ${round} baseline: stored ${plan.messages.length} in ${formatMs(storeMs)} ms (${rate(plan.messages.length, storeMs)} msg/s), ` +
            `${cpuPerMessage(cpu, plan.messages.length)} ms Node CPU a message (listener and sender), load ${loadText()}`,
        );
      };
      const runProduct = async () => {
        const cpu = process.cpuUsage();
        const storm = await productStorm(sql, smtpPort, watchers!, plan, name, options);
        productDrains.push(storm.drainMs);
        productLatencies.push(...storm.delivery.latencies);
        context.log(
          `round ${round} product: drained ${plan.messages.length} in ${formatMs(storm.drainMs)} ms (${rate(plan.messages.length, storm.drainMs)} msg/s; ` +
            `last 250 at ${formatMs(storm.delivery.lastAnswerAt - storm.delivery.startedAt)} ms), ` +
            `${cpuPerMessage(cpu, plan.messages.length)} ms Node CPU a message (the app, sender and subscribers, checks included), ${storm.events} queue events to each of ${watchers!.count} subscribers, load ${loadText()}`,
        );
      };
      if (round % 2 === 0) {
        await runBaseline();
        await runProduct();
      } else {
        await runProduct();
        await runBaseline();
      }
    }

    const drain = summarize(productDrains);
    const store = summarize(baselineStores);
    const n = options.messages;
    return [
      ratioRow(
        MAIL_STORM_BENCH,
        drain,
        store,
        TARGET_RATIO,
        `${n} messages, ${options.connections} connections, ${options.organizations} organizations; ` +
          `product ${rate(n, drain.median)} msg/s drained, bare store ${rate(n, store.median)} msg/s; every message identified or refused as planned, ` +
          `${watchers.count} subscribers gap-free; load ${loadText()}`,
      ),
      {
        ...ratioRow(MAIL_STORM_LATENCY, summarize(productLatencies), summarize(baselineLatencies), Infinity),
        target: '–',
        verdict: 'INFO',
      },
    ];
  } finally {
    await watchers?.close().catch(() => undefined);
    http?.close();
    await bare?.close().catch(() => undefined);
    await app?.close().catch(() => undefined);
    await sql.end().catch(() => undefined);
    await database.drop().catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true }).catch(() => undefined);
    forget();
  }
}

/** One storm into the product: delivered, drained to every subscriber, then checked message by message. */
async function productStorm(sql: pg.Client, port: number, watchers: QueueWatchers, plan: StormPlan, round: string, options: MailStormOptions): Promise<ProductStorm> {
  const before = await latestQueueVersion(sql);
  const delivery = await deliverStorm(port, plan.messages, { connections: options.connections, to: HELPDESK_ADDRESS });
  if (delivery.refused.length > 0) throw new Error(`the product refused ${delivery.refused.length} messages: ${delivery.refused[0]!.reason}`);
  const after = await latestQueueVersion(sql);
  const lastEventAt = after > before ? await watchers.waitForVersion(after, 120_000) : delivery.lastAnswerAt;
  const drainMs = Math.max(delivery.lastAnswerAt, lastEventAt) - delivery.startedAt;
  const problems = [...(await checkStormOutcomes(sql, plan, round)), ...watchers.gapsIn(before + 1, after)];
  // Every new ticket (NEW or REJECTED) and every answer moves or touches the queue at least once.
  const minimum = plan.counts[StormKind.NEW_TICKET];
  if (after - before < minimum) problems.push(`only ${after - before} queue events for ${minimum} new tickets`);
  if (problems.length > 0) throw new Error(`the storm was not handled as the rules say: ${problems.join('; ')}`);
  return { drainMs, delivery, events: after - before };
}

/** The open tickets the storm's replies answer, opened by mail from active contacts before the storm. */
async function openReplyTickets(
  sql: pg.Client,
  port: number,
  customers: StormCustomers,
  tokens: ThreadTokens,
  options: MailStormOptions,
): Promise<{ tickets: { ticketId: number; from: string }[]; plan: StormPlan }> {
  const count = Math.min(options.replyTickets, Math.max(1, Math.round(options.messages / 10)));
  const counts = { [StormKind.NEW_TICKET]: count, [StormKind.EXPIRED]: 0, [StormKind.REPLY]: 0, [StormKind.UNKNOWN]: 0, [StormKind.AUTOMATIC]: 0 };
  const plan = await planStorm({ total: count, round: 'openers', customers, replyTickets: [], tokens, counts });
  const delivery = await deliverStorm(port, plan.messages, { connections: 4, to: HELPDESK_ADDRESS });
  if (delivery.refused.length > 0) throw new Error(`opening the tickets to answer failed: ${delivery.refused[0]!.reason}`);
  const rows = (
    await sql.query<{ ticket_id: number; sender: string }>(`select ticket_id, sender from inbound_mails where message_id like '<storm-openers-%' and ticket_id is not null order by id`)
  ).rows;
  if (rows.length !== count) throw new Error(`${rows.length} of ${count} tickets to answer were opened`);
  return { tickets: rows.map((row) => ({ ticketId: row.ticket_id, from: row.sender })), plan };
}

function describeCounts(plan: StormPlan): string {
  return Object.entries(plan.counts)
    .map(([kind, count]) => `${count} ${kind}`)
    .join(', ');
}

function rate(messages: number, ms: number): string {
  return ((messages * 1000) / ms).toFixed(0);
}

/** This process's CPU (user + system) since `since`, per message: unlike wall time, hardly moved by other work on the machine. */
function cpuPerMessage(since: NodeJS.CpuUsage, messages: number): string {
  const used = process.cpuUsage(since);
  return formatMs((used.user + used.system) / 1000 / messages);
}

function loadText(): string {
  return loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
}
