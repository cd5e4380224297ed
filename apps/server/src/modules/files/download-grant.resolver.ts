import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { ValidationFailed } from '../../common/errors.js';
import { actorOf } from '../../graphql/auth-checker.js';
import type { FileContext } from './file-services.js';

/** Long enough to start a download from a click; the transfer itself may take longer. */
export const DOWNLOAD_GRANT_TTL_SECONDS = 300;

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
  async grantDownload(@Arg('downloadUrl') downloadUrl: string, @Ctx() ctx: FileContext): Promise<DownloadGrant> {
    const match = ctx.app.downloads.map((source) => ({ source, path: source.path.exec(downloadUrl) })).find((m) => m.path);
    if (!match?.path) throw new ValidationFailed([{ field: 'downloadUrl', message: 'must be a downloadUrl of a ticket file or a catalog file' }]);
    const actor = actorOf(ctx);
    const now = ctx.app.clock.now();
    // Refused now with the reason, rather than as an error page the browser saves as a file.
    await match.source.check(ctx.em, actor, match.path[1]!, now);
    const grant = await ctx.app.tokens.issueDownload(actor.userId, downloadUrl, DOWNLOAD_GRANT_TTL_SECONDS);
    return { url: `${downloadUrl}?access=${encodeURIComponent(grant)}`, expiresAt: new Date(now.getTime() + DOWNLOAD_GRANT_TTL_SECONDS * 1000) };
  }
}
