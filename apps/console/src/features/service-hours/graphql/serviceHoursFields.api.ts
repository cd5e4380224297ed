import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
export type ServiceHoursLevelFieldsFragment = { __typename?: 'ServiceHoursOfLevel', supportLevel: Types.SupportLevel, workingDaysOnly: boolean, inForce: { __typename?: 'ServiceHoursVersion', id: string | null, text: string | null, alwaysOpen: boolean, periods: Array<{ __typename?: 'ServicePeriod', opensAt: string, closesAt: string }> }, versions: Array<{ __typename?: 'ServiceHoursVersion', id: string | null, text: string | null, alwaysOpen: boolean, effectiveFrom: string | null, changedBy: { __typename?: 'User', id: string, fullName: string } | null }> };

export const ServiceHoursLevelFieldsFragmentDoc = gql`
    fragment ServiceHoursLevelFields on ServiceHoursOfLevel {
  supportLevel
  workingDaysOnly
  inForce {
    id
    text
    alwaysOpen
    periods {
      opensAt
      closesAt
    }
  }
  versions {
    id
    text
    alwaysOpen
    effectiveFrom
    changedBy {
      id
      fullName
    }
  }
}
    `;