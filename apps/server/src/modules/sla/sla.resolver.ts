import { Arg, Authorized, Ctx, Field, Int, Mutation, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import { PHONE_EXTENSIONS, responseTimeSeconds } from '@desk/sla';
import { CalendarDay } from '../../entities/sla/calendar-day.entity.js';
import { Criticality, SupportLevel } from '../../entities/sla/sla.enums.js';
import { Role } from '../../entities/auth/role.enum.js';
import { ProblemList } from '../../common/errors.js';
import { checkSupportedInstant, checkSupportedYear } from '../../common/time-range.js';
import { literalEnum } from '../../common/literal-enum.js';
import { STAFF_ROLES } from '../../graphql/actor.js';
import { describeServiceHours, slaTermsFor } from './sla-terms.js';
import { type SlaContext } from './sla-services.js';
import { calendarDaysOf, type CalendarDaySource as DaySource } from './calendar-days.js';

const CalendarDaySource = literalEnum<DaySource>(['SHIPPED', 'ART_112', 'OVERRIDE']);
registerEnumType(CalendarDaySource, {
  name: 'CalendarDaySource',
  description: "Where a day's status comes from: a shipped Government decree year, Labor Code art. 112 rules alone, or an admin's override (SLA-5)",
});
import { auditActorOf } from '../audit/index.js';

@ObjectType({ description: 'What a service level promises (LVL-2..4, SLA-1)' })
class ServiceLevelTerms {
  @Field(() => SupportLevel)
  supportLevel!: SupportLevel;

  @Field({ description: 'Working days and the service periods (09:00–18:00 MSK by default), or 24×7' })
  serviceHours!: string;

  @Field(() => Int, { description: 'Guaranteed response time for a CRITICAL incident, in seconds' })
  criticalResponseSeconds!: number;

  @Field(() => Int, { description: 'Guaranteed response time for a NON_CRITICAL request, in seconds' })
  nonCriticalResponseSeconds!: number;

  @Field(() => [String], { description: 'Phone extensions of this level (LVL-4)' })
  phoneExtensions!: string[];
}

@ObjectType({ description: 'One day of the production calendar in force (SLA-5)' })
class CalendarYearDay {
  @Field({ description: 'YYYY-MM-DD, Moscow' })
  date!: string;

  @Field()
  working!: boolean;

  @Field({ description: 'A working day that closes an hour early (art. 95)' })
  shortened!: boolean;

  @Field({ description: 'WORKING, WEEKEND, HOLIDAY (art. 112) or TRANSFERRED_DAY_OFF' })
  kind!: string;

  @Field(() => CalendarDaySource)
  source!: DaySource;

  @Field(() => String, { nullable: true, description: "The override's or the decree's note" })
  note!: string | null;
}

@ObjectType()
class CalendarYear {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: 'Working days after overrides (SLA-5)' })
  workingDays!: number;

  @Field(() => [CalendarDay], { description: "The admin's overrides in this year" })
  overrides!: CalendarDay[];

  @Field(() => [CalendarYearDay], { description: 'Every day of the year, 1 January first, with where its status comes from' })
  days!: CalendarYearDay[];
}

@Resolver()
export class SlaResolver {
  @Query(() => Date, { description: 'Public: the guaranteed response deadline for a request arriving at receivedAt (SLA-1..5)' })
  async responseDeadline(
    @Arg('supportLevel', () => SupportLevel) supportLevel: SupportLevel,
    @Arg('criticality', () => Criticality) criticality: Criticality,
    @Arg('receivedAt', () => Date) receivedAt: Date,
    @Ctx() ctx: SlaContext,
  ): Promise<Date> {
    const problems = new ProblemList();
    checkSupportedInstant(receivedAt, 'receivedAt', problems);
    problems.throwIfAny();
    const calendar = await ctx.app.calendar.current();
    const periods = await ctx.app.serviceHours.inForce(supportLevel);
    return slaTermsFor(calendar, supportLevel, criticality, receivedAt, ctx.app.atRiskShare, periods).responseDueAt;
  }

  @Query(() => [ServiceLevelTerms], { description: 'Public: the two service levels and their promises' })
  async serviceLevels(@Ctx() ctx: SlaContext): Promise<ServiceLevelTerms[]> {
    const hours = await Promise.all(Object.values(SupportLevel).map((level) => ctx.app.serviceHours.inForce(level)));
    return Object.values(SupportLevel).map((supportLevel, i) => ({
      supportLevel,
      serviceHours: describeServiceHours(supportLevel, hours[i]!),
      criticalResponseSeconds: responseTimeSeconds(supportLevel, Criticality.CRITICAL),
      nonCriticalResponseSeconds: responseTimeSeconds(supportLevel, Criticality.NON_CRITICAL),
      phoneExtensions: [...PHONE_EXTENSIONS[supportLevel]],
    }));
  }

  @Authorized(...STAFF_ROLES)
  @Query(() => CalendarYear, { description: 'Staff: the production calendar of a year (SLA-5)' })
  async calendarYear(@Arg('year', () => Int) year: number, @Ctx() ctx: SlaContext): Promise<CalendarYear> {
    const problems = new ProblemList();
    checkSupportedYear(year, 'year', problems);
    problems.throwIfAny();
    const calendar = await ctx.app.calendar.current();
    return { year, workingDays: calendar.workingDaysInYear(year), overrides: await ctx.app.calendar.overrides(year), days: calendarDaysOf(calendar, year) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CalendarDay, { description: 'Admin: makes one day working or a day off, overriding the rules (SLA-5)' })
  setCalendarDay(
    @Arg('date') date: string,
    @Arg('working') working: boolean,
    @Arg('shortened', { defaultValue: false }) shortened: boolean,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: SlaContext,
  ): Promise<CalendarDay> {
    return ctx.app.calendar.setDay({ date, working, shortened, ...(note ? { note } : {}) }, auditActorOf(ctx));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'Admin: removes an override; true when there was one' })
  clearCalendarDay(@Arg('date') date: string, @Ctx() ctx: SlaContext): Promise<boolean> {
    return ctx.app.calendar.clearDay(date, auditActorOf(ctx));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => [CalendarDay], { description: 'Admin: imports days off and working days from an iCalendar (.ics) text' })
  importCalendar(@Arg('ics') ics: string, @Ctx() ctx: SlaContext): Promise<CalendarDay[]> {
    return ctx.app.calendar.importICalendar(ics, auditActorOf(ctx));
  }
}
