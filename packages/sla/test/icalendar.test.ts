import { describe, expect, it } from 'vitest';
import { CalendarImportError, ProductionCalendar, parseICalendar } from '../src/index.js';

const crlf = (lines: string[]) => lines.join('\r\n') + '\r\n';

const decree2027 = crlf([
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Example//Production calendar 2027//RU',
  'BEGIN:VEVENT',
  'UID:1@example',
  'DTSTART;VALUE=DATE:20270111',
  'SUMMARY:Выходной (перенос с субботы 2 января)',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:2@example',
  'DTSTART;VALUE=DATE:20271227',
  'DTEND;VALUE=DATE:20271230',
  'SUMMARY:Нерабочие дни',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:3@example',
  'DTSTART;VALUE=DATE:20270220',
  'SUMMARY:Рабочий день',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:4@example',
  'DTSTART;VALUE=DATE:20270313',
  'TRANSP:TRANSPARENT',
  'SUMMARY:Суббота',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:5@example',
  'DTSTART;VALUE=DATE:20270430',
  'SUMMARY:Сокращённый предпраздничный день',
  'END:VEVENT',
  'END:VCALENDAR',
]);

describe('SLA-5: iCalendar import', () => {
  it('SLA-5: reads single-day, multi-day (DTEND exclusive), working and shortened events', () => {
    expect(parseICalendar(decree2027)).toEqual([
      { date: '2027-01-11', working: false, note: 'Выходной (перенос с субботы 2 января)' },
      { date: '2027-12-27', working: false, note: 'Нерабочие дни' },
      { date: '2027-12-28', working: false, note: 'Нерабочие дни' },
      { date: '2027-12-29', working: false, note: 'Нерабочие дни' },
      { date: '2027-02-20', working: true, note: 'Рабочий день' },
      { date: '2027-03-13', working: true, note: 'Суббота' },
      { date: '2027-04-30', working: true, shortened: true, note: 'Сокращённый предпраздничный день' },
    ]);
  });

  it('SLA-5: imported days feed the calendar as overrides', () => {
    const imported = new ProductionCalendar().withOverrides(parseICalendar(decree2027));
    expect(imported.isWorkingDay('2027-01-11')).toBe(false);
    expect(imported.isWorkingDay('2027-02-20')).toBe(true);
    expect(imported.isShortened('2027-04-30')).toBe(true);
    expect(imported.workingDaysInYear(2027)).toBe(249 - 1 - 3 + 2);
  });

  it('SLA-5: English keywords work, and "non-working"/"нерабочий" are days off', () => {
    const ics = crlf([
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20270102', 'CATEGORIES:Working day', 'END:VEVENT',
      'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20270104', 'SUMMARY:Non-working day', 'END:VEVENT',
      'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20270105', 'SUMMARY:Нерабочий праздничный день', 'END:VEVENT',
      'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20270106', 'SUMMARY:не рабочий', 'END:VEVENT',
      'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20270107', 'DURATION:P2D', 'SUMMARY:Holiday', 'END:VEVENT',
      'END:VCALENDAR',
    ]);
    expect(parseICalendar(ics).map((o) => [o.date, o.working])).toEqual([
      ['2027-01-02', true],
      ['2027-01-04', false],
      ['2027-01-05', false],
      ['2027-01-06', false],
      ['2027-01-07', false],
      ['2027-01-08', false],
    ]);
  });

  it('SLA-5: unfolds RFC 5545 folded lines (CRLF + space or tab), escapes, and ignores VALARM and VTIMEZONE', () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Moscow',
      'END:VTIMEZONE',
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DA',
      ' TE:20270220',
      'SUMMARY:Рабочая суббота\\, перенос',
      '\t на 3 мая',
      'BEGIN:VALARM',
      'TRIGGER:-PT15M',
      'SUMMARY:Not the event summary',
      'END:VALARM',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    expect(parseICalendar(ics)).toEqual([{ date: '2027-02-20', working: true, note: 'Рабочая суббота, перенос на 3 мая' }]);
  });

  it('SLA-5: accepts bare LF line endings, a BOM and quoted parameters with colons', () => {
    const ics = '\uFEFFBEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;X-NOTE="a:b;c";VALUE=DATE:20270111\nEND:VEVENT\nEND:VCALENDAR\n\n';
    expect(parseICalendar(ics)).toEqual([{ date: '2027-01-11', working: false }]);
  });

  it.each([
    ['an empty file', '', 1],
    ['a file that is not iCalendar', 'hello world', 1],
    ['a missing VCALENDAR wrapper', 'BEGIN:VEVENT\nDTSTART;VALUE=DATE:20270111\nEND:VEVENT', 1],
    ['a property line without a colon', 'BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE 20270111\nEND:VEVENT\nEND:VCALENDAR', 3],
    ['a VEVENT without DTSTART', 'BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:x\nEND:VEVENT\nEND:VCALENDAR', 2],
    ['a date-time DTSTART', 'BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20270111T090000Z\nEND:VEVENT\nEND:VCALENDAR', 3],
    ['a non-existent day', 'BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20270230\nEND:VEVENT\nEND:VCALENDAR', 3],
    ['a garbled date', 'BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:2027-01-11\nEND:VEVENT\nEND:VCALENDAR', 3],
    ['DTEND before DTSTART', 'BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20270111\nDTEND;VALUE=DATE:20270111\nEND:VEVENT\nEND:VCALENDAR', 4],
    ['a recurring event', 'BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20270111\nRRULE:FREQ=YEARLY\nEND:VEVENT\nEND:VCALENDAR', 4],
    ['mismatched END', 'BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20270111\nEND:VCALENDAR', 4],
    ['an unterminated VEVENT', 'BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20270111', 2],
    ['a continuation line first', ' BEGIN:VCALENDAR\nEND:VCALENDAR', 1],
    ['content after END:VCALENDAR', 'BEGIN:VCALENDAR\nEND:VCALENDAR\nSUMMARY:stray', 3],
    ['an absurdly long event', 'BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20270101\nDTEND;VALUE=DATE:29270101\nEND:VEVENT\nEND:VCALENDAR', 2],
  ])('SLA-5: rejects %s with CalendarImportError at line %i', (_, text, line) => {
    let error: unknown;
    try {
      parseICalendar(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CalendarImportError);
    expect((error as CalendarImportError).line).toBe(line);
    expect((error as CalendarImportError).name).toBe('CalendarImportError');
  });

  it('SLA-5: a folded malformed line reports the line where it starts', () => {
    const text = 'BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:2027\n 0230\nEND:VEVENT\nEND:VCALENDAR';
    expect(() => parseICalendar(text)).toThrow(expect.objectContaining({ line: 3 }));
  });
});
