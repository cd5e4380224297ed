import { THREAD_TOKENS } from './thread-tokens.js';
import type { Clock } from '../../src/common/clock.js';
import { OutboxMessage } from '../../src/entities/notifications/outbox-message.entity.js';
import type { Logger } from '../../src/infra/logger.js';
import type { Mailer } from '../../src/infra/mail/mailer.js';
import { SmtpMailer } from '../../src/infra/mail/smtp-mailer.js';
import { EmailChannel } from '../../src/modules/notifications/email-channel.js';
import { OutboxDispatcher, type OutboxDispatcherOptions } from '../../src/modules/notifications/outbox-dispatcher.js';
import type { TestApp } from './test-app.js';

export interface RecordingLogger extends Logger {
  readonly errors: { message: string; detail?: unknown }[];
}

export function recordingLogger(): RecordingLogger {
  const errors: { message: string; detail?: unknown }[] = [];
  return { errors, error: (message, detail) => errors.push({ message, detail }), info: () => undefined, debug: () => undefined };
}

/** A dispatcher on the test app's database, as a process would run it (not started: call start() or dispatch()). */
export function dispatcherFor(
  t: TestApp,
  mailer: Mailer,
  options: Partial<OutboxDispatcherOptions> & { clock?: Clock; logger?: Logger; withEvents?: boolean } = {},
): OutboxDispatcher {
  const { clock, logger, withEvents, ...rest } = options;
  return new OutboxDispatcher(
    t.app.orm,
    {
      clock: clock ?? t.clock,
      channel: new EmailChannel(mailer, { from: 'Техническая поддержка <helpdesk@confident.ru>', threadTokens: THREAD_TOKENS }),
      logger: logger ?? recordingLogger(),
      tickets: t.app.services,
      ...(withEvents ? { events: t.app.services.events } : {}),
    },
    { pollIntervalMs: 100, maxAttempts: 8, ...rest },
  );
}

export function smtpMailer(url: string): SmtpMailer {
  return new SmtpMailer(url);
}

/** The outbox rows of one ticket, oldest first, read straight from the database. */
export function outboxOf(t: TestApp, ticketId: string | number): Promise<OutboxMessage[]> {
  return t.app.orm.em.fork().find(OutboxMessage, { ticket: Number(ticketId) }, { orderBy: { id: 'asc' } });
}

export const OUTBOX_FIELDS = 'id kind channel recipient subject body status attempts createdAt nextAttemptAt sentAt lastError messageId ticket { id number }';

export interface OutboxView {
  id: string;
  kind: string;
  channel: string;
  recipient: string;
  subject: string;
  body: string;
  status: 'PENDING' | 'SENDING' | 'SENT' | 'FAILED';
  attempts: number;
  createdAt: string;
  nextAttemptAt: string;
  sentAt: string | null;
  lastError: string | null;
  messageId: string | null;
  ticket: { id: string; number: string } | null;
}

export async function outboxQuery(
  t: TestApp,
  token: string,
  args: { first?: number; status?: string; ticketId?: string } = {},
): Promise<OutboxView[]> {
  const data = await t.gql<{ outbox: OutboxView[] }>(
    `query($first: Int, $status: OutboxStatus, $ticketId: ID) { outbox(first: $first, status: $status, ticketId: $ticketId) { ${OUTBOX_FIELDS} } }`,
    { first: args.first ?? 50, status: args.status ?? null, ticketId: args.ticketId ?? null },
    token,
  );
  return data.outbox;
}

export const RETRY_NOTIFICATION = `mutation($id: ID!) { retryNotification(id: $id) { ${OUTBOX_FIELDS} } }`;

export const START_WORK = 'mutation($id: ID!) { startWork(ticketId: $id) { id status } }';
export const TIMELINE = 'query($id: ID!) { ticket(id: $id) { number timeline { kind internal summary data } } }';

export interface TimelineLine {
  kind: string;
  internal: boolean;
  summary: string;
  data: Record<string, unknown> | null;
}

let contactSeq = 0;
/** A contact of its own per ticket, with an address the test can recognise (null: reachable by phone only). */
export function contact(email?: string | null) {
  contactSeq += 1;
  return {
    fullName: `Анна Почтова ${contactSeq}`,
    position: 'Администратор ИБ',
    phone: `+7 812 555-${String(contactSeq).padStart(4, '0')}`,
    email: email === undefined ? `customer${contactSeq}@alfa.example` : email,
  };
}

export async function timelineOf(t: TestApp, token: string, id: string): Promise<{ number: string; timeline: TimelineLine[] }> {
  return (await t.gql<{ ticket: { number: string; timeline: TimelineLine[] } }>(TIMELINE, { id }, token)).ticket;
}

export function kinds(timeline: TimelineLine[], kind: string): TimelineLine[] {
  return timeline.filter((line) => line.kind === kind);
}
