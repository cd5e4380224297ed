import { Authorized, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { TicketFile } from '../../entities/files/ticket-file.entity.js';
import { Ticket } from '../../entities/tickets/ticket.entity.js';
import { User } from '../../entities/auth/user.entity.js';
import { actorOf } from '../../graphql/auth-checker.js';
import { perRequest, RequestBatch } from '../../graphql/request-batch.js';
import { downloadPath } from './download.route.js';
import { TicketFileService } from './ticket-file.service.js';
import { type FileContext } from './file-services.js';

/** `Ticket.files` (TKT-10): the ticket's completed attachments. */
@Resolver(() => Ticket)
export class TicketFilesResolver {
  @Authorized()
  @FieldResolver(() => [TicketFile], {
    description: 'Completed, checksummed attachments, oldest first (TKT-10); files of internal notes are for staff only',
  })
  files(@Root() ticket: Ticket, @Ctx() ctx: FileContext): Promise<TicketFile[]> {
    return filesOf(ctx).load(ticket.id);
  }
}

/** What a client needs besides the stored columns. */
@Resolver(() => TicketFile)
export class TicketFileResolver {
  @FieldResolver(() => String, {
    description: 'GET it with the same Authorization: Bearer header as GraphQL; a path relative to the API origin',
  })
  downloadUrl(@Root() file: TicketFile): string {
    return downloadPath(file.id);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who uploaded it' })
  async uploadedBy(@Root() file: TicketFile): Promise<User | null> {
    return file.uploadedBy ? file.uploadedBy.loadOrFail({ dataloader: true }) : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The message it was sent with, if any' })
  messageId(@Root() file: TicketFile): string | null {
    return file.message ? String(file.message.id) : null;
  }
}

/** Add both to the schema's resolvers. */

/** One query for the files of every ticket in a response (a queue page asks for up to 200 tickets). */
const filesOf = perRequest((ctx) => new RequestBatch((ticketIds: readonly number[]) => new TicketFileService(ctx.em, ctx.app).filesOf(ticketIds, actorOf(ctx)), []));
