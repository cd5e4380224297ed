import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { MacroFieldsFragmentDoc } from './macroFields.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type UpdateMacroMutationVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
  input: Types.MacroInput;
}>;


export type UpdateMacroMutation = { __typename?: 'Mutation', updateMacro: { __typename?: 'Macro', id: string, name: string, shared: boolean, editable: boolean, replyKind: Types.MessageKind | null, targetStatus: Types.TicketStatus | null, resolution: Types.Resolution | null, assignment: Types.MacroAssignment | null, replyTemplate: { __typename?: 'ReplyTemplate', id: string, title: string } | null, assignee: { __typename?: 'User', id: string, fullName: string } | null } };


export const UpdateMacroDocument = gql`
    mutation UpdateMacro($id: ID!, $input: MacroInput!) {
  updateMacro(id: $id, input: $input) {
    ...MacroFields
  }
}
    ${MacroFieldsFragmentDoc}`;

/**
 * __useUpdateMacroMutation__
 *
 * To run a mutation, you first call `useUpdateMacroMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useUpdateMacroMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useUpdateMacroMutation({
 *   variables: {
 *     id: // value for 'id'
 *     input: // value for 'input'
 *   },
 * });
 */
export function useUpdateMacroMutation(options: VueApolloComposable.UseMutationOptions<UpdateMacroMutation, UpdateMacroMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<UpdateMacroMutation, UpdateMacroMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<UpdateMacroMutation, UpdateMacroMutationVariables>(UpdateMacroDocument, options);
}
export type UpdateMacroMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<UpdateMacroMutation, UpdateMacroMutationVariables>;