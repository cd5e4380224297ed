import type * as Types from '../../../graphql/types.generated';

import { gql } from '@apollo/client/core';
export type TimelineEntryFieldsFragment = { __typename?: 'TimelineEntry', id: string, at: string, kind: Types.TimelineKind, summary: string, internal: boolean, data: Record<string, unknown> | null };

export const TimelineEntryFieldsFragmentDoc = gql`
    fragment TimelineEntryFields on TimelineEntry {
  id
  at
  kind
  summary
  internal
  data
}
    `;