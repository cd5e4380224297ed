export { normalizeIdentifier, normalizeOrganizationName, sameOrganizationName } from './normalize.js';
