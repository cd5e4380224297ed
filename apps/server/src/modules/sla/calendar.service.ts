import type { EntityManager } from '@mikro-orm/core';
import { ProductionCalendar, parseICalendar, type CalendarDayOverride } from '@desk/sla';
import { CalendarDay } from '../../entities/sla/calendar-day.entity.js';
import { AuditKind } from '../../entities/audit/audit.enums.js';
import type { Clock } from '../../common/clock.js';
import { ProblemList } from '../../common/errors.js';
import { AuditLog, type AuditActor } from '../audit/index.js';
import type { CalendarChangeListener } from './calendar-change.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The production calendar in force: shipped years and rules from @desk/sla,
 * with the admin's overrides from the database on top (SLA-5). Overrides are
 * re-read at most every `ttlMs`, so an edit made on another server process
 * takes effect within that time; edits made here take effect at once. Each
 * edit runs `onChange` in its transaction: open BASIC deadlines move with it.
 */
export class CalendarService {
  private cached: { calendar: ProductionCalendar; loadedAt: number } | null = null;

  constructor(
    private readonly em: () => EntityManager,
    private readonly options: { preHolidayShortDays: boolean; clock: Clock; ttlMs?: number; onChange?: CalendarChangeListener },
  ) {}

  /**
   * Inside a transaction pass its EntityManager: on SQLite the transaction holds
   * the only connection, so a read through another one would wait on it forever.
   */
  async current(within?: EntityManager): Promise<ProductionCalendar> {
    const ttl = this.options.ttlMs ?? 30_000;
    if (this.cached && Date.now() - this.cached.loadedAt < ttl) return this.cached.calendar;
    const calendar = await this.load(within ?? this.em());
    this.cached = { calendar, loadedAt: Date.now() };
    return calendar;
  }

  private async load(em: EntityManager): Promise<ProductionCalendar> {
    const days = await em.find(CalendarDay, {}, { orderBy: { date: 'asc' } });
    const overrides: CalendarDayOverride[] = days.map((d) => ({
      date: d.date,
      working: d.working,
      shortened: d.shortened,
      ...(d.note ? { note: d.note } : {}),
    }));
    return new ProductionCalendar({ overrides, preHolidayShortDays: this.options.preHolidayShortDays });
  }

  /** Runs the listener on the calendar the edit leaves behind, in the edit's transaction. */
  private async changed(tx: EntityManager, actor: AuditActor, dates: readonly string[], summary: string, at: Date): Promise<() => void> {
    if (!this.options.onChange) return () => {};
    await tx.flush();
    const calendar = await this.load(tx);
    return this.options.onChange(tx, { calendar, dates, summary, actorId: actor.userId, at });
  }

  async overrides(year: number | null): Promise<CalendarDay[]> {
    const where = year === null ? {} : { date: { $like: `${year}-%` } };
    return this.em().find(CalendarDay, where, { orderBy: { date: 'asc' } });
  }

  /** Sets (or replaces) one day's override; the audit log keeps before → after. */
  async setDay(override: CalendarDayOverride, actor: AuditActor): Promise<CalendarDay> {
    const problems = new ProblemList();
    // A round trip, not Date.parse: that rolls 2026-02-30 over to 2 March.
    if (!ISO_DATE.test(override.date) || new Date(`${override.date}T00:00:00Z`).toISOString().slice(0, 10) !== override.date) {
      problems.add('date', 'must be a calendar date YYYY-MM-DD');
    }
    if (override.shortened && !override.working) problems.add('shortened', 'only a working day can be shortened');
    problems.throwIfAny();
    const [saved] = await this.save([override], actor, AuditKind.CALENDAR_DAY_SET);
    return saved!;
  }

  async clearDay(date: string, actor: AuditActor): Promise<boolean> {
    const at = this.options.clock.now();
    const { removed, afterCommit } = await this.em().transactional(async (tx) => {
      const row = await tx.findOne(CalendarDay, { date });
      if (!row) return { removed: false, afterCommit: () => {} };
      const before = dayState(row);
      tx.remove(row);
      const event = { kind: AuditKind.CALENDAR_DAY_CLEARED, summary: `Calendar override of ${date} removed`, object: { type: 'CalendarDay', id: date }, before };
      await AuditLog.record(tx, actor, event, at);
      return { removed: true, afterCommit: await this.changed(tx, actor, [date], event.summary, at) };
    });
    this.cached = null;
    afterCommit();
    return removed;
  }

  /** Imports an iCalendar file of days off and working days; returns the days written. */
  async importICalendar(text: string, actor: AuditActor): Promise<CalendarDay[]> {
    let overrides: CalendarDayOverride[];
    try {
      overrides = parseICalendar(text);
    } catch (error) {
      new ProblemList().add('ics', error instanceof Error ? error.message : String(error)).throwIfAny();
      return [];
    }
    if (overrides.length === 0) new ProblemList().add('ics', 'the file holds no all-day events').throwIfAny();
    return this.save(overrides, actor, AuditKind.CALENDAR_IMPORTED);
  }

  private async save(overrides: readonly CalendarDayOverride[], actor: AuditActor, kind: AuditKind): Promise<CalendarDay[]> {
    const em = this.em();
    const at = this.options.clock.now();
    const { rows: saved, afterCommit } = await em.transactional(async (tx) => {
      const rows: CalendarDay[] = [];
      const before: Record<string, unknown> = {};
      for (const o of overrides) {
        const existing = await tx.findOne(CalendarDay, { date: o.date });
        before[o.date] = existing ? dayState(existing) : null;
        const row = existing ?? tx.create(CalendarDay, { date: o.date, working: o.working });
        row.working = o.working;
        row.shortened = o.shortened ?? false;
        row.note = o.note ?? null;
        rows.push(row);
      }
      const after = Object.fromEntries(rows.map((r) => [r.date, dayState(r)]));
      const one = rows[0]!;
      const event =
        kind === AuditKind.CALENDAR_IMPORTED
          ? { kind, summary: `Calendar imported: ${rows.length} day(s)`, before, after }
          : { kind, summary: `Calendar override of ${one.date} set`, object: { type: 'CalendarDay', id: one.date }, before: before[one.date] as Record<string, unknown> | null, after: dayState(one) };
      await AuditLog.record(tx, actor, event, at);
      const why = kind === AuditKind.CALENDAR_IMPORTED ? event.summary : `${event.summary}: ${describeDay(one)}`;
      return { rows, afterCommit: await this.changed(tx, actor, Object.keys(before), why, at) };
    });
    this.cached = null;
    afterCommit();
    return saved;
  }
}

function describeDay(day: CalendarDay): string {
  const what = !day.working ? 'day off' : day.shortened ? 'shortened working day' : 'working day';
  return day.note ? `${what} (${day.note})` : what;
}

function dayState(day: CalendarDay): Record<string, unknown> {
  return { working: day.working, shortened: day.shortened, note: day.note };
}
