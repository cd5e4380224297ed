import type { VueWrapper } from '@vue/test-utils';

/** The service levels' terms (`serviceLevels`) the request forms' deadline preview and help show. */
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
