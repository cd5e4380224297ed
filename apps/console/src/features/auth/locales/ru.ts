/** Sign-in page: Russian, the service language (LVL-5). */
const ru = {
  signIn: {
    title: 'Вход в консоль',
    subtitle: 'Очередь заявок с контролем времени реакции',
    email: 'Электронная почта',
    password: 'Пароль',
    submit: 'Войти',
    submitting: 'Входим…',
    failed: 'Не удалось войти',
    networkError: 'Сервер недоступен. Проверьте подключение и повторите попытку.',
    required: 'Укажите электронную почту и пароль',
    demoTitle: 'Демонстрационные учётные записи',
    demoPassword: 'Пароль для всех: {password}',
    demoUse: 'Подставить {email}',
    demoRoles: {
      agent: 'инженер',
      lead: 'руководитель группы',
      customer: 'заказчик (ПАО Бета)',
      partner: 'партнёр',
    },
    phonesTitle: 'Телефоны поддержки',
    phonesBasic: 'Основной уровень',
    phonesExtended: 'Расширенный уровень',
    extensions: 'доб. {list}',
  },
};

export default ru;
