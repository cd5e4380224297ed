/** TKT-1: the services of agreement section 3.1 a request can be about. */
export type TicketCategory =
  | 'INCIDENT'
  | 'FUNCTIONALITY_QUESTION'
  | 'INSTALLATION_CONFIGURATION'
  | 'UPDATE_REQUEST'
  | 'CERTIFICATE_INFO'
  | 'DOCUMENTATION_REQUEST'
  | 'FEATURE_REQUEST'
  | 'COMMERCIAL_QUESTION';

export const TICKET_CATEGORIES: readonly TicketCategory[] = [
  'INCIDENT',
  'FUNCTIONALITY_QUESTION',
  'INSTALLATION_CONFIGURATION',
  'UPDATE_REQUEST',
  'CERTIFICATE_INFO',
  'DOCUMENTATION_REQUEST',
  'FEATURE_REQUEST',
  'COMMERCIAL_QUESTION',
];

/** TKT-1: criticality describes an interruption of service, so only an incident can be CRITICAL. */
export function canBeCritical(category: TicketCategory): boolean {
  return category === 'INCIDENT';
}
