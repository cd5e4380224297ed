import { normalizeIdentifier, normalizeOrganizationName } from '@desk/sla';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type pg from 'pg';
import type { ThreadTokens } from '../src/common/thread-token.js';
import { outboxMessageId } from '../src/modules/notifications/email-channel.js';

/**
 * The customers of the e-mail storm: `organizations` customer organizations,
 * each with one contract (one identifier) and one contact person known by
 * e-mail, inserted set-based. Every `expiredEvery`-th organization's only
 * contract ended last year, so its mail is registered REJECTED
 * SUPPORT_EXPIRED (ID-2); the others are in force.
 */
export interface StormCustomers {
  /** Contacts whose organization has a contract in force. */
  readonly active: readonly string[];
  /** Contacts whose organization's only contract has expired. */
  readonly expired: readonly string[];
}

export const HELPDESK_ADDRESS = 'helpdesk@confident.ru';

export async function insertStormCustomers(sql: pg.Client, organizations: number, expiredEvery = 10): Promise<StormCustomers> {
  const names: string[] = [];
  const normalizedNames: string[] = [];
  const identifiers: string[] = [];
  const normalizedIdentifiers: string[] = [];
  const validUntil: string[] = [];
  const emails: string[] = [];
  const active: string[] = [];
  const expired: string[] = [];
  const year = new Date().getUTCFullYear();
  for (let i = 1; i <= organizations; i += 1) {
    const n = String(i).padStart(6, '0');
    const name = `ООО «Шторм ${n}»`;
    const identifier = `STORM-L-${n}`;
    const email = `contact${n}@storm${i % 97}.example`;
    const isExpired = i % expiredEvery === 0;
    names.push(name);
    normalizedNames.push(normalizeOrganizationName(name));
    identifiers.push(identifier);
    normalizedIdentifiers.push(normalizeIdentifier(identifier));
    validUntil.push(isExpired ? `${year - 1}-06-30` : `${year + 1}-12-31`);
    emails.push(email);
    (isExpired ? expired : active).push(email);
  }
  await sql.query('begin');
  try {
    await sql.query(
      `create temporary table storm_customer on commit drop as
       select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
         as t(name, normalized_name, identifier, normalized_identifier, valid_until, email)`,
      [names, normalizedNames, identifiers, normalizedIdentifiers, validUntil, emails],
    );
    await sql.query(`insert into organizations (name, normalized_name, kind, created_at) select name, normalized_name, 'CUSTOMER', now() from storm_customer`);
    await sql.query(
      `insert into support_contracts (organization_id, product_id, identifier, normalized_identifier, identifier_kind, support_level, valid_from, valid_until)
       select o.id, (select min(id) from products), s.identifier, s.normalized_identifier, 'LICENSE_NUMBER',
              case when o.id % 3 = 0 then 'EXTENDED' else 'BASIC' end, '${year - 2}-01-01', s.valid_until
       from storm_customer s join organizations o on o.normalized_name = s.normalized_name`,
    );
    await sql.query(
      `insert into contract_identifiers (contract_id, identifier, normalized_identifier, kind)
       select c.id, c.identifier, c.normalized_identifier, c.identifier_kind
       from support_contracts c join storm_customer s on s.normalized_identifier = c.normalized_identifier`,
    );
    await sql.query(
      `insert into contract_products (contract_id, product_id)
       select c.id, c.product_id from support_contracts c join storm_customer s on s.normalized_identifier = c.normalized_identifier`,
    );
    await sql.query(
      `insert into contacts (organization_id, full_name, position, phone, email, created_at)
       select o.id, 'Контакт ' || right(s.identifier, 6), 'Инженер по защите информации', '+7 495 ' || right(s.identifier, 6), s.email, now()
       from storm_customer s join organizations o on o.normalized_name = s.normalized_name`,
    );
    await sql.query('commit');
  } catch (error) {
    await sql.query('rollback');
    throw error;
  }
  await sql.query('analyze organizations, support_contracts, contract_identifiers, contacts');
  return { active, expired };
}

/** What the rules must make of a message of the storm. */
export enum StormKind {
  /** A known contact, contract in force: a NEW ticket (ID-1, ID-2). */
  NEW_TICKET = 'NEW_TICKET',
  /** A known contact whose only contract expired: a REJECTED ticket, SUPPORT_EXPIRED (ID-2). */
  EXPIRED = 'EXPIRED',
  /** The customer's answer quoting our Message-ID with the thread token: onto the open ticket. */
  REPLY = 'REPLY',
  /** Nobody we know, no identification: a refused request and the "what is missing" reply (ID-1). */
  UNKNOWN = 'UNKNOWN',
  /** An out-of-office answer (Auto-Submitted): kept, never answered (loop protection). */
  AUTOMATIC = 'AUTOMATIC',
}

/** Shares of the storm, in percent; NEW_TICKET takes the rest. */
export const STORM_SHARES: Readonly<Record<Exclude<StormKind, StormKind.NEW_TICKET>, number>> = {
  [StormKind.EXPIRED]: 8,
  [StormKind.REPLY]: 10,
  [StormKind.UNKNOWN]: 10,
  [StormKind.AUTOMATIC]: 2,
};

export interface StormMessage {
  readonly kind: StormKind;
  readonly messageId: string;
  readonly envelopeFrom: string;
  readonly raw: Buffer;
  /** The ticket a REPLY answers. */
  readonly replyTo?: number;
}

export interface StormPlan {
  readonly messages: readonly StormMessage[];
  readonly counts: Readonly<Record<StormKind, number>>;
}

/** The number of messages of each kind in a storm of `total`. */
export function stormCounts(total: number): Record<StormKind, number> {
  const counts = { [StormKind.NEW_TICKET]: 0, [StormKind.EXPIRED]: 0, [StormKind.REPLY]: 0, [StormKind.UNKNOWN]: 0, [StormKind.AUTOMATIC]: 0 };
  let rest = total;
  for (const [kind, share] of Object.entries(STORM_SHARES) as [StormKind, number][]) {
    counts[kind] = Math.min(rest, Math.max(total >= 10 ? 1 : 0, Math.round((total * share) / 100)));
    rest -= counts[kind];
  }
  counts[StormKind.NEW_TICKET] = rest;
  return counts;
}

const SUBJECTS = [
  'Не запускается служба Dallas Lock после обновления',
  'АРМ не загружается, ошибка аутентификации',
  'Не применяется политика безопасности на рабочих станциях',
  'После перезагрузки контроллер домена недоступен',
  'Ошибка 1053 при старте службы',
  'Массовый отказ входа пользователей',
];

const BODY = [
  'Добрый день!',
  '',
  'С утра у нас массовый сбой: пользователи не могут войти в систему, на экране ошибка',
  '«Не удалось проверить учётные данные (код 0x80090308)». Перезагрузка рабочих станций не помогает,',
  'в журнале событий служба защиты сообщает об ошибке инициализации модуля. Затронуто около 40 АРМ',
  'в двух зданиях. Версия продукта 8.0.565, ОС Windows 10 Pro 22H2 x64, режим загрузки UEFI.',
  '',
  'Просим срочно помочь. Журналы и отчёт msinfo32 пришлём по запросу.',
].join('\n');

/**
 * The storm, in a fixed pseudo-random order so the kinds interleave as they
 * would in an outage: `round` keeps Message-IDs of different rounds apart
 * (each round is new mail, never a redelivery). Replies go round-robin to
 * `replyTickets` (ticket id and the contact who opened it).
 */
export async function planStorm(options: {
  readonly total: number;
  readonly round: string;
  readonly customers: StormCustomers;
  readonly replyTickets: readonly { readonly ticketId: number; readonly from: string }[];
  readonly tokens: ThreadTokens;
  /** Instead of the storm's mix (the set-up's openers: NEW_TICKET only). */
  readonly counts?: Readonly<Record<StormKind, number>>;
}): Promise<StormPlan> {
  const counts = options.counts ?? stormCounts(options.total);
  const kinds: StormKind[] = [];
  for (const [kind, count] of Object.entries(counts) as [StormKind, number][]) for (let i = 0; i < count; i += 1) kinds.push(kind);
  const random = seeded(0x5eed + options.round.length);
  for (let i = kinds.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [kinds[i], kinds[j]] = [kinds[j]!, kinds[i]!];
  }
  if (counts[StormKind.REPLY] > 0 && options.replyTickets.length === 0) throw new Error('replies planned but no tickets to reply to');
  const seen = { active: 0, expired: 0, reply: 0 };
  const messages: StormMessage[] = [];
  for (const [index, kind] of kinds.entries()) {
    const messageId = `<storm-${options.round}-${index}@customer.example>`;
    const subject = `${SUBJECTS[index % SUBJECTS.length]} (${options.round}/${index})`;
    let from: string;
    let replyTo: number | undefined;
    const extra: Record<string, string> = {};
    let text = BODY;
    switch (kind) {
      case StormKind.NEW_TICKET:
        from = pick(options.customers.active, seen.active++);
        if (index % 4 === 0) text = `${BODY}\n\nКритичность: критический`;
        break;
      case StormKind.EXPIRED:
        from = pick(options.customers.expired, seen.expired++);
        break;
      case StormKind.AUTOMATIC:
        from = pick(options.customers.active, seen.active++);
        extra['Auto-Submitted'] = 'auto-replied';
        text = 'Я в отпуске до понедельника. Автоматический ответ.';
        break;
      case StormKind.UNKNOWN:
        from = `someone${index}@unknown-${options.round}.example`;
        text = 'Здравствуйте, у нас ничего не работает, помогите!';
        break;
      case StormKind.REPLY: {
        const ticket = pick(options.replyTickets, seen.reply++);
        from = ticket.from;
        replyTo = ticket.ticketId;
        const ours = outboxMessageId(1, ticket.ticketId, options.tokens);
        extra['In-Reply-To'] = ours;
        extra['References'] = ours;
        text = `Дополнительно: проблема повторилась в ${10 + (index % 12)}:00, прикладываем описание шагов.\n\n> ${BODY.split('\n')[2]}`;
        break;
      }
    }
    const raw = await new MailComposer({
      from,
      to: HELPDESK_ADDRESS,
      subject: kind === StormKind.REPLY ? `Re: ${subject}` : subject,
      messageId,
      date: new Date(),
      text,
      headers: extra,
    })
      .compile()
      .build();
    messages.push({ kind, messageId, envelopeFrom: from, raw, ...(replyTo === undefined ? {} : { replyTo }) });
  }
  return { messages, counts };
}

function pick<T>(list: readonly T[], n: number): T {
  if (list.length === 0) throw new Error('the storm needs at least one customer of each kind');
  return list[n % list.length]!;
}

/** mulberry32: the same storm every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
