import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
export type WebhookEndpointRowFragment = { __typename?: 'WebhookEndpoint', id: string, url: string, description: string | null, events: Array<Types.WebhookEventKind>, enabled: boolean, consecutiveFailures: number, disabledAt: string | null, disabledReason: string | null, createdAt: string, organization: { __typename?: 'Organization', id: string, name: string } };

export const WebhookEndpointRowFragmentDoc = gql`
    fragment WebhookEndpointRow on WebhookEndpoint {
  id
  url
  description
  events
  enabled
  consecutiveFailures
  disabledAt
  disabledReason
  createdAt
  organization {
    id
    name
  }
}
    `;