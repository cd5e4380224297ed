/**
 * What other features may use of the portal: the ticket request form the
 * portal's "New ticket" page and the phone page share (ID-1, TKT-1, TKT-8),
 * and the service-level terms behind its deadline preview.
 */
export { default as AppendixFields } from './components/AppendixFields.vue';
export { default as ContactFields } from './components/ContactFields.vue';
export { default as DeadlinePreview } from './components/DeadlinePreview.vue';
export { default as FormErrorSummary } from './components/FormErrorSummary.vue';
export { default as RequestFields } from './components/RequestFields.vue';
export type { DetailField } from './form/appendix-fields';
export { createInput, emptyForm, FIELD_ORDER, withContract, type NewTicketForm } from './form/new-ticket-form';
export { FIELD_LABELS, useTicketForm } from './form/useTicketForm';
export { useServiceLevelsQuery } from './graphql/serviceLevels.api';
