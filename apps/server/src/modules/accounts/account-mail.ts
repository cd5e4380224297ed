import type { EntityManager } from '@mikro-orm/core';
import type { Role } from '../../entities/auth/role.enum.js';
import { Locale } from '../../entities/notifications/notification.enums.js';
import { Contact } from '../../entities/organizations/contact.entity.js';
import { moscowTime, renderMail, type RenderedMail } from '../notifications/index.js';

interface AccountPhrases {
  readonly role: Record<Role, string>;
  readonly greeting: (name: string) => string;
  readonly moscow: (at: Date) => string;
  readonly invitation: {
    readonly subject: string;
    readonly invited: (role: string, organization: string | null) => string;
    readonly action: string;
    readonly validity: (until: string) => string;
  };
  readonly reset: { readonly subject: string; readonly asked: string; readonly action: string; readonly validity: (until: string) => string };
  readonly expires: string;
}

const RU: AccountPhrases = {
  role: { AGENT: 'инженер поддержки', TEAM_LEAD: 'руководитель группы', ADMIN: 'администратор', CUSTOMER: 'контактное лицо заказчика', PARTNER: 'сотрудник партнёра' },
  greeting: (name) => `Здравствуйте, ${name}!`,
  moscow: (at) => moscowTime(at, 'МСК'),
  invitation: {
    subject: 'Приглашение в службу технической поддержки',
    invited: (role, organization) => `Вас пригласили в систему технической поддержки: роль — ${role}${organization ? ` (${organization})` : ''}.`,
    action: 'Задать пароль и принять приглашение',
    validity: (until) => `Ссылка одноразовая и действует до ${until}. Если вы не ждали этого письма, просто удалите его.`,
  },
  reset: {
    subject: 'Восстановление пароля',
    asked: 'Мы получили запрос на смену пароля. Задайте новый пароль по ссылке.',
    action: 'Задать новый пароль',
    validity: (until) => `Ссылка одноразовая и действует до ${until}. Если вы не запрашивали смену пароля, ничего не делайте: прежний пароль продолжит действовать.`,
  },
  expires: 'Ссылка действует до',
};

const EN: AccountPhrases = {
  role: { AGENT: 'support engineer', TEAM_LEAD: 'team lead', ADMIN: 'administrator', CUSTOMER: "customer's contact person", PARTNER: "partner's employee" },
  greeting: (name) => `Hello ${name},`,
  moscow: (at) => moscowTime(at, 'Moscow time'),
  invitation: {
    subject: 'Invitation to technical support',
    invited: (role, organization) => `You are invited to the technical support desk as ${role}${organization ? ` (${organization})` : ''}.`,
    action: 'Set a password and accept',
    validity: (until) => `The link works once, until ${until}. If you did not expect this e-mail, simply delete it.`,
  },
  reset: {
    subject: 'Password reset',
    asked: 'We received a request to change your password. Set a new one with the link.',
    action: 'Set a new password',
    validity: (until) => `The link works once, until ${until}. If you did not ask for it, do nothing: your password stays as it is.`,
  },
  expires: 'The link works until',
};

const PHRASES: Record<Locale, AccountPhrases> = { [Locale.RU]: RU, [Locale.EN]: EN };

/** The language of account mails to an address: the contact person's with that e-mail, else Russian (LVL-5). */
export async function accountMailLocale(em: EntityManager, email: string): Promise<Locale> {
  const contact = await em.findOne(Contact, { email: email.toLowerCase() }, { fields: ['locale'], orderBy: { id: 'asc' } });
  return contact?.locale ?? Locale.RU;
}

/** The invitation e-mail: what role, the one-time link, until when it works. */
export function invitationMail(fullName: string, role: Role, organizationName: string | null, link: string, expiresAt: Date, locale = Locale.RU): RenderedMail {
  const p = PHRASES[locale];
  const until = p.moscow(expiresAt);
  return renderMail({
    locale,
    subject: p.invitation.subject,
    heading: p.invitation.subject,
    greeting: p.greeting(fullName),
    blocks: [{ text: p.invitation.invited(p.role[role], organizationName) }, { text: p.invitation.validity(until) }],
    facts: [{ label: p.expires, value: until }],
    actions: [{ label: p.invitation.action, url: link }],
    notes: [],
  });
}

/** The "forgot password" e-mail: the one-time link and until when it works. */
export function passwordResetMail(fullName: string, link: string, expiresAt: Date, locale = Locale.RU): RenderedMail {
  const p = PHRASES[locale];
  const until = p.moscow(expiresAt);
  return renderMail({
    locale,
    subject: p.reset.subject,
    heading: p.reset.subject,
    greeting: p.greeting(fullName),
    blocks: [{ text: p.reset.asked }, { text: p.reset.validity(until) }],
    facts: [{ label: p.expires, value: until }],
    actions: [{ label: p.reset.action, url: link }],
    notes: [],
  });
}
