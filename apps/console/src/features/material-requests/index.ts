/**
 * Material the vendor asks for (#19, agreement section 4): the agent's card on
 * the ticket page, the customer's card in the portal (upload slot or shipping
 * details per open request), and the open requests in TKT-8's completeness view.
 */
export { default as OpenMaterialSummary } from './components/OpenMaterialSummary.vue';
export { default as PortalMaterialCard } from './components/PortalMaterialCard.vue';
export { default as StaffMaterialCard } from './components/StaffMaterialCard.vue';
