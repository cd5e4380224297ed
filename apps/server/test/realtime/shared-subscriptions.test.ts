import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subscribe } from '../support/subscription-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const TICKET_UPDATED = `subscription($id: ID!) { ticketUpdated(id: $id) { id status timeline { kind internal } } }`;

describe('one execution per event and subscription shape', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('sqlite');
  });
  afterAll(async () => t?.close());

  it('TKT-9: staff and the customer watching one ticket still get their own view (internal entries only for staff)', async () => {
    const customer = await t.login('beta@demo.local');
    const agent = await t.login('agent1@demo.local');
    const id = (
      await t.gql(
        `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id } }`,
        {
          input: {
            identifier: 'DL-EXT-0001', organizationName: 'ПАО Бета', contact: { fullName: 'Борис Бетов', position: 'Инженер', phone: '+7 495 000-00-02', email: 'beta@demo.local' },
            subject: 'Общая подписка', description: 'Описание', category: 'INCIDENT', criticality: 'NON_CRITICAL', channel: 'PORTAL',
          },
        },
        customer,
      )
    ).createTicket.id;
    type Event = { ticketUpdated: { status: string; timeline: { kind: string; internal: boolean }[] } };
    const staffViews = await Promise.all([subscribe<Event>(t.url, agent, TICKET_UPDATED, { id }), subscribe<Event>(t.url, agent, TICKET_UPDATED, { id })]);
    const customerView = await subscribe<Event>(t.url, customer, TICKET_UPDATED, { id });
    try {
      // Each view starts with the ticket as it is; the change follows as the second event.
      for (const view of [...staffViews, customerView]) await view.until((events) => events.length >= 1);
      await t.gql(`mutation($id: ID!) { addInternalNote(ticketId: $id, body: "Только для своих") { id } }`, { id }, agent);
      for (const view of [...staffViews, customerView]) await view.until((events) => events.length >= 2);
      for (const view of staffViews) expect(view.events[1]!.ticketUpdated.timeline.some((e) => e.internal)).toBe(true);
      expect(customerView.events[1]!.ticketUpdated.timeline.some((e) => e.internal)).toBe(false);
      expect(staffViews[0]!.events[1]).toEqual(staffViews[1]!.events[1]);
    } finally {
      await Promise.all([...staffViews, customerView].map((view) => view.close()));
    }
  });
});
