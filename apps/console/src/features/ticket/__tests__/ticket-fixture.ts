import { queueTicket } from '@/test-support/tickets';
import type { TicketDetailFragment } from '../graphql/ticketDetail.api';

/** A ticket as the ticket page reads it: P1, NEW, two appendix-1 gaps, a short history. */
export function ticketDetail(overrides: Partial<TicketDetailFragment> = {}): TicketDetailFragment {
  return {
    // The queue row's facts (P1, NEW, EXTENDED CRITICAL from the portal, due in 20 minutes), then the page's own.
    ...queueTicket({ id: '42', subject: 'Сервер контроля не отвечает' }),
    description: 'После перезагрузки АРМ операторов не входят в систему.',
    slaOutcome: null,
    reactionNotice: null,
    respondedBy: null,
    expectedResolutionAt: null,
    createdAt: '2026-02-16T10:00:00+03:00',
    updatedAt: '2026-02-16T10:00:00+03:00',
    closedAt: null,
    resolutionSeconds: null,
    waitingSince: null,
    autoCloseAt: null,
    resolution: null,
    resolutionNote: null,
    thirdPartyVendor: null,
    rejectionReason: null,
    rejectionNote: null,
    rating: null,
    productVersion: '4.2',
    buildNumber: null,
    osVersion: 'Windows 10',
    osBitness: 'X64',
    hardwareModel: null,
    bootMode: null,
    occursWhen: null,
    stepsToReproduce: null,
    errorText: 'Ошибка 0x80070005',
    installedSoftware: null,
    contact: { __typename: 'Contact', id: 'c1', fullName: 'Борис Бетов', position: 'Инженер', phone: '+7 495 000-00-02', email: 'beta@demo.local' },
    missingInformation: [
      { __typename: 'MissingInformation', item: 'BUILD_NUMBER', required: true, question: 'Номер сборки продукта' },
      { __typename: 'MissingInformation', item: 'SCREENSHOTS', required: false, question: 'Снимки экрана' },
    ],
    splitFrom: null,
    continues: null,
    mergedInto: null,
    splitParts: [],
    timeline: [
      { __typename: 'TimelineEntry', id: 't1', at: '2026-02-16T10:00:00+03:00', kind: 'CREATED', summary: 'Registered from PORTAL, EXTENDED CRITICAL, P1', internal: false, data: null },
    ],
    messages: [],
    files: [],
    ...overrides,
  };
}
