import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AGENT1, ALFA, ALFA_BASIC, LEAD } from '../support/demo-data.js';
import { expectCode, expectOneError, fieldsOf } from '../support/expect-errors.js';
import { refuseTicket, ticketInput, ticketWithTimeline, TICKET_FIELDS, type TicketView } from '../support/tickets.js';
import { instant, msk } from '../support/time.js';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';

const REGISTER = `mutation($id: ID!, $input: CreateTicketInput!) { registerRefusedRequest(id: $id, input: $input) { ${TICKET_FIELDS} } }`;
const REFUSED = 'query($open: Boolean) { refusedRequests(first: 200, open: $open) { id at registeredAt ticket { id number } } }';

/** Wednesday 4 March 2026, 11:00 MSK: a CRITICAL BASIC request is due 11:30 (SLA-1). */
const ARRIVED = msk('2026-03-04T11:00');

interface Refused {
  id: string;
  at: string;
  registeredAt: string | null;
  ticket: { id: string; number: string } | null;
}

describe.each(TEST_DATABASES)('registering a refused request once the customer is identified on %s (#12, ID-1, ID-2, SLA-2)', (kind) => {
  let t: TestApp;
  let agent: string;
  const clock = new ManualClock(ARRIVED);
  beforeAll(async () => {
    t = await startTestApp(kind, { clock, env: { SLA_SWEEP_INTERVAL_MS: '3600000' } });
    agent = await t.login(AGENT1);
  });
  afterAll(async () => t?.close());
  beforeEach(() => clock.set(ARRIVED));

  const refused = async (open: boolean | null = null) => (await t.gql<{ refusedRequests: Refused[] }>(REFUSED, { open }, agent)).refusedRequests;

  /** The customer writes with a wrong license number (ID-2): refused and kept. */
  async function refuseOne(): Promise<Refused> {
    const before = new Set((await refused()).map((r) => r.id));
    expectOneError(await refuseTicket(t, await t.login(ALFA), { identifier: 'DL-NOPE-0000', criticality: 'CRITICAL' }), 'BAD_USER_INPUT');
    const [made] = (await refused()).filter((r) => !before.has(r.id));
    return made!;
  }

  it('SLA-2: the ticket counts from the refused request’s arrival; the request then points to it and leaves the open list; the timeline says where it came from', async () => {
    const request = await refuseOne();
    expect((await refused(true)).map((r) => r.id)).toContain(request.id);

    clock.set(msk('2026-03-04T11:20'));
    const { registerRefusedRequest: ticket } = await t.gql<{ registerRefusedRequest: TicketView }>(
      REGISTER,
      { id: request.id, input: ticketInput({ ...ALFA_BASIC, criticality: 'CRITICAL' }) },
      agent,
    );
    expect(instant(ticket.receivedAt)).toBe(ARRIVED.getTime());
    expect(instant(ticket.responseDueAt)).toBe(msk('2026-03-04T11:30').getTime());
    expect(ticket).toMatchObject({ status: 'NEW', supportLevel: 'BASIC', channel: 'PORTAL', priority: 2 });

    const [registered] = (await refused(false)).filter((r) => r.id === request.id);
    expect(registered!.ticket).toEqual({ id: ticket.id, number: ticket.number });
    expect(instant(registered!.registeredAt!)).toBe(msk('2026-03-04T11:20').getTime());
    expect((await refused(true)).map((r) => r.id)).not.toContain(request.id);
    // Without `open`, both kinds are listed, as before the argument existed.
    const all = (await t.gql<{ refusedRequests: Refused[] }>('{ refusedRequests(first: 200) { id } }', {}, agent)).refusedRequests;
    expect(all.map((r) => r.id)).toContain(request.id);
    expect(all.length).toBe((await refused(true)).length + (await refused(false)).length);

    const line = (await ticketWithTimeline(t, agent, ticket.id)).timeline.find((e) => e.kind === 'LINKED')!;
    expect(line.summary).toContain('Registered from a request refused at 2026-03-04 11:00 MSK');
    expect(line.data).toMatchObject({ refusedRequestId: Number(request.id), refusedAt: ARRIVED.toISOString() });
  });

  it('a request registered once cannot be registered again (CONFLICT), and no second ticket appears', async () => {
    const request = await refuseOne();
    await t.gql(REGISTER, { id: request.id, input: ticketInput() }, agent);
    const error = expectOneError(await t.gqlErrors(REGISTER, { id: request.id, input: ticketInput() }, agent), 'CONFLICT');
    expect(error.message).toContain('already registered');
  });

  it('a still wrong identification is BAD_USER_INPUT naming the field, and adds nothing to the refused list', async () => {
    const request = await refuseOne();
    const count = (await refused()).length;
    const error = expectOneError(await t.gqlErrors(REGISTER, { id: request.id, input: ticketInput({ identifier: 'DL-NOPE-0000' }) }, agent), 'BAD_USER_INPUT');
    expect(fieldsOf(error)).toEqual(['input.identifier']);
    expect((await refused()).length).toBe(count);
    expect((await refused(true)).map((r) => r.id)).toContain(request.id);
  });

  it('an unknown refused request is NOT_FOUND', async () => {
    await expectCode(t, 'NOT_FOUND', REGISTER, { id: '999999', input: ticketInput() }, agent);
  });

  it.each([ALFA, 'partner@demo.local'])('is for staff: %s is FORBIDDEN', async (email) => {
    const request = await refuseOne();
    await expectCode(t, 'FORBIDDEN', REGISTER, { id: request.id, input: ticketInput() }, await t.login(email));
    expect((await refused(true)).map((r) => r.id)).toContain(request.id);
  });

  it('a lead may register one too', async () => {
    const request = await refuseOne();
    const { registerRefusedRequest } = await t.gql(REGISTER, { id: request.id, input: ticketInput() }, await t.login(LEAD));
    expect(registerRefusedRequest.status).toBe('NEW');
  });
});
