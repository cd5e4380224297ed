/** Strings of the shared layer and the app shell: the domain words every page uses (levels, criticality, statuses, SLA), the header, form problems: Russian, the service language (LVL-5). */
const ru = {
  app: {
    title: 'Служба технической поддержки',
    shortTitle: 'Поддержка',
    skipToContent: 'Перейти к содержимому',
  },
  header: {
    navigation: 'Основная навигация',
    queue: 'Очередь',
    signOut: 'Выйти',
    signedInAs: 'Вы вошли как {name}',
    language: 'Язык интерфейса',
    switchTo: 'English',
    switchToLabel: 'Switch the interface to English',
  },
  roles: {
    AGENT: 'Инженер',
    TEAM_LEAD: 'Руководитель группы',
    ADMIN: 'Администратор',
    CUSTOMER: 'Заказчик',
    PARTNER: 'Партнёр',
  },
  sla: {
    state: {
      ON_TRACK: 'В срок',
      AT_RISK: 'Под угрозой',
      BREACHED: 'Просрочена',
      MET: 'Выполнено',
    },
    remaining: 'осталось {time}',
    overdue: 'просрочено на {time}',
    paused: 'пауза до {at}',
    pausedHint: 'Вне часов обслуживания основного уровня (рабочие дни 09:00–18:00 МСК); отсчёт продолжится в {at}',
    dueAt: 'Срок реакции: {at} МСК',
    msk: 'МСК',
  },
  priority: {
    label: 'P{n}',
    title: {
      1: 'P1 — критичная, расширенный уровень',
      2: 'P2 — критичная, основной уровень',
      3: 'P3 — некритичная, расширенный уровень',
      4: 'P4 — некритичная, основной уровень',
    },
  },
  criticality: {
    CRITICAL: 'Критичная',
    NON_CRITICAL: 'Некритичная',
  },
  level: {
    BASIC: 'Основной',
    EXTENDED: 'Расширенный',
  },
  status: {
    NEW: 'Новая',
    IN_PROGRESS: 'В работе',
    WAITING_FOR_CUSTOMER: 'Ожидает ответа заказчика',
    CLOSED: 'Закрыта',
    REJECTED: 'Отклонена',
  },
  connection: {
    lost: 'Соединение с сервером потеряно. Переподключаемся… Данные в очереди могут быть неактуальны.',
    restored: 'Соединение восстановлено',
    unavailable: 'Сервис временно недоступен. Повторяем запрос…',
  },
  notFound: 'Страница не найдена',
  duration: {
    days: '{d} д {h} ч',
    /** Service time (#14): hours, never days — a service day is not 24 hours. */
    hoursMinutes: '{hours} ч {minutes} мин',
  },
  // The shared form pieces (shared/forms): their default wording and the API's problems in the user's words.
  form: {
    fixFields: 'Проверьте отмеченные поля',
    networkError: 'Сервер недоступен. Проверьте подключение и повторите попытку.',
    problems: {
      required: 'Обязательное поле',
      phone: 'Это не похоже на номер телефона',
      email: 'Это не похоже на адрес электронной почты',
      criticalOnlyIncident: 'Критичной может быть только заявка категории «Инцидент»',
      unknownIdentifier: 'Договор с таким номером не найден',
      organizationMismatch: 'Номер зарегистрирован на другую организацию',
      tooLong: 'Не длиннее {max} символов',
    },
  },
};

export default ru;
