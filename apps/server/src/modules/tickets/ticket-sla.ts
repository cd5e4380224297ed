import { formatServicePeriods, formatTimeOfDay, moscowDateOf, scheduleFor, slaStateAt, type ProductionCalendar, type ServicePeriods } from '@desk/sla';
import { periodsOf } from '../sla/index.js';
import { Field, Int, ObjectType } from 'type-graphql';
import { SlaState, SupportLevel } from '../../entities/sla/sla.enums.js';
import { CalendarDay } from '../../entities/sla/calendar-day.entity.js';
import type { Ticket } from '../../entities/tickets/ticket.entity.js';
import { isOutsideResponseSla, slaClockNow } from './sla-clock.js';

@ObjectType({ description: 'When the SLA clock of a level runs (LVL-2, SLA-4, SLA-5): what a console needs to count the same way' })
export class ServiceHoursDefinition {
  @Field(() => SupportLevel)
  supportLevel!: SupportLevel;

  @Field({ description: 'ALWAYS (24×7, EXTENDED), BUSINESS_HOURS (working days of the production calendar, BASIC) or DAILY_HOURS (the periods every day, EXTENDED with hours)' })
  kind!: string;

  @Field({ description: 'IANA zone the hours are in; Moscow keeps UTC+3 all year' })
  timeZone!: string;

  @Field(() => Int, { description: 'Minutes east of UTC' })
  utcOffsetMinutes!: number;

  @Field(() => String, { nullable: true, description: 'Opening, "09:00"; null when always open' })
  opensAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Closing, "18:00"; null when always open' })
  closesAt!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The service periods of a day the ticket was registered under, "09:00-13:00,14:00-18:00" (LVL-2); null when always open',
  })
  periods!: string | null;

  @Field({ description: 'Counts only working days of the Russian production calendar with the admin\'s overrides (calendarYear)' })
  workingDaysOnly!: boolean;

  @Field({ description: 'Service ends an hour early on the working day before a public holiday (art. 95, PRE_HOLIDAY_SHORT_DAYS)' })
  preHolidayShortDays!: boolean;

  @Field(() => [CalendarDay], {
    description: "The admin's overrides of the production calendar from the day the ticket arrived on (SLA-5); empty when always open",
  })
  calendarOverrides!: CalendarDay[];
}

@ObjectType({ description: "A ticket's response-time clock at the moment of the read (SLA-2..7): where it stands and how it runs" })
export class TicketSla {
  @Field(() => SlaState)
  state!: SlaState;

  @Field({ description: 'The response deadline (= Ticket.responseDueAt)' })
  dueAt!: Date;

  @Field({ description: 'When the ticket becomes AT_RISK (SLA-7)' })
  atRiskAt!: Date;

  @Field({ description: 'The instant these figures hold at (the server clock)' })
  readAt!: Date;

  @Field(() => Int, { description: 'Guaranteed response time in service seconds (SLA-1, or the SLA-8 reclassified one)' })
  responseSeconds!: number;

  @Field(() => Int, { description: 'Service seconds used since arrival, up to the reaction or readAt' })
  elapsedSeconds!: number;

  @Field(() => Int, { description: 'Service seconds left until the deadline at readAt (0 once past it)' })
  remainingSeconds!: number;

  @Field({ description: 'The clock is counting now: not yet reacted to and inside service hours' })
  running!: boolean;

  @Field({ description: 'Stopped because BASIC service is closed now (LVL-2); a reacted ticket is stopped, not paused' })
  paused!: boolean;

  @Field(() => Date, { nullable: true, description: 'When a paused clock runs again: the next opening of BASIC service' })
  pausedUntil!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the clock stopped: the reaction (SLA-2)' })
  stoppedAt!: Date | null;

  @Field(() => ServiceHoursDefinition, { description: 'The service hours and calendar this clock counts in' })
  serviceHours!: ServiceHoursDefinition;
}

/** The service hours a level's clock runs in since `from`, as a console would rebuild them with @desk/sla. */
export function serviceHoursOf(level: SupportLevel, calendar: ProductionCalendar, from: Date, periods: ServicePeriods | null): ServiceHoursDefinition {
  const always = periods === null;
  const workingDaysOnly = !always && level === SupportLevel.BASIC;
  const firstDay = moscowDateOf(from);
  return {
    supportLevel: level,
    kind: always ? 'ALWAYS' : workingDaysOnly ? 'BUSINESS_HOURS' : 'DAILY_HOURS',
    timeZone: 'Europe/Moscow',
    utcOffsetMinutes: 180,
    opensAt: always ? null : formatTimeOfDay(periods[0]!.opensAtMinute),
    closesAt: always ? null : formatTimeOfDay(periods[periods.length - 1]!.closesAtMinute),
    periods: always ? null : formatServicePeriods(periods),
    workingDaysOnly,
    preHolidayShortDays: workingDaysOnly && calendar.preHolidayShortDays,
    calendarOverrides: !workingDaysOnly
      ? []
      : calendar.overrides
          .filter((o) => o.date >= firstDay)
          .map((o) => ({ date: o.date, working: o.working, shortened: o.shortened ?? false, note: o.note ?? null })),
  };
}

/** The typed SLA state of `ticket` at `now`, from @desk/sla on the calendar in force (with the admin's overrides). */
export function ticketSlaAt(ticket: Ticket, calendar: ProductionCalendar, now: Date, atRiskShare: number): TicketSla {
  const periods = periodsOf(ticket);
  const schedule = scheduleFor(ticket.supportLevel, calendar, periods);
  const snapshot = slaStateAt({
    schedule,
    receivedAt: ticket.receivedAt,
    responseDueAt: ticket.responseDueAt,
    respondedAt: ticket.respondedAt,
    now: slaClockNow(ticket, now),
    atRiskShare,
  });
  return {
    state: snapshot.state as SlaState,
    dueAt: ticket.responseDueAt,
    atRiskAt: ticket.atRiskAt,
    readAt: now,
    responseSeconds: Math.round(schedule.serviceSecondsBetween(ticket.receivedAt, ticket.responseDueAt)),
    elapsedSeconds: Math.floor(snapshot.elapsedSeconds),
    remainingSeconds: Math.ceil(snapshot.remainingSeconds),
    running: !ticket.respondedAt && !snapshot.paused && !isOutsideResponseSla(ticket),
    paused: snapshot.paused,
    pausedUntil: snapshot.resumesAt,
    stoppedAt: ticket.respondedAt,
    serviceHours: serviceHoursOf(ticket.supportLevel, calendar, ticket.receivedAt, periods),
  };
}
