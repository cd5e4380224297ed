import type ru from './ru';

/** Production calendar administration (#12, SLA-5) in English (LVL-5). */
const en: typeof ru = {
  calendarAdmin: {
    nav: 'Production calendar',
    title: 'Production calendar',
    intro: 'The working days BASIC deadlines count in (SLA-5). Changing a day at once recomputes the response deadlines of the open BASIC tickets it affects; decided outcomes never change (SLA-10).',
    year: 'Year',
    previousYear: 'Previous year',
    nextYear: 'Next year',
    workingDays: '{n} working days',
    weekdays: ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'],
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    states: { WORKING: 'Working', NON_WORKING: 'Non-working', SHORTENED: 'Shortened' },
    sources: { SHIPPED: 'Government decree (shipped)', ART_112: 'Labor Code art. 112 (generated)', OVERRIDE: 'changed by an admin' },
    legend: 'Legend',
    day: 'Day {date}',
    source: 'Source: {source}',
    state: 'Make the day',
    note: 'Note',
    save: 'Save',
    removeOverride: 'Remove the override',
    close: 'Close',
    saved: '{date}: saved; open tickets’ deadlines recomputed',
    removed: '{date}: override removed',
    importTitle: 'Import iCalendar (.ics)',
    importHint: 'All-day events: “working” in the title makes the day working, “shortened” a shortened one, any other a day off.',
    file: 'File',
    import: 'Import',
    imported: '{n} day(s) imported',
  },
};

export default en;
