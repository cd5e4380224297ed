import type ru from './ru';

/** Operations pages (#12) in English (LVL-5). */
const en: typeof ru = {
  operations: {
    navShort: 'Operations',
    nav: 'Notifications and refusals',
    title: 'Notifications and refused requests',
    outbox: 'Customer notifications',
    status: 'State',
    allStatuses: 'All',
    statuses: { PENDING: 'Pending', SENDING: 'Sending', SENT: 'Delivered', FAILED: 'Failed' },
    created: 'Created',
    recipient: 'To',
    subject: 'Subject',
    attempts: 'Attempts: {count}',
    retry: 'Retry',
    noMessages: 'No notifications',
    refused: 'Refused requests (ID-1, ID-2)',
    at: 'When',
    channel: 'Channel',
    reason: 'Reason',
    request: 'Request',
    noRefused: 'No refused requests',
    register: {
      ticket: 'Ticket',
      open: 'Register a ticket',
      identifier: 'License number, serial number or activation code',
      organizationName: 'Organization',
      fullName: 'Contact person',
      position: 'Position',
      phone: 'Phone',
      email: 'E-mail',
      category: 'Category',
      criticality: 'Criticality',
      subject: 'Subject',
      description: 'Description',
      clockHint: 'The response deadline counts from when the request arrived, not from now (SLA-2).',
      submit: 'Register',
      cancel: 'Cancel',
      done: 'Ticket {number} registered',
    },
  },
};

export default en;
