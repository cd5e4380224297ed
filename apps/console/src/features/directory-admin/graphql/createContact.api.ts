import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { AdminContactFragmentDoc } from './directoryAdmin.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type CreateContactMutationVariables = Types.Exact<{
  organizationId: Types.Scalars['ID']['input'];
  input: Types.ContactDetailsInput;
}>;


export type CreateContactMutation = { __typename?: 'Mutation', createContact: { __typename?: 'Contact', id: string, fullName: string, position: string, email: string | null, phone: string, locale: Types.Locale } };


export const CreateContactDocument = gql`
    mutation CreateContact($organizationId: ID!, $input: ContactDetailsInput!) {
  createContact(organizationId: $organizationId, input: $input) {
    ...AdminContact
  }
}
    ${AdminContactFragmentDoc}`;

/**
 * __useCreateContactMutation__
 *
 * To run a mutation, you first call `useCreateContactMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useCreateContactMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useCreateContactMutation({
 *   variables: {
 *     organizationId: // value for 'organizationId'
 *     input: // value for 'input'
 *   },
 * });
 */
export function useCreateContactMutation(options: VueApolloComposable.UseMutationOptions<CreateContactMutation, CreateContactMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<CreateContactMutation, CreateContactMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<CreateContactMutation, CreateContactMutationVariables>(CreateContactDocument, options);
}
export type CreateContactMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<CreateContactMutation, CreateContactMutationVariables>;