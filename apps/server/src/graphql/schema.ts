import type { GraphQLSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { buildSchema, type PubSub } from 'type-graphql';
import { ApiTokenResolver } from '../modules/auth/api-token.resolver.js';
import { INFORMATION_RESOLVERS } from '../modules/knowledge/information-resolvers.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { FILE_RESOLVERS } from '../modules/files/ticket-file.resolver.js';
import { OutboxResolver } from '../modules/notifications/outbox.resolver.js';
import { DirectoryResolver } from '../modules/organizations/directory.resolver.js';
import { QueueResolver } from '../modules/queue/queue.resolver.js';
import { RealtimeResolver } from '../modules/realtime/realtime.resolver.js';
import { ComplianceResolver } from '../modules/reports/compliance.resolver.js';
import { SlaResolver } from '../modules/sla/sla.resolver.js';
import { RefusedRequestResolver } from '../modules/tickets/refused-request.resolver.js';
import { TicketLifecycleResolver } from '../modules/tickets/ticket-lifecycle.resolver.js';
import { TicketResolver } from '../modules/tickets/ticket.resolver.js';
import { authChecker } from './auth-checker.js';

export const RESOLVERS = [AuthResolver, SlaResolver, TicketResolver, QueueResolver, RefusedRequestResolver, RealtimeResolver, TicketLifecycleResolver, ComplianceResolver, DirectoryResolver, ApiTokenResolver, OutboxResolver, ...FILE_RESOLVERS, ...INFORMATION_RESOLVERS] as const;

/** The code-first schema; its printed SDL is packages/schema/schema.graphql. */
export function buildAppSchema(pubSub: PubSub): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    // Subscriptions resolve through this process's LiveHub (modules/realtime).
    pubSub,
    // API.md: times are ISO-8601 strings with offset in a scalar named DateTime.
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    authChecker,
    validate: false,
  });
}
