import { Authorized, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { TicketFile } from '../../entities/ticket-file.entity.js';
import { Ticket } from '../../entities/ticket.entity.js';
import { User } from '../../entities/user.entity.js';
import { actorOf } from '../../graphql/auth-checker.js';
import type { RequestContext } from '../../graphql/context.js';
import { downloadPath } from './download.route.js';
import { TicketFileService } from './ticket-file.service.js';

/** `Ticket.files` (TKT-10): the ticket's completed attachments. */
@Resolver(() => Ticket)
export class TicketFilesResolver {
  @Authorized()
  @FieldResolver(() => [TicketFile], {
    description: 'Completed, checksummed attachments, oldest first (TKT-10); files of internal notes are for staff only',
  })
  files(@Root() ticket: Ticket, @Ctx() ctx: RequestContext): Promise<TicketFile[]> {
    return filesLoaderOf(ctx).load(ticket.id);
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
export const FILE_RESOLVERS = [TicketFilesResolver, TicketFileResolver] as const;

/**
 * One query for the files of every ticket in a response (a queue page asks for up to
 * 200 tickets): loads requested in the same tick are batched per request.
 */
class FilesLoader {
  private pending = new Map<number, ((files: TicketFile[]) => void)[]>();
  private failures = new Map<number, ((error: unknown) => void)[]>();

  constructor(private readonly ctx: RequestContext) {}

  load(ticketId: number): Promise<TicketFile[]> {
    return new Promise((resolve, reject) => {
      if (this.pending.size === 0) setImmediate(() => void this.flush());
      this.pending.set(ticketId, [...(this.pending.get(ticketId) ?? []), resolve]);
      this.failures.set(ticketId, [...(this.failures.get(ticketId) ?? []), reject]);
    });
  }

  private async flush(): Promise<void> {
    const pending = this.pending;
    const failures = this.failures;
    this.pending = new Map();
    this.failures = new Map();
    try {
      const files = await new TicketFileService(this.ctx.em, this.ctx.app).filesOf([...pending.keys()], actorOf(this.ctx));
      for (const [ticketId, waiters] of pending) for (const resolve of waiters) resolve(files.get(ticketId) ?? []);
    } catch (error) {
      for (const waiters of failures.values()) for (const reject of waiters) reject(error);
    }
  }
}

const loaders = new WeakMap<RequestContext, FilesLoader>();

function filesLoaderOf(ctx: RequestContext): FilesLoader {
  let loader = loaders.get(ctx);
  if (!loader) loaders.set(ctx, (loader = new FilesLoader(ctx)));
  return loader;
}
