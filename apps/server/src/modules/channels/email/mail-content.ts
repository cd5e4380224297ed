import { simpleParser, type ParsedMail } from 'mailparser';
import { withoutControlCharacters } from '../../../common/text.js';
import { attachmentName, type MailFile } from './mail-attachments.js';
import { CLIPPED_MARKER_RU } from './mail-texts-ru.js';
import { cleanSubject } from './reply-text.js';

/**
 * What support reads of a message: who sent it, its subject, its text and its files. Mail clients do send
 * NUL and other control characters; they are dropped here, once, so the message is stored and handled
 * rather than refused by the database on every redelivery (#15 finding 4).
 */
export interface MailContent {
  readonly parsed: ParsedMail;
  readonly messageId: string | null;
  readonly sender: string | null;
  readonly subject: string;
  readonly text: string;
  readonly files: MailFile[];
}

export function parseMail(raw: Buffer): Promise<ParsedMail> {
  return simpleParser(raw, { skipImageLinks: true, skipTextLinks: true, skipTextToHtml: true });
}

export function contentOf(parsed: ParsedMail, envelopeFrom: string | null): MailContent {
  const from = withoutControlCharacters(parsed.from?.value.find((a) => a.address)?.address ?? envelopeFrom ?? '');
  return {
    parsed,
    messageId: withoutControlCharacters(parsed.messageId ?? '').trim() || null,
    sender: from.trim().toLowerCase() || null,
    subject: withoutControlCharacters(cleanSubject(parsed.subject)),
    text: withoutControlCharacters(textOf(parsed)),
    files: filesOf(parsed),
  };
}

/** The plain text, or the HTML part read as text when a client sent HTML only. */
function textOf(parsed: ParsedMail): string {
  if (parsed.text?.trim()) return parsed.text.replace(/\r\n/g, '\n').trim();
  if (typeof parsed.html === 'string') {
    return parsed.html
      .replace(/<(br|\/p|\/div|\/li|\/tr)[^>]*>/gi, '\n')
      .replace(/<[^>]+>/g, '')
      .replace(/&nbsp;/g, ' ')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }
  return '';
}

export function filesOf(parsed: ParsedMail): MailFile[] {
  return parsed.attachments.map((a, i) => ({
    fileName: attachmentName(a.filename, i, a.contentType),
    contentType: (a.contentType || 'application/octet-stream').slice(0, 200),
    content: a.content,
  }));
}

/** Text too long for the ticket goes along in full as a file, so nothing is cut off for good. */
export function fullTextFile(text: string, limit: number): MailFile[] {
  return text.length > limit ? [{ fileName: 'message.txt', contentType: 'text/plain; charset=utf-8', content: Buffer.from(text, 'utf8') }] : [];
}

/** The text cut to `limit`, saying where the rest is (fullTextFile). */
export function clip(text: string, limit: number): string {
  if (text.length <= limit) return text;
  return text.slice(0, limit - CLIPPED_MARKER_RU.length) + CLIPPED_MARKER_RU;
}

export function firstLine(text: string): string {
  return (text.split('\n').find((l) => l.trim()) ?? '').trim().slice(0, 100);
}
