import { formatMoscow } from '@desk/sla';
import { MISSING_ITEM_LINE_RU, MISSING_ITEM_RU, type MissingItem } from './mail-identification.js';

export interface IdentificationReplyFacts {
  readonly subject: string;
  readonly receivedAt: Date;
  /** Our number for the kept message, for the customer's reference when they call. */
  readonly inboundMailId: number;
  readonly missing: readonly MissingItem[];
  readonly problems: readonly string[];
}

const SIGNATURE = '\n\nС уважением,\nслужба технической поддержки\nhelpdesk@confident.ru';

/**
 * ID-1: the automatic answer to a message we cannot register — exactly what
 * is missing or wrong, and the lines to add when replying. Russian: the
 * service language (LVL-5).
 */
export function renderIdentificationReply(facts: IdentificationReplyFacts): { subject: string; body: string } {
  const when = `${formatMoscow(facts.receivedAt).slice(0, 16).replace('T', ' ')} (МСК)`;
  const parts = [
    'Здравствуйте!',
    `Мы получили ваше письмо «${facts.subject}» (${when}), но не можем зарегистрировать по нему заявку: ` +
      'служба технической поддержки обрабатывает только обращения, позволяющие идентифицировать пользователя ' +
      '(раздел 6 соглашения о технической поддержке).',
  ];
  if (facts.missing.length > 0) {
    parts.push(`В письме не хватает:\n${facts.missing.map((m, i) => `${i + 1}. ${MISSING_ITEM_RU[m]}`).join('\n')}`);
  }
  if (facts.problems.length > 0) {
    parts.push(`${facts.missing.length > 0 ? 'Кроме того' : 'Проверьте, пожалуйста'}:\n${facts.problems.map((p) => `— ${p}`).join('\n')}`);
  }
  const lines = facts.missing.map((m) => MISSING_ITEM_LINE_RU[m]);
  parts.push(
    lines.length > 0
      ? `Пожалуйста, ответьте на это письмо, добавив строки:\n\n${lines.join('\n')}\n\nТекст и вложения исходного письма повторять не нужно — мы их сохранили.`
      : 'Пожалуйста, ответьте на это письмо с исправленными данными. Текст и вложения исходного письма повторять не нужно — мы их сохранили.',
  );
  parts.push(`Ваше письмо сохранено под номером В-${facts.inboundMailId}. Вы также можете обратиться через личный кабинет технической поддержки или по телефону.`);
  return {
    subject: `Не удалось зарегистрировать обращение: ${facts.subject}`.slice(0, 500),
    body: parts.join('\n\n') + SIGNATURE,
  };
}
