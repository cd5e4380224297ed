/** SLA and certificate alerts: toasts and the alert centre: Russian, the service language (LVL-5). */
const ru = {
  alerts: {
    center: 'Оповещения',
    centerUnread: 'Оповещения: непрочитанных {n}',
    toastsLabel: 'Новые оповещения',
    kind: {
      AT_RISK: 'Под угрозой',
      BREACHED: 'Срок реакции нарушен',
    },
    due: 'срок {at} МСК',
    late: 'с опозданием: поднято {at} МСК',
    wasDue: 'срок был {at} МСК',
    dueFull: 'срок {at} МСК',
    reacted: 'реакция уже есть',
    dismiss: 'Скрыть оповещение по заявке {number}',
    sound: 'Звук',
    empty: 'Оповещений пока нет.',
    certificate: {
      kind: 'Срок сертификата',
      text: 'Сертификат {number} на {product} истекает через {days} (до {until})',
      days: '{n} дней | {n} день | {n} дня | {n} дней',
      open: 'Открыть сроки сертификатов',
      dismiss: 'Скрыть оповещение о сертификате {number}',
    },
  },
};

export default ru;
