/** "Техническая поддержка <helpdesk@confident.ru>" → "helpdesk@confident.ru". */
export function addressOf(mailbox: string): string {
  return (/<([^>]+)>/.exec(mailbox)?.[1] ?? mailbox).trim().toLowerCase();
}
