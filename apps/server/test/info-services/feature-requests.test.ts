import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENT1, ALFA, BETA, BETA_EXT, PARTNER } from '../support/demo-data.js';
import { createTicket, ticketWithTimeline } from '../support/tickets.js';
import { expectCode } from '../support/expect-errors.js';
import { startInfoTestApp, type InfoTestApp } from '../support/info-services-test-app.js';
import type { TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';

const FIELDS = 'id number title description status statusNote requestingOrganizationsCount product { name } tickets { id organization { name } }';
const FROM_TICKET = `mutation($ticketId: ID!, $title: String) { registerFeatureRequestFromTicket(ticketId: $ticketId, title: $title) { ${FIELDS} } }`;
const REGISTER = `mutation($input: RegisterFeatureRequestInput!) { registerFeatureRequest(input: $input) { ${FIELDS} } }`;
const LINK = `mutation($id: ID!, $ticketId: ID!) { linkTicketToFeatureRequest(featureRequestId: $id, ticketId: $ticketId) { ${FIELDS} } }`;
const STATUS = `mutation($id: ID!, $status: FeatureRequestStatus!, $note: String) { changeFeatureRequestStatus(id: $id, status: $status, note: $note) { ${FIELDS} statusChangedAt } }`;
const LIST = `query($status: FeatureRequestStatus) { featureRequests(status: $status, first: 200) { ${FIELDS} } }`;
const ONE = `query($id: ID!) { featureRequest(id: $id) { ${FIELDS} } }`;

interface FeatureRequestView {
  id: string;
  number: string;
  title: string;
  description: string;
  status: string;
  statusNote: string | null;
  requestingOrganizationsCount: number;
  product: { name: string } | null;
  tickets: { id: string; organization: { name: string } }[];
}

const betaContact = { fullName: 'Борис Бетов', position: 'Инженер', phone: '+7 495 000-00-02', email: 'beta@demo.local' };

describe.each(TEST_DATABASES)('SVC-5 feature requests on %s', (kind) => {
  let info: InfoTestApp;
  let t: TestApp;
  let staff: string;
  let alfa: string;
  let beta: string;
  beforeAll(async () => {
    info = await startInfoTestApp(kind);
    t = info.t;
    staff = await t.login(AGENT1);
    alfa = await t.login(ALFA);
    beta = await t.login(BETA);
  });
  afterAll(async () => info?.close());

  const featureTicket = (token: string, overrides: Record<string, unknown> = {}) =>
    createTicket(t, token, { category: 'FEATURE_REQUEST', subject: 'Экспорт журнала в SIEM', description: 'Нужна выгрузка журналов в SIEM по syslog.', ...overrides });

  it('SVC-5: a FEATURE_REQUEST ticket is registered as a request, linked; every asking ticket counts its organization once', async () => {
    const first = await featureTicket(alfa);
    const request = (await t.gql(FROM_TICKET, { ticketId: first.id }, staff)).registerFeatureRequestFromTicket as FeatureRequestView;
    expect(request).toMatchObject({
      title: 'Экспорт журнала в SIEM',
      description: 'Нужна выгрузка журналов в SIEM по syslog.',
      status: 'REGISTERED',
      requestingOrganizationsCount: 1,
      product: { name: 'Dallas Lock 8.0' },
      tickets: [{ id: first.id, organization: { name: 'АО Альфа' } }],
    });
    expect(request.number).toMatch(/^FR-\d{6}$/);

    const second = await featureTicket(beta, { ...BETA_EXT, contact: betaContact, subject: 'Выгрузка событий в SIEM' });
    const third = await featureTicket(alfa, { subject: 'Снова про SIEM' });
    await t.gql(LINK, { id: request.id, ticketId: second.id }, staff);
    const again = (await t.gql(LINK, { id: request.id, ticketId: second.id }, staff)).linkTicketToFeatureRequest as FeatureRequestView;
    expect(again.tickets).toHaveLength(2);
    const linked = (await t.gql(LINK, { id: request.id, ticketId: third.id }, staff)).linkTicketToFeatureRequest as FeatureRequestView;
    expect(linked.requestingOrganizationsCount).toBe(2);
    expect(linked.tickets.map((x) => x.id).sort()).toEqual([first.id, second.id, third.id].sort());

    // Each linked ticket says so on its timeline, and lists the request.
    const timeline = await ticketWithTimeline(t, beta, second.id);
    expect(timeline.timeline.filter((e) => e.kind === 'LINKED').map((e) => e.summary)).toEqual([
      `Linked to feature request ${request.number} «Экспорт журнала в SIEM» (REGISTERED)`,
    ]);
    const fromTicket = await t.gql(`query($id: ID!) { ticket(id: $id) { featureRequests { id status } } }`, { id: second.id }, beta);
    expect(fromTicket.ticket.featureRequests).toEqual([{ id: request.id, status: 'REGISTERED' }]);
  });

  it('SVC-5: customers and partners see only the requests their tickets asked for, with only their own tickets', async () => {
    const alfaTicket = await featureTicket(alfa, { subject: 'Поддержка ГОСТ TLS' });
    const shared = (await t.gql(REGISTER, { input: { title: 'ГОСТ TLS', description: 'Поддержка ГОСТ TLS', ticketId: alfaTicket.id } }, staff))
      .registerFeatureRequest as FeatureRequestView;
    const betaTicket = await featureTicket(beta, { ...BETA_EXT, contact: betaContact, subject: 'ГОСТ TLS тоже нужен' });
    await t.gql(LINK, { id: shared.id, ticketId: betaTicket.id }, staff);
    const staffOnly = (await t.gql(REGISTER, { input: { title: 'Внутренняя идея', description: 'Без заявок' } }, staff)).registerFeatureRequest as FeatureRequestView;

    const alfaView = (await t.gql(ONE, { id: shared.id }, alfa)).featureRequest as FeatureRequestView;
    expect(alfaView.requestingOrganizationsCount).toBe(2);
    expect(alfaView.tickets.map((x) => x.id)).toEqual([alfaTicket.id]);
    const betaView = (await t.gql(ONE, { id: shared.id }, beta)).featureRequest as FeatureRequestView;
    expect(betaView.tickets.map((x) => x.id)).toEqual([betaTicket.id]);
    // The partner serves Alfa.
    const partnerView = (await t.gql(ONE, { id: shared.id }, await t.login(PARTNER))).featureRequest as FeatureRequestView;
    expect(partnerView.tickets.map((x) => x.id)).toEqual([alfaTicket.id]);

    expect((await t.gql(ONE, { id: staffOnly.id }, alfa)).featureRequest).toBeNull();
    const alfaList = ((await t.gql(LIST, {}, alfa)).featureRequests as FeatureRequestView[]).map((r) => r.id);
    expect(alfaList).toContain(shared.id);
    expect(alfaList).not.toContain(staffOnly.id);
    expect(new Set(alfaList).size).toBe(alfaList.length);
    const staffList = ((await t.gql(LIST, {}, staff)).featureRequests as FeatureRequestView[]).map((r) => r.id);
    expect(staffList).toEqual(expect.arrayContaining([shared.id, staffOnly.id]));
    // The demo requests, without tickets, are staff's only.
    expect(staffList.length).toBeGreaterThanOrEqual(4);
  });

  it('SVC-5: staff move the status with a note; customers see it; nobody else changes anything', async () => {
    const ticket = await featureTicket(alfa, { subject: 'Тёмная тема оболочки' });
    const request = (await t.gql(FROM_TICKET, { ticketId: ticket.id, title: 'Тёмная тема' }, staff)).registerFeatureRequestFromTicket as FeatureRequestView;
    expect(request.title).toBe('Тёмная тема');
    for (const status of ['UNDER_REVIEW', 'PLANNED', 'RELEASED']) {
      const changed = (await t.gql(STATUS, { id: request.id, status, note: status === 'RELEASED' ? 'Вошло в сборку 8.0.600' : null }, staff))
        .changeFeatureRequestStatus;
      expect(changed.status).toBe(status);
    }
    const seen = (await t.gql(ONE, { id: request.id }, alfa)).featureRequest as FeatureRequestView;
    expect(seen).toMatchObject({ status: 'RELEASED', statusNote: 'Вошло в сборку 8.0.600' });
    expect(((await t.gql(LIST, { status: 'RELEASED' }, alfa)).featureRequests as FeatureRequestView[]).map((r) => r.id)).toEqual([request.id]);

    for (const token of [alfa, await t.login(PARTNER)]) {
      await expectCode(t, 'FORBIDDEN', STATUS, { id: request.id, status: 'DECLINED' }, token);
      await expectCode(t, 'FORBIDDEN', LINK, { id: request.id, ticketId: ticket.id }, token);
      await expectCode(t, 'FORBIDDEN', FROM_TICKET, { ticketId: ticket.id }, token);
      await expectCode(t, 'FORBIDDEN', REGISTER, { input: { title: 'x', description: 'y' } }, token);
    }
    await expectCode(t, 'UNAUTHENTICATED', LIST, {});
  });

  it('SVC-5: only FEATURE_REQUEST tickets register a request; unknown ids are NOT_FOUND; input is checked', async () => {
    const incident = await createTicket(t, alfa, { subject: 'Сбой при загрузке' });
    await expectCode(t, 'CONFLICT', FROM_TICKET, { ticketId: incident.id }, staff);
    await expectCode(t, 'NOT_FOUND', FROM_TICKET, { ticketId: '999999' }, staff);
    await expectCode(t, 'NOT_FOUND', LINK, { id: '999999', ticketId: incident.id }, staff);
    const bad = await expectCode(t, 'BAD_USER_INPUT', REGISTER, { input: { title: ' ', description: '', productId: '424242' } }, staff);
    expect(bad.extensions?.fields?.map((f) => f.field).sort()).toEqual(['input.description', 'input.productId', 'input.title']);
    // Any ticket that asks for it may be linked, whatever its category.
    const request = (await t.gql(REGISTER, { input: { title: 'Автоблокировка', description: 'Настраиваемая автоблокировка' } }, staff))
      .registerFeatureRequest as FeatureRequestView;
    expect((await t.gql(LINK, { id: request.id, ticketId: incident.id }, staff)).linkTicketToFeatureRequest.requestingOrganizationsCount).toBe(1);
  });
});
