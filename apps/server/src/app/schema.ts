import type { GraphQLSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { buildSchema, type PubSub } from 'type-graphql';
import { authChecker } from '../graphql/auth-checker.js';
import { ACCOUNT_RESOLVERS } from '../modules/accounts/index.js';
import { AUDIT_RESOLVERS } from '../modules/audit/index.js';
import { AUTH_RESOLVERS } from '../modules/auth/index.js';
import { FILE_RESOLVERS } from '../modules/files/index.js';
import { INFO_SERVICES_RESOLVERS } from '../modules/info-services/index.js';
import { NOTIFICATION_RESOLVERS } from '../modules/notifications/index.js';
import { ORGANIZATION_RESOLVERS } from '../modules/organizations/index.js';
import { DIRECTORY_IMPORT_RESOLVERS } from '../modules/directory-import/index.js';
import { QUEUE_RESOLVERS } from '../modules/queue/index.js';
import { REALTIME_RESOLVERS } from '../modules/realtime/index.js';
import { REPORT_RESOLVERS } from '../modules/reports/index.js';
import { SLA_RESOLVERS } from '../modules/sla/index.js';
import { TICKET_RESOLVERS } from '../modules/tickets/index.js';
import { VIEW_RESOLVERS } from '../modules/views/index.js';
import { STAFF_NOTIFICATION_RESOLVERS } from '../modules/staff-notifications/index.js';
import { REPLY_TEMPLATE_RESOLVERS } from '../modules/reply-templates/index.js';
import { MACRO_RESOLVERS } from '../modules/macros/index.js';
import { SATISFACTION_RESOLVERS } from '../modules/satisfaction/index.js';
import { WEBHOOK_RESOLVERS } from '../modules/webhooks/index.js';
import { INTEGRATION_RESOLVERS } from '../modules/integrations/index.js';
import { MATERIAL_REQUEST_RESOLVERS } from '../modules/material-requests/index.js';

export const RESOLVERS = [
  ...AUTH_RESOLVERS,
  ...ACCOUNT_RESOLVERS,
  ...AUDIT_RESOLVERS,
  ...SLA_RESOLVERS,
  ...TICKET_RESOLVERS,
  ...QUEUE_RESOLVERS,
  ...REALTIME_RESOLVERS,
  ...REPORT_RESOLVERS,
  ...ORGANIZATION_RESOLVERS,
  ...DIRECTORY_IMPORT_RESOLVERS,
  ...NOTIFICATION_RESOLVERS,
  ...FILE_RESOLVERS,
  ...INFO_SERVICES_RESOLVERS,
  ...VIEW_RESOLVERS,
  ...STAFF_NOTIFICATION_RESOLVERS,
  ...REPLY_TEMPLATE_RESOLVERS,
  ...MACRO_RESOLVERS,
  ...SATISFACTION_RESOLVERS,
  ...WEBHOOK_RESOLVERS,
  ...INTEGRATION_RESOLVERS,
  ...MATERIAL_REQUEST_RESOLVERS,
] as const;

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
