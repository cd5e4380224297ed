/** What the sender and staff read about a message, in Russian (the service language, LVL-5). */

export const NO_TEXT_RU = '(письмо без текста — см. вложения)';
export const CLIPPED_MARKER_RU = '\n\n[…текст сокращён, полностью — во вложении message.txt]';
export const DEFAULT_SUBJECT_RU = 'Обращение по электронной почте';

/** Why a reply from an unknown address did not join the ticket it names. */
export function foreignSenderNoteRu(sender: string | null, ticketNumber: string): string {
  return (
    `адрес ${sender ?? '(не указан)'} не зарегистрирован как контактный адрес организации, к заявке ${ticketNumber} которой относится письмо, ` +
    'поэтому письмо не добавлено к этой заявке'
  );
}

const FIELD_RU: Record<string, string> = {
  'input.identifier': 'номер лицензии',
  'input.organizationName': 'организация',
  'input.contact.fullName': 'ФИО',
  'input.contact.position': 'должность',
  'input.contact.phone': 'телефон',
  'input.contact.email': 'адрес электронной почты',
  'input.subject': 'тема письма',
  'input.description': 'текст письма',
  'input.criticality': 'критичность',
};

/** The intake's validation messages, as the customer reads them. */
export function russianProblem(field: string, message: string): string {
  const label = FIELD_RU[field] ?? field;
  if (/is not a phone number/.test(message)) return `${label}: указан в неверном формате (пример: +7 812 000-00-01)`;
  if (/is not an e-mail address/.test(message)) return `${label}: указан в неверном формате`;
  const max = /at most (\d+) characters/.exec(message);
  if (max) return `${label}: не длиннее ${max[1]} символов`;
  if (/is required/.test(message)) return `${label}: не указано`;
  return `${label}: ${message}`;
}
