import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliveryReport, summarize } from '../support/delivery-report.js';
import { postGraphQL } from '../support/graphql-client.js';
import { nginxInstalled, startFrontDoor, type FrontDoor } from '../support/nginx.js';
import { startServerProcess, type ServerProcess } from '../support/server-process.js';
import { subscribe, waitFor } from '../support/subscription-client.js';
import type { TestDatabase } from '../support/test-database.js';
import { CREATE_TICKET, clusterDatabase, clusterReady, login, ticketDueIn } from '../support/cluster.js';

if (!nginxInstalled) console.warn('[#16 front door] SKIPPED: /usr/sbin/nginx is not installed (.ci/run installs Debian\'s nginx)');

type QueueChanged = { queueChanged: { ticket: { id: string } } };
const QUEUE_VERSION = '{ queue(first: 1) { version } }';
const QUEUE_CHANGED = `subscription { queueChanged { ticket { id } } }`;
const ME = '{ me { email } }';

type ResumedQueueChanged = { queueChanged: { version: number; ticket: { id: string } } };
const RESUMED_QUEUE_CHANGED = `subscription($after: Int) { queueChanged(after: $after) { version ticket { id } } }`;

/**
 * A graphql-ws client as the console opens one: it reconnects after any close, quickly here, and
 * resumes (#16) from the last version it holds — graphql-ws sends the same payload object again on
 * every reconnect, so moving `after` along with the events is all a resume takes.
 */
function reconnectingSubscriber(url: string, token: string, after: number) {
  const seen: string[] = [];
  const versions: number[] = [];
  const closeCodes: number[] = [];
  let connections = 0;
  const payload = { query: RESUMED_QUEUE_CHANGED, variables: { after } };
  const client: Client = createClient({
    url: `${url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    lazy: false,
    retryAttempts: 200,
    shouldRetry: () => true,
    retryWait: () => new Promise((resolve) => setTimeout(resolve, 200)),
    on: { connected: () => void connections++, closed: (event) => void closeCodes.push((event as { code: number }).code) },
  });
  client.subscribe<ResumedQueueChanged>(payload, {
    next: (r) => {
      if (!r.data) return;
      seen.push(r.data.queueChanged.ticket.id);
      versions.push(r.data.queueChanged.version);
      payload.variables.after = r.data.queueChanged.version;
    },
    error: () => undefined,
    complete: () => undefined,
  });
  return { seen, versions, closeCodes, connections: () => connections, close: () => client.dispose() };
}

describe.skipIf(!clusterReady || !nginxInstalled)("#16: the front door — deploy/nginx.conf in front of two processes on one PostgreSQL and Redis", () => {
  let database: TestDatabase;
  let env: Record<string, string>;
  const replicas: ServerProcess[] = [];
  let door: FrontDoor;
  beforeAll(async () => {
    ({ database, env } = await clusterDatabase({ TRUSTED_PROXIES: '1' }, { migrated: true }));
    replicas.push(await startServerProcess(env), await startServerProcess(env));
    door = await startFrontDoor([replicas[0]!.port, replicas[1]!.port]);
  }, 90_000);
  afterAll(async () => {
    await door?.stop();
    await Promise.all(replicas.map((replica) => replica.stop()));
    await database?.drop();
  });

  async function queueVersion(token: string): Promise<number> {
    return (await postGraphQL<{ queue: { version: number } }>(door.url, QUEUE_VERSION, {}, token)).body.data!.queue.version;
  }

  it('serves HTTP and a WebSocket subscription through the upgrade', async () => {
    const lead = await login(door.url, 'lead@demo.local');
    const me = await postGraphQL<{ me: { email: string } }>(door.url, ME, {}, lead);
    expect(me.body.data?.me.email).toBe('lead@demo.local');
    const live = await subscribe<QueueChanged>(door.url, lead, QUEUE_CHANGED);
    try {
      const { body } = await postGraphQL<{ createTicket: { id: string } }>(door.url, CREATE_TICKET, { input: ticketDueIn(600) }, lead);
      const id = body.data!.createTicket.id;
      await live.until((events) => events.some((e) => e.queueChanged.ticket.id === id));
    } finally {
      await live.close();
    }
  });

  it('a rolling restart (SIGTERM, start again, one replica at a time) under 10 steady clients fails no request', async () => {
    const lead = await login(door.url, 'lead@demo.local');
    const failures: string[] = [];
    let answered = 0;
    let loading = true;
    const client = async () => {
      while (loading) {
        try {
          const { status, body } = await postGraphQL<{ me: { email: string } }>(door.url, ME, {}, lead);
          if (status !== 200 || body.errors || body.data?.me.email !== 'lead@demo.local') failures.push(`${status} ${JSON.stringify(body).slice(0, 200)}`);
          else answered++;
        } catch (error) {
          failures.push(String(error));
        }
      }
    };
    const load = Array.from({ length: 10 }, client);
    const started = Date.now();
    const restarts: number[] = [];
    for (const index of [0, 1]) {
      await new Promise((resolve) => setTimeout(resolve, 2_500)); // nginx's fail_timeout: the other replica is back in rotation
      const restartBegan = Date.now();
      await replicas[index]!.stop();
      replicas[index] = await startServerProcess(env, replicas[index]!.port);
      restarts.push(Date.now() - restartBegan);
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    loading = false;
    await Promise.all(load);
    console.log(
      `[#16 rolling restart] ${failures.length} of ${answered + failures.length} requests failed over ${((Date.now() - started) / 1000).toFixed(1)} s with 10 clients; each replica back in ${restarts.map((ms) => `${ms} ms`).join(' and ')}`,
    );
    expect(failures, `nginx's error log:\n${door.errorLog()}`).toEqual([]);
    expect(answered).toBeGreaterThan(50);
  }, 150_000);

  it('kill -9 of one replica under intake: its WebSocket clients reconnect through nginx, resume, and hold every version once and in order', async () => {
    const lead = await login(door.url, 'lead@demo.local');
    const from = await queueVersion(lead);
    const subscribers = Array.from({ length: 6 }, () => reconnectingSubscriber(door.url, lead, from));
    let loading = true;
    const acknowledged: string[] = [];
    // Tickets keep arriving through the door while the replica dies and its clients reconnect: what they miss meanwhile comes back on resume.
    const intake = (async () => {
      while (loading) {
        const { body } = await postGraphQL<{ createTicket: { id: string } }>(door.url, CREATE_TICKET, { input: ticketDueIn(600) }, lead).catch(() => ({ body: {} as { data?: { createTicket: { id: string } } } }));
        if (body.data?.createTicket.id) acknowledged.push(body.data.createTicket.id);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    try {
      await waitFor(() => subscribers.every((s) => s.connections() === 1), 15_000, 'every subscriber to connect');
      await new Promise((resolve) => setTimeout(resolve, 500));
      const killed = Date.now();
      await replicas[0]!.crash();
      // Round robin put some subscribers on the killed replica: those lose their socket and reconnect.
      const dropped = () => subscribers.filter((s) => s.closeCodes.length > 0);
      await waitFor(() => dropped().length > 0 && dropped().every((s) => s.connections() >= 2), 30_000, 'the dropped subscribers to reconnect');
      const reconnectedMs = Date.now() - killed;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      loading = false;
      await intake;
      const to = await queueVersion(lead);
      await waitFor(() => subscribers.every((s) => deliveryReport(s.versions, from, to).missing === 0), 20_000, 'every subscriber to hold every version');
      const reports = subscribers.map((s) => deliveryReport(s.versions, from, to));
      console.log(
        summarize('kill -9 behind nginx', { 'clients reconnected': `${dropped().length} of ${subscribers.length}`, 'reconnected within ms': reconnectedMs, acknowledged: acknowledged.length, versions: to - from, 'every version everywhere after ms': Date.now() - killed }, reports),
      );
      expect(acknowledged.length).toBeGreaterThan(3);
      for (const s of subscribers) for (const id of acknowledged) expect(s.seen).toContain(id);
      for (const report of reports) expect(report).toEqual({ missing: 0, duplicated: 0, reordered: 0 });
      replicas[0] = await startServerProcess(env, replicas[0]!.port);
    } finally {
      loading = false;
      await intake;
      await Promise.all(subscribers.map((s) => s.close()));
    }
  }, 90_000);
});
