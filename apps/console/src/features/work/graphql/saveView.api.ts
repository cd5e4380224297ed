import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { WorkViewFieldsFragmentDoc } from './workViewFields.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type SaveViewMutationVariables = Types.Exact<{
  input: Types.SaveViewInput;
}>;


export type SaveViewMutation = { __typename?: 'Mutation', saveView: { __typename?: 'TicketView', id: string, name: string, builtIn: boolean, count: number, sort: Types.ViewSort, filter: { __typename?: 'ViewFilter', statuses: Array<Types.TicketStatus> | null, supportLevels: Array<Types.SupportLevel> | null, criticalities: Array<Types.Criticality> | null, categories: Array<Types.TicketCategory> | null, organizationIds: Array<string> | null, assigneeIds: Array<string> | null, escalated: boolean | null, unassigned: boolean | null, assignedToMe: boolean | null, customerAnswered: boolean | null, slaStates: Array<Types.SlaState> | null, text: string | null } } };


export const SaveViewDocument = gql`
    mutation SaveView($input: SaveViewInput!) {
  saveView(input: $input) {
    ...WorkViewFields
  }
}
    ${WorkViewFieldsFragmentDoc}`;

/**
 * __useSaveViewMutation__
 *
 * To run a mutation, you first call `useSaveViewMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useSaveViewMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useSaveViewMutation({
 *   variables: {
 *     input: // value for 'input'
 *   },
 * });
 */
export function useSaveViewMutation(options: VueApolloComposable.UseMutationOptions<SaveViewMutation, SaveViewMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<SaveViewMutation, SaveViewMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<SaveViewMutation, SaveViewMutationVariables>(SaveViewDocument, options);
}
export type SaveViewMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<SaveViewMutation, SaveViewMutationVariables>;