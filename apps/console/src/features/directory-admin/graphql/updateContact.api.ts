import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { AdminContactFragmentDoc } from './directoryAdmin.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type UpdateContactMutationVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
  input: Types.ContactDetailsInput;
}>;


export type UpdateContactMutation = { __typename?: 'Mutation', updateContact: { __typename?: 'Contact', id: string, fullName: string, position: string, email: string | null, phone: string, locale: Types.Locale } };


export const UpdateContactDocument = gql`
    mutation UpdateContact($id: ID!, $input: ContactDetailsInput!) {
  updateContact(id: $id, input: $input) {
    ...AdminContact
  }
}
    ${AdminContactFragmentDoc}`;

/**
 * __useUpdateContactMutation__
 *
 * To run a mutation, you first call `useUpdateContactMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useUpdateContactMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useUpdateContactMutation({
 *   variables: {
 *     id: // value for 'id'
 *     input: // value for 'input'
 *   },
 * });
 */
export function useUpdateContactMutation(options: VueApolloComposable.UseMutationOptions<UpdateContactMutation, UpdateContactMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<UpdateContactMutation, UpdateContactMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<UpdateContactMutation, UpdateContactMutationVariables>(UpdateContactDocument, options);
}
export type UpdateContactMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<UpdateContactMutation, UpdateContactMutationVariables>;