/** Staff notifications (#13): the header's bell and the settings page. */
export { default as NotificationBell } from './components/NotificationBell.vue';
