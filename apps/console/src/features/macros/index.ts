/** Macros (#19): the macros page and the ticket page's menu that applies one. */
export { default as MacroMenu } from './components/MacroMenu.vue';
