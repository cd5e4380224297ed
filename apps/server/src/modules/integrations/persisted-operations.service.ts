import type { EntityManager } from '@mikro-orm/core';
import { getOperationAST, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { Clock } from '../../common/clock.js';
import { NotFound, ProblemList } from '../../common/errors.js';
import { existingId } from '../../common/ids.js';
import { AuditKind } from '../../entities/audit/audit.enums.js';
import { PersistedOperation } from '../../entities/integrations/persisted-operation.entity.js';
import { AuditLog, type AuditActor } from '../audit/index.js';
import { DeskSettings, type SettingKey } from './desk-settings.js';
import { operationHash } from './operation-hash.js';

export const MAX_NAME = 120;
export const MAX_DOCUMENT = 100_000;

/** Off until an admin switches it on: partner API tokens then run only allow-listed operations. */
export const ALLOW_LIST_ENFORCED: SettingKey<boolean> = { key: 'partnerTokens.allowListEnforced', defaultValue: false };

/** Admins keep the allow-list of partner API tokens (#18): persisted operations and the switch that enforces them. */
export class PersistedOperationsService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  list(): Promise<PersistedOperation[]> {
    return this.em.find(PersistedOperation, {}, { orderBy: { name: 'asc' } });
  }

  enforced(): Promise<boolean> {
    return DeskSettings.read(this.em, ALLOW_LIST_ENFORCED);
  }

  /** The document must be valid against the schema it will run on; the server computes its hash. */
  async add(schema: GraphQLSchema, name: string, document: string, audit: AuditActor): Promise<PersistedOperation> {
    const problems = new ProblemList();
    const trimmedName = name.trim();
    if (trimmedName.length === 0 || trimmedName.length > MAX_NAME) problems.add('name', `must be 1 to ${MAX_NAME} characters`);
    else if (await this.em.count(PersistedOperation, { name: trimmedName })) problems.add('name', 'is taken by another persisted operation');
    const documentProblem = invalidDocument(schema, document);
    const sha256 = operationHash(document);
    if (documentProblem) problems.add('document', documentProblem);
    else if (await this.em.count(PersistedOperation, { sha256 })) problems.add('document', 'is already on the allow-list under another name');
    problems.throwIfAny();
    const at = this.clock.now();
    return this.em.transactional(async (tx) => {
      const operation = tx.create(PersistedOperation, { name: trimmedName, document, sha256, createdAt: at });
      await tx.flush();
      const event = { kind: AuditKind.PERSISTED_OPERATION_ADDED, summary: `Persisted operation ${trimmedName} added`, object: { type: 'PersistedOperation', id: operation.id }, after: { name: trimmedName, sha256 } };
      await AuditLog.record(tx, audit, event, at);
      return operation;
    });
  }

  async remove(id: string, audit: AuditActor): Promise<boolean> {
    const operation = await this.em.findOne(PersistedOperation, existingId(id, 'Persisted operation'));
    if (!operation) throw new NotFound('Persisted operation', id);
    const { name, sha256 } = operation;
    this.em.remove(operation);
    const event = { kind: AuditKind.PERSISTED_OPERATION_REMOVED, summary: `Persisted operation ${name} removed`, object: { type: 'PersistedOperation', id }, before: { name, sha256 } };
    await AuditLog.record(this.em, audit, event, this.clock.now());
    await this.em.flush();
    return true;
  }

  async setEnforced(enforced: boolean, audit: AuditActor): Promise<boolean> {
    const at = this.clock.now();
    const before = await DeskSettings.write(this.em, ALLOW_LIST_ENFORCED, enforced, at);
    const summary = `Allow-list of partner API tokens ${enforced ? 'enforced' : 'no longer enforced'}`;
    await AuditLog.record(this.em, audit, { kind: AuditKind.OPERATION_ALLOW_LIST_SWITCHED, summary, before: { enforced: before }, after: { enforced } }, at);
    await this.em.flush();
    return enforced;
  }
}

/** Why a document cannot be allow-listed, or null: too long, unparsable, invalid, or not one operation. */
function invalidDocument(schema: GraphQLSchema, document: string): string | null {
  if (document.length > MAX_DOCUMENT) return `must be at most ${MAX_DOCUMENT} characters`;
  let parsed: DocumentNode;
  try {
    parsed = parse(document);
  } catch (error) {
    return `does not parse: ${(error as Error).message}`;
  }
  const invalid = validate(schema, parsed);
  if (invalid.length > 0) return `is not valid against the schema: ${invalid[0]!.message}`;
  // A hash names one document; with several operations the client's operationName would pick among them unchecked.
  return getOperationAST(parsed) ? null : 'must contain exactly one operation';
}
