import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { MacroFieldsFragmentDoc } from './macroFields.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type CreateMacroMutationVariables = Types.Exact<{
  input: Types.MacroInput;
}>;


export type CreateMacroMutation = { __typename?: 'Mutation', createMacro: { __typename?: 'Macro', id: string, name: string, shared: boolean, editable: boolean, replyKind: Types.MessageKind | null, targetStatus: Types.TicketStatus | null, resolution: Types.Resolution | null, assignment: Types.MacroAssignment | null, replyTemplate: { __typename?: 'ReplyTemplate', id: string, title: string } | null, assignee: { __typename?: 'User', id: string, fullName: string } | null } };


export const CreateMacroDocument = gql`
    mutation CreateMacro($input: MacroInput!) {
  createMacro(input: $input) {
    ...MacroFields
  }
}
    ${MacroFieldsFragmentDoc}`;

/**
 * __useCreateMacroMutation__
 *
 * To run a mutation, you first call `useCreateMacroMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useCreateMacroMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useCreateMacroMutation({
 *   variables: {
 *     input: // value for 'input'
 *   },
 * });
 */
export function useCreateMacroMutation(options: VueApolloComposable.UseMutationOptions<CreateMacroMutation, CreateMacroMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<CreateMacroMutation, CreateMacroMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<CreateMacroMutation, CreateMacroMutationVariables>(CreateMacroDocument, options);
}
export type CreateMacroMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<CreateMacroMutation, CreateMacroMutationVariables>;