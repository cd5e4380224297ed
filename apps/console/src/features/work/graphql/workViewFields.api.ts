import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
export type WorkViewFieldsFragment = { __typename?: 'TicketView', id: string, name: string, builtIn: boolean, count: number, sort: Types.ViewSort, filter: { __typename?: 'ViewFilter', statuses: Array<Types.TicketStatus> | null, supportLevels: Array<Types.SupportLevel> | null, criticalities: Array<Types.Criticality> | null, categories: Array<Types.TicketCategory> | null, organizationIds: Array<string> | null, assigneeIds: Array<string> | null, escalated: boolean | null, unassigned: boolean | null, assignedToMe: boolean | null, customerAnswered: boolean | null, slaStates: Array<Types.SlaState> | null, text: string | null } };

export const WorkViewFieldsFragmentDoc = gql`
    fragment WorkViewFields on TicketView {
  id
  name
  builtIn
  count
  sort
  filter {
    statuses
    supportLevels
    criticalities
    categories
    organizationIds
    assigneeIds
    escalated
    unassigned
    assignedToMe
    customerAnswered
    slaStates
    text
  }
}
    `;