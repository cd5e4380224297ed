/** Service hours administration (#14, LVL-2): Russian, the service language (LVL-5). */
const ru = {
  serviceHours: {
    nav: 'Часы обслуживания',
    title: 'Часы обслуживания',
    subtitle: 'Периоды дня по уровням (МСК). Изменение действует для заявок, зарегистрированных после него; каждая заявка хранит свои часы.',
    loading: 'Загрузка…',
    workingDays: 'рабочие дни производственного календаря',
    everyDay: 'ежедневно',
    alwaysOpen: 'Круглосуточно (24×7)',
    periods: 'Периоды дня',
    opensAt: 'С',
    closesAt: 'До',
    addPeriod: 'Добавить период',
    removePeriod: 'Удалить период {n}',
    effectiveFrom: 'Действует с (МСК)',
    effectiveFromHint: 'Пусто — с этого момента',
    save: 'Сохранить',
    saved: 'Сохранено',
    history: 'История',
    from: 'С',
    hours: 'Часы',
    changedBy: 'Изменил',
    default: 'по умолчанию',
  },
};

export default ru;
