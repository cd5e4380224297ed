import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Organization } from '../../src/entities/organizations/organization.entity.js';
import { AGENT1, ALFA, ALFA_BASIC, BETA, BETA_EXT, PARTNER } from '../support/demo-data.js';
import { subscribe } from '../support/subscription-client.js';
import { createTicket } from '../support/tickets.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';

const WATCH = `subscription($id: ID!) { ticketUpdated(id: $id) { id featureRequests { tickets { number } } } }`;
type Event = { ticketUpdated: { featureRequests: { tickets: { number: string }[] }[] } };

/**
 * #15 finding 10: one execution per event is shared only by viewers who may see the same things. A
 * partner serving two customers and one of those customers watch the same ticket with the same
 * document: the partner's payload lists both customers' tickets of a feature request, the customer's
 * only its own.
 */
describe.each(TEST_DATABASES)('shared subscription executions and visibility on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
    const em = t.app.orm.em.fork();
    const partner = await em.findOneOrFail(Organization, { name: 'ООО Партнёр-Сервис' }, { populate: ['servedCustomers'] });
    partner.servedCustomers.add(await em.findOneOrFail(Organization, { name: BETA_EXT.organizationName }));
    await em.flush();
  });
  afterAll(async () => t?.close());

  it("a partner serving Альфа and Бета and Альфа's customer each get their own view of one change", async () => {
    const agent = await t.login(AGENT1);
    const alfaTicket = await createTicket(t, await t.login(ALFA), { ...ALFA_BASIC, category: 'FEATURE_REQUEST' });
    const betaTicket = await createTicket(t, await t.login(BETA), {
      ...BETA_EXT,
      category: 'FEATURE_REQUEST',
      contact: { fullName: 'Борис Бетов', position: 'Инженер', phone: '+7 495 000-00-02' },
    });
    const request = await t.gql('mutation($id: ID!) { registerFeatureRequestFromTicket(ticketId: $id) { id } }', { id: alfaTicket.id }, agent);
    await t.gql('mutation($r: ID!, $id: ID!) { linkTicketToFeatureRequest(featureRequestId: $r, ticketId: $id) { id } }', { r: request.registerFeatureRequestFromTicket.id, id: betaTicket.id }, agent);

    // The partner subscribes first: on main its execution was the one the customer got too.
    const partnerView = await subscribe<Event>(t.url, await t.login(PARTNER), WATCH, { id: alfaTicket.id });
    const customerView = await subscribe<Event>(t.url, await t.login(ALFA), WATCH, { id: alfaTicket.id });
    try {
      for (const view of [partnerView, customerView]) await view.until((events) => events.length >= 1);
      await t.gql('mutation($id: ID!) { startWork(ticketId: $id) { id } }', { id: alfaTicket.id }, agent);
      for (const view of [partnerView, customerView]) await view.until((events) => events.length >= 2);
      const numbers = (view: typeof partnerView) => view.events[1]!.ticketUpdated.featureRequests.flatMap((r) => r.tickets.map((x) => x.number)).sort();
      expect(numbers(partnerView)).toEqual([alfaTicket.number, betaTicket.number].sort());
      expect(numbers(customerView)).toEqual([alfaTicket.number]);
    } finally {
      await Promise.all([partnerView.close(), customerView.close()]);
    }
  });
});
