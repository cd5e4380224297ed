/** Text modules (#19): the templates page and the picker the reply composer opens with Ctrl+. */
export { default as TemplatePicker } from './components/TemplatePicker.vue';
