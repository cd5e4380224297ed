import { OptimisticLockError, ref, type EntityManager } from '@mikro-orm/core';
import { ValidationFailed } from '../../../common/errors.js';
import { Contact } from '../../../entities/organizations/contact.entity.js';
import { Channel, TicketCategory, TicketStatus } from '../../../entities/tickets/ticket.enums.js';
import { Criticality } from '../../../entities/sla/sla.enums.js';
import { Role } from '../../../entities/auth/role.enum.js';
import { SupportContract } from '../../../entities/organizations/support-contract.entity.js';
import { TelegramChat } from '../../../entities/channels/telegram-chat.entity.js';

import { Ticket } from '../../../entities/tickets/ticket.entity.js';
import { User } from '../../../entities/auth/user.entity.js';
import type { TicketServices } from '../../tickets/index.js';
import type { Orm } from '../../../infra/database/orm.js';
import type { Logger } from '../../../infra/logger.js';
import type { Actor } from '../../../graphql/actor.js';
import { type CreateTicketCommand, validateCreateTicket, TicketIntakeService } from '../../tickets/index.js';
import { offerAnswers, recordAnswered } from './telegram-self-service.js';
import { contactsWithPhone, contractByIdentifier, contractsNamedIn, phoneKey } from '../customer-identity.js';
import { identifierCandidates } from '../email/identification-fields.js';
import { senderActor } from '../email/mail-identification.js';
import type { AnswerSource } from './answer-source.js';
import { DialogState, type ChatInput, type ChatKeyboard, type ChatReply, type Say } from './chat-messages.js';
import { ChatStore } from './chat-store.js';
import { INTAKE_REJECTION_RU, moscow, STATUS_RU, TEXT } from './telegram-texts.js';

export interface TelegramDialogDependencies {
  readonly orm: Orm;
  readonly services: TicketServices;
  readonly answers: AnswerSource;
  readonly logger: Logger;
}

interface Draft {
  contractId?: string;
  phone?: string;
  fullName?: string;
  subject?: string;
  description?: string;
}

const MAX_SUBJECT = 200;
const MAX_DESCRIPTION = 4000;
const PHONE = /^[+\d][\d\s()\-.]{4,}$/;

const KINDS: Record<string, { category: TicketCategory; criticality: Criticality }> = {
  CRITICAL: { category: TicketCategory.INCIDENT, criticality: Criticality.CRITICAL },
  NON_CRITICAL: { category: TicketCategory.INCIDENT, criticality: Criticality.NON_CRITICAL },
  QUESTION: { category: TicketCategory.FUNCTIONALITY_QUESTION, criticality: Criticality.NON_CRITICAL },
};

/**
 * The Telegram bot's conversation (TKT-12): answers basic questions from the
 * FAQ and says so when it cannot, identifies the customer (license or serial
 * number, then the phone of a contact person of that organization — or a new
 * contact with name and position), tells the status and expected resolution
 * of their open tickets (TKT-9) and opens tickets (channel TELEGRAM).
 *
 * The state lives in the chat's row, so any process can take the next
 * message and a restart loses nothing. Each update is handled once (its id is
 * recorded first); replies go out after the new state is saved.
 */
export class TelegramDialog {
  private readonly queues = new Map<string, Promise<void>>();

  private readonly chats: ChatStore;

  constructor(private readonly deps: TelegramDialogDependencies) {
    this.chats = new ChatStore({ orm: deps.orm, clock: deps.services.clock, logger: deps.logger });
  }

  /** Handles one update; updates of one chat are taken one after another in this process. */
  handle(input: ChatInput, send: (reply: ChatReply) => Promise<void>): Promise<void> {
    const previous = this.queues.get(input.chatId) ?? Promise.resolve();
    const current = previous.then(() => this.handleNow(input, send));
    const settled = current.catch(() => undefined);
    this.queues.set(input.chatId, settled);
    void settled.then(() => {
      if (this.queues.get(input.chatId) === settled) this.queues.delete(input.chatId);
    });
    return current;
  }

  private async handleNow(input: ChatInput, send: (reply: ChatReply) => Promise<void>): Promise<void> {
    if (!(await this.chats.claim(input.updateId))) {
      this.deps.logger.info('telegram update delivered again; already handled', { updateId: input.updateId });
      return;
    }
    const replies: ChatReply[] = [];
    const say = (text: string, keyboard?: ChatKeyboard) => void replies.push({ text, ...(keyboard ? { keyboard } : {}) });
    try {
      const em = this.deps.orm.em.fork();
      const chat = await this.chats.chatOf(em, input);
      await this.step(em, chat, input, say);
      chat.updatedAt = this.now();
      await em.flush();
    } catch (error) {
      replies.length = 0;
      if (error instanceof OptimisticLockError) {
        say(TEXT.collision);
      } else {
        this.deps.logger.error('telegram update failed', error);
        say(TEXT.failed);
      }
    }
    for (const reply of replies) await send(reply);
  }

  // ---------------------------------------------------------------- steps

  private async step(em: EntityManager, chat: TelegramChat, input: ChatInput, say: Say): Promise<void> {
    if (input.callbackData !== undefined) return this.onButton(em, chat, input.callbackData, say);
    const command = commandOf(input.text);
    switch (command) {
      case undefined:
        break;
      case 'start':
        return this.start(em, chat, say);
      case 'help':
        return say(TEXT.help);
      case 'cancel':
        reset(chat);
        return say(TEXT.cancelled, { kind: 'remove' });
      case 'unlink':
        reset(chat);
        chat.contact = null;
        chat.contract = null;
        chat.boundAt = null;
        return say(TEXT.unlinked, { kind: 'remove' });
      case 'tickets':
        return this.listTickets(em, chat, say);
      case 'new':
        if (!chat.contact || !chat.contract) return say(TEXT.identifyFirst);
        chat.state = DialogState.AWAIT_SUBJECT;
        chat.draft = {};
        return say(TEXT.askSubject);
      default:
        return say(TEXT.help);
    }

    const text = input.text?.trim() ?? '';
    const draft = { ...(chat.draft ?? {}) } as Draft;
    switch (chat.state as DialogState) {
      case DialogState.AWAIT_IDENTIFIER:
        return this.onIdentifier(em, chat, text, say);
      case DialogState.AWAIT_PHONE:
        return this.onPhone(em, chat, draft, input, say);
      case DialogState.AWAIT_NAME:
        if (text.length < 3) return say(TEXT.tooShort);
        if (text.length > 300) return say(TEXT.tooLong(300));
        chat.draft = { ...draft, fullName: text };
        chat.state = DialogState.AWAIT_POSITION;
        return say(TEXT.askPosition);
      case DialogState.AWAIT_POSITION:
        if (text.length < 2) return say(TEXT.tooShort);
        if (text.length > 300) return say(TEXT.tooLong(300));
        return this.bindNewContact(em, chat, draft, text, say);
      case DialogState.AWAIT_SUBJECT:
        if (text.length < 3) return say(TEXT.tooShort);
        if (text.length > MAX_SUBJECT) return say(TEXT.tooLong(MAX_SUBJECT));
        chat.draft = { subject: text };
        chat.state = DialogState.AWAIT_DESCRIPTION;
        return say(TEXT.askDescription);
      case DialogState.AWAIT_DESCRIPTION:
        if (text.length < 3) return say(TEXT.tooShort);
        if (text.length > MAX_DESCRIPTION) return say(TEXT.tooLong(MAX_DESCRIPTION));
        chat.draft = { ...draft, description: text };
        chat.state = DialogState.AWAIT_CRITICALITY;
        return offerAnswers(em, chat, `${draft.subject ?? ''}\n${text}`, this.deps.services.clock, say);
      case DialogState.AWAIT_CRITICALITY: {
        const kind = { '1': 'CRITICAL', '2': 'NON_CRITICAL', '3': 'QUESTION' }[text];
        if (!kind) return say(TEXT.pickCriticality);
        return this.openTicket(em, chat, draft, kind, say);
      }
      default:
        if (!text) return say(TEXT.help);
        return this.answerQuestion(chat, text, say);
    }
  }

  private async start(em: EntityManager, chat: TelegramChat, say: Say): Promise<void> {
    reset(chat);
    const bound = await this.boundContact(em, chat);
    if (bound) return say(TEXT.greetingBound(bound.contact.fullName, bound.contract.organization.getEntity().name), { kind: 'remove' });
    chat.state = DialogState.AWAIT_IDENTIFIER;
    say(TEXT.welcome);
    say(TEXT.askIdentifier);
  }

  /** ID-1, ID-2: the number must match a contract; its organization is the customer's. */
  private async onIdentifier(em: EntityManager, chat: TelegramChat, text: string, say: Say): Promise<void> {
    if (!text) return say(TEXT.askIdentifier);
    const contract = (await contractByIdentifier(em, text)) ?? (await contractsNamedIn(em, identifierCandidates(text)))[0] ?? null;
    if (!contract) return say(TEXT.identifierNotFound(text.slice(0, 100)));
    chat.draft = { contractId: String(contract.id) };
    chat.state = DialogState.AWAIT_PHONE;
    say(TEXT.askPhone(contract.organization.getEntity().name), { kind: 'sharePhone', label: TEXT.sharePhoneButton });
  }

  /** A contact person of that organization with this phone: the chat is theirs. Otherwise we ask who they are. */
  private async onPhone(em: EntityManager, chat: TelegramChat, draft: Draft, input: ChatInput, say: Say): Promise<void> {
    if (input.sharedPhone && !input.sharedPhone.own) return say(TEXT.foreignContact, { kind: 'sharePhone', label: TEXT.sharePhoneButton });
    const phone = normalizePhone(input.sharedPhone?.phone ?? input.text?.trim() ?? '');
    if (!PHONE.test(phone) || phoneKey(phone).length < 6) return say(TEXT.badPhone, { kind: 'sharePhone', label: TEXT.sharePhoneButton });
    const contract = draft.contractId ? await em.findOne(SupportContract, Number(draft.contractId), { populate: ['organization'] }) : null;
    if (!contract) return this.start(em, chat, say);
    const [known] = await contactsWithPhone(em, contract.organization.id, phone);
    if (known) return this.bind(chat, known, contract, say);
    chat.draft = { ...draft, phone };
    chat.state = DialogState.AWAIT_NAME;
    say(TEXT.askFullName, { kind: 'remove' });
  }

  private async bindNewContact(em: EntityManager, chat: TelegramChat, draft: Draft, position: string, say: Say): Promise<void> {
    const contract = draft.contractId ? await em.findOne(SupportContract, Number(draft.contractId), { populate: ['organization'] }) : null;
    if (!contract || !draft.phone || !draft.fullName) return this.start(em, chat, say);
    const contact = em.create(Contact, {
      organization: contract.organization,
      fullName: draft.fullName,
      position,
      phone: draft.phone,
      createdAt: this.now(),
    });
    this.bind(chat, contact, contract, say);
  }

  private bind(chat: TelegramChat, contact: Contact, contract: SupportContract, say: Say): void {
    chat.contact = ref(contact);
    chat.contract = ref(contract);
    chat.boundAt = this.now();
    reset(chat);
    say(TEXT.bound(contact.fullName, contract.organization.getEntity().name), { kind: 'remove' });
  }

  private async onButton(em: EntityManager, chat: TelegramChat, data: string, say: Say): Promise<void> {
    const answered = /^answered:(\d+)$/.exec(data)?.[1];
    if (answered && chat.state === DialogState.AWAIT_CRITICALITY) {
      const bound = await this.boundContact(em, chat);
      const draft = { ...(chat.draft ?? {}) } as Draft;
      reset(chat);
      if (!bound) return say(TEXT.identifyFirst);
      return recordAnswered(em, bound, `${draft.subject ?? ''}\n${draft.description ?? ''}`, answered, this.deps.services.clock, say);
    }
    const kind = /^kind:(\w+)$/.exec(data)?.[1];
    if (chat.state !== DialogState.AWAIT_CRITICALITY || !kind || !KINDS[kind]) return say(TEXT.staleButton);
    return this.openTicket(em, chat, { ...(chat.draft ?? {}) } as Draft, kind, say);
  }

  /** The ticket, through the regular intake (ID-2 checked again, level from the contract, SLA-1 deadline). */
  private async openTicket(em: EntityManager, chat: TelegramChat, draft: Draft, kind: string, say: Say): Promise<void> {
    const bound = await this.boundContact(em, chat);
    reset(chat);
    if (!bound) return say(TEXT.identifyFirst);
    if (!draft.subject || !draft.description) return say(TEXT.askSubject);
    const { contact, contract } = bound;
    const organization = contract.organization.getEntity();
    const command: CreateTicketCommand = {
      identifier: contract.identifier,
      organizationName: organization.name,
      contact: { fullName: contact.fullName, position: contact.position, phone: contact.phone, email: contact.email },
      subject: draft.subject,
      description: draft.description,
      ...KINDS[kind]!,
      channel: Channel.TELEGRAM,
    };
    const problems = validateCreateTicket(command, this.now());
    if (!problems.isEmpty) return say(TEXT.refused(problems.all.map((p) => p.message).join('; ')));
    try {
      const actor = await this.contactActor(em, contact, organization.id);
      const ticket = await new TicketIntakeService(this.deps.orm.em.fork(), this.deps.services).create(command, actor);
      if (ticket.status === TicketStatus.REJECTED) {
        return say(TEXT.registeredRejected(ticket.number, INTAKE_REJECTION_RU[ticket.rejectionReason ?? ''] ?? String(ticket.rejectionReason)));
      }
      say(TEXT.registered(ticket.number, ticket.responseDueAt));
    } catch (error) {
      if (!(error instanceof ValidationFailed)) throw error;
      say(TEXT.refused(error.fields.map((p) => p.message).join('; ')));
    }
  }

  /** TKT-9: status and expected resolution of the contact's open tickets. */
  private async listTickets(em: EntityManager, chat: TelegramChat, say: Say): Promise<void> {
    const bound = await this.boundContact(em, chat);
    if (!bound) return say(TEXT.identifyFirst);
    const tickets = await em.find(
      Ticket,
      { contact: bound.contact.id, status: { $nin: [TicketStatus.CLOSED, TicketStatus.REJECTED] } },
      { orderBy: { receivedAt: 'desc', id: 'desc' }, limit: 10 },
    );
    if (tickets.length === 0) return say(TEXT.noOpenTickets);
    const lines = tickets.map((t) =>
      [
        `${t.number} «${t.subject}»`,
        `Статус: ${STATUS_RU[t.status]}`,
        ...(t.status === TicketStatus.NEW ? [`Гарантированная реакция: до ${moscow(t.responseDueAt)}`] : []),
        `Ожидаемый срок решения: ${t.expectedResolutionAt ? moscow(t.expectedResolutionAt) : 'будет сообщён специалистом'}`,
      ].join('\n'),
    );
    say([TEXT.openTickets, ...lines].join('\n\n'));
  }

  private async answerQuestion(chat: TelegramChat, question: string, say: Say): Promise<void> {
    const answer = await this.deps.answers.answer(question);
    if (!answer) return say(chat.contact ? TEXT.cannotAnswerBound : TEXT.cannotAnswer);
    say([`${answer.title}\n\n${answer.text}`, ...(answer.url ? [TEXT.moreInfo(answer.url)] : []), TEXT.notSure].join('\n\n'));
  }

  /** The bound contact and contract, or null (and the chat unbound) when either is gone. */
  private async boundContact(em: EntityManager, chat: TelegramChat): Promise<{ contact: Contact; contract: SupportContract } | null> {
    if (!chat.contact || !chat.contract) return null;
    const contact = await em.findOne(Contact, chat.contact.id);
    const contract = await em.findOne(SupportContract, chat.contract.id, { populate: ['organization'] });
    if (!contact || !contract) {
      chat.contact = null;
      chat.contract = null;
      return null;
    }
    return { contact, contract };
  }

  /** A contact person with a portal account (same e-mail) opens tickets as that user (`createdBy`). */
  private async contactActor(em: EntityManager, contact: Contact, organizationId: number): Promise<Actor | null> {
    if (!contact.email) return null;
    const users = await em.find(User, { email: contact.email, active: true, role: { $in: [Role.CUSTOMER, Role.PARTNER] } }, { populate: ['organization'] });
    return senderActor(em, users, organizationId);
  }

  private now(): Date {
    return this.deps.services.clock.now();
  }
}

function reset(chat: TelegramChat): void {
  chat.state = DialogState.IDLE;
  chat.draft = null;
}

/** "/start", "/new@desk_bot" → "start", "new"; anything else → undefined. */
function commandOf(text: string | undefined): string | undefined {
  const match = /^\/([a-z_]+)(?:@\w+)?(?:\s|$)/i.exec(text?.trim() ?? '');
  return match?.[1]?.toLowerCase();
}

/** Telegram shares numbers without the plus: "79001234567". */
function normalizePhone(phone: string): string {
  const trimmed = phone.trim();
  return /^\d{11,15}$/.test(trimmed) ? `+${trimmed}` : trimmed;
}
