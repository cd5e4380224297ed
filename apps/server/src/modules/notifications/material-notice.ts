import { Locale } from '../../entities/notifications/notification.enums.js';
import type { MaterialNoticeLine } from '../tickets/index.js';
import type { MailBlock } from './mail-layout.js';

/** What the MATERIAL_REQUESTED notice (#19, agreement section 4) needs of the ticket's facts. */
export interface MaterialFacts {
  readonly number: string;
  readonly subject: string;
  readonly materials?: readonly MaterialNoticeLine[];
  readonly shippingDetails?: string | null;
}

const KIND_NAMES: Record<Locale, Record<string, string>> = {
  [Locale.RU]: {
    CONFIGURATION: 'Конфигурация',
    LOGS: 'Журналы (логи)',
    OS_IMAGE: 'Образ ОС',
    SCREENSHOTS: 'Снимки экрана',
    MSINFO32_REPORT: 'Отчёт msinfo32 (msinfo32 /nfo C:\\server.nfo)',
    EQUIPMENT: 'Оборудование для диагностики',
  },
  [Locale.EN]: {
    CONFIGURATION: 'Configuration',
    LOGS: 'Logs',
    OS_IMAGE: 'OS image',
    SCREENSHOTS: 'Screenshots',
    MSINFO32_REPORT: 'msinfo32 report (msinfo32 /nfo C:\\server.nfo)',
    EQUIPMENT: 'Equipment for diagnosis',
  },
};

const WORDS = {
  [Locale.RU]: {
    lead: (f: MaterialFacts) => `Для работы по заявке ${f.number} «${f.subject}» нам нужны следующие материалы:`,
    why: 'Зачем',
    upload: 'Файлы загрузите на странице заявки в личном кабинете (кнопка «Загрузить» у каждого запроса): загрузка продолжается после обрыва связи.',
    ship: 'Оборудование передайте или отправьте по адресу:',
    waits: 'Пока материалы не предоставлены, заявка ожидает вашего ответа; без ответа в течение 10 рабочих дней она будет закрыта.',
  },
  [Locale.EN]: {
    lead: (f: MaterialFacts) => `To work on ticket ${f.number} "${f.subject}" we need the following material:`,
    why: 'Why',
    upload: 'Upload the files on the ticket page in the portal ("Upload" beside each request); an interrupted upload resumes.',
    ship: 'Hand over or ship the equipment to:',
    waits: 'Until the material is provided the ticket waits for you; without an answer within 10 working days it will be closed.',
  },
};

/** The notice's paragraphs: each item with what exactly and why, then how to provide it (upload, or shipping). */
export function materialRequestedBlocks(locale: Locale, f: MaterialFacts): MailBlock[] {
  const words = WORDS[locale];
  const items = f.materials ?? [];
  const blocks: MailBlock[] = [{ text: words.lead(f) }];
  items.forEach((item, i) => {
    blocks.push({ text: `${i + 1}. ${KIND_NAMES[locale][item.kind] ?? item.kind}` });
    blocks.push({ quote: `${item.details}\n${words.why}: ${item.reason}` });
  });
  if (items.some((item) => item.kind !== 'EQUIPMENT')) blocks.push({ text: words.upload });
  if (items.some((item) => item.kind === 'EQUIPMENT') && f.shippingDetails) blocks.push({ text: words.ship }, { quote: f.shippingDetails });
  blocks.push({ text: words.waits });
  return blocks;
}
