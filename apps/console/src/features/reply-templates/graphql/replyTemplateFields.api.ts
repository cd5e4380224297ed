import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
export type ReplyTemplateFieldsFragment = { __typename?: 'ReplyTemplate', id: string, title: string, bodyRu: string, bodyEn: string | null, shared: boolean, editable: boolean };

export const ReplyTemplateFieldsFragmentDoc = gql`
    fragment ReplyTemplateFields on ReplyTemplate {
  id
  title
  bodyRu
  bodyEn
  shared
  editable
}
    `;