import type ru from './ru';

/** SLA and certificate alerts: toasts and the alert centre: English, the second interface language (LVL-5). */
const en: typeof ru = {
  alerts: {
    center: 'Alerts',
    centerUnread: 'Alerts: {n} unread',
    toastsLabel: 'New alerts',
    kind: {
      AT_RISK: 'At risk',
      BREACHED: 'Response time breached',
    },
    due: 'due {at} MSK',
    late: 'late: raised {at} MSK',
    wasDue: 'was due {at} MSK',
    dueFull: 'due {at} MSK',
    reacted: 'already reacted',
    dismiss: 'Dismiss the alert for {number}',
    sound: 'Sound',
    empty: 'No alerts yet.',
    certificate: {
      kind: 'Certificate expiry',
      text: 'Certificate {number} for {product} expires in {days} (valid until {until})',
      days: '{n} days | {n} day | {n} days',
      open: 'Open certificate expiry',
      dismiss: 'Dismiss the alert for certificate {number}',
    },
  },
};

export default en;
