/** Operations pages (#12): the outbox with retry, refused requests. Russian, the service language (LVL-5). */
const ru = {
  operations: {
    navShort: 'Операции',
    nav: 'Уведомления и отказы',
    title: 'Уведомления и отклонённые обращения',
    outbox: 'Уведомления заказчикам',
    status: 'Состояние',
    allStatuses: 'Все',
    statuses: { PENDING: 'Ожидает', SENDING: 'Отправляется', SENT: 'Доставлено', FAILED: 'Не доставлено' },
    created: 'Создано',
    recipient: 'Кому',
    subject: 'Тема',
    attempts: 'Попыток: {count}',
    retry: 'Повторить',
    noMessages: 'Уведомлений нет',
    refused: 'Отклонённые обращения (ID-1, ID-2)',
    at: 'Когда',
    channel: 'Канал',
    reason: 'Причина',
    request: 'Обращение',
    noRefused: 'Отклонённых обращений нет',
  },
};

export default ru;
