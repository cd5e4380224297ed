import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { SupportLevel } from '../../entities/sla/sla.enums.js';
import { User } from '../../entities/auth/user.entity.js';

@ObjectType({ description: 'One service period of a day, Moscow time (LVL-2)' })
export class ServicePeriod {
  @Field({ description: '"09:00"' })
  opensAt!: string;

  @Field({ description: '"13:00"; "24:00" is the end of the day' })
  closesAt!: string;
}

@InputType({ description: 'One service period of a day, Moscow time, HH:MM' })
export class ServicePeriodInput {
  @Field()
  opensAt!: string;

  @Field()
  closesAt!: string;
}

@ObjectType({ description: "One version of a level's service hours: in force from effectiveFrom until the next version (LVL-2, #14)" })
export class ServiceHoursVersion {
  @Field(() => ID, { nullable: true, description: 'null for the default (the agreement, or SERVICE_HOURS_BASIC)' })
  id!: string | null;

  @Field(() => [ServicePeriod], { description: 'The periods of a day; empty when always open (24×7)' })
  periods!: ServicePeriod[];

  @Field({ description: 'Open round the clock every day (24×7)' })
  alwaysOpen!: boolean;

  @Field(() => String, { nullable: true, description: 'The periods as tickets store them, "09:00-13:00,14:00-18:00"; null for 24×7' })
  text!: string | null;

  @Field(() => Date, { nullable: true, description: 'When this version takes effect; null for the default, in force until the first change' })
  effectiveFrom!: Date | null;

  @Field(() => User, { nullable: true, description: 'The admin who set it' })
  changedBy!: User | null;
}

@ObjectType({ description: "A level's service hours: the version in force now and every version, newest first (LVL-2, #14)" })
export class ServiceHoursOfLevel {
  @Field(() => SupportLevel)
  supportLevel!: SupportLevel;

  @Field({ description: 'BASIC: only working days of the production calendar count (SLA-5); EXTENDED: every day' })
  workingDaysOnly!: boolean;

  @Field(() => ServiceHoursVersion, { description: 'What a ticket registered now is registered under' })
  inForce!: ServiceHoursVersion;

  @Field(() => [ServiceHoursVersion], { description: 'Every version, newest first, scheduled ones included; the default last' })
  versions!: ServiceHoursVersion[];
}
