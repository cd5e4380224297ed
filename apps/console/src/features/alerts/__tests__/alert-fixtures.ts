import type { SlaAlert } from '@/stores/alerts';

let sequence = 0;

/** An SLA-7 alert as `slaAlert` / `slaAlerts` deliver it. */
export function slaAlert(overrides: Partial<Omit<SlaAlert, 'ticket'>> & { ticket?: Partial<SlaAlert['ticket']> } = {}): SlaAlert {
  sequence += 1;
  const { ticket, ...rest } = overrides;
  const ticketId = ticket?.id ?? '42';
  return {
    __typename: 'SlaAlert',
    id: String(sequence),
    kind: 'BREACHED',
    dueAt: '2026-02-16T10:20:00+03:00',
    raisedAt: '2026-02-16T10:20:00.150+03:00',
    ...rest,
    ticket: {
      __typename: 'Ticket',
      id: ticketId,
      number: `SD-${ticketId.padStart(6, '0')}`,
      subject: 'Сервер контроля не отвечает',
      priority: 1,
      status: 'NEW',
      respondedAt: null,
      organization: { __typename: 'Organization', id: 'org-1', name: 'ПАО Бета' },
      ...ticket,
    },
  };
}
