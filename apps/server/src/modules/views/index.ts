/**
 * Views and search (#13): "My work" by status, the team's views and each staff member's saved ones
 * (server-side filters + order, so console, integrations and counts agree), their live counts in one
 * stream per user (myWork), and full-text ticket search with Russian word forms.
 */
import { TicketSearchResolver } from './search/search.resolver.js';
import { ViewsResolver } from './views.resolver.js';

export const VIEW_RESOLVERS = [ViewsResolver, TicketSearchResolver] as const;

export { backfillSearchIndex, searchIndexReaction } from './search/ticket-search-index.js';
export { ViewsLive } from './views-live.js';
export { slaStateWhere } from './view-query.js';
export { isPostgres } from './search/ticket-search.js';
export type { ViewsContext, ViewsServices } from './views-services.js';
