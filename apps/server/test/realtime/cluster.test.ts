import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL } from '../support/graphql-client.js';
import { CREATE_TICKET, clusterDatabase, clusterReady, login, ticketDueIn } from '../support/cluster.js';
import { startServerProcess, type ServerProcess } from '../support/server-process.js';
import { subscribe, waitFor } from '../support/subscription-client.js';
import type { TestDatabase } from '../support/test-database.js';


const SLA_ALERT = `subscription { slaAlert { kind dueAt ticket { id } } }`;
const QUEUE_CHANGED = `subscription { queueChanged { version kind position ticket { id } } }`;

describe.skipIf(!clusterReady)('two server processes on one PostgreSQL and one Redis', () => {
  let database: TestDatabase;
  let a: ServerProcess;
  let b: ServerProcess;
  let env: Record<string, string>;
  beforeAll(async () => {
    ({ database, env } = await clusterDatabase({ SLA_SWEEP_INTERVAL_MS: '1000' }));
    // Started together against one empty database: migrations and seeding must run once.
    [a, b] = await Promise.all([startServerProcess(env), startServerProcess(env)]);
  }, 90_000); // a new database, then both processes healthy within startServerProcess's minute
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await database?.drop();
  });

  it('a ticket created through process A reaches a queueChanged subscriber on process B', async () => {
    const tokenB = await login(b.url, 'agent2@demo.local');
    const live = await subscribe<{ queueChanged: { kind: string; ticket: { id: string } } }>(b.url, tokenB, QUEUE_CHANGED);
    try {
      const lead = await login(a.url, 'lead@demo.local');
      const { body } = await postGraphQL<{ createTicket: { id: string } }>(a.url, CREATE_TICKET, { input: ticketDueIn(600) }, lead);
      const id = body.data!.createTicket.id;
      await live.until((events) => events.some((e) => e.queueChanged.ticket.id === id));
      expect(live.events.find((e) => e.queueChanged.ticket.id === id)!.queueChanged.kind).toBe('ADDED');
    } finally {
      await live.close();
    }
  });

  it('SLA-7: a deadline due in a few seconds produces exactly one BREACHED per subscriber on both processes', async () => {
    const subscribers = await Promise.all(
      [a, b, a, b].map(async (server) => subscribe<{ slaAlert: { kind: string; ticket: { id: string } } }>(server.url, await login(server.url, 'lead@demo.local'), SLA_ALERT)),
    );
    try {
      const lead = await login(a.url, 'lead@demo.local');
      const { body } = await postGraphQL<{ createTicket: { id: string; responseDueAt: string } }>(a.url, CREATE_TICKET, { input: ticketDueIn(2) }, lead);
      const ticket = body.data!.createTicket;
      const breachesOf = (events: { slaAlert: { kind: string; ticket: { id: string } } }[]) =>
        events.filter((e) => e.slaAlert.kind === 'BREACHED' && e.slaAlert.ticket.id === ticket.id);
      for (const live of subscribers) await live.until((events) => breachesOf(events).length >= 1, 15_000);
      // Give a duplicate every chance to show up: two more sweeps on each process.
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      for (const live of subscribers) expect(breachesOf(live.events)).toHaveLength(1);
      const { body: history } = await postGraphQL<{ slaAlerts: { kind: string }[] }>(b.url, `{ slaAlerts(ticketId: "${ticket.id}") { kind } }`, {}, lead);
      expect(history.data!.slaAlerts.filter((x) => x.kind === 'BREACHED')).toHaveLength(1);
    } finally {
      await Promise.all(subscribers.map((s) => s.close()));
    }
  });

  it('SLA-7: a process killed (SIGKILL) before a deadline raises the alert after it starts again', async () => {
    await b.stop(); // only A may raise it
    const lead = await login(a.url, 'lead@demo.local');
    const { body } = await postGraphQL<{ createTicket: { id: string; responseDueAt: string } }>(a.url, CREATE_TICKET, { input: ticketDueIn(2) }, lead);
    const ticket = body.data!.createTicket;
    await a.crash();
    await waitFor(() => Date.now() > new Date(ticket.responseDueAt).getTime() + 500, 10_000, 'the deadline to pass while down');
    a = await startServerProcess(env, a.port);
    const token = await login(a.url, 'lead@demo.local');
    let alerts: { kind: string; raisedAt: string }[] = [];
    await waitFor(
      async () => {
        const { body: history } = await postGraphQL<{ slaAlerts: { kind: string; raisedAt: string }[] }>(a.url, `{ slaAlerts(ticketId: "${ticket.id}") { kind raisedAt } }`, {}, token);
        alerts = history.data?.slaAlerts ?? [];
        return alerts.some((x) => x.kind === 'BREACHED');
      },
      10_000,
      'the late BREACHED alert',
    );
    expect(alerts.filter((x) => x.kind === 'BREACHED')).toHaveLength(1);
    expect(new Date(alerts.find((x) => x.kind === 'BREACHED')!.raisedAt).getTime()).toBeGreaterThan(new Date(ticket.responseDueAt).getTime());
    b = await startServerProcess(env);
  });

  it('SVC-3: a certificate expiry alert reaches subscribers on both processes over the bus, once each, long before the safety poll', async () => {
    const subscribers = await Promise.all(
      [a, b].map(async (server) =>
        subscribe<{ certificateExpiryAlert: { thresholdDays: number; certificate: { id: string } } }>(
          server.url,
          await login(server.url, 'lead@demo.local'),
          `subscription { certificateExpiryAlert { thresholdDays certificate { id } } }`,
        ),
      ),
    );
    try {
      const lead = await login(a.url, 'lead@demo.local');
      const { body: products } = await postGraphQL<{ products: { id: string; name: string }[] }>(a.url, '{ products { id name } }', {}, lead);
      const productId = products.data!.products.find((p) => p.name === 'Dallas Lock 8.0')!.id;
      // 60 days left: the 90-day alert is due at once, and the next sweep (1 s) of either process raises it.
      const validUntil = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
      const { body } = await postGraphQL<{ createCertificate: { id: string } }>(
        a.url,
        `mutation($input: CreateCertificateInput!) { createCertificate(input: $input) { id } }`,
        { input: { productId, number: '№ 9901', issuer: 'ФСТЭК России', productVersions: '8.0', validFrom: '2024-01-01', validUntil } },
        lead,
      );
      const id = body.data!.createCertificate.id;
      const alertsOf = (events: { certificateExpiryAlert: { thresholdDays: number; certificate: { id: string } } }[]) =>
        events.filter((e) => e.certificateExpiryAlert.certificate.id === id);
      // FEED_POLL_INTERVAL_MS is 30 s: arriving within 8 s on both means the bus carried it.
      for (const live of subscribers) await live.until((events) => alertsOf(events).length >= 1, 8_000);
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      for (const live of subscribers) expect(alertsOf(live.events).map((e) => e.certificateExpiryAlert.thresholdDays)).toEqual([90]);
    } finally {
      await Promise.all(subscribers.map((s) => s.close()));
    }
  });
});
