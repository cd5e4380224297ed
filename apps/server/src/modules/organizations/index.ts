/**
 * Organizations, their contacts and contracts: the directory as staff and
 * customers see it (ID-1, ID-2, LVL-1), and its administration (#12).
 */
import { ContractAdminResolver, ContractEventResolver } from './contract-admin.resolver.js';
import { DirectoryResolver } from './directory.resolver.js';
import { OrganizationAdminResolver } from './organization-admin.resolver.js';

export const ORGANIZATION_RESOLVERS = [DirectoryResolver, OrganizationAdminResolver, ContractAdminResolver, ContractEventResolver] as const;

export { contractColumns, identifierColumns, newContract, type ContractTerms } from './new-contract.js';
export { replaceIdentifiers } from './contract-admin.service.js';
export { checkIdentifiers, checkPeriod, type CheckedIdentifier } from './contract-terms.js';
export { checkContact, checkOrganizationName, type ContactDetails } from './directory-details.js';
