import type { RequestContext } from '../../graphql/context.js';
import type { RealtimeServices } from '../realtime/index.js';
import type { ViewsLive } from './views-live.js';

/** What views, search and the myWork stream need from the composition root. */
export interface ViewsServices extends RealtimeServices {
  /** This process's live view counts. */
  readonly views: ViewsLive;
}

export type ViewsContext = RequestContext<ViewsServices>;
