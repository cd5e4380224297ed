import type ru from './ru';

const en: typeof ru = {
  search: {
    label: 'Search tickets',
    placeholder: 'Search — /',
    results: 'Search results',
    nothing: 'Nothing found',
    searching: 'Searching…',
    total: '{n} found',
    failed: 'Search failed: {message}',
    field: { TITLE: 'subject', BODY: 'text', PARTY: 'customer', INTERNAL: 'note' },
  },
};

export default en;
