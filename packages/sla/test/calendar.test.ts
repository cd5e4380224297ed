import { describe, expect, it } from 'vitest';
import {
  ART_112_HOLIDAYS,
  ProductionCalendar,
  SHIPPED_YEARS,
  SHIPPED_YEAR_DATA,
  addDays,
  dayOfWeek,
  type DayKind,
  type IsoDate,
} from '../src/index.js';
import { calendar, shortDayCalendar } from './helpers.js';

function daysOf(year: number): IsoDate[] {
  const days: IsoDate[] = [];
  for (let d = `${year}-01-01`; d.startsWith(String(year)); d = addDays(d, 1)) days.push(d);
  return days;
}

const isWeekendDate = (d: IsoDate) => dayOfWeek(d) === 0 || dayOfWeek(d) === 6;

describe('SLA-5: shipped production calendars', () => {
  it('SLA-5: ships 2025 and 2026', () => {
    expect(SHIPPED_YEARS).toEqual([2025, 2026]);
  });

  it.each([2025, 2026])('SLA-5: %i has 247 working days', (year) => {
    expect(calendar.workingDaysInYear(year)).toBe(247);
    expect(SHIPPED_YEAR_DATA.find((y) => y.year === year)?.workingDays).toBe(247);
  });

  const off2025 = [
    '2025-01-01', '2025-01-02', '2025-01-03', '2025-01-06', '2025-01-07', '2025-01-08',
    '2025-02-24', '2025-03-10', '2025-05-01', '2025-05-02', '2025-05-09', '2025-06-12',
    '2025-11-03', '2025-11-04', '2025-12-31',
  ];
  const off2026 = [
    '2026-01-01', '2026-01-02', '2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08', '2026-01-09',
    '2026-02-23', '2026-03-09', '2026-05-01', '2026-05-11', '2026-06-12', '2026-11-04', '2026-12-31',
  ];

  it.each([...off2025, ...off2026])('SLA-5: weekday %s is a day off', (date) => {
    expect(isWeekendDate(date)).toBe(false);
    expect(calendar.isWorkingDay(date)).toBe(false);
  });

  it('SLA-5: the weekday lists are exactly the shipped data, and every other weekday is worked', () => {
    for (const [year, off] of [[2025, off2025], [2026, off2026]] as const) {
      const weekdaysOff = daysOf(year).filter((d) => !isWeekendDate(d) && !calendar.isWorkingDay(d));
      expect(weekdaysOff).toEqual(off);
    }
  });

  it('SLA-5: Saturday 2025-11-01 is worked; 2026 has no working weekend days', () => {
    expect(dayOfWeek('2025-11-01')).toBe(6);
    expect(calendar.isWorkingDay('2025-11-01')).toBe(true);
    expect(daysOf(2025).filter((d) => isWeekendDate(d) && calendar.isWorkingDay(d))).toEqual(['2025-11-01']);
    expect(daysOf(2026).filter((d) => isWeekendDate(d) && calendar.isWorkingDay(d))).toEqual([]);
  });

  it('SLA-5: every art. 112 holiday of a shipped year is a day off, whatever the weekday', () => {
    for (const year of SHIPPED_YEARS) {
      for (const h of ART_112_HOLIDAYS) {
        const date = `${year}-${String(h.month).padStart(2, '0')}-${String(h.day).padStart(2, '0')}`;
        expect(calendar.isWorkingDay(date), date).toBe(false);
        expect(calendar.dayKind(date), date).toBe('HOLIDAY');
      }
    }
  });

  it.each<[IsoDate, DayKind]>([
    ['2025-01-04', 'HOLIDAY'], // Saturday inside the New Year holidays
    ['2025-02-23', 'HOLIDAY'], // a Sunday holiday is still a holiday
    ['2025-02-24', 'TRANSFERRED_DAY_OFF'],
    ['2025-05-02', 'TRANSFERRED_DAY_OFF'],
    ['2025-11-01', 'WORKING'],
    ['2025-11-02', 'WEEKEND'],
    ['2025-11-03', 'TRANSFERRED_DAY_OFF'],
    ['2025-12-31', 'TRANSFERRED_DAY_OFF'],
    ['2026-01-09', 'TRANSFERRED_DAY_OFF'],
    ['2026-01-10', 'WEEKEND'],
    ['2026-01-12', 'WORKING'],
    ['2026-03-09', 'TRANSFERRED_DAY_OFF'],
    ['2026-05-09', 'HOLIDAY'],
    ['2026-05-11', 'TRANSFERRED_DAY_OFF'],
    ['2026-06-12', 'HOLIDAY'],
  ])('SLA-5: %s is %s', (date, kind) => {
    expect(calendar.dayKind(date)).toBe(kind);
  });

  it('SLA-5: nextWorkingDay crosses the New Year holidays', () => {
    expect(calendar.nextWorkingDay('2025-12-30')).toBe('2026-01-12');
    expect(calendar.nextWorkingDay('2025-10-31')).toBe('2025-11-01');
    expect(calendar.nextWorkingDay('2026-03-06')).toBe('2026-03-10');
  });

  it('SLA-5: addWorkingDays counts working days strictly after (or before) the date', () => {
    expect(calendar.addWorkingDays('2026-03-06', 0)).toBe('2026-03-06');
    expect(calendar.addWorkingDays('2026-03-06', 1)).toBe('2026-03-10');
    expect(calendar.addWorkingDays('2026-03-06', 10)).toBe('2026-03-23');
    expect(calendar.addWorkingDays('2026-01-12', -1)).toBe('2025-12-30');
    expect(() => calendar.addWorkingDays('2026-03-06', 1.5)).toThrow(RangeError);
  });
});

describe('SLA-5: years generated from art. 112', () => {
  it.each(['2027-01-01', '2027-01-02', '2027-01-03', '2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07', '2027-01-08'])(
    'SLA-5: %s is a New Year holiday',
    (date) => {
      expect(calendar.isWorkingDay(date)).toBe(false);
      expect(calendar.dayKind(date)).toBe('HOLIDAY');
    },
  );

  it('SLA-5: January weekend holidays are not moved by the rule (that takes a decree)', () => {
    expect(calendar.isWorkingDay('2027-01-11')).toBe(true);
  });

  it.each([
    ['2027-05-01', '2027-05-03'], // Saturday → Monday
    ['2027-05-09', '2027-05-10'], // Sunday → Monday
    ['2027-06-12', '2027-06-14'], // Saturday → Monday
    ['2028-01-01', null], // January: no transfer
  ])('SLA-5: weekend holiday %s moves the day off to %s', (holiday, movedTo) => {
    expect(isWeekendDate(holiday)).toBe(true);
    expect(calendar.dayKind(holiday)).toBe('HOLIDAY');
    if (movedTo) {
      expect(calendar.isWorkingDay(movedTo)).toBe(false);
      expect(calendar.dayKind(movedTo)).toBe('TRANSFERRED_DAY_OFF');
      expect(calendar.isWorkingDay(addDays(movedTo, 1))).toBe(true);
    }
  });

  it('SLA-5: weekday holidays of 2027 are off, the days around them are worked', () => {
    for (const date of ['2027-02-23', '2027-03-08', '2027-11-04']) expect(calendar.isWorkingDay(date)).toBe(false);
    for (const date of ['2027-02-22', '2027-02-24', '2027-03-09', '2027-11-05']) expect(calendar.isWorkingDay(date)).toBe(true);
  });

  it('SLA-5: 2027 has a sane number of working days (365 − 104 weekend days − 12 weekdays off)', () => {
    expect(calendar.workingDaysInYear(2027)).toBe(249);
    for (const year of [2024, 2028, 2030, 2035]) {
      expect(calendar.workingDaysInYear(year)).toBeGreaterThanOrEqual(244);
      expect(calendar.workingDaysInYear(year)).toBeLessThanOrEqual(252);
    }
  });
});

describe('SLA-5: admin overrides win over every rule', () => {
  const edited = calendar.withOverrides([
    { date: '2027-01-11', working: false, note: 'Перенос с субботы 2 января' },
    { date: '2026-03-09', working: true },
    { date: '2026-03-07', working: true, note: 'Рабочая суббота' },
    { date: '2026-02-20', working: true, shortened: true },
  ]);

  it('SLA-5: an override makes a working day off and a day off working', () => {
    expect(edited.isWorkingDay('2027-01-11')).toBe(false);
    expect(edited.dayKind('2027-01-11')).toBe('TRANSFERRED_DAY_OFF');
    expect(edited.isWorkingDay('2026-03-09')).toBe(true);
    expect(edited.isWorkingDay('2026-03-07')).toBe(true);
    expect(edited.dayKind('2026-03-07')).toBe('WORKING');
    expect(edited.workingDaysInYear(2026)).toBe(249);
  });

  it('SLA-5: withOverrides leaves the original calendar untouched and later overrides win', () => {
    expect(calendar.isWorkingDay('2027-01-11')).toBe(true);
    const again = edited.withOverrides([{ date: '2027-01-11', working: true }]);
    expect(again.isWorkingDay('2027-01-11')).toBe(true);
    expect(again.isWorkingDay('2026-03-07')).toBe(true);
    expect(again.overrides.map((o) => o.date)).toEqual(['2026-02-20', '2026-03-07', '2026-03-09', '2027-01-11']);
  });

  it('SLA-5: an override can declare an art. 95 short day even with the setting off', () => {
    expect(edited.preHolidayShortDays).toBe(false);
    expect(edited.isShortened('2026-02-20')).toBe(true);
  });

  it('SLA-5: a holiday overridden as a working day keeps the day before it full length', () => {
    const workedHoliday = shortDayCalendar.withOverrides([{ date: '2026-11-04', working: true }]);
    expect(workedHoliday.isShortened('2026-11-03')).toBe(false);
    expect(workedHoliday.preHolidayShortDays).toBe(true);
  });

  it('SLA-5: overrides with malformed dates are rejected', () => {
    expect(() => new ProductionCalendar({ overrides: [{ date: '2026-13-01', working: true }] })).toThrow(RangeError);
  });
});

describe('SLA-5 (art. 95): pre-holiday short days', () => {
  const shortDays = ['2026-04-30', '2026-05-08', '2026-06-11', '2026-11-03'];

  it.each(shortDays)('SLA-5: %s is shortened when the setting is on', (date) => {
    expect(shortDayCalendar.isShortened(date)).toBe(true);
    expect(shortDayCalendar.isWorkingDay(date)).toBe(true);
  });

  it.each(shortDays)('SLA-5: %s is a full day with the default setting', (date) => {
    expect(calendar.isShortened(date)).toBe(false);
  });

  it.each([
    ['2026-02-20', 'the next day is a plain Saturday, Monday 23 Feb does not count'],
    ['2026-03-06', 'the next day is a Saturday; 8 March is a Sunday'],
    ['2026-12-30', 'the next day is a transferred day off, not an art. 112 holiday'],
    ['2026-05-01', 'a holiday itself is not a working day'],
  ])('SLA-5: %s is not shortened (%s)', (date) => {
    expect(shortDayCalendar.isShortened(date)).toBe(false);
  });

  it('SLA-5: shortening does not change the number of working days', () => {
    expect(shortDayCalendar.workingDaysInYear(2026)).toBe(247);
  });
});
