import { OptimisticLockError, type EntityManager, type FilterQuery } from '@mikro-orm/core';
import { Forbidden, InvalidState, NotFound, ValidationFailed } from '../../common/errors.js';
import { TicketStatus, TimelineKind } from '../../entities/tickets/ticket.enums.js';
import { TicketFile } from '../../entities/files/ticket-file.entity.js';
import { TicketMessage } from '../../entities/tickets/ticket-message.entity.js';
import { Ticket } from '../../entities/tickets/ticket.entity.js';
import { User } from '../../entities/auth/user.entity.js';
import { canSeeOrganization, isStaff, type Actor } from '../../graphql/actor.js';
import { runTicketChange, recordTimeline } from '../tickets/index.js';
import type { UploadRequest } from './upload-metadata.js';
import { existingId } from '../../common/ids.js';
import { type CoreServices } from '../../graphql/context.js';

export type TicketFileDependencies = CoreServices;

/** A completed, checksummed upload ready to become a row. */
export interface CompletedUpload {
  readonly request: UploadRequest;
  readonly storageKey: string;
  readonly size: number;
  readonly sha256: string;
}

const FINAL_STATUSES: readonly TicketStatus[] = [TicketStatus.CLOSED, TicketStatus.REJECTED];
const LOCK_RETRIES = 3;

/**
 * Who may attach and read which files (TKT-10): everyone who may see a ticket may attach to
 * it and read its files, except files attached to internal notes, which are staff-only.
 */
export class TicketFileService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: TicketFileDependencies,
  ) {}

  /** Checked when an upload is created, before a byte is stored. */
  async checkUploadTarget(request: UploadRequest, actor: Actor): Promise<Ticket> {
    const ticket = await this.visibleTicket(this.em, request.ticketId, actor);
    if (FINAL_STATUSES.includes(ticket.status)) {
      throw new InvalidState(
        `Ticket ${ticket.number} is ${ticket.status}: closed tickets are never reopened (TKT-4); send the file with a new ticket`,
      );
    }
    if (request.messageId !== null) await this.messageOf(this.em, ticket, request.messageId, actor);
    return ticket;
  }

  /** Writes the row and the FILE_ATTACHED timeline line in one ticket change (live subscribers see it). */
  async attach(upload: CompletedUpload, actor: Actor): Promise<TicketFile> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.attachOnce(upload, actor);
      } catch (error) {
        // Someone changed the ticket at the same moment: the file is still good, try again.
        if (error instanceof OptimisticLockError && attempt < LOCK_RETRIES) continue;
        throw error;
      }
    }
  }

  /** Files of several tickets at once (GraphQL batches `Ticket.files` per request), oldest first. */
  async filesOf(ticketIds: readonly number[], actor: Actor): Promise<Map<number, TicketFile[]>> {
    const byTicket = new Map<number, TicketFile[]>(ticketIds.map((id) => [id, []]));
    if (ticketIds.length === 0) return byTicket;
    const where: FilterQuery<TicketFile> = isStaff(actor)
      ? { ticket: { $in: [...ticketIds] } }
      : { ticket: { $in: [...ticketIds] }, $or: [{ message: null }, { message: { internal: false } }] };
    const files = await this.em.find(TicketFile, where, { orderBy: { createdAt: 'asc', id: 'asc' } });
    for (const file of files) byTicket.get(file.ticket.id)?.push(file);
    return byTicket;
  }

  private async attachOnce(upload: CompletedUpload, actor: Actor): Promise<TicketFile> {
    let created: TicketFile | null = null;
    await runTicketChange(this.em.fork(), this.deps, async (tx, scope) => {
      const { request } = upload;
      const ticket = await this.visibleTicket(tx, request.ticketId, actor);
      await scope.remember(ticket);
      const message = request.messageId === null ? null : await this.messageOf(tx, ticket, request.messageId, actor);
      const now = this.deps.clock.now();
      const file = tx.create(TicketFile, {
        ticket,
        message,
        fileName: request.fileName,
        contentType: request.contentType,
        size: String(upload.size),
        sha256: upload.sha256,
        storageKey: upload.storageKey,
        uploadedBy: tx.getReference(User, actor.userId, { wrapped: true }),
        createdAt: now,
      });
      await tx.flush();
      recordTimeline(tx, ticket, {
        kind: TimelineKind.FILE_ATTACHED,
        at: now,
        actorId: actor.userId,
        summary: `File attached: ${request.fileName} (${formatBytes(upload.size)})`,
        data: {
          fileId: file.id,
          fileName: request.fileName,
          contentType: request.contentType,
          size: upload.size,
          sha256: upload.sha256,
          ...(message ? { messageId: message.id } : {}),
        },
        internal: message?.internal ?? false,
      });
      ticket.updatedAt = now;
      created = file;
      return ticket;
    });
    return created!;
  }

  private async visibleTicket(em: EntityManager, ticketId: number, actor: Actor): Promise<Ticket> {
    const ticket = await em.findOne(Ticket, ticketId);
    if (!ticket) throw new NotFound('Ticket', ticketId);
    if (!canSeeOrganization(actor, ticket.organization.id)) {
      throw new Forbidden(`Ticket ${ticket.number} belongs to another organization: you may not attach files to it`);
    }
    return ticket;
  }

  private async messageOf(em: EntityManager, ticket: Ticket, messageId: number, actor: Actor): Promise<TicketMessage> {
    const message = await em.findOne(TicketMessage, { id: messageId, ticket: ticket.id });
    if (!message || (message.internal && !isStaff(actor))) {
      throw new ValidationFailed([{ field: 'messageId', message: `is not a message of ticket ${ticket.number}` }]);
    }
    return message;
  }
}

export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${bytes} bytes` : `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/** The file for a download: 404 unknown, 403 when the actor may not see it. */
export async function downloadableTicketFile(em: EntityManager, fileId: string, actor: Actor): Promise<TicketFile> {
  const file = await em.findOne(TicketFile, existingId(fileId, 'File'), { populate: ['ticket', 'message'] });
  if (!file) throw new NotFound('File', fileId);
  const ticket = file.ticket.getEntity();
  if (!canSeeOrganization(actor, ticket.organization.id)) {
    throw new Forbidden(`File ${fileId} belongs to a ticket of another organization`);
  }
  if (file.message?.getEntity().internal && !isStaff(actor)) {
    throw new Forbidden(`File ${fileId} is attached to an internal note`);
  }
  return file;
}
