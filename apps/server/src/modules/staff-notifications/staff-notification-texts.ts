import { formatMoscow } from '@desk/sla';
import { StaffNotificationKind } from '../../entities/staff-notifications/staff-notification.enums.js';

/** What a staff notification says about its ticket; the console words it itself from `kind` and `data`. */
export interface NotificationFacts {
  readonly number: string;
  readonly subject: string;
  readonly actorName?: string | null;
  readonly level?: number;
  readonly reason?: string | null;
  readonly dueAt?: string | null;
  readonly phone?: string | null;
  readonly error?: string | null;
}

const moscow = (iso: string | null | undefined) => (iso ? `${formatMoscow(new Date(iso)).slice(0, 16).replace('T', ' ')} МСК` : '');

/** One line in Russian (the service language, LVL-5): the bell's fallback, e-mail subjects, Telegram messages. */
export function notificationText(kind: StaffNotificationKind, f: NotificationFacts): string {
  const ticket = `${f.number} «${f.subject}»`;
  switch (kind) {
    case StaffNotificationKind.CUSTOMER_REPLY:
      return `Клиент ответил по заявке ${ticket}`;
    case StaffNotificationKind.NEW_MESSAGE:
      return `Новое сообщение по заявке ${ticket}${f.actorName ? ` от ${f.actorName}` : ''}`;
    case StaffNotificationKind.ASSIGNED:
      return `Вам назначена заявка ${ticket}${f.actorName ? ` (назначил ${f.actorName})` : ''}`;
    case StaffNotificationKind.UNASSIGNED:
      return `Заявка ${ticket} снята с вас${f.actorName ? ` (${f.actorName})` : ''}`;
    case StaffNotificationKind.ESCALATED:
      return `Эскалация заявки ${ticket}: уровень ${f.level ?? 1}${f.reason ? `, ${f.reason}` : ''}`;
    case StaffNotificationKind.SLA_AT_RISK:
      return `Время реакции под угрозой: ${ticket}, срок ${moscow(f.dueAt)}`;
    case StaffNotificationKind.SLA_BREACHED:
      return `Время реакции нарушено: ${ticket}, срок был ${moscow(f.dueAt)}`;
    case StaffNotificationKind.REACTION_NOTICE_FAILED:
      return `Оповещение о начале работ по заявке ${ticket} не доставлено${f.error ? ` (${f.error})` : ''}: позвоните клиенту${f.phone ? ` ${f.phone}` : ''}, срок реакции ${moscow(f.dueAt)}`;
  }
}

/** The e-mail or Telegram text of one notification, or of several that waited (a digest). */
export function offAppMessage(lines: readonly { text: string; link: string; at: Date }[]): { subject: string; body: string } {
  if (lines.length === 1) {
    const [only] = lines;
    return { subject: only!.text, body: `${only!.text}\n\n${only!.link}\n\nСлужба технической поддержки` };
  }
  const list = lines.map((line) => `• ${formatMoscow(line.at).slice(11, 16)} ${line.text}\n  ${line.link}`).join('\n');
  return {
    subject: `Сводка уведомлений: ${lines.length}`,
    body: `Пока вы были вне рабочих часов или в тихом режиме, пришло уведомлений: ${lines.length}.\n\n${list}\n\nСлужба технической поддержки`,
  };
}
