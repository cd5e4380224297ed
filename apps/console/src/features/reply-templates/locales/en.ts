import type ru from './ru';

const en: typeof ru = {
  replyTemplates: {
    nav: 'Reply templates',
    title: 'Reply templates',
    subtitle: "The team's templates and your own; variables are filled from the ticket when inserted",
    team: 'Team',
    mine: 'Mine',
    none: 'None yet',
    loading: 'Loading…',
    new: 'New template',
    edit: 'Template',
    editAction: 'Edit',
    delete: 'Delete',
    confirmDelete: 'Delete the template “{title}”?',
    saved: 'Template saved',
    deleted: 'Template deleted',
    networkError: 'The server cannot be reached. Check the connection and try again.',
    form: {
      title: 'Title',
      bodyRu: 'Text (Russian)',
      bodyEn: 'Text (English)',
      bodyEnHint: 'For contacts who chose English; empty: they get the Russian text',
      variables: 'Variables: {list}',
      shared: "The team's",
      save: 'Save',
      cancel: 'Cancel',
      fixFields: 'Fix the marked fields',
      networkError: 'The server cannot be reached. Check the connection and try again.',
    },
    picker: {
      open: 'Insert a template',
      label: 'Reply templates',
      search: 'Find a template…',
      none: 'Nothing found',
      hint: '↑↓ choose, Enter inserts, Esc closes.',
      manage: 'Manage templates',
    },
  },
};

export default en;
