import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type SlaComplianceTicketsQueryVariables = Types.Exact<{
  from: Types.Scalars['DateTime']['input'];
  to: Types.Scalars['DateTime']['input'];
  cell: Types.ComplianceCellInput;
  outcome?: Types.InputMaybe<Types.SlaOutcome>;
  first: Types.Scalars['Int']['input'];
}>;


export type SlaComplianceTicketsQuery = { __typename?: 'Query', slaComplianceTickets: { __typename?: 'ComplianceTickets', total: number, tickets: Array<{ __typename?: 'Ticket', id: string, number: string, subject: string, supportLevel: Types.SupportLevel, criticality: Types.Criticality, receivedAt: string, responseDueAt: string, slaOutcome: Types.SlaOutcome | null, respondedAt: string | null, respondedBy: { __typename?: 'User', id: string, fullName: string } | null, slaDecision: { __typename?: 'SlaDecision', dueAt: string, decidedAt: string } | null, reactionNotice: { __typename?: 'ReactionNotice', channel: Types.Channel, proof: string | null } | null }> } };


export const SlaComplianceTicketsDocument = gql`
    query SlaComplianceTickets($from: DateTime!, $to: DateTime!, $cell: ComplianceCellInput!, $outcome: SlaOutcome, $first: Int!) {
  slaComplianceTickets(
    from: $from
    to: $to
    cell: $cell
    outcome: $outcome
    first: $first
  ) {
    total
    tickets {
      id
      number
      subject
      supportLevel
      criticality
      receivedAt
      responseDueAt
      slaOutcome
      respondedAt
      respondedBy {
        id
        fullName
      }
      slaDecision {
        dueAt
        decidedAt
      }
      reactionNotice {
        channel
        proof
      }
    }
  }
}
    `;

/**
 * __useSlaComplianceTicketsQuery__
 *
 * To run a query within a Vue component, call `useSlaComplianceTicketsQuery` and pass it any options that fit your needs.
 * When your component renders, `useSlaComplianceTicketsQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param variables that will be passed into the query
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useSlaComplianceTicketsQuery({
 *   from: // value for 'from'
 *   to: // value for 'to'
 *   cell: // value for 'cell'
 *   outcome: // value for 'outcome'
 *   first: // value for 'first'
 * });
 */
export function useSlaComplianceTicketsQuery(variables: SlaComplianceTicketsQueryVariables | VueCompositionApi.Ref<SlaComplianceTicketsQueryVariables> | ReactiveFunction<SlaComplianceTicketsQueryVariables>, options: VueApolloComposable.UseQueryOptions<SlaComplianceTicketsQuery, SlaComplianceTicketsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<SlaComplianceTicketsQuery, SlaComplianceTicketsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<SlaComplianceTicketsQuery, SlaComplianceTicketsQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<SlaComplianceTicketsQuery, SlaComplianceTicketsQueryVariables>(SlaComplianceTicketsDocument, variables, options);
}
export function useSlaComplianceTicketsLazyQuery(variables?: SlaComplianceTicketsQueryVariables | VueCompositionApi.Ref<SlaComplianceTicketsQueryVariables> | ReactiveFunction<SlaComplianceTicketsQueryVariables>, options: VueApolloComposable.UseQueryOptions<SlaComplianceTicketsQuery, SlaComplianceTicketsQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<SlaComplianceTicketsQuery, SlaComplianceTicketsQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<SlaComplianceTicketsQuery, SlaComplianceTicketsQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<SlaComplianceTicketsQuery, SlaComplianceTicketsQueryVariables>(SlaComplianceTicketsDocument, variables, options);
}
export type SlaComplianceTicketsQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<SlaComplianceTicketsQuery, SlaComplianceTicketsQueryVariables>;