import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { decodeNumericCursor, encodeCursor } from '../../common/cursor.js';
import { ProblemList } from '../../common/errors.js';
import { idOf } from '../../common/ids.js';
import { checkSupportedInstant } from '../../common/time-range.js';
import { AuditEntry } from '../../entities/audit/audit-entry.entity.js';
import type { Page } from '../../graphql/connection.js';
import type { AuditFilter } from './audit-filter.input.js';

/** The filter as a query, every bad part named (BAD_USER_INPUT `filter.…`). */
export function auditWhere(filter: AuditFilter | null | undefined): FilterQuery<AuditEntry> {
  const problems = new ProblemList();
  const where: FilterQuery<AuditEntry> & Record<string, unknown> = {};
  if (filter?.actorId) {
    const actorId = idOf(filter.actorId);
    if (actorId === null) problems.add('filter.actorId', 'is not an id this API returned');
    where.actorId = actorId;
  }
  if (filter?.kinds?.length) where.kind = { $in: filter.kinds };
  if (filter?.objectType) where.objectType = filter.objectType;
  if (filter?.objectId) {
    if (!filter.objectType) problems.add('filter.objectId', 'needs filter.objectType');
    where.objectId = filter.objectId;
  }
  if (filter?.from) checkSupportedInstant(filter.from, 'filter.from', problems);
  if (filter?.to) checkSupportedInstant(filter.to, 'filter.to', problems);
  if (filter?.from && filter.to && filter.from >= filter.to) problems.add('filter.to', 'must be after filter.from');
  if (filter?.from || filter?.to) where.at = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lt: filter.to } : {}) };
  problems.throwIfAny();
  return where;
}

/** Newest first, keyset-paged on (at, id). */
export async function auditPage(em: EntityManager, filter: AuditFilter | null | undefined, first: number, after: string | null): Promise<Page<AuditEntry>> {
  const where = auditWhere(filter);
  const keyset: FilterQuery<AuditEntry> = after ? afterCursor(after) : {};
  const [rows, totalCount] = await Promise.all([
    em.find(AuditEntry, { $and: [where, keyset] }, { orderBy: { at: 'desc', id: 'desc' }, limit: first + 1 }),
    em.count(AuditEntry, where),
  ]);
  return {
    items: rows.slice(0, first),
    hasNextPage: rows.length > first,
    totalCount,
    cursorOf: (entry) => encodeCursor([entry.at.getTime(), entry.id]),
  };
}

function afterCursor(after: string): FilterQuery<AuditEntry> {
  const [time, id] = decodeNumericCursor(after, 2);
  const at = new Date(time!);
  return { $or: [{ at: { $lt: at } }, { at, id: { $lt: id! } }] };
}
