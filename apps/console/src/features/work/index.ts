/** "My work" (#13): views with live counts and the open view's rows, over one myWork subscription. */
export { default as WorkPage } from './WorkPage.vue';
