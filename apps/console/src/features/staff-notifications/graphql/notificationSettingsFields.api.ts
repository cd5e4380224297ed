import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
export type NotificationSettingsFieldsFragment = { __typename?: 'StaffNotificationSettingsView', email: string, telegramLinked: boolean, quietFrom: string | null, quietUntil: string | null, preferences: Array<{ __typename?: 'OffAppPreference', kind: Types.StaffNotificationKind, channels: Array<Types.OffAppChannel> }> };

export const NotificationSettingsFieldsFragmentDoc = gql`
    fragment NotificationSettingsFields on StaffNotificationSettingsView {
  email
  telegramLinked
  quietFrom
  quietUntil
  preferences {
    kind
    channels
  }
}
    `;