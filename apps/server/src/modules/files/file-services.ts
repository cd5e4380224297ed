import type { RequestContext } from '../../graphql/context.js';
import type { AuthServices } from '../auth/index.js';
import type { TicketServices } from '../tickets/index.js';
import type { DownloadSource } from './download-source.js';

export interface FileServices extends TicketServices, AuthServices {
  /** Every kind of downloadable file, for grantDownload. */
  readonly downloads: readonly DownloadSource[];
}

export type FileContext = RequestContext<FileServices>;
