const REPLY_PREFIX = /^\s*((re|fwd?|aw|wg|sv|ответ|отв|пересл|переслано)\s*(\[\d+\])?\s*:\s*)+/iu;

/** "Re: Fwd: АРМ не загружается" → "АРМ не загружается". */
export function cleanSubject(subject: string | undefined): string {
  return (subject ?? '').replace(REPLY_PREFIX, '').replace(/\s+/g, ' ').trim();
}

/** Lines where mail clients start quoting the message being answered. */
const QUOTE_HEADERS: readonly RegExp[] = [
  /^On .+wrote:?$/i,
  /^.{0,200}(написал|написала|написал\(а\)|пишет)\s*:?$/iu,
  /^-{2,}\s*(Original Message|Исходное сообщение|Пересылаемое сообщение|Forwarded message)\s*-{2,}/iu,
  /^(From|От|Отправлено|Sent):\s.+/iu,
  /^_{10,}$/,
];

/**
 * What the customer wrote in a reply, without the quoted conversation below
 * it (the ticket already has that). Falls back to the whole text when
 * nothing is left, so nothing the customer sent is lost.
 */
export function stripQuotedReply(text: string): string {
  const kept: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (QUOTE_HEADERS.some((pattern) => pattern.test(trimmed))) break;
    if (trimmed.startsWith('>')) continue;
    kept.push(line);
  }
  const reply = kept.join('\n').trim();
  return reply || text.trim();
}
