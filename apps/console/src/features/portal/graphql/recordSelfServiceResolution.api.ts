import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type RecordSelfServiceResolutionMutationVariables = Types.Exact<{
  input: Types.SelfServiceResolutionInput;
}>;


export type RecordSelfServiceResolutionMutation = { __typename?: 'Mutation', recordSelfServiceResolution: boolean };


export const RecordSelfServiceResolutionDocument = gql`
    mutation RecordSelfServiceResolution($input: SelfServiceResolutionInput!) {
  recordSelfServiceResolution(input: $input)
}
    `;

/**
 * __useRecordSelfServiceResolutionMutation__
 *
 * To run a mutation, you first call `useRecordSelfServiceResolutionMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useRecordSelfServiceResolutionMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useRecordSelfServiceResolutionMutation({
 *   variables: {
 *     input: // value for 'input'
 *   },
 * });
 */
export function useRecordSelfServiceResolutionMutation(options: VueApolloComposable.UseMutationOptions<RecordSelfServiceResolutionMutation, RecordSelfServiceResolutionMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<RecordSelfServiceResolutionMutation, RecordSelfServiceResolutionMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<RecordSelfServiceResolutionMutation, RecordSelfServiceResolutionMutationVariables>(RecordSelfServiceResolutionDocument, options);
}
export type RecordSelfServiceResolutionMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<RecordSelfServiceResolutionMutation, RecordSelfServiceResolutionMutationVariables>;