import type { RequestContext } from '../../graphql/context.js';

/** What the webhooks module needs from the composition root besides the clock and the bus. */
export interface WebhookServices {
  readonly webhooks: {
    /** Production accepts only https:// endpoints (NODE_ENV=production). */
    readonly requireHttps: boolean;
  };
}

export type WebhookContext = RequestContext<WebhookServices>;
