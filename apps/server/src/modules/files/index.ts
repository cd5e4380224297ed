/** The file exchange (TKT-10): resumable uploads onto tickets, downloads, short-lived download links. */
import { DownloadGrantResolver } from './download-grant.resolver.js';
import { TicketFileResolver, TicketFilesResolver } from './ticket-file.resolver.js';

export const FILE_RESOLVERS = [TicketFilesResolver, TicketFileResolver, DownloadGrantResolver] as const;

export type { DownloadSource } from './download-source.js';
export { ticketFileDownloads } from './download.route.js';
export type { FileContext, FileServices } from './file-services.js';
export { mountFileRoutes, type FileRoutes } from './file-routes.js';
export { FileStorage } from './file-storage.js';
export { formatBytes } from './ticket-file.service.js';
