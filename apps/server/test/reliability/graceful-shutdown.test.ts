import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL } from '../support/graphql-client.js';
import { startServerProcess, type ServerProcess } from '../support/server-process.js';
import { subscribe, waitFor } from '../support/subscription-client.js';
import type { TestDatabase } from '../support/test-database.js';
import { CREATE_TICKET, clusterDatabase, clusterReady, login, refusesConnections, slowGraphQL, ticketDueIn } from '../support/cluster.js';


type Alert = { slaAlert: { kind: string; ticket: { id: string } } };
const SLA_ALERT = `subscription { slaAlert { kind ticket { id } } }`;

describe.skipIf(!clusterReady)('#16: SIGTERM stops one process gracefully while another keeps serving', () => {
  let database: TestDatabase;
  let a: ServerProcess;
  let b: ServerProcess;
  beforeAll(async () => {
    // Sweeps a minute apart: a deadline fired within seconds was fired by a timer, not caught up by a sweep.
    const cluster = await clusterDatabase({ SLA_SWEEP_INTERVAL_MS: '60000' }, { migrated: true });
    database = cluster.database;
    const env = cluster.env;
    a = await startServerProcess(env);
    b = await startServerProcess(env);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await database?.drop();
  });

  it('finishes the in-flight request, refuses new connections, closes WebSockets with 1012, and the other process fires the deadline', async () => {
    const leadA = await login(a.url, 'lead@demo.local');
    const leadB = await login(b.url, 'lead@demo.local');
    const onA = await subscribe<Alert>(a.url, leadA, SLA_ALERT);
    const onB = await subscribe<Alert>(b.url, leadB, SLA_ALERT);
    try {
      const { body } = await postGraphQL<{ createTicket: { id: string; responseDueAt: string } }>(a.url, CREATE_TICKET, { input: ticketDueIn(4) }, leadA);
      const ticket = body.data!.createTicket;
      const inFlight = slowGraphQL(a.url, '{ me { email } }', leadA);
      await new Promise((resolve) => setTimeout(resolve, 300)); // the server has read its headers

      const signalled = Date.now();
      const stopped = a.stop();
      await waitFor(() => refusesConnections(a.port), 10_000, 'process A to stop accepting connections');
      await waitFor(() => onA.errors.some((e) => (e as { code?: number }).code !== undefined), 10_000, 'the WebSocket on A to close');
      expect(onA.errors.map((e) => (e as { code?: number }).code)).toContain(1012);

      const answer = await inFlight.finish();
      expect(answer.status).toBe(200);
      expect(answer.body.data.me.email).toBe('lead@demo.local');
      await stopped;
      expect(a.exitCode()).toBe(0);
      const shutdownMs = Date.now() - signalled;

      await onB.until((events) => events.some((e) => e.slaAlert.kind === 'BREACHED' && e.slaAlert.ticket.id === ticket.id), 15_000);
      const lateMs = Date.now() - new Date(ticket.responseDueAt).getTime();
      expect(lateMs).toBeLessThan(10_000);
      console.log(`[#16 graceful shutdown] in-flight request answered 200; WebSocket closed 1012; exited 0 after ${shutdownMs} ms; the deadline fired by the other process ${lateMs} ms after it fell due`);
    } finally {
      await Promise.all([onA.close(), onB.close()]);
    }
  }, 90_000);
});
