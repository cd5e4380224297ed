import { betaPortalRequest } from '../support/tickets.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';

// Monday 2026-04-27 10:00 MSK; the May holidays (1 May, 11 May) fall inside the 10 working days.
const START = new Date('2026-04-27T07:00:00Z');

const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id number status } }`;
const TICKET = `query($id: ID!) { ticket(id: $id) {
  id status resolution resolutionNote thirdPartyVendor closedAt waitingSince autoCloseAt expectedResolutionAt rejectionReason rejectionNote
  respondedAt slaOutcome receivedAt responseDueAt
  messages { kind body internal authorName }
  timeline { kind summary internal }
  missingInformation { item required question }
  continues { id number } splitFrom { id } splitParts { id receivedAt responseDueAt status }
} }`;

const request = betaPortalRequest;

describe.each(TEST_DATABASES)('ticket lifecycle on %s', (kind) => {
  let t: TestApp;
  let clock: ManualClock;
  let agent: string;
  let customer: string;
  let otherCustomer: string;
  let partner: string;

  beforeAll(async () => {
    clock = new ManualClock(START);
    t = await startTestApp(kind, { clock });
    agent = await t.login('agent1@demo.local');
    customer = await t.login('beta@demo.local');
    otherCustomer = await t.login('alfa@demo.local');
    partner = await t.login('partner@demo.local');
  });
  afterAll(async () => t?.close());

  async function newStartedTicket(overrides: Record<string, unknown> = {}, token = customer): Promise<string> {
    clock.set(START);
    const id = (await t.gql(CREATE, { input: request(overrides) }, token)).createTicket.id as string;
    await t.gql(`mutation($id: ID!) { startWork(ticketId: $id) { id } }`, { id }, agent);
    return id;
  }
  const read = async (id: string, token = agent) => (await t.gql(TICKET, { id }, token)).ticket;
  const reply = (id: string, kind = 'CLARIFYING_QUESTION', body = 'Какая версия продукта?') =>
    t.gql(`mutation($id: ID!, $k: MessageKind!, $b: String!) { replyToTicket(ticketId: $id, kind: $k, body: $b) { status autoCloseAt } }`, { id, k: kind, b: body }, agent);
  const answer = (id: string, token = customer, body = 'Версия 8.0.565') =>
    t.gql(`mutation($id: ID!, $b: String!) { answerTicket(ticketId: $id, body: $b) { id status continues { id } } }`, { id, b: body }, token);
  const sweepAt = async (at: Date) => {
    clock.set(at);
    await t.app.deadlines.sweep();
  };

  it('TKT-2: a question makes the ticket wait for the customer; the answer brings it back to IN_PROGRESS', async () => {
    const id = await newStartedTicket();
    const replied = (await reply(id)).replyToTicket;
    expect(replied.status).toBe('WAITING_FOR_CUSTOMER');
    expect((await answer(id)).answerTicket).toMatchObject({ id, status: 'IN_PROGRESS' });
    const ticket = await read(id, customer);
    expect(ticket.messages.map((m: { kind: string }) => m.kind)).toEqual(['CLARIFYING_QUESTION', 'CUSTOMER_REPLY']);
    expect(ticket.autoCloseAt).toBeNull();
  });

  it('TKT-2: a reply before the reaction is refused: start work first (SLA-2)', async () => {
    clock.set(START);
    const id = (await t.gql(CREATE, { input: request() }, customer)).createTicket.id;
    const errors = await t.gqlErrors(`mutation($id: ID!) { replyToTicket(ticketId: $id, kind: SOLUTION, body: "x") { id } }`, { id }, agent);
    expect(errors[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('TKT-3: no answer for 10 working days on the production calendar → CLOSED as NO_CUSTOMER_RESPONSE with an e-mail', async () => {
    const id = await newStartedTicket();
    const { autoCloseAt } = (await reply(id)).replyToTicket;
    // 10 full working days after Mon 27 Apr 2026, skipping 1 May (Fri), the weekends and 11 May (Mon):
    // 28, 29, 30 Apr, 4, 5, 6, 7, 8, 12, 13 May → closes at the end of 13 May MSK.
    expect(autoCloseAt).toBe('2026-05-13T21:00:00.000Z');
    await sweepAt(new Date('2026-05-13T20:59:59Z'));
    expect((await read(id)).status).toBe('WAITING_FOR_CUSTOMER');
    await sweepAt(new Date('2026-05-13T21:00:00Z'));
    await sweepAt(new Date('2026-05-14T09:00:00Z'));
    const closed = await read(id);
    expect(closed).toMatchObject({ status: 'CLOSED', resolution: 'NO_CUSTOMER_RESPONSE', closedAt: '2026-05-13T21:00:00.000Z' });
    expect(closed.timeline.filter((e: { kind: string }) => e.kind === 'CLOSED')).toHaveLength(1);
    const mail = await t.gql(`query($id: ID!) { outbox(ticketId: $id) { kind recipient subject body } }`, { id }, agent);
    const autoClosed = mail.outbox.filter((m: { kind: string }) => m.kind === 'AUTO_CLOSED');
    expect(autoClosed).toHaveLength(1);
    expect(autoClosed[0]).toMatchObject({ recipient: 'beta@demo.local' });
    expect(autoClosed[0].body).toContain('10 рабочих дней');
  });

  it('TKT-3: an answer before the deadline disarms the auto-close; a new reply re-arms it from then', async () => {
    const id = await newStartedTicket();
    await reply(id);
    clock.set(new Date('2026-05-06T08:00:00Z'));
    await answer(id);
    await sweepAt(new Date('2026-05-20T09:00:00Z'));
    expect((await read(id)).status).toBe('IN_PROGRESS');
    const again = (await reply(id, 'RECOMMENDATION', 'Установите обновление 8.0.566')).replyToTicket;
    expect(again.autoCloseAt).toBe('2026-06-03T21:00:00.000Z');
  });

  it('TKT-4: an answer to a CLOSED ticket registers a new ticket linked to it; the closed one never reopens', async () => {
    const id = await newStartedTicket({ productVersion: '8.0', buildNumber: '8.0.565', errorText: 'Ошибка 0x1F' });
    await t.gql(`mutation($id: ID!) { closeTicket(ticketId: $id, input: { resolution: SOLVED, note: "Помогла переустановка" }) { status } }`, { id }, agent);
    const followUp = (await answer(id, customer, 'Ошибка снова появилась')).answerTicket;
    expect(followUp.id).not.toBe(id);
    expect(followUp).toMatchObject({ status: 'NEW', continues: { id } });
    // The same installation: its appendix-1 details come along and are not asked again (TKT-8).
    const carried = (await t.gql(`query($id: ID!) { ticket(id: $id) { productVersion buildNumber errorText } }`, { id: followUp.id }, agent)).ticket;
    expect(carried).toEqual({ productVersion: '8.0', buildNumber: '8.0.565', errorText: 'Ошибка 0x1F' });
    expect((await read(id)).status).toBe('CLOSED');
    const errors = await t.gqlErrors(`mutation($id: ID!) { escalateTicket(ticketId: $id, reason: "x") { id } }`, { id }, agent);
    expect(errors[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('TKT-5: THIRD_PARTY needs the vendor and the recommendation; the customer is told whom to contact', async () => {
    const id = await newStartedTicket();
    const errors = await t.gqlErrors(`mutation($id: ID!) { closeTicket(ticketId: $id, input: { resolution: THIRD_PARTY }) { id } }`, { id }, agent);
    expect(errors[0]?.extensions?.fields).toEqual([
      { field: 'input.thirdPartyVendor', message: expect.any(String) },
      { field: 'input.note', message: expect.any(String) },
    ]);
    await t.gql(
      `mutation($id: ID!) { closeTicket(ticketId: $id, input: { resolution: THIRD_PARTY, thirdPartyVendor: "Kaspersky Lab", note: "Конфликт с антивирусом" }) { id } }`,
      { id },
      agent,
    );
    expect(await read(id, customer)).toMatchObject({ status: 'CLOSED', resolution: 'THIRD_PARTY', thirdPartyVendor: 'Kaspersky Lab' });
  });

  it('TKT-7: rejecting needs one of the reasons and a note; the customer sees why', async () => {
    const id = await newStartedTicket();
    const refused = await t.gqlErrors(`mutation($id: ID!) { rejectTicket(ticketId: $id, reason: SUPPORT_EXPIRED, note: "x") { id } }`, { id }, agent);
    expect(refused[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await t.gql(`mutation($id: ID!) { rejectTicket(ticketId: $id, reason: UNLICENSED_SOFTWARE, note: "Нелицензионная копия Windows") { id } }`, { id }, agent);
    expect(await read(id, customer)).toMatchObject({ status: 'REJECTED', rejectionReason: 'UNLICENSED_SOFTWARE', rejectionNote: 'Нелицензионная копия Windows' });
  });

  it('ID-3: split parts keep the original arrival and therefore its deadline, linked to their origin', async () => {
    clock.set(START);
    const id = (await t.gql(CREATE, { input: request({ criticality: 'CRITICAL' }) }, customer)).createTicket.id;
    clock.set(new Date(START.getTime() + 5 * 60_000));
    const parts = (
      await t.gql(
        `mutation($id: ID!) { splitTicket(ticketId: $id, parts: [{ subject: "Второй инцидент", description: "Не печатает" }, { subject: "Вопрос", description: "Как настроить?", category: FUNCTIONALITY_QUESTION, criticality: NON_CRITICAL }]) { id receivedAt responseDueAt priority splitFrom { id } } }`,
        { id },
        agent,
      )
    ).splitTicket;
    const origin = await read(id);
    expect(parts).toHaveLength(2);
    expect(parts[0]).toMatchObject({ receivedAt: origin.receivedAt, responseDueAt: origin.responseDueAt, splitFrom: { id } });
    expect(parts[1].receivedAt).toBe(origin.receivedAt);
    expect(new Date(parts[1].responseDueAt).getTime() - new Date(origin.receivedAt).getTime()).toBe(45 * 60_000);
    expect(origin.splitParts.map((p: { id: string }) => p.id)).toEqual(parts.map((p: { id: string }) => p.id));
  });

  it('TKT-8: the ticket lists what appendix 1 lacks; one action asks for all of it; details fill it in', async () => {
    const id = await newStartedTicket({ productVersion: '8.0' });
    const before = (await read(id, customer)).missingInformation.map((m: { item: string }) => m.item);
    expect(before).toContain('BUILD_NUMBER');
    expect(before).not.toContain('PRODUCT_VERSION');
    await t.gql(`mutation($id: ID!) { requestMissingInformation(ticketId: $id) { status } }`, { id }, agent);
    const asked = await read(id, customer);
    expect(asked.status).toBe('WAITING_FOR_CUSTOMER');
    expect(asked.messages.at(-1).body).toContain('Номер сборки');
    await t.gql(
      `mutation($id: ID!) { updateTicketDetails(ticketId: $id, input: { buildNumber: "8.0.565", osVersion: "Windows 10 22H2", osBitness: X64, occursWhen: "При входе", stepsToReproduce: "Войти", errorText: "Ошибка 5" }) { id } }`,
      { id },
      customer,
    );
    const after = (await read(id, customer)).missingInformation.map((m: { item: string }) => m.item);
    expect(after).not.toContain('BUILD_NUMBER');
    expect(after).not.toContain('OS_BITNESS');
    expect(after).not.toContain('OCCURS_WHEN');
    expect(after).not.toContain('ERROR_TEXT');
  });

  it('TKT-9: internal notes and internal timeline entries are hidden from customers and partners', async () => {
    const id = await newStartedTicket({ identifier: 'DL-BASIC-0001', organizationName: 'АО Альфа', contact: { fullName: 'Анна', position: 'ИБ', phone: '+7 812 000 00 01', email: 'anna@example.test' } }, otherCustomer);
    await t.gql(`mutation($id: ID!) { addInternalNote(ticketId: $id, body: "Похоже на баг драйвера") { id } }`, { id }, agent);
    const staffView = await read(id, agent);
    expect(staffView.messages.map((m: { kind: string }) => m.kind)).toContain('INTERNAL_NOTE');
    for (const token of [otherCustomer, partner]) {
      const view = await read(id, token);
      expect(view.messages.map((m: { kind: string }) => m.kind)).not.toContain('INTERNAL_NOTE');
      expect(view.timeline.every((e: { internal: boolean }) => !e.internal)).toBe(true);
    }
  });

  it('TKT-9: the expected resolution date is visible to the customer', async () => {
    const id = await newStartedTicket();
    await t.gql(`mutation($id: ID!) { setExpectedResolution(ticketId: $id, at: "2026-04-30T15:00:00+03:00") { id } }`, { id }, agent);
    expect((await read(id, customer)).expectedResolutionAt).toBe('2026-04-30T12:00:00.000Z');
    const past = await t.gqlErrors(`mutation($id: ID!) { setExpectedResolution(ticketId: $id, at: "2020-01-01T00:00:00Z") { id } }`, { id }, agent);
    expect(past[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers are for the customer side; another organization cannot answer', async () => {
    const id = await newStartedTicket();
    await reply(id);
    expect((await t.gqlErrors(`mutation($id: ID!) { answerTicket(ticketId: $id, body: "x") { id } }`, { id }, agent))[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.gqlErrors(`mutation($id: ID!) { answerTicket(ticketId: $id, body: "x") { id } }`, { id }, otherCustomer))[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
