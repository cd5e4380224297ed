import { afterAll, beforeAll } from 'vitest';
export { ourMessageId, ourReplyAddress, THREAD_TOKENS } from './thread-tokens.js';
import { InboundMail } from '../../src/entities/channels/inbound-mail.entity.js';
import { OutboxMessage } from '../../src/entities/notifications/outbox-message.entity.js';
import { Contact } from '../../src/entities/organizations/contact.entity.js';
import { Organization } from '../../src/entities/organizations/organization.entity.js';
import { AGENT1 } from './demo-data.js';
import { startTestEmailIntake, type TestEmailIntake } from './email-intake-app.js';
import { ManualClock, startTestApp, type TestApp } from './test-app.js';
import type { DatabaseKind } from './test-database.js';
import { msk } from './time.js';

/** Wednesday 11 March 2026, 10:00 MSK: a working day inside BASIC service hours. */
export const ARRIVAL = msk('2026-03-11T10:00');

export const TICKET_WITH_MAIL = `query($id: ID!) { ticket(id: $id) {
  id number subject description status channel supportLevel criticality priority receivedAt responseDueAt
  organization { name }
  messages { kind body authorName }
  continues { id number }
  timeline { kind summary }
} }`;

/** Contact persons known by their e-mail, as earlier requests left them. */
export const ANNA = { fullName: 'Анна Альфина', position: 'Администратор ИБ', phone: '+7 812 000-00-01', email: 'anna@alfa.example' };
export const PETR = { fullName: 'Пётр Бетов', position: 'Инженер', phone: '+7 495 000-00-09', email: 'petr@beta.example' };

export interface EmailDesk {
  readonly t: TestApp;
  readonly clock: ManualClock;
  readonly mail: TestEmailIntake;
  /** An agent's bearer token. */
  readonly agent: string;
}

/**
 * A desk with the SMTP listener running and Анна (АО Альфа) and Пётр (ПАО Бета)
 * known as contacts, for one describe block: `ready` hands the suite its
 * handles once started; the helpers read the inbound mail and what it became.
 */
export function useEmailDesk(kind: DatabaseKind, ready: (desk: EmailDesk) => void) {
  let desk: EmailDesk | null = null;
  let sequence = 0;
  beforeAll(async () => {
    const clock = new ManualClock(ARRIVAL);
    const t = await startTestApp(kind, { clock });
    const mail = await startTestEmailIntake(t);
    desk = { t, clock, mail, agent: await t.login(AGENT1) };
    const em = t.app.orm.em.fork();
    const organization = (name: string) => em.findOneOrFail(Organization, { name });
    em.create(Contact, { ...ANNA, organization: await organization('АО Альфа'), createdAt: ARRIVAL });
    em.create(Contact, { ...PETR, organization: await organization('ПАО Бета'), createdAt: ARRIVAL });
    await em.flush();
    ready(desk);
  });
  afterAll(async () => {
    await desk?.mail.close();
    await desk?.t.close();
  });
  const em = () => desk!.t.app.orm.em.fork();
  const inbound = (id: string) => em().findOneOrFail(InboundMail, { messageId: id }, { populate: ['raw'] });
  return {
    messageId: () => `<test-${kind}-${++sequence}-${Date.now()}@customer.example>`,
    em,
    read: async (id: number | string) => (await desk!.t.gql(TICKET_WITH_MAIL, { id: String(id) }, desk!.agent)).ticket,
    inbound,
    ticketOf: async (id: string) => (await inbound(id)).ticket!.id,
    autoRepliesTo: (address: string) => em().find(OutboxMessage, { recipient: address, ticket: null }, { orderBy: { id: 'asc' } }),
  };
}
