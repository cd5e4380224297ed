import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

/** The one row of desk-wide security settings admins choose (#15); its id is always SECURITY_SETTINGS_ID. */
@ObjectType({ description: 'Desk-wide security settings (admins)' })
@Entity({ tableName: 'security_settings' })
export class SecuritySettings {
  @PrimaryKey({ autoincrement: false })
  id!: number;

  @Field({ description: 'Staff (agents, team leads, admins) must sign in with a second factor; one without it enrols at the next sign-in' })
  @Property()
  staffTwoFactorRequired: boolean = false;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  updatedAt: Date | null = null;
}

export const SECURITY_SETTINGS_ID = 1;
