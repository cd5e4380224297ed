import type { EntityManager } from '@mikro-orm/core';
import type { Clock } from '../../../common/clock.js';
import type { Contact } from '../../../entities/organizations/contact.entity.js';
import { SupportContract } from '../../../entities/organizations/support-contract.entity.js';
import type { TelegramChat } from '../../../entities/channels/telegram-chat.entity.js';
import { Channel } from '../../../entities/tickets/ticket.enums.js';
import { SelfServiceService } from '../../info-services/index.js';
import type { Say } from './chat-messages.js';
import { CRITICALITY_CHOICES, TEXT } from './telegram-texts.js';

/** Articles offered before a ticket is opened (#19): a chat shows few well. */
const SUGGESTED_ARTICLES = 3;
const EXCERPT = 300;

/**
 * Self-service first in the bot (#19): before the criticality question, the
 * knowledge-base articles that match the request, each with "this is the
 * answer"; without any, the criticality buttons as always.
 */
export async function offerAnswers(em: EntityManager, chat: TelegramChat, request: string, clock: Clock, say: Say): Promise<void> {
  const productId = chat.contract ? String((await em.findOneOrFail(SupportContract, chat.contract.id)).product.id) : null;
  const { articles } = await new SelfServiceService(em, clock).suggest(productId, request.slice(0, 2000), SUGGESTED_ARTICLES);
  if (articles.length === 0) return say(TEXT.askCriticality, { kind: 'choices', choices: CRITICALITY_CHOICES });
  const excerpt = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT).trimEnd()}…` : text);
  say(TEXT.suggestions(articles.map((a) => ({ title: a.title, excerpt: excerpt(a.bodyText) }))), {
    kind: 'choices',
    choices: [...articles.map((a, i) => ({ label: TEXT.answeredButton(i + 1), data: `answered:${a.id}` })), ...CRITICALITY_CHOICES],
  });
}

/** "This is the answer": the request is recorded as resolved without a ticket (channel TELEGRAM). */
export async function recordAnswered(
  em: EntityManager,
  bound: { contact: Contact; contract: SupportContract },
  request: string,
  articleId: string,
  clock: Clock,
  say: Say,
): Promise<void> {
  await new SelfServiceService(em, clock).record(
    { userId: null, contactId: bound.contact.id, organizationId: bound.contract.organization.id },
    { productId: String(bound.contract.product.id), query: request.trim(), articleId },
    Channel.TELEGRAM,
  );
  say(TEXT.answeredThanks, { kind: 'remove' });
}
