import type { EntityManager } from '@mikro-orm/core';
import type { Actor } from '../../graphql/actor.js';

/**
 * One kind of downloadable file (ticket attachments, catalog files): the
 * download paths it serves and who may have a file. `grantDownload` asks the
 * source whose path matches, so a link is refused with its reason before a
 * browser saves the refusal as a file. The composition root lists the sources.
 */
export interface DownloadSource {
  /** Matches the source's `downloadUrl`s; the first group is the file id. */
  readonly path: RegExp;
  /** Throws NotFound or Forbidden unless `actor` may download the file now. */
  check(em: EntityManager, actor: Actor, fileId: string, now: Date): Promise<unknown>;
}
