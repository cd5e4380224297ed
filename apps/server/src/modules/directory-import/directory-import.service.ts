import { gunzipSync } from 'node:zlib';
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import type { Clock } from '../../common/clock.js';
import { ProblemList, ValidationFailed } from '../../common/errors.js';
import { AuditKind } from '../../entities/audit/audit.enums.js';
import type { EventBus } from '../../infra/events/domain-events.js';
import { AuditLog, type AuditActor } from '../audit/index.js';
import { loadDirectorySnapshot } from './directory-snapshot.loader.js';
import { MAX_REPORTED_PROBLEMS, type DirectoryImportInput, type DirectoryImportReport, type ImportCounts } from './directory-import.types.js';
import { applyImportPlan } from './import-apply.js';
import { readImportFile, type ImportFile } from './import-file.js';
import { planImport, type ImportPlan } from './import-plan.js';
import { importProgress } from './import-progress.js';

/** Larger than the GraphQL body limit lets through; a direct caller is stopped here. */
const MAX_IMPORT_BYTES = 16 * 1024 * 1024;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const GZIP_MAGIC = [0x1f, 0x8b];
const IMPORT_ID = /^[A-Za-z0-9_-]{1,100}$/;

/**
 * Bulk onboarding (#12): a CSV file of customer organizations, their contracts
 * and contacts, checked row by row by the rules of the admins' forms and
 * against the directory. A dry run (or a file with any problem) writes
 * nothing; an apply writes everything in one transaction, with one audit
 * entry for the import. Rows that already match the directory are left
 * alone, so the same file twice changes nothing the second time.
 */
export class DirectoryImportService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: { readonly clock: Clock; readonly events: EventBus; readonly audit: AuditActor & { readonly userId: number } },
  ) {}

  async run(input: DirectoryImportInput): Promise<DirectoryImportReport> {
    const { fileName, bytes, importId } = checkInput(input);
    const progress = importProgress(this.deps.events, this.deps.clock, importId, this.deps.audit.userId);
    progress('READING', 0, 1);
    const file = readImportFile(bytes);
    const work = async (em: EntityManager) => {
      progress('CHECKING', 0, file.rowsRead);
      const snapshot = await loadDirectorySnapshot(em, file.rows);
      const plan = planImport(file.rows, snapshot);
      const writes = !input.dryRun && file.problems.length === 0 && plan.problems.length === 0;
      const report = reportOf(fileName, input.dryRun, writes, file, plan);
      // The same file again: nothing to write, not even an audit entry.
      if (writes && hasChanges(plan)) {
        const at = this.deps.clock.now();
        const total = plan.contracts.create.length + plan.contracts.update.length + plan.contacts.create.length + plan.contacts.update.length;
        await applyImportPlan(em, plan, snapshot, { at, actorId: this.deps.audit.userId, progress: (done) => progress('WRITING', done, total) });
        await this.record(em, report, at);
      }
      return report;
    };
    const report = input.dryRun ? await work(this.em) : await this.applying(work);
    progress('DONE', report.rowsRead, report.rowsRead);
    return report;
  }

  private async applying(work: (em: EntityManager) => Promise<DirectoryImportReport>): Promise<DirectoryImportReport> {
    try {
      return await this.em.transactional(work);
    } catch (error) {
      // Another admin took an identifier or a name between the check and the write: nothing was written.
      if (error instanceof UniqueConstraintViolationException) throw new ValidationFailed([{ field: 'input.content', message: 'an organization or an identifier of the file was just added by someone else: run the import again' }]);
      throw error;
    }
  }

  private async record(em: EntityManager, report: DirectoryImportReport, at: Date): Promise<void> {
    const counts = (c: ImportCounts) => `${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged`;
    const summary = `Directory imported from ${report.fileName}: organizations ${counts(report.organizations)}; contracts ${counts(report.contracts)}; contacts ${counts(report.contacts)}`;
    const after = { fileName: report.fileName, encoding: report.encoding, rows: report.rowsRead, organizations: report.organizations, contracts: report.contracts, contacts: report.contacts };
    await AuditLog.record(em, this.deps.audit, { kind: AuditKind.DIRECTORY_IMPORTED, summary, object: null, after }, at);
    await em.flush();
  }
}

function checkInput(input: DirectoryImportInput): { fileName: string; bytes: Uint8Array; importId: string | null } {
  const problems = new ProblemList();
  const fileName = input.fileName.trim();
  if (!fileName || fileName.length > 255) problems.add('input.fileName', 'is required, at most 255 characters');
  const content = input.content.replace(/\s+/g, '');
  const bytes = BASE64.test(content) ? unpacked(Buffer.from(content, 'base64'), problems) : null;
  if (!BASE64.test(content)) problems.add('input.content', 'must be the file in base64');
  else if (bytes?.length === 0) problems.add('input.content', 'is an empty file');
  if (input.importId != null && !IMPORT_ID.test(input.importId)) problems.add('input.importId', 'must be 1 to 100 letters, digits, - or _');
  problems.throwIfAny();
  return { fileName, bytes: bytes!, importId: input.importId ?? null };
}

/**
 * The file as sent, or gunzipped: a 10 000-row file is about 2 MB of CSV, over
 * the GraphQL body limit in base64, and a tenth of it gzipped (the console
 * compresses). The output is capped, so a small bomb cannot fill the memory.
 */
function unpacked(bytes: Buffer, problems: ProblemList): Buffer | null {
  const tooLarge = `is over ${MAX_IMPORT_BYTES / 1024 / 1024} MB: split the file`;
  if (bytes[0] !== GZIP_MAGIC[0] || bytes[1] !== GZIP_MAGIC[1]) {
    if (bytes.length > MAX_IMPORT_BYTES) problems.add('input.content', tooLarge);
    return bytes;
  }
  try {
    return gunzipSync(bytes, { maxOutputLength: MAX_IMPORT_BYTES });
  } catch (error) {
    problems.add('input.content', error instanceof RangeError ? tooLarge : 'is not a readable gzip stream');
    return null;
  }
}

function hasChanges(plan: ImportPlan): boolean {
  return plan.organizations.create.length + plan.contracts.create.length + plan.contracts.update.length + plan.contacts.create.length + plan.contacts.update.length > 0;
}

function reportOf(fileName: string, dryRun: boolean, applied: boolean, file: ImportFile, plan: ImportPlan): DirectoryImportReport {
  const problems = [...file.problems, ...plan.problems];
  return {
    fileName,
    dryRun,
    applied,
    encoding: file.encoding,
    delimiter: file.delimiter,
    rowsRead: file.rowsRead,
    organizations: { created: plan.organizations.create.length, updated: 0, unchanged: plan.organizations.unchanged },
    contracts: { created: plan.contracts.create.length, updated: plan.contracts.update.length, unchanged: plan.contracts.unchanged },
    contacts: { created: plan.contacts.create.length, updated: plan.contacts.update.length, unchanged: plan.contacts.unchanged },
    problems: problems.slice(0, MAX_REPORTED_PROBLEMS),
    problemCount: problems.length,
  };
}
