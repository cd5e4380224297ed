import { Locale } from '../../../entities/notifications/notification.enums.js';
import { moscowTime, renderMail, type MailBlock, type RenderedMail } from '../../notifications/index.js';
import { MISSING_ITEM_LINE_RU, MISSING_ITEM_RU, type MissingItem } from './mail-identification.js';

export interface IdentificationReplyFacts {
  readonly subject: string;
  readonly receivedAt: Date;
  /** Our number for the kept message, for the customer's reference when they call. */
  readonly inboundMailId: number;
  readonly missing: readonly MissingItem[];
  readonly problems: readonly string[];
}

/**
 * ID-1: the automatic answer to a message we cannot register — exactly what
 * is missing or wrong, and the lines to add when replying (shown apart, to
 * copy). Russian: the service language (LVL-5); no contact is known yet.
 * Text and HTML from the customer mail layout (#18).
 */
export function renderIdentificationReply(facts: IdentificationReplyFacts): RenderedMail {
  const when = moscowTime(facts.receivedAt, 'МСК');
  const blocks: MailBlock[] = [
    {
      text:
        `Мы получили ваше письмо «${facts.subject}» (${when}), но не можем зарегистрировать по нему заявку: ` +
        'служба технической поддержки обрабатывает только обращения, позволяющие идентифицировать пользователя ' +
        '(раздел 6 соглашения о технической поддержке).',
    },
  ];
  if (facts.missing.length > 0) {
    blocks.push({ text: `В письме не хватает:\n${facts.missing.map((m, i) => `${i + 1}. ${MISSING_ITEM_RU[m]}`).join('\n')}` });
  }
  if (facts.problems.length > 0) {
    blocks.push({ text: `${facts.missing.length > 0 ? 'Кроме того' : 'Проверьте, пожалуйста'}:\n${facts.problems.map((p) => `— ${p}`).join('\n')}` });
  }
  const lines = facts.missing.map((m) => MISSING_ITEM_LINE_RU[m]);
  const keptNote = 'Текст и вложения исходного письма повторять не нужно — мы их сохранили.';
  blocks.push(
    ...(lines.length > 0
      ? [{ text: 'Пожалуйста, ответьте на это письмо, добавив строки:' }, { quote: lines.join('\n') }, { text: keptNote }]
      : [{ text: `Пожалуйста, ответьте на это письмо с исправленными данными. ${keptNote}` }]),
    { text: `Ваше письмо сохранено под номером В-${facts.inboundMailId}. Вы также можете обратиться через личный кабинет технической поддержки или по телефону.` },
  );
  const subject = `Не удалось зарегистрировать обращение: ${facts.subject}`.slice(0, 500);
  return renderMail({
    locale: Locale.RU,
    subject,
    heading: 'Не удалось зарегистрировать обращение',
    greeting: 'Здравствуйте!',
    blocks,
    facts: [
      { label: 'Письмо получено', value: when },
      { label: 'Номер письма', value: `В-${facts.inboundMailId}` },
    ],
    actions: [],
    notes: [],
  });
}
