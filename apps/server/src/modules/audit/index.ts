/**
 * The audit log (#12): append-only record of administrative and security
 * events. Every module writes through `AuditLog.record`, in the unit of work of
 * the change it describes; admins read it (`auditLog`, `auditLogCsv`).
 */
import { AuditResolver } from './audit.resolver.js';

export const AUDIT_RESOLVERS = [AuditResolver] as const;

export { AuditLog, auditActorOf, type AuditActor, type AuditEvent } from './audit-log.js';
