import type { AlertItem, CertificateAlert, SlaAlert } from '@/stores/alerts';

let sequence = 0;

/** An SLA-7 alert as `slaAlert` / `slaAlerts` deliver it. */
export function slaAlert(overrides: Partial<Omit<SlaAlert, 'ticket'>> & { ticket?: Partial<SlaAlert['ticket']> } = {}): SlaAlert {
  sequence += 1;
  const { ticket, ...rest } = overrides;
  const ticketId = ticket?.id ?? '42';
  return {
    __typename: 'SlaAlert',
    id: String(sequence),
    version: sequence,
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

/**
 * A certificate expiry alert (SVC-3) as `certificateExpiryAlert` /
 * `certificateExpiryAlerts` deliver it: by default № 2720 on Dallas Lock 8.0,
 * 30 days before it lapses on 01.02.2027.
 */
export function certificateAlert(
  overrides: Partial<Omit<CertificateAlert, 'certificate'>> & { certificate?: Partial<CertificateAlert['certificate']> } = {},
): CertificateAlert {
  sequence += 1;
  const { certificate, ...rest } = overrides;
  return {
    __typename: 'CertificateExpiryAlert',
    id: `c${sequence}`,
    thresholdDays: 30,
    validUntil: '2027-02-01',
    dueAt: '2027-01-02T09:00:00+03:00',
    raisedAt: '2026-02-16T10:20:00.150+03:00',
    ...rest,
    certificate: {
      __typename: 'Certificate',
      id: 'cert-2720',
      number: '№ 2720',
      issuer: 'ФСТЭК России',
      productVersions: '8.0',
      product: { __typename: 'Product', id: 'prod-dl', name: 'Dallas Lock' },
      ...certificate,
    },
  };
}

/** The SLA alert of an entry or toast (the tests of SLA behaviour only ever hold those). */
export function slaOf(item: AlertItem): SlaAlert {
  if (item.source !== 'sla') throw new Error(`expected an SLA alert, got a ${item.source} one`);
  return item.alert;
}
