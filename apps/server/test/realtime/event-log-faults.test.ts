import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliveryReport, summarize } from '../support/delivery-report.js';
import { subscribe, waitFor, type LiveSubscription } from '../support/subscription-client.js';
import { redisServerInstalled, startPairOverPrivateRedis, type PairOverPrivateRedis, type PrivateRedis } from '../support/private-redis.js';
import type { TestApp } from '../support/test-app.js';
import { betaPortalRequest } from '../support/tickets.js';

const ready = Boolean(process.env.TEST_DATABASE_URL) && redisServerInstalled;

const QUEUE_CHANGED = `subscription { queueChanged { version ticket { id } } }`;
const QUEUE_VERSION = `{ queue(first: 1) { version } }`;
const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id } }`;
const TICKET = `query($id: ID!) { ticket(id: $id) { id } }`;

type QueueEvent = { queueChanged: { version: number } };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * #16 fault suite: two server processes (in this test process) over one
 * PostgreSQL and a private Redis, live queue subscribers on both, intake load,
 * then a fault. Every subscriber must end with every version exactly once and
 * in order, and no acknowledged ticket may be lost. Each test prints a summary.
 */
describe.skipIf(!ready)('live events under faults (#16)', () => {
  let pair: PairOverPrivateRedis;
  let redis: PrivateRedis;
  let a: TestApp;
  let b: TestApp;
  let tokens: { agentA: string; agentB: string; customerA: string; customerB: string };
  beforeAll(async () => {
    pair = await startPairOverPrivateRedis();
    ({ redis, a, b } = pair);
    tokens = {
      agentA: await a.login('agent1@demo.local'),
      agentB: await b.login('agent2@demo.local'),
      customerA: await a.login('beta@demo.local'),
      customerB: await b.login('beta@demo.local'),
    };
  }, 60_000);
  afterAll(async () => pair?.close());

  async function subscribers(): Promise<LiveSubscription<QueueEvent>[]> {
    return Promise.all([
      subscribe<QueueEvent>(a.url, tokens.agentA, QUEUE_CHANGED),
      subscribe<QueueEvent>(a.url, tokens.agentA, QUEUE_CHANGED),
      subscribe<QueueEvent>(b.url, tokens.agentB, QUEUE_CHANGED),
      subscribe<QueueEvent>(b.url, tokens.agentB, QUEUE_CHANGED),
    ]);
  }

  const queueVersion = async () => (await a.gql(QUEUE_VERSION, {}, tokens.agentA)).queue.version as number;

  /** Creates a ticket through A or B; the id when the server acknowledged it, null when the fault failed the request. */
  async function createOn(app: TestApp, token: string): Promise<string | null> {
    const body = await app.raw(CREATE, { input: betaPortalRequest({ subject: 'Нагрузка при сбое', description: 'Описание' }) }, token).catch(() => null);
    return body?.data?.createTicket?.id ?? null;
  }

  async function lostOf(acknowledged: readonly string[]): Promise<number> {
    let lost = 0;
    for (const id of acknowledged) if (!(await b.raw(TICKET, { id }, tokens.agentB)).data?.ticket) lost += 1;
    return lost;
  }

  /** Waits (bounded) until every subscriber holds every version in (from, to]; returns the time it took. */
  async function allDelivered(live: LiveSubscription<QueueEvent>[], from: number, to: number): Promise<number> {
    const started = Date.now();
    await waitFor(() => live.every((s) => deliveryReport(s.events.map((e) => e.queueChanged.version), from, to).missing === 0), 20_000, 'every version on every subscriber').catch(
      () => undefined,
    );
    return Date.now() - started;
  }

  it('Redis down for 10 s and back: every version reaches every subscriber on both processes, none twice, in order', async () => {
    const live = await subscribers();
    try {
      const from = await queueVersion();
      await redis.kill();
      const acknowledged: string[] = [];
      const outageEnds = Date.now() + 10_000;
      for (let i = 0; Date.now() < outageEnds && i < 40; i += 1) {
        const id = await createOn(i % 2 === 0 ? a : b, i % 2 === 0 ? tokens.customerA : tokens.customerB);
        if (id) acknowledged.push(id);
        await sleep(250);
      }
      await redis.start();
      const back = Date.now();
      const to = await queueVersion();
      await allDelivered(live, from, to);
      const recovery = Date.now() - back;
      const reports = live.map((s) => deliveryReport(s.events.map((e) => e.queueChanged.version), from, to));
      console.log(summarize('redis down 10 s', { acknowledged: acknowledged.length, lost: await lostOf(acknowledged), versions: to - from, 'recovery ms': recovery }, reports));
      expect(acknowledged.length).toBeGreaterThan(5);
      expect(await lostOf(acknowledged)).toBe(0);
      for (const report of reports) expect(report).toEqual({ missing: 0, duplicated: 0, reordered: 0 });
    } finally {
      await Promise.all(live.map((s) => s.close()));
    }
  }, 90_000);

  it('pg_terminate_backend on every connection under load, five times: every version reaches every subscriber, no restart', async () => {
    const live = await subscribers();
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    try {
      const from = await queueVersion();
      const name = new URL(pair.database.config.kind === 'postgresql' ? pair.database.config.url : '').pathname.slice(1);
      const acknowledged: string[] = [];
      let stop = false;
      const load = [a, b].map(async (app, n) => {
        // Bounded in count and time; a request the fault failed is retried after a pause.
        for (let i = 0; !stop && i < 300; i += 1) {
          const id = await createOn(app, n === 0 ? tokens.customerA : tokens.customerB);
          if (id) acknowledged.push(id);
          else await sleep(100);
        }
      });
      let terminated = 0;
      for (let round = 0; round < 5; round += 1) {
        await sleep(1_000);
        const result = await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [name]);
        terminated += result.rowCount ?? 0;
      }
      await sleep(1_000);
      stop = true;
      await Promise.all(load);
      const quiet = Date.now();
      // The queue version read itself may meet a connection the last round terminated.
      let to = 0;
      await waitFor(async () => (to = await queueVersion().catch(() => 0)) > 0, 10_000, 'the queue version');
      await allDelivered(live, from, to);
      const reports = live.map((s) => deliveryReport(s.events.map((e) => e.queueChanged.version), from, to));
      const lost = await lostOf(acknowledged);
      console.log(
        summarize('pg_terminate_backend ×5 under load', { 'connections terminated': terminated, acknowledged: acknowledged.length, lost, versions: to - from, 'recovery ms': Date.now() - quiet }, reports),
      );
      expect(terminated).toBeGreaterThan(0);
      expect(lost).toBe(0);
      // A loaded CI machine commits few tickets between terminations; some must have gone through them.
      expect(to - from).toBeGreaterThanOrEqual(3);
      for (const report of reports) expect(report).toEqual({ missing: 0, duplicated: 0, reordered: 0 });
    } finally {
      await admin.end();
      await Promise.all(live.map((s) => s.close()));
    }
  }, 90_000);
});
