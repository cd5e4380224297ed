import type { EntityManager } from '@mikro-orm/core';
import { formatMoscow } from '@desk/sla';
import type { Clock } from '../../common/clock.js';
import { Forbidden, NotFound, ProblemList } from '../../common/errors.js';
import { existingId } from '../../common/ids.js';
import { User } from '../../entities/auth/user.entity.js';
import { Locale } from '../../entities/notifications/notification.enums.js';
import { ReplyTemplate } from '../../entities/reply-templates/reply-template.entity.js';
import { Ticket } from '../../entities/tickets/ticket.entity.js';
import { LEAD_ROLES, type Actor } from '../../graphql/actor.js';
import { renderTemplate, unknownVariables, TEMPLATE_VARIABLES } from './template-text.js';

export const MAX_TITLE = 120;
export const MAX_BODY = 20_000;
/** Per person; the team's are bounded by the leads' care. */
export const MAX_PERSONAL_TEMPLATES = 200;

export interface ReplyTemplateFields {
  readonly title: string;
  readonly bodyRu: string;
  readonly bodyEn?: string | null;
  readonly shared?: boolean | null;
}

export interface RenderedReply {
  readonly locale: Locale;
  readonly text: string;
}

/** Text modules (#19): the team's and each staff member's own replies, and a reply filled in for a ticket. */
export class ReplyTemplatesService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  /** The team's and the caller's own, titles A–Я; `search` matches title and texts, any case. */
  async list(actor: Actor, search?: string | null): Promise<ReplyTemplate[]> {
    const visible = await this.em.find(ReplyTemplate, { $or: [{ shared: true }, { owner: actor.userId }] }, { orderBy: { title: 'asc', id: 'asc' } });
    const words = (search ?? '').toLocaleLowerCase('ru').split(/\s+/).filter(Boolean);
    if (words.length === 0) return visible;
    // A handful of templates a person: matching here follows Russian case rules on both databases.
    return visible.filter((template) => {
      const text = [template.title, template.bodyRu, template.bodyEn ?? ''].join('\n').toLocaleLowerCase('ru');
      return words.every((word) => text.includes(word));
    });
  }

  async create(actor: Actor, fields: ReplyTemplateFields): Promise<ReplyTemplate> {
    const shared = fields.shared ?? false;
    this.requireEditRight(actor, shared);
    const problems = checkedFields(fields);
    if (!shared && (await this.em.count(ReplyTemplate, { owner: actor.userId, shared: false })) >= MAX_PERSONAL_TEMPLATES) {
      problems.add('input', `at most ${MAX_PERSONAL_TEMPLATES} templates of your own; delete one first`);
    }
    problems.throwIfAny();
    const now = this.clock.now();
    const template = this.em.create(ReplyTemplate, {
      ...textOf(fields),
      shared,
      owner: this.em.getReference(User, actor.userId),
      createdAt: now,
      updatedAt: now,
    });
    await this.em.flush();
    return template;
  }

  async update(actor: Actor, id: string, fields: ReplyTemplateFields): Promise<ReplyTemplate> {
    const template = await this.editable(actor, id);
    const shared = fields.shared ?? template.shared;
    this.requireEditRight(actor, shared);
    checkedFields(fields).throwIfAny();
    Object.assign(template, { ...textOf(fields), shared, updatedAt: this.clock.now() });
    await this.em.flush();
    return template;
  }

  async remove(actor: Actor, id: string): Promise<boolean> {
    this.em.remove(await this.editable(actor, id));
    await this.em.flush();
    return true;
  }

  /** Whether the caller may change it: their own, or the team's for leads and admins. */
  canEdit(actor: Actor, template: ReplyTemplate): boolean {
    return template.shared ? LEAD_ROLES.includes(actor.role) : template.owner.id === actor.userId;
  }

  /** The template in the contact's language, its variables filled from the ticket and the caller. */
  async render(actor: Actor, templateId: string, ticketId: string): Promise<RenderedReply> {
    const template = await this.visible(actor, templateId);
    const ticket = await this.em.findOne(Ticket, existingId(ticketId, 'Ticket'), { populate: ['contact', 'contract.product'] });
    if (!ticket) throw new NotFound('Ticket', ticketId);
    const agent = await this.em.findOneOrFail(User, actor.userId);
    const contact = ticket.contact.getEntity();
    const locale = contact.locale === Locale.EN && template.bodyEn ? Locale.EN : Locale.RU;
    const deadline = `${formatMoscow(ticket.responseDueAt).slice(0, 16).replace('T', ' ')} (${locale === Locale.EN ? 'MSK' : 'МСК'})`;
    const text = renderTemplate(locale === Locale.EN ? template.bodyEn! : template.bodyRu, {
      contactName: contact.fullName,
      ticketNumber: ticket.number,
      deadline,
      product: ticket.contract.getEntity().product.getEntity().name,
      agentName: agent.fullName,
    });
    return { locale, text };
  }

  private async visible(actor: Actor, id: string): Promise<ReplyTemplate> {
    const template = await this.em.findOne(ReplyTemplate, { id: existingId(id, 'ReplyTemplate'), $or: [{ shared: true }, { owner: actor.userId }] });
    if (!template) throw new NotFound('ReplyTemplate', id);
    return template;
  }

  private async editable(actor: Actor, id: string): Promise<ReplyTemplate> {
    const template = await this.visible(actor, id);
    if (!this.canEdit(actor, template)) throw new Forbidden("Only team leads and admins change the team's templates");
    return template;
  }

  private requireEditRight(actor: Actor, shared: boolean): void {
    if (shared && !LEAD_ROLES.includes(actor.role)) throw new Forbidden("Only team leads and admins write the team's templates");
  }
}

function textOf(fields: ReplyTemplateFields): Pick<ReplyTemplate, 'title' | 'bodyRu' | 'bodyEn'> {
  const bodyEn = fields.bodyEn?.trim() ? fields.bodyEn.trim() : null;
  return { title: fields.title.trim(), bodyRu: fields.bodyRu.trim(), bodyEn };
}

function checkedFields(fields: ReplyTemplateFields): ProblemList {
  const problems = new ProblemList();
  const title = fields.title.trim();
  if (!title) problems.add('input.title', 'is required');
  else if (title.length > MAX_TITLE) problems.add('input.title', `must be at most ${MAX_TITLE} characters`);
  if (!fields.bodyRu.trim()) problems.add('input.bodyRu', 'is required');
  for (const [field, text] of [['input.bodyRu', fields.bodyRu], ['input.bodyEn', fields.bodyEn ?? '']] as const) {
    if (text.length > MAX_BODY) problems.add(field, `must be at most ${MAX_BODY} characters`);
    const unknown = unknownVariables(text);
    if (unknown.length > 0) {
      problems.add(field, `names no variable: ${unknown.map((name) => `{{${name}}}`).join(', ')}; the variables are ${TEMPLATE_VARIABLES.map((v) => `{{${v}}}`).join(', ')}`);
    }
  }
  return problems;
}
