import type ru from './ru';

/** Strings of the shared layer and the app shell: the domain words every page uses (levels, criticality, statuses, SLA), the header, form problems: English, the second interface language (LVL-5). */
const en: typeof ru = {
  app: {
    title: 'Technical support desk',
    shortTitle: 'Support',
    skipToContent: 'Skip to content',
  },
  header: {
    navigation: 'Main navigation',
    queue: 'Queue',
    signOut: 'Sign out',
    signedInAs: 'Signed in as {name}',
    language: 'Interface language',
    switchTo: 'Русский',
    switchToLabel: 'Переключить интерфейс на русский язык',
  },
  roles: {
    AGENT: 'Agent',
    TEAM_LEAD: 'Team lead',
    ADMIN: 'Administrator',
    CUSTOMER: 'Customer',
    PARTNER: 'Partner',
  },
  sla: {
    state: {
      ON_TRACK: 'On track',
      AT_RISK: 'At risk',
      BREACHED: 'Breached',
      MET: 'Met',
    },
    remaining: '{time} left',
    overdue: 'overdue by {time}',
    paused: 'paused until {at}',
    pausedHint: 'Outside basic-level service hours (working days 09:00–18:00 MSK); the clock resumes at {at}',
    dueAt: 'Response due: {at} MSK',
    msk: 'MSK',
  },
  priority: {
    label: 'P{n}',
    title: {
      1: 'P1 — critical, extended level',
      2: 'P2 — critical, basic level',
      3: 'P3 — non-critical, extended level',
      4: 'P4 — non-critical, basic level',
    },
  },
  criticality: {
    CRITICAL: 'Critical',
    NON_CRITICAL: 'Non-critical',
  },
  level: {
    BASIC: 'Basic',
    EXTENDED: 'Extended',
  },
  status: {
    NEW: 'New',
    IN_PROGRESS: 'In progress',
    WAITING_FOR_CUSTOMER: 'Waiting for customer',
    CLOSED: 'Closed',
    REJECTED: 'Rejected',
  },
  connection: {
    lost: 'Connection to the server lost. Reconnecting… The queue may be out of date.',
    restored: 'Connection restored',
    unavailable: 'The service is temporarily unavailable. Retrying…',
  },
  notFound: 'Page not found',
  duration: {
    days: '{d} d {h} h',
    hoursMinutes: '{hours} h {minutes} min',
  },
  // The shared form pieces (shared/forms): their default wording and the API's problems in the user's words.
  form: {
    fixFields: 'Check the highlighted fields',
    networkError: 'The server is unreachable. Check the connection and try again.',
    problems: {
      required: 'Required',
      phone: 'This does not look like a phone number',
      email: 'This does not look like an e-mail address',
      criticalOnlyIncident: 'Only an incident can be critical',
      unknownIdentifier: 'No contract has this number',
      organizationMismatch: 'The number is registered to another organization',
      tooLong: 'At most {max} characters',
    },
  },
};

export default en;
