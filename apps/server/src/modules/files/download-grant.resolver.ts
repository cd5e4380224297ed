import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { ValidationFailed } from '../../common/errors.js';
import { actorOf } from '../../graphql/auth-checker.js';
import type { RequestContext } from '../../graphql/context.js';
import { downloadableCatalogFile } from '../catalog/catalog-routes.js';
import { TicketFileService } from './ticket-file.service.js';

/** Long enough to start a download from a click; the transfer itself may take longer. */
export const DOWNLOAD_GRANT_TTL_SECONDS = 300;
const DOWNLOAD_PATH = /^\/(files|catalog\/files)\/(\d{1,15})\/content$/;

@ObjectType({ description: 'A link that downloads one file as the caller without the Authorization header' })
export class DownloadGrant {
  @Field({ description: 'Path relative to the API origin, with the grant in `access`; use it as a plain link' })
  url!: string;

  @Field()
  expiresAt!: Date;
}

@Resolver()
export class DownloadGrantResolver {
  @Authorized()
  @Mutation(() => DownloadGrant, {
    description:
      'A short-lived link for a `downloadUrl` (ticket or catalog file), so a browser can save a large file directly; who may download is checked now and again when the link is used',
  })
  async grantDownload(@Arg('downloadUrl') downloadUrl: string, @Ctx() ctx: RequestContext): Promise<DownloadGrant> {
    const match = DOWNLOAD_PATH.exec(downloadUrl);
    if (!match) throw new ValidationFailed([{ field: 'downloadUrl', message: 'must be a downloadUrl of a ticket file or a catalog file' }]);
    const actor = actorOf(ctx);
    // Refused now with the reason, rather than as an error page the browser saves as a file.
    if (match[1] === 'files') await new TicketFileService(ctx.em, ctx.app).downloadable(match[2]!, actor);
    else await downloadableCatalogFile(ctx.em, actor, ctx.app.clock.now(), match[2]!);
    const grant = await ctx.app.tokens.issueDownload(actor.userId, downloadUrl, DOWNLOAD_GRANT_TTL_SECONDS);
    return {
      url: `${downloadUrl}?access=${encodeURIComponent(grant)}`,
      expiresAt: new Date(ctx.app.clock.now().getTime() + DOWNLOAD_GRANT_TTL_SECONDS * 1000),
    };
  }
}
