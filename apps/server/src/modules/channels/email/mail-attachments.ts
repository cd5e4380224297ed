import { createHash, randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { EntityManager } from '@mikro-orm/core';
import { TimelineKind } from '../../../entities/tickets/ticket.enums.js';
import { TicketFile } from '../../../entities/files/ticket-file.entity.js';
import type { TicketMessage } from '../../../entities/tickets/ticket-message.entity.js';
import type { Ticket } from '../../../entities/tickets/ticket.entity.js';
import { User } from '../../../entities/auth/user.entity.js';
import { type FileStorage, formatBytes } from '../../files/index.js';
import { recordTimeline, type AttachFiles } from '../../tickets/index.js';

/** One attachment as it came in the message. */
export interface MailFile {
  readonly fileName: string;
  readonly contentType: string;
  readonly content: Buffer;
}

/** An attachment written to the file store, ready to become a ticket file. */
export interface StoredMailFile {
  readonly fileName: string;
  readonly contentType: string;
  readonly size: number;
  readonly sha256: string;
  readonly storageKey: string;
}

/**
 * E-mail attachments become ticket files (TKT-10) in the same store as
 * uploads (FILES_DIR/tickets/<ticketId>/…), checksummed, downloadable at
 * /files/<fileId>/content like any other.
 */
export class MailAttachmentStore {
  constructor(private readonly storage: FileStorage) {}

  /**
   * Runs `work` (a ticket change) with a hook that stores the files and records
   * them in that change; the stored bytes are removed again when it fails.
   */
  async attaching<T>(files: readonly MailFile[], by: { at: Date; userId: number | null }, work: (attach: AttachFiles) => Promise<T>): Promise<T> {
    const written: StoredMailFile[] = [];
    const attach: AttachFiles = async (em, ticket, message) => {
      const stored = await this.write(ticket.id, files);
      written.push(...stored);
      await this.record(em, ticket, stored, { ...by, message });
    };
    try {
      return await work(attach);
    } catch (error) {
      await this.discard(written);
      throw error;
    }
  }

  private async write(ticketId: number, files: readonly MailFile[]): Promise<StoredMailFile[]> {
    const stored: StoredMailFile[] = [];
    try {
      for (const file of files) {
        const storageKey = this.storage.keyFor(ticketId, `mail-${randomUUID()}`);
        const path = this.storage.pathOf(storageKey);
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, file.content, { flag: 'wx' });
        stored.push({
          fileName: file.fileName,
          contentType: file.contentType,
          size: file.content.length,
          sha256: createHash('sha256').update(file.content).digest('hex'),
          storageKey,
        });
      }
      return stored;
    } catch (error) {
      await this.discard(stored);
      throw error;
    }
  }

  /** Rows and FILE_ATTACHED lines for stored files, in the caller's ticket change. */
  private async record(
    tx: EntityManager,
    ticket: Ticket,
    files: readonly StoredMailFile[],
    by: { at: Date; userId: number | null; message: TicketMessage | null },
  ): Promise<void> {
    if (files.length === 0) return;
    const rows = files.map((file) =>
      tx.create(TicketFile, {
        ticket,
        message: by.message,
        fileName: file.fileName,
        contentType: file.contentType,
        size: String(file.size),
        sha256: file.sha256,
        storageKey: file.storageKey,
        uploadedBy: by.userId === null ? null : tx.getReference(User, by.userId, { wrapped: true }),
        createdAt: by.at,
      }),
    );
    await tx.flush();
    rows.forEach((row, i) => {
      const file = files[i]!;
      recordTimeline(tx, ticket, {
        kind: TimelineKind.FILE_ATTACHED,
        at: by.at,
        actorId: by.userId,
        summary: `File attached: ${file.fileName} (${formatBytes(file.size)}), by e-mail`,
        data: {
          fileId: row.id,
          fileName: file.fileName,
          contentType: file.contentType,
          size: file.size,
          sha256: file.sha256,
          channel: 'EMAIL',
          ...(by.message ? { messageId: by.message.id } : {}),
        },
      });
    });
  }

  /** Removes files whose rows were never written (the transaction failed). */
  private async discard(files: readonly StoredMailFile[]): Promise<void> {
    await Promise.all(files.map((f) => rm(this.storage.pathOf(f.storageKey), { force: true })));
  }
}

/** A file name safe to show and to send back in Content-Disposition. */
export function attachmentName(name: string | undefined, index: number, contentType: string): string {
  // Path separators and control characters never reach a file name.
  const cleaned = [...(name ?? '')].map((c) => (c === '/' || c === '\\' || c.charCodeAt(0) < 32 ? '_' : c)).join('').trim().slice(-200);
  if (cleaned) return cleaned;
  const extension = contentType.split('/')[1]?.replace(/[^a-z0-9.+-]/gi, '').slice(0, 10) || 'bin';
  return `attachment-${index + 1}.${extension}`;
}
