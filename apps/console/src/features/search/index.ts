/** Ticket search (#13): the header's search box. */
export { default as GlobalSearch } from './components/GlobalSearch.vue';
