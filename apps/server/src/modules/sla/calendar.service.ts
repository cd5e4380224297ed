import type { EntityManager } from '@mikro-orm/core';
import { ProductionCalendar, parseICalendar, type CalendarDayOverride } from '@desk/sla';
import { CalendarDay } from '../../entities/sla/calendar-day.entity.js';
import { ProblemList } from '../../common/errors.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The production calendar in force: shipped years and rules from @desk/sla,
 * with the admin's overrides from the database on top (SLA-5). Overrides are
 * re-read at most every `ttlMs`, so an edit made on another server process
 * takes effect within that time; edits made here take effect at once.
 */
export class CalendarService {
  private cached: { calendar: ProductionCalendar; loadedAt: number } | null = null;

  constructor(
    private readonly em: () => EntityManager,
    private readonly options: { preHolidayShortDays: boolean; ttlMs?: number },
  ) {}

  /**
   * Inside a transaction pass its EntityManager: on SQLite the transaction holds
   * the only connection, so a read through another one would wait on it forever.
   */
  async current(within?: EntityManager): Promise<ProductionCalendar> {
    const ttl = this.options.ttlMs ?? 30_000;
    if (this.cached && Date.now() - this.cached.loadedAt < ttl) return this.cached.calendar;
    const days = await (within ?? this.em()).find(CalendarDay, {}, { orderBy: { date: 'asc' } });
    const overrides: CalendarDayOverride[] = days.map((d) => ({
      date: d.date,
      working: d.working,
      shortened: d.shortened,
      ...(d.note ? { note: d.note } : {}),
    }));
    const calendar = new ProductionCalendar({ overrides, preHolidayShortDays: this.options.preHolidayShortDays });
    this.cached = { calendar, loadedAt: Date.now() };
    return calendar;
  }

  async overrides(year: number | null): Promise<CalendarDay[]> {
    const where = year === null ? {} : { date: { $like: `${year}-%` } };
    return this.em().find(CalendarDay, where, { orderBy: { date: 'asc' } });
  }

  /** Sets (or replaces) one day's override. */
  async setDay(override: CalendarDayOverride): Promise<CalendarDay> {
    const problems = new ProblemList();
    // A round trip, not Date.parse: that rolls 2026-02-30 over to 2 March.
    if (!ISO_DATE.test(override.date) || new Date(`${override.date}T00:00:00Z`).toISOString().slice(0, 10) !== override.date) {
      problems.add('date', 'must be a calendar date YYYY-MM-DD');
    }
    if (override.shortened && !override.working) problems.add('shortened', 'only a working day can be shortened');
    problems.throwIfAny();
    const [saved] = await this.save([override]);
    return saved!;
  }

  async clearDay(date: string): Promise<boolean> {
    const removed = await this.em().nativeDelete(CalendarDay, { date });
    this.cached = null;
    return removed > 0;
  }

  /** Imports an iCalendar file of days off and working days; returns the days written. */
  async importICalendar(text: string): Promise<CalendarDay[]> {
    let overrides: CalendarDayOverride[];
    try {
      overrides = parseICalendar(text);
    } catch (error) {
      new ProblemList().add('ics', error instanceof Error ? error.message : String(error)).throwIfAny();
      return [];
    }
    if (overrides.length === 0) new ProblemList().add('ics', 'the file holds no all-day events').throwIfAny();
    return this.save(overrides);
  }

  private async save(overrides: readonly CalendarDayOverride[]): Promise<CalendarDay[]> {
    const em = this.em();
    const saved = await em.transactional(async (tx) => {
      const rows: CalendarDay[] = [];
      for (const o of overrides) {
        const row = (await tx.findOne(CalendarDay, { date: o.date })) ?? tx.create(CalendarDay, { date: o.date, working: o.working });
        row.working = o.working;
        row.shortened = o.shortened ?? false;
        row.note = o.note ?? null;
        rows.push(row);
      }
      return rows;
    });
    this.cached = null;
    return saved;
  }
}
