import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { OffAppChannel, OffAppStatus, StaffNotificationKind } from '../../entities/staff-notifications/staff-notification.enums.js';
import { Ticket } from '../../entities/tickets/ticket.entity.js';

@ObjectType('StaffNotification', { description: "An entry of a staff member's bell (#13); read state is kept per user on the server" })
export class StaffNotificationView {
  @Field(() => ID)
  id!: string;

  @Field(() => StaffNotificationKind)
  kind!: StaffNotificationKind;

  @Field({ description: 'One line in Russian; consoles word it themselves from kind and data' })
  text!: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'number, subject, and per kind actorName, level, reason, dueAt' })
  data!: Record<string, unknown> | null;

  @Field(() => Ticket, { nullable: true })
  ticket!: Ticket | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  readAt!: Date | null;

  @Field(() => OffAppStatus, { description: 'NONE: the bell only; WAITING: held for service or quiet hours until offAppDueAt; QUEUED: sent to the outbox' })
  offAppStatus!: OffAppStatus;

  @Field(() => [OffAppChannel])
  offAppChannels!: OffAppChannel[];

  @Field(() => Date, { nullable: true })
  offAppDueAt!: Date | null;
}

@ObjectType({ description: 'Something happened to your bell: a new notification, or some read in another tab' })
export class StaffNotificationEvent {
  @Field(() => StaffNotificationView, { nullable: true, description: 'The new notification' })
  notification!: StaffNotificationView | null;

  @Field(() => [ID], { nullable: true, description: 'Read elsewhere (null with allRead)' })
  readIds!: string[] | null;

  @Field({ description: 'Everything was marked read' })
  allRead!: boolean;

  @Field(() => Int, { description: 'Unread after this event' })
  unreadCount!: number;
}

@ObjectType({ description: 'Off-app channels chosen for one kind of notification' })
export class OffAppPreference {
  @Field(() => StaffNotificationKind)
  kind!: StaffNotificationKind;

  @Field(() => [OffAppChannel])
  channels!: OffAppChannel[];
}

@ObjectType({ description: "A staff member's notification settings (#13)" })
export class StaffNotificationSettingsView {
  @Field(() => [OffAppPreference], { description: 'Every kind, with the channels chosen (empty: the bell only)' })
  preferences!: OffAppPreference[];

  @Field(() => String, { nullable: true, description: 'Quiet hours start, Moscow "HH:MM"' })
  quietFrom!: string | null;

  @Field(() => String, { nullable: true, description: 'Quiet hours end, Moscow "HH:MM" (may be earlier than the start: across midnight)' })
  quietUntil!: string | null;

  @Field({ description: 'A Telegram chat is linked through the bot' })
  telegramLinked!: boolean;

  @Field({ description: 'E-mail goes to this address (the account\'s)' })
  email!: string;
}

@InputType({ description: 'Off-app channels for one kind' })
export class OffAppPreferenceInput {
  @Field(() => StaffNotificationKind)
  kind!: StaffNotificationKind;

  @Field(() => [OffAppChannel])
  channels!: OffAppChannel[];
}

@InputType({ description: 'Notification settings; omitted parts stay as they are' })
export class StaffNotificationSettingsInput {
  @Field(() => [OffAppPreferenceInput], { nullable: true, description: 'Kinds not listed keep their channels' })
  preferences?: OffAppPreferenceInput[] | null;

  @Field(() => String, { nullable: true, description: 'Moscow "HH:MM"; with quietUntil; both empty strings turn quiet hours off' })
  quietFrom?: string | null;

  @Field(() => String, { nullable: true })
  quietUntil?: string | null;
}

@ObjectType({ description: 'A one-time code that links a Telegram chat to your account: send "/link CODE" to the bot' })
export class TelegramLinkCode {
  @Field()
  code!: string;

  @Field()
  expiresAt!: Date;

  @Field({ description: 'What to send the bot' })
  command!: string;
}
