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
  },
};

export default en;
