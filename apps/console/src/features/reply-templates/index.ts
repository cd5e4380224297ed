/** Text modules (#19): the templates page and the picker the reply composer opens with Ctrl+. */
export { default as TemplatePicker } from './components/TemplatePicker.vue';
/** The team's and one's own templates: a macro sends one (#19). */
export { useReplyTemplatesQuery } from './graphql/replyTemplates.api';
