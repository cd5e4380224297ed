import type { RequestContext } from '../../graphql/context.js';
import type { LiveHub } from './live-hub.js';

export interface RealtimeServices {
  /** This process's subscriptions, fed by the event bus. */
  readonly live: LiveHub;
}

export type RealtimeContext = RequestContext<RealtimeServices>;
