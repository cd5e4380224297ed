import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENT1, ALFA, BETA, PARTNER } from '../support/demo-data.js';
import { createTicket } from '../support/tickets.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';

/**
 * #15: the nested half of the authorization table — where another organization's data could come along
 * inside something the caller may read. Альфа's ticket carries an internal note, a message and a feature
 * request; ПАО Бета's customer and a partner serving only Альфа probe every way to it.
 */
describe.each(TEST_DATABASES)("another organization's data through nested fields on %s", (kind) => {
  let t: TestApp;
  let alfaTicket: { id: string; number: string; subject: string };
  let requestId: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    const agent = await t.login(AGENT1);
    alfaTicket = await createTicket(t, await t.login(ALFA), { category: 'FEATURE_REQUEST', subject: 'Секретный проект Альфы' });
    await t.gql('mutation($id: ID!) { addInternalNote(ticketId: $id, body: "внутреннее") { id } }', { id: alfaTicket.id }, agent);
    await t.gql('mutation($id: ID!) { startWork(ticketId: $id) { id } }', { id: alfaTicket.id }, agent);
    await t.gql('mutation($id: ID!) { replyToTicket(ticketId: $id, kind: CLARIFYING_QUESTION, body: "уточните") { id } }', { id: alfaTicket.id }, agent);
    requestId = (await t.gql('mutation($id: ID!) { registerFeatureRequestFromTicket(ticketId: $id) { id } }', { id: alfaTicket.id }, agent)).registerFeatureRequestFromTicket.id;
  });
  afterAll(async () => t?.close());

  it("another customer reaches none of Альфа's ticket: not by id, list, number, search or a feature request's tickets", async () => {
    const beta = await t.login(BETA);
    expect((await t.gql('query($id: ID!) { ticket(id: $id) { id timeline { summary } messages { body } files { id } } }', { id: alfaTicket.id }, beta)).ticket).toBeNull();
    expect((await t.gql('query($n: String!) { tickets(filter: { number: $n }) { totalCount } }', { n: alfaTicket.number }, beta)).tickets.totalCount).toBe(0);
    expect((await t.gql('query($q: String!) { searchTickets(query: $q) { totalCount } }', { q: 'Секретный проект' }, beta)).searchTickets.totalCount).toBe(0);
    const request = (await t.gql('query($id: ID!) { featureRequest(id: $id) { tickets { id } } }', { id: requestId }, beta)).featureRequest;
    expect(request === null || request.tickets.length === 0).toBe(true);
    expect((await t.gql('{ organizations { name } }', {}, beta)).organizations).toEqual([{ name: 'ПАО Бета' }]);
  });

  it("the partner serving Альфа reads the ticket, its messages and feature request, never the internal note", async () => {
    const partner = await t.login(PARTNER);
    const seen = (await t.gql('query($id: ID!) { ticket(id: $id) { id timeline { internal summary } messages { internal body } } }', { id: alfaTicket.id }, partner)).ticket;
    expect(seen.id).toBe(alfaTicket.id);
    expect(seen.timeline.some((e: { internal: boolean }) => e.internal)).toBe(false);
    expect(seen.messages.map((m: { body: string }) => m.body)).toContain('уточните');
    expect(seen.messages.some((m: { internal: boolean; body: string }) => m.internal || m.body === 'внутреннее')).toBe(false);
    expect((await t.gql('query($id: ID!) { featureRequest(id: $id) { tickets { id } } }', { id: requestId }, partner)).featureRequest.tickets).toEqual([{ id: alfaTicket.id }]);
  });

  it("a partner's API token list and holders stay within its own organization", async () => {
    const partner = await t.login(PARTNER);
    const holders = (await t.gql('{ apiTokenHolders { email organization { name } } }', {}, partner)).apiTokenHolders;
    expect(holders.every((u: { organization: { name: string } }) => u.organization.name === 'ООО Партнёр-Сервис')).toBe(true);
  });
});
