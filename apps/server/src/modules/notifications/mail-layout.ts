import Handlebars from 'handlebars';
import { Locale } from '../../entities/notifications/notification.enums.js';
import { LAYOUT_HTML } from './mail-templates/layout.html.js';
import { LAYOUT_TEXT } from './mail-templates/layout.text.js';

/** A paragraph of our words (user text inside is escaped with it), or the user's own text shown as a quote. */
export type MailBlock = { readonly text: string; readonly quote?: never } | { readonly quote: string; readonly text?: never };

/** What one e-mail says, apart from how it looks: both parts are rendered from it, so they carry the same facts. */
export interface MailContent {
  readonly locale: Locale;
  readonly subject: string;
  /** The title on top of the HTML part. */
  readonly heading: string;
  readonly greeting: string;
  readonly blocks: readonly MailBlock[];
  /** Label and value pairs: the ticket number, the deadline in Moscow time, the agent. */
  readonly facts: readonly { readonly label: string; readonly value: string }[];
  /** Absolute links, the first one the main action (a button). */
  readonly actions: readonly { readonly label: string; readonly url: string }[];
  /** Small print: how to answer, why the mail came. */
  readonly notes: readonly string[];
  /** The ticket number shown in the header band, if the mail is about a ticket. */
  readonly ticketNumber?: string;
}

export interface RenderedMail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

interface Chrome {
  readonly brand: string;
  readonly signature: string;
  readonly linkHint: string;
}

const CHROME: Record<Locale, Chrome> = {
  [Locale.RU]: {
    brand: 'Служба технической поддержки',
    signature: 'С уважением,\nслужба технической поддержки\nhelpdesk@confident.ru',
    linkHint: 'Если кнопка не открывается, скопируйте ссылку в адресную строку браузера:',
  },
  [Locale.EN]: {
    brand: 'Technical support',
    signature: 'Best regards,\nTechnical support\nhelpdesk@confident.ru',
    linkHint: 'If the button does not open, copy the link into your browser:',
  },
};

// An environment of our own, so no helper registered elsewhere can change how mail is escaped.
const html = Handlebars.create();
// Escapes every line, then keeps the line breaks: user text with newlines stays text.
html.registerHelper('lines', (value: unknown) =>
  new html.SafeString(String(value ?? '').split('\n').map((line) => html.Utils.escapeExpression(line)).join('<br>\n')),
);
const renderHtml = html.compile(LAYOUT_HTML, { strict: false, noEscape: false });
const renderText = Handlebars.create().compile(LAYOUT_TEXT, { noEscape: true });

/** Both parts of one e-mail (multipart/alternative): compiled once, filled per mail. */
export function renderMail(content: MailContent): RenderedMail {
  const chrome = CHROME[content.locale];
  const context = {
    ...content,
    lang: content.locale,
    brand: chrome.brand,
    signature: chrome.signature,
    linkHint: chrome.linkHint,
    preheader: content.blocks.find((b) => b.text)?.text ?? content.heading,
  };
  return { subject: content.subject, text: renderText(context).replace(/\n{3,}/g, '\n\n').trim(), html: renderHtml(context) };
}
