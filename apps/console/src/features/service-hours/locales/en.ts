import type ru from './ru';

/** Service hours administration (#14, LVL-2): English, the second interface language (LVL-5). */
const en: typeof ru = {
  serviceHours: {
    nav: 'Service hours',
    title: 'Service hours',
    subtitle: 'Periods of the day per level (Moscow time). A change applies to tickets registered after it; each ticket keeps its own hours.',
    loading: 'Loading…',
    workingDays: 'working days of the production calendar',
    everyDay: 'every day',
    alwaysOpen: 'Round the clock (24×7)',
    periods: 'Periods of the day',
    opensAt: 'From',
    closesAt: 'To',
    addPeriod: 'Add a period',
    removePeriod: 'Remove period {n}',
    effectiveFrom: 'In force from (Moscow)',
    effectiveFromHint: 'Empty: from now',
    save: 'Save',
    saved: 'Saved',
    history: 'History',
    from: 'From',
    hours: 'Hours',
    changedBy: 'Changed by',
    default: 'default',
  },
};

export default en;
