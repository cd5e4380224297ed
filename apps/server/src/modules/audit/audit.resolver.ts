import { Arg, Authorized, Ctx, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { checkPageSize } from '../../common/cursor.js';
import { AuditEntry } from '../../entities/audit/audit-entry.entity.js';
import { Role } from '../../entities/auth/role.enum.js';
import { User } from '../../entities/auth/user.entity.js';
import { relayConnection, toConnection } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { auditCsv } from './audit-csv.js';
import { AuditFilter } from './audit-filter.input.js';
import { auditPage, auditWhere } from './audit-query.js';

/** The most rows one CSV export carries; narrow the period for more. */
export const AUDIT_CSV_MAX_ROWS = 50_000;

@ObjectType({ description: 'Relay-style page of audit log entries, newest first' })
export class AuditEntryConnection extends relayConnection(AuditEntry, 'AuditEntry', 'All entries matching, across pages') {}

/** Admins read the audit log; there is no operation that edits or deletes it. */
@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized(Role.ADMIN)
  @Query(() => AuditEntryConnection, { description: 'Admins: the audit log, newest first, by actor, kind, object and period' })
  async auditLog(
    @Arg('filter', () => AuditFilter, { nullable: true }) filter: AuditFilter | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<AuditEntryConnection> {
    checkPageSize(first);
    return toConnection(await auditPage(ctx.em, filter, first, after ?? null), after ?? null);
  }

  @Authorized(Role.ADMIN)
  @Query(() => String, { description: `Admins: the filtered audit log as CSV (RFC 4180, UTF-8), newest first, at most ${AUDIT_CSV_MAX_ROWS} rows` })
  async auditLogCsv(@Arg('filter', () => AuditFilter, { nullable: true }) filter: AuditFilter | null, @Ctx() ctx: RequestContext): Promise<string> {
    const entries = await ctx.em.find(AuditEntry, auditWhere(filter), { orderBy: { at: 'desc', id: 'desc' }, limit: AUDIT_CSV_MAX_ROWS });
    return auditCsv(entries);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The signed-in user who acted; null for an anonymous request' })
  actor(@Root() entry: AuditEntry, @Ctx() ctx: RequestContext): Promise<User | null> {
    return entry.actorId === null ? Promise.resolve(null) : ctx.em.getReference(User, entry.actorId, { wrapped: true }).load({ dataloader: true });
  }

  @FieldResolver(() => String, { nullable: true, description: 'The state before the change, as JSON' })
  before(@Root() entry: AuditEntry): string | null {
    return entry.before ? JSON.stringify(entry.before) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The state after the change, as JSON' })
  after(@Root() entry: AuditEntry): string | null {
    return entry.after ? JSON.stringify(entry.after) : null;
  }
}
