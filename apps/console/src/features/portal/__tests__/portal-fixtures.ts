import type { VueWrapper } from '@vue/test-utils';
import type { PortalContract } from '../form/new-ticket-form';
import type { PortalTicketFragment } from '../graphql/portalTicket.api';

export const customerUser = {
  __typename: 'User',
  id: '7',
  email: 'beta@demo.local',
  fullName: 'Борис Бетов',
  role: 'CUSTOMER',
  organization: { __typename: 'Organization', id: '3', name: 'ПАО Бета', kind: 'CUSTOMER' },
};

export const partnerUser = {
  __typename: 'User',
  id: '6',
  email: 'partner@demo.local',
  fullName: 'Павел Партнёров',
  role: 'PARTNER',
  organization: { __typename: 'Organization', id: '5', name: 'ООО Партнёр-Сервис', kind: 'PARTNER' },
};

export function contract(overrides: Partial<PortalContract> = {}): PortalContract {
  return {
    __typename: 'SupportContract',
    id: 'c1',
    identifier: 'DL-EXT-0001',
    identifierKind: 'LICENSE_NUMBER',
    supportLevel: 'EXTENDED',
    active: true,
    validUntil: '2027-11-24',
    organization: { __typename: 'Organization', id: '3', name: 'ПАО Бета' },
    product: { __typename: 'Product', id: 'p1', name: 'Dallas Lock 8.0', kind: 'SOFTWARE' },
    ...overrides,
  };
}

export const serviceLevels = [
  {
    __typename: 'ServiceLevelTerms',
    supportLevel: 'BASIC',
    serviceHours: 'Рабочие дни 09:00–18:00 МСК',
    criticalResponseSeconds: 1800,
    nonCriticalResponseSeconds: 3600,
    phoneExtensions: ['231', '267', '260', '386', '353', '225', '7728'],
  },
  {
    __typename: 'ServiceLevelTerms',
    supportLevel: 'EXTENDED',
    serviceHours: '24×7',
    criticalResponseSeconds: 1200,
    nonCriticalResponseSeconds: 2700,
    phoneExtensions: ['384', '385', '301', '289'],
  },
];

export function portalTicket(overrides: Partial<PortalTicketFragment> = {}): PortalTicketFragment {
  return {
    __typename: 'Ticket',
    id: '42',
    number: 'SD-000042',
    subject: 'АРМ не загружается',
    description: 'Зависает на экране входа',
    status: 'NEW',
    category: 'INCIDENT',
    criticality: 'CRITICAL',
    supportLevel: 'EXTENDED',
    channel: 'PORTAL',
    receivedAt: '2026-11-24T10:00:00.000Z',
    responseDueAt: '2026-11-24T10:20:00.000Z',
    respondedAt: null,
    slaState: 'ON_TRACK',
    expectedResolutionAt: null,
    autoCloseAt: null,
    waitingSince: null,
    closedAt: null,
    resolution: null,
    resolutionNote: null,
    thirdPartyVendor: null,
    rejectionReason: null,
    rejectionNote: null,
    updatedAt: '2026-11-24T10:00:00.000Z',
    productVersion: null,
    buildNumber: null,
    osVersion: null,
    osBitness: null,
    hardwareModel: null,
    bootMode: null,
    occursWhen: null,
    stepsToReproduce: null,
    errorText: null,
    installedSoftware: null,
    organization: { __typename: 'Organization', id: '3', name: 'ПАО Бета' },
    contact: { __typename: 'Contact', id: 'ct1', fullName: 'Борис Бетов', position: 'Инженер', phone: '+7 495 000-00-02', email: 'beta@demo.local' },
    continues: null,
    missingInformation: [],
    messages: [],
    timeline: [
      {
        __typename: 'TimelineEntry',
        id: 'e1',
        at: '2026-11-24T10:00:00.000Z',
        kind: 'CREATED',
        summary: 'Registered from PORTAL, EXTENDED CRITICAL, P1',
        internal: false,
        data: { channel: 'PORTAL', supportLevel: 'EXTENDED', criticality: 'CRITICAL', priority: 1 },
      },
    ],
    ...overrides,
  };
}

/** The request the ticket forms' tests (portal and phone) type in, as `createTicket` gets it. */
export const typedRequest = {
  contact: { fullName: 'Борис Бетов', position: 'Инженер', phone: '+7 495 000-00-02' },
  category: 'INCIDENT',
  criticality: 'CRITICAL',
  subject: 'АРМ не загружается',
  description: 'Зависает на экране входа',
} as const;

/** Types `typedRequest` in as a user would: the contact person, CRITICAL, subject and description. */
export async function typeRequest(wrapper: VueWrapper): Promise<void> {
  await wrapper.get('[data-field="contact.fullName"]').setValue(typedRequest.contact.fullName);
  await wrapper.get('[data-field="contact.position"]').setValue(typedRequest.contact.position);
  await wrapper.get('[data-field="contact.phone"]').setValue(typedRequest.contact.phone);
  await wrapper.get('[data-testid="criticality-critical"]').setValue(true);
  await wrapper.get('[data-field="subject"]').setValue(typedRequest.subject);
  await wrapper.get('[data-field="description"]').setValue(typedRequest.description);
}
