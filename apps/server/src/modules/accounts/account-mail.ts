import { formatMoscow } from '@desk/sla';
import type { Role } from '../../entities/auth/role.enum.js';

export interface AccountMail {
  readonly subject: string;
  readonly body: string;
}

const ROLE_RU: Record<Role, string> = {
  AGENT: 'инженер поддержки',
  TEAM_LEAD: 'руководитель группы',
  ADMIN: 'администратор',
  CUSTOMER: 'контактное лицо заказчика',
  PARTNER: 'сотрудник партнёра',
};

const moscow = (at: Date) => `${formatMoscow(at).slice(0, 16).replace('T', ' ')} (МСК)`;
const SIGNATURE = '\n\nС уважением,\nслужба технической поддержки';

/** The invitation e-mail (Russian first, LVL-5): what role, the one-time link, until when it works. */
export function invitationMail(fullName: string, role: Role, organizationName: string | null, link: string, expiresAt: Date): AccountMail {
  const where = organizationName ? ` (${organizationName})` : '';
  return {
    subject: 'Приглашение в службу технической поддержки',
    body:
      `Здравствуйте, ${fullName}!\n\nВас пригласили в систему технической поддержки: роль — ${ROLE_RU[role]}${where}.\n\n` +
      `Чтобы принять приглашение, задайте пароль по ссылке:\n${link}\n\n` +
      `Ссылка одноразовая и действует до ${moscow(expiresAt)}. Если вы не ждали этого письма, просто удалите его.` +
      SIGNATURE,
  };
}

export function passwordResetMail(fullName: string, link: string, expiresAt: Date): AccountMail {
  return {
    subject: 'Восстановление пароля',
    body:
      `Здравствуйте, ${fullName}!\n\nМы получили запрос на смену пароля. Задайте новый пароль по ссылке:\n${link}\n\n` +
      `Ссылка одноразовая и действует до ${moscow(expiresAt)}. Если вы не запрашивали смену пароля, ничего не делайте: ` +
      'прежний пароль продолжит действовать.' +
      SIGNATURE,
  };
}
