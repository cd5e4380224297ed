import { Arg, Authorized, Ctx, Mutation, Resolver, Root, Subscription } from 'type-graphql';
import { Forbidden, NotAuthenticated } from '../../common/errors.js';
import { Role } from '../../entities/auth/role.enum.js';
import type { DirectoryImportProgressEvent } from '../../infra/events/domain-events.js';
import { actorOf } from '../../graphql/auth-checker.js';
import { auditActorOf } from '../audit/index.js';
import type { DirectoryImportContext } from './directory-import-services.js';
import { DirectoryImportService } from './directory-import.service.js';
import { DirectoryImportInput, DirectoryImportPhase, DirectoryImportProgress, DirectoryImportReport } from './directory-import.types.js';

/** Admins: bulk onboarding from a CSV file (#12), and its progress live. */
@Resolver()
export class DirectoryImportResolver {
  @Authorized(Role.ADMIN)
  @Mutation(() => DirectoryImportReport, {
    description: 'Admins: checks (dryRun) or applies a CSV file of organizations, contracts and contacts; any problem and nothing is written; the same file twice changes nothing',
  })
  importDirectory(@Arg('input') input: DirectoryImportInput, @Ctx() ctx: DirectoryImportContext): Promise<DirectoryImportReport> {
    const actor = actorOf(ctx);
    return new DirectoryImportService(ctx.em, { clock: ctx.app.clock, events: ctx.app.events, audit: { ...auditActorOf(ctx), userId: actor.userId } }).run(input);
  }

  @Subscription(() => DirectoryImportProgress, {
    description: 'Admins: the steps of your own import run with this importId (subscribe before importDirectory)',
    subscribe: ({ args, context }) => {
      const ctx = context as DirectoryImportContext;
      if (!ctx.actor) throw new NotAuthenticated();
      if (ctx.actor.role !== Role.ADMIN) throw new Forbidden('Directory imports are for admins');
      // Keyed by the admin too: another admin guessing the id hears nothing.
      return ctx.app.live.pubSub.subscribe('DIRECTORY_IMPORT_PROGRESS', `${ctx.actor.userId}:${String(args.importId)}`);
    },
  })
  directoryImportProgress(@Arg('importId') _importId: string, @Root() event: DirectoryImportProgressEvent): DirectoryImportProgress {
    return { importId: event.importId, phase: DirectoryImportPhase[event.phase], done: event.done, total: event.total };
  }
}
