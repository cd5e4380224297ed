import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENT1, ALFA, PARTNER } from '../support/demo-data.js';
import { expectCode, fieldsOf } from '../support/expect-errors.js';
import { CREATE_TICKET, createTicket, refusedRequests, ticketInput } from '../support/tickets.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';

const READ = `query($id: ID!) { ticket(id: $id) { assignee { email } timeline { kind summary data } } }`;

/** #15 finding 11: what customers and partners see of staff's work, decided in SECURITY.md. */
describe.each(TEST_DATABASES)("customers' view of staff on %s", (kind) => {
  let t: TestApp;
  let alfa: string;
  let agent: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    alfa = await t.login(ALFA);
    agent = await t.login(AGENT1);
  });
  afterAll(async () => t?.close());

  it("TKT-9, TKT-6: the customer sees that its ticket was escalated and to which level, never staff's reason", async () => {
    const { id } = await createTicket(t, alfa);
    const reason = 'Заказчик третий раз присылает одно и то же';
    await t.gql('mutation($id: ID!, $r: String!) { escalateTicket(ticketId: $id, reason: $r) { id } }', { id, r: reason }, agent);
    const seen = (await t.gql(READ, { id }, alfa)).ticket;
    expect(seen.timeline.filter((e: { kind: string }) => e.kind === 'ESCALATED')).toEqual([{ kind: 'ESCALATED', summary: 'Escalated to level 1', data: { level: 1 } }]);
    expect(JSON.stringify(seen)).not.toContain(reason);
    expect(JSON.stringify((await t.gql(READ, { id }, agent)).ticket.timeline)).toContain(reason);
  });

  it("a staff member's e-mail is shown to staff and to themselves; customers and partners see the desk's address", async () => {
    const { id } = await createTicket(t, alfa);
    await t.gql('mutation($id: ID!) { startWork(ticketId: $id) { id } }', { id }, agent);
    expect((await t.gql(READ, { id }, alfa)).ticket.assignee).toEqual({ email: 'helpdesk@confident.ru' });
    expect((await t.gql(READ, { id }, await t.login(PARTNER))).ticket.assignee).toEqual({ email: 'helpdesk@confident.ru' });
    expect((await t.gql(READ, { id }, agent)).ticket.assignee).toEqual({ email: AGENT1 });
    expect((await t.gql('{ me { email } }', {}, alfa)).me.email).toBe(ALFA);
  });

  it('LVL-5, SLA-2: a customer cannot claim its own request came by phone or API; partners may say API; staff register any channel', async () => {
    for (const channel of ['PHONE', 'API', 'EMAIL', 'TELEGRAM']) {
      const input = ticketInput({ channel });
      expect(fieldsOf(await expectCode(t, 'BAD_USER_INPUT', CREATE_TICKET, { input }, alfa))).toEqual(['input.channel']);
      expect((await refusedRequests(t, agent)).some((r) => r.payload.subject === input.subject)).toBe(true);
    }
    expect((await createTicket(t, alfa, { channel: 'PORTAL' })).channel).toBe('PORTAL');
    const partner = await t.login(PARTNER);
    expect((await createTicket(t, partner, { channel: 'API' })).channel).toBe('API');
    await expectCode(t, 'BAD_USER_INPUT', CREATE_TICKET, { input: ticketInput({ channel: 'PHONE' }) }, partner);
    expect((await createTicket(t, agent, { channel: 'PHONE' })).channel).toBe('PHONE');
  });
});
