import type { RequestContext } from '../../graphql/context.js';
import type { RealtimeServices } from '../realtime/index.js';

/** The import needs the clock and the bus every request has, and this process's subscriptions for its progress. */
export type DirectoryImportServices = RealtimeServices;

export type DirectoryImportContext = RequestContext<DirectoryImportServices>;
