/** Поиск заявок (#13). */
const ru = {
  search: {
    label: 'Поиск заявок',
    placeholder: 'Поиск — /',
    results: 'Результаты поиска',
    nothing: 'Ничего не найдено',
    searching: 'Ищем…',
    total: 'найдено: {n}',
    failed: 'Поиск не удался: {message}',
    field: { TITLE: 'тема', BODY: 'текст', PARTY: 'клиент', INTERNAL: 'заметка' },
  },
};

export default ru;
