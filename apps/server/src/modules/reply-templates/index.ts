/** Text modules (#19): the team's and each staff member's reply templates, filled in for a ticket. */
import { ReplyTemplatesResolver } from './reply-templates.resolver.js';

export const REPLY_TEMPLATE_RESOLVERS = [ReplyTemplatesResolver] as const;
export { ReplyTemplatesService } from './reply-templates.service.js';
