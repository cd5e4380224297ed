/**
 * Bulk onboarding (#12): customer organizations, their contracts and contacts
 * from one CSV file (UTF-8 or Windows-1251, `;` or `,`), checked by the rules
 * of the organizations module's forms, dry run first, applied all or nothing,
 * idempotent; progress live over the admin's socket.
 */
import { DirectoryImportResolver } from './directory-import.resolver.js';

export const DIRECTORY_IMPORT_RESOLVERS = [DirectoryImportResolver] as const;

export type { DirectoryImportServices } from './directory-import-services.js';
