import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PdfBlock as Content, PdfCell as TableCell, PdfDocument } from 'pdfmake';
import { moscowMinute } from '../exports/ticket-line.js';
import type { MonthlyStatement } from './statement.service.js';

// Roboto as pdfmake ships it (Apache 2.0, with Cyrillic): no system font needed on a clean machine.
const ROBOTO = join(dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')), 'fonts', 'Roboto');
const FONT_FILES = ['Regular', 'Medium', 'Italic', 'MediumItalic'].map((style) => join(ROBOTO, `Roboto-${style}.ttf`));

let configured: Promise<typeof import('pdfmake').default> | null = null;

/**
 * pdfmake, loaded and configured on the first statement rather than at start:
 * it is a sizeable part of a process's start-up (#17, timers re-armed sooner after a restart).
 */
function loadPdfmake(): Promise<typeof import('pdfmake').default> {
  configured ??= import('pdfmake').then(({ default: pdfmake }) => {
    pdfmake.setFonts({ Roboto: { normal: FONT_FILES[0]!, bold: FONT_FILES[1]!, italics: FONT_FILES[2]!, bolditalics: FONT_FILES[3]! } });
    // A statement embeds nothing but these fonts: no URL and no other file is ever read.
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((path) => FONT_FILES.includes(path));
    return pdfmake;
  });
  return configured;
}

const MONTHS = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];
const LEVELS: Record<string, string> = { BASIC: 'Основной', EXTENDED: 'Расширенный' };
const CRITICALITIES: Record<string, string> = { CRITICAL: 'Критичный', NON_CRITICAL: 'Некритичный' };
const CHANNELS: Record<string, string> = { EMAIL: 'e-mail', TELEGRAM: 'Telegram', PORTAL: 'портал', PHONE: 'телефон', API: 'API' };

const russianDate = (iso: string) => iso.split('-').reverse().join('.');
const header = (...titles: string[]): TableCell[] => titles.map((text) => ({ text, style: 'head' }));
const rate = (met: number, total: number) => (total === 0 ? '—' : `${((met / total) * 100).toFixed(1).replace('.', ',')} %`);

function ticketRows(statement: MonthlyStatement): TableCell[][] {
  return statement.lines.map((line) => [
    line.number,
    line.receivedAt,
    LEVELS[line.supportLevel] ?? line.supportLevel,
    CRITICALITIES[line.criticality] ?? line.criticality,
    line.dueAt,
    line.respondedAt ?? 'нет реакции',
    line.reactionMinutes === null ? '—' : String(line.reactionMinutes),
    line.proofChannel ? `${CHANNELS[line.proofChannel] ?? line.proofChannel}: ${line.proof ?? ''}` : '—',
    line.agent ?? '—',
    { text: line.outcome === 'MET' ? 'Соблюдено' : 'Нарушено', bold: line.outcome !== 'MET' },
  ]);
}

function totalRows(statement: MonthlyStatement): TableCell[][] {
  const rows = statement.totals.map((group) => {
    const total = group.met + group.breached;
    return [LEVELS[group.key.LEVEL ?? ''] ?? '', CRITICALITIES[group.key.CRITICALITY ?? ''] ?? '', String(group.met), String(group.breached), String(total), rate(group.met, total)];
  });
  const met = statement.totals.reduce((sum, group) => sum + group.met, 0);
  const breached = statement.totals.reduce((sum, group) => sum + group.breached, 0);
  const sum = [{ text: 'Итого', bold: true }, '', String(met), String(breached), String(met + breached), rate(met, met + breached)].map((cell) =>
    typeof cell === 'string' ? { text: cell, bold: true } : cell,
  );
  return [...rows, sum];
}

function documentOf(statement: MonthlyStatement): PdfDocument {
  const [year, month] = statement.month.split('-').map(Number) as [number, number];
  const content: Content[] = [
    { text: `Отчёт о соблюдении SLA за ${MONTHS[month - 1]} ${year} г.`, style: 'title' },
    { text: `Заказчик: ${statement.organization}`, style: 'subtitle' },
    `Период: ${russianDate(statement.firstDay)} – ${russianDate(statement.lastDay)} включительно, даты и время московские (МСК, UTC+3). В отчёт входят заявки, поступившие в периоде, с решённым итогом SLA или с истёкшим сроком реакции.`,
    { text: 'Договоры технической поддержки', style: 'section' },
    statement.contracts.length === 0
      ? 'Действующих в периоде договоров нет.'
      : {
          table: {
            headerRows: 1,
            widths: ['auto', '*', 'auto', 'auto'],
            body: [
              header('Номер лицензии / серийный номер', 'Продукт', 'Уровень обслуживания', 'Срок действия'),
              ...statement.contracts.map((c) => [c.identifier, c.product, LEVELS[c.supportLevel] ?? c.supportLevel, `${russianDate(c.validFrom)} – ${russianDate(c.validUntil)}`]),
            ],
          },
        },
    { text: 'Заявки', style: 'section' },
    statement.lines.length === 0
      ? 'Заявок в периоде нет.'
      : {
          table: {
            headerRows: 1,
            widths: ['auto', 'auto', 'auto', 'auto', 'auto', 'auto', 'auto', '*', 'auto', 'auto'],
            body: [
              header('Номер', 'Поступила', 'Уровень', 'Критичность', 'Срок реакции', 'Реакция (получение оповещения)', 'Мин.', 'Подтверждение получения', 'Реагировал', 'Итог'),
              ...ticketRows(statement),
            ],
          },
        },
    { text: 'Итоги', style: 'section' },
    {
      table: {
        headerRows: 1,
        widths: ['auto', 'auto', 'auto', 'auto', 'auto', 'auto'],
        body: [header('Уровень', 'Критичность', 'Соблюдено', 'Нарушено', 'Всего', 'Доля соблюдения'), ...totalRows(statement)],
      },
    },
    {
      style: 'note',
      text:
        'Реакция — момент, когда Заказчик получил оповещение «заявка зарегистрирована, работа начата»: для e-mail — приём письма сервером получателя (Message-ID), ' +
        'для Telegram — номер сообщения Bot API, для портала — публикация в личном кабинете, для телефона — звонок, записанный инженером. ' +
        'Итог решается один раз — при реакции или в момент истечения срока — и хранится с условиями, действовавшими в тот момент. ' +
        'Каждую цифру можно восстановить по хронологии заявки.',
    },
  ];
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [30, 30, 30, 40],
    info: { title: `SLA ${statement.organization} ${statement.month}`, creator: 'SLA desk' },
    content,
    footer: (page, pages) => ({
      columns: [`Сформирован ${moscowMinute(statement.generatedAt)}`, { text: `${page} / ${pages}`, alignment: 'right' }],
      margin: [30, 10],
      fontSize: 7,
    }),
    defaultStyle: { font: 'Roboto', fontSize: 7.5 },
    styles: {
      title: { fontSize: 14, bold: true, margin: [0, 0, 0, 4] },
      subtitle: { fontSize: 11, margin: [0, 0, 0, 6] },
      section: { fontSize: 10, bold: true, margin: [0, 10, 0, 4] },
      head: { bold: true, fillColor: '#eeeeee' },
      note: { fontSize: 7, italics: true, margin: [0, 10, 0, 0] },
    },
  };
}

/** The statement as a PDF (pdfmake on the server). */
export async function statementPdf(statement: MonthlyStatement): Promise<Buffer> {
  const pdfmake = await loadPdfmake();
  return pdfmake.createPdf(documentOf(statement)).getBuffer();
}
