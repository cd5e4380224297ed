import type ru from './ru';

const en: typeof ru = {
  staffNotifications: {
    bell: 'Notifications',
    bellUnread: 'Notifications: {n} unread',
    empty: 'No notifications',
    markAll: 'Mark all read',
    settings: 'Settings',
    waiting: 'goes by e-mail/Telegram {at}',
    kind: {
      CUSTOMER_REPLY: 'Customer answered',
      NEW_MESSAGE: 'New message',
      ASSIGNED: 'Assigned to you',
      UNASSIGNED: 'Taken off you',
      ESCALATED: 'Escalation',
      SLA_AT_RISK: 'Deadline at risk',
      SLA_BREACHED: 'Deadline breached',
      REACTION_NOTICE_FAILED: 'Notice not delivered: phone the customer',
    },
    page: {
      title: 'Notifications',
      subtitle: 'What reaches you by e-mail and Telegram besides the bell in the console',
      kind: 'Event',
      email: 'E-mail',
      telegram: 'Telegram',
      quiet: 'Quiet hours (Moscow)',
      quietHint: 'Notifications wait meanwhile and come as one digest. A breach on an EXTENDED critical ticket always comes through.',
      from: 'From',
      until: 'Until',
      rule: 'For BASIC tickets e-mails and messages go only in service hours (working days 9:00–18:00 Moscow), the rest as a digest at the opening; EXTENDED ones at once.',
      emailTo: 'E-mails go to {email}',
      telegramLinked: 'Telegram linked',
      telegramNotLinked: 'Telegram not linked',
      link: 'Get a link code',
      linkCode: 'Send the support bot: {command} (valid until {at})',
      unlink: 'Unlink Telegram',
      save: 'Save',
      saving: 'Saving…',
      saved: 'Settings saved',
      fixFields: 'Fix the marked fields',
      networkError: 'The server cannot be reached. Check the connection and try again.',
    },
  },
};

export default en;
