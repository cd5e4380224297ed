import type { EntityManager } from '@mikro-orm/core';
import { addDays, moscowDateOf, normalizeOrganizationName } from '@desk/sla';
import { Role } from '../entities/auth/role.enum.js';
import { User } from '../entities/auth/user.entity.js';
import { FaqArticle } from '../entities/info-services/faq-article.entity.js';
import { SelfServiceResolution } from '../entities/info-services/self-service-resolution.entity.js';
import { Contact } from '../entities/organizations/contact.entity.js';
import { IdentifierKind, OrganizationKind } from '../entities/organizations/organization.enums.js';
import { Organization } from '../entities/organizations/organization.entity.js';
import { Product } from '../entities/organizations/product.entity.js';
import { SupportContract } from '../entities/organizations/support-contract.entity.js';
import { TicketRating } from '../entities/satisfaction/ticket-rating.entity.js';
import { SlaOutcome, SupportLevel } from '../entities/sla/sla.enums.js';
import { Channel, ReactionNoticeState, Resolution, TicketStatus, TimelineKind } from '../entities/tickets/ticket.enums.js';
import { Ticket } from '../entities/tickets/ticket.entity.js';
import { TicketMessage } from '../entities/tickets/ticket-message.entity.js';
import { TimelineEntry } from '../entities/tickets/timeline-entry.entity.js';
import { newContract } from '../modules/organizations/index.js';
import { serviceHoursText } from '../modules/sla/index.js';
import type { TicketServices } from '../modules/tickets/index.js';
import { HISTORY_DAYS, planDemoHistory, type PlannedTicket } from './demo-history.plan.js';
import { SeededRandom } from './seeded-random.js';

/** A customer of the history: its organization, contract, contact person and portal account. */
interface Customer {
  readonly organization: Organization;
  readonly contract: SupportContract;
  readonly contact: Contact;
  readonly user: User;
}

const PROOF = 'development mailbox (demo history)';
const CHANNEL_LABEL: Record<Channel, string> = { EMAIL: 'e-mail', TELEGRAM: 'Telegram', PORTAL: 'portal', PHONE: 'phone', API: 'API' };

/**
 * The demo's closed history (#19): a few hundred tickets of the last three
 * months, written in bulk — rows as the real services leave them, their
 * timelines rebuilding to the same SLA figures (the compliance rollup follows
 * through its triggers) — plus ratings and self-service deflections, so the
 * reports and charts have a shape on first start. Runs inside the demo seed
 * of an empty database, so it is written once.
 */
export async function seedDemoHistory(em: EntityManager, deps: TicketServices): Promise<{ tickets: number; ratings: number; deflections: number }> {
  const now = deps.clock.now();
  const calendar = await deps.calendar.current(em);
  const periods = {
    [SupportLevel.BASIC]: await deps.serviceHours.inForce(SupportLevel.BASIC, now),
    [SupportLevel.EXTENDED]: await deps.serviceHours.inForce(SupportLevel.EXTENDED, now),
  };
  const customers = await historyCustomers(em, now);
  const staff = await em.find(User, { email: { $in: ['agent1@demo.local', 'agent2@demo.local', 'lead@demo.local'] } });
  const id = (email: string) => staff.find((u) => u.email === email)!.id;
  const plan = planDemoHistory({
    now,
    calendar,
    periods,
    atRiskShare: deps.atRiskShare,
    customers: [
      { key: 'alfa', level: SupportLevel.BASIC, weight: 4 },
      { key: 'beta', level: SupportLevel.EXTENDED, weight: 4 },
      { key: 'delta', level: SupportLevel.EXTENDED, weight: 2 },
      { key: 'omega', level: SupportLevel.BASIC, weight: 3 },
    ],
    agents: [
      [id('agent1@demo.local'), 45],
      [id('agent2@demo.local'), 40],
      [id('lead@demo.local'), 15],
    ],
  });
  const people = new Map(staff.map((u) => [u.id, u]));
  const written = plan.map((planned) => writeTicket(em, planned, customers.get(planned.customer)!, people.get(planned.agentId)!, serviceHoursText(periods[planned.supportLevel])));
  await em.flush();
  for (const { ticket, planned, messages } of written) writeTimeline(em, ticket, planned, messages, people.get(planned.agentId)!, customers.get(planned.customer)!);
  const deflections = await writeDeflections(em, now, [...customers.values()]);
  await em.flush();
  return { tickets: written.length, ratings: plan.filter((p) => p.rating).length, deflections };
}

/** АО Альфа and ПАО Бета of the demo, and two customers that only the history knows (their portal accounts share the demo password). */
async function historyCustomers(em: EntityManager, now: Date): Promise<Map<string, Customer>> {
  const alfaUser = await em.findOneOrFail(User, { email: 'alfa@demo.local' });
  const betaUser = await em.findOneOrFail(User, { email: 'beta@demo.local' });
  const software = await em.findOneOrFail(Product, { name: 'Dallas Lock 8.0' });
  const hardware = await em.findOneOrFail(Product, { name: 'ПАК «Соболь» 4' });
  const today = moscowDateOf(now);
  const known = async (identifier: string, user: User, position: string, phone: string): Promise<Customer> => {
    const contract = await em.findOneOrFail(SupportContract, { identifier }, { populate: ['organization'] });
    const organization = contract.organization.getEntity();
    // The same person the open demo tickets name, so the intake finds one contact, not two.
    const contact =
      (await em.findOne(Contact, { organization, fullName: user.fullName, phone })) ??
      em.create(Contact, { organization, fullName: user.fullName, position, phone, email: user.email, createdAt: now });
    return { organization, contract, contact, user };
  };
  const added = (name: string, identifier: string, product: Product, level: SupportLevel, person: { fullName: string; email: string; position: string; phone: string }): Customer => {
    const organization = em.create(Organization, { name, normalizedName: normalizeOrganizationName(name), kind: OrganizationKind.CUSTOMER, createdAt: now });
    const kind = product === hardware ? IdentifierKind.SERIAL_NUMBER : IdentifierKind.LICENSE_NUMBER;
    const contract = newContract(em, { organization, identifiers: [{ identifier, kind }], products: [product], supportLevel: level, validFrom: addDays(today, -400), validUntil: addDays(today, 330) });
    const user = em.create(User, { email: person.email, fullName: person.fullName, role: Role.CUSTOMER, passwordHash: alfaUser.passwordHash, organization, active: true, createdAt: now });
    const contact = em.create(Contact, { organization, fullName: person.fullName, position: person.position, phone: person.phone, email: person.email, createdAt: now });
    return { organization, contract, contact, user };
  };
  return new Map([
    ['alfa', await known('DL-BASIC-0001', alfaUser, 'Администратор ИБ', '+7 812 000-00-01')],
    ['beta', await known('DL-EXT-0001', betaUser, 'Инженер', '+7 495 000-00-02')],
    ['delta', added('ООО Дельта', 'HW-EXT-0002', hardware, SupportLevel.EXTENDED, { fullName: 'Дмитрий Дельтов', email: 'delta@demo.local', position: 'Начальник отдела ИБ', phone: '+7 343 000-00-04' })],
    ['omega', added('АО Омега', 'DL-BASIC-0002', software, SupportLevel.BASIC, { fullName: 'Ольга Омегина', email: 'omega@demo.local', position: 'Системный администратор', phone: '+7 383 000-00-05' })],
  ]);
}

function writeTicket(em: EntityManager, planned: PlannedTicket, customer: Customer, agent: User, serviceHours: string | null) {
  const breached = planned.outcome === SlaOutcome.BREACHED;
  const ticket = em.create(Ticket, {
    subject: planned.subject,
    description: planned.description,
    category: planned.category,
    criticality: planned.criticality,
    supportLevel: planned.supportLevel,
    priority: planned.priority,
    status: TicketStatus.CLOSED,
    channel: planned.channel,
    receivedAt: planned.receivedAt,
    responseDueAt: planned.responseDueAt,
    atRiskAt: planned.atRiskAt,
    serviceHours,
    respondedAt: planned.respondedAt,
    respondedBy: agent,
    awaitingReaction: false,
    noticeState: ReactionNoticeState.DELIVERED,
    noticeChannel: Channel.EMAIL,
    noticeProof: PROOF,
    slaOutcome: planned.outcome,
    slaDecidedAt: planned.decidedAt,
    slaLevel: planned.supportLevel,
    slaCriticality: planned.criticality,
    slaDueAt: planned.responseDueAt,
    slaResponseSeconds: planned.responseSeconds,
    escalationLevel: breached ? 1 : 0,
    atRiskAlerted: planned.respondedAt.getTime() > planned.atRiskAt.getTime(),
    breachAlerted: breached,
    organization: customer.organization,
    contract: customer.contract,
    contact: customer.contact,
    assignee: agent,
    createdBy: createdByOf(planned, customer, agent),
    resolution: planned.resolution,
    closedAt: planned.closedAt,
    resolutionSeconds: planned.resolutionSeconds,
    createdAt: planned.receivedAt,
    updatedAt: planned.closedAt,
  });
  const messages = planned.steps.map((step) =>
    em.create(TicketMessage, {
      ticket,
      kind: step.messageKind,
      author: step.kind === 'REPLY' ? agent : customer.user,
      authorName: step.kind === 'REPLY' ? agent.fullName : customer.contact.fullName,
      body: step.body,
      internal: false,
      createdAt: step.at,
    }),
  );
  if (planned.rating) {
    em.create(TicketRating, { ticket, score: planned.rating.score, comment: planned.rating.comment, ratedBy: customer.user, ratedAt: planned.rating.at });
  }
  return { ticket, planned, messages };
}

/** The lines the intake, the SLA alerts, startWork, the replies and the close write (TKT-9), with their data as the auditor reads it. */
function writeTimeline(em: EntityManager, ticket: Ticket, planned: PlannedTicket, messages: readonly TicketMessage[], agent: User, customer: Customer): void {
  const line = (kind: TimelineKind, at: Date, actor: User | null, summary: string, data: Record<string, unknown>) =>
    em.create(TimelineEntry, { ticket, kind, at, actor, summary, data, internal: false });
  const due = planned.responseDueAt.toISOString();
  line(TimelineKind.CREATED, planned.receivedAt, createdByOf(planned, customer, agent), `Registered from ${planned.channel}, ${planned.supportLevel} ${planned.criticality}, P${planned.priority}`, {
    receivedAt: planned.receivedAt.toISOString(),
    responseDueAt: due,
    channel: planned.channel,
    supportLevel: planned.supportLevel,
    criticality: planned.criticality,
    priority: planned.priority,
  });
  if (planned.respondedAt > planned.atRiskAt) line(TimelineKind.SLA_ALERT, planned.atRiskAt, null, 'Response time at risk', { kind: 'AT_RISK', dueAt: due });
  if (planned.outcome === SlaOutcome.BREACHED) {
    line(TimelineKind.SLA_ALERT, planned.responseDueAt, null, 'Response time breached: no reaction by the deadline', { kind: 'BREACHED', dueAt: due });
    line(TimelineKind.ESCALATED, planned.responseDueAt, null, 'Escalated to level 1 automatically: response deadline breached', { level: 1, reason: 'SLA_BREACHED', automatic: true });
  }
  line(TimelineKind.ASSIGNED, planned.respondedAt, agent, 'Took the ticket', { assigneeId: agent.id, selfAssigned: true });
  line(TimelineKind.RESPONDED, planned.respondedAt, null, `Reaction: the customer received the notice by ${CHANNEL_LABEL[Channel.EMAIL]} (${PROOF}): SLA ${planned.outcome}`, {
    outcome: planned.outcome,
    decidedAt: planned.decidedAt.toISOString(),
    responseDueAt: due,
    respondedAt: planned.respondedAt.toISOString(),
    respondedById: agent.id,
    channel: Channel.EMAIL,
    proof: PROOF,
  });
  let status: TicketStatus = TicketStatus.IN_PROGRESS;
  line(TimelineKind.STATUS_CHANGED, planned.respondedAt, agent, `${TicketStatus.NEW} → ${status}`, { from: TicketStatus.NEW, to: status });
  planned.steps.forEach((step, index) => {
    const fromCustomer = step.kind === 'ANSWER';
    const author = fromCustomer ? customer.user : agent;
    const authorName = fromCustomer ? customer.contact.fullName : agent.fullName;
    line(TimelineKind.MESSAGE, step.at, author, `${step.messageKind} from ${authorName}${fromCustomer ? ' (customer)' : ''}`, { messageId: messages[index]!.id, kind: step.messageKind, authorName, fromCustomer });
    const to = fromCustomer ? TicketStatus.IN_PROGRESS : TicketStatus.WAITING_FOR_CUSTOMER;
    line(TimelineKind.STATUS_CHANGED, step.at, author, `${status} → ${to}`, { from: status, to });
    status = to;
  });
  const automatic = planned.resolution === Resolution.NO_CUSTOMER_RESPONSE;
  const closer = automatic ? null : agent;
  line(TimelineKind.STATUS_CHANGED, planned.closedAt, closer, `${status} → ${TicketStatus.CLOSED}`, { from: status, to: TicketStatus.CLOSED });
  line(
    TimelineKind.CLOSED,
    planned.closedAt,
    closer,
    automatic ? 'Closed automatically: no answer from the customer for 10 working days (TKT-3)' : `Closed: ${planned.resolution}`,
    { resolution: planned.resolution, note: null, thirdPartyVendor: null },
  );
}

/** Registered by the customer in the portal, by an agent from a call, by the channel itself otherwise. */
function createdByOf(planned: PlannedTicket, customer: Customer, agent: User): User | null {
  if (planned.channel === Channel.PORTAL) return customer.user;
  return planned.channel === Channel.PHONE ? agent : null;
}

const DEFLECTED_QUERIES = [
  'как включить замкнутую программную среду',
  'срок действия сертификата',
  'где скачать обновление',
  'ошибка аутентификации при входе',
  'настройка UEFI',
  'журнал событий выгрузка',
];

/** Questions the FAQ answered before they became tickets (#19): a couple a working day. */
async function writeDeflections(em: EntityManager, now: Date, customers: readonly Customer[]): Promise<number> {
  const articles = await em.find(FaqArticle, { published: true }, { orderBy: { id: 'asc' }, limit: 10 });
  if (articles.length === 0) return 0;
  const random = new SeededRandom(19);
  const today = moscowDateOf(now);
  let count = 0;
  for (let offset = HISTORY_DAYS; offset >= 1; offset -= 1) {
    const day = addDays(today, -offset);
    for (let n = random.int(0, 3); n > 0; n -= 1) {
      const customer = random.pick(customers);
      const article = random.pick(articles);
      const at = new Date(new Date(`${day}T06:00:00Z`).getTime() + random.int(0, 10 * 60) * 60_000);
      em.create(SelfServiceResolution, {
        user: customer.user,
        organization: customer.organization,
        product: article.product ?? customer.contract.product,
        query: random.pick(DEFLECTED_QUERIES),
        article,
        channel: Channel.PORTAL,
        createdAt: at,
      });
      count += 1;
    }
  }
  return count;
}
